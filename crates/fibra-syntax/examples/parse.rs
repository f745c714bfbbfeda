//! `cargo run -p fibra-syntax --example parse -- FILE...`: parse each file (or, with `-l`,
//! each line of each file as a separate module, `\n` escapes allowed) and print the outcome.
use std::io::Write;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let lines = args.first().is_some_and(|a| a == "-l");
    if lines {
        args.remove(0);
    }
    let sexp = args.first().is_some_and(|a| a == "-s");
    if sexp {
        args.remove(0);
    }
    let out = std::io::stdout();
    let mut out = out.lock();
    for path in args {
        let Ok(text) = std::fs::read_to_string(&path) else {
            writeln!(out, "ERR not UTF-8").unwrap();
            continue;
        };
        let inputs: Vec<String> = if lines {
            text.lines()
                .map(|l| l.replace("\\n", "\n").replace("\\t", "\t"))
                .collect()
        } else {
            vec![text]
        };
        for src in inputs {
            match fibra_syntax::parse_module(&src) {
                Ok(m) if sexp => writeln!(out, "{}", fibra_syntax::sexp::body(&m.body)).unwrap(),
                Ok(_) => writeln!(out, "OK").unwrap(),
                Err(e) => {
                    let li = fibra_syntax::LineIndex::new(&src);
                    let (l, c) = li.line_col(e.span.start);
                    writeln!(
                        out,
                        "{}:{}:{}: {}{}",
                        l,
                        c,
                        e.kind.name(),
                        e.message,
                        if e.incomplete { " [incomplete]" } else { "" }
                    )
                    .unwrap();
                }
            }
        }
    }
}
