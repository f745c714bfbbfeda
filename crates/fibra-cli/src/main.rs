//! `fibra`: runs a Python script.
//!
//! ```text
//! fibra FILE [ARGS...]     run FILE (sys.argv = [FILE, ARGS...])
//! fibra -c CODE [ARGS...]  run CODE (sys.argv = ['-c', ARGS...])
//! fibra - [ARGS...]        run the program read from stdin
//! fibra -V | --version     print the version
//! ```
//!
//! With no arguments the program is read from stdin when it is not a terminal (the REPL
//! comes later). The interpreter runs on a thread with a large stack, so deep (but
//! limit-checked) recursion in the interpreter cannot overflow it.

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use fibra_vm::{Ctx, Vm};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Stack size of the interpreter thread. Only touched pages are committed.
const STACK_SIZE: usize = 1 << 30;

/// `FIBRA_STACK_MB` overrides the interpreter thread's stack size (for measurements).
fn stack_size() -> usize {
    std::env::var("FIBRA_STACK_MB")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .map_or(STACK_SIZE, |mb| mb << 20)
}

const USAGE: &str = "usage: fibra [-c cmd | file | -] [arg] ...
  -c cmd   program passed in as string
  file     program read from script file
  -        program read from stdin
  -V       print the version number and exit (also --version)
";

enum Program {
    File(String),
    Source { source: String, filename: String },
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let handle = std::thread::Builder::new()
        .name("fibra-main".into())
        .stack_size(stack_size())
        .spawn(move || run(args));
    let code = match handle {
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            eprintln!("fibra: cannot start the interpreter thread: {e}");
            70
        }
    };
    ExitCode::from(code.clamp(0, 255) as u8)
}

fn usage_error(msg: &str) -> i32 {
    if !msg.is_empty() {
        eprintln!("{msg}");
    }
    eprint!("{USAGE}");
    2
}

fn read_stdin() -> Result<String, i32> {
    let mut s = String::new();
    match std::io::stdin().read_to_string(&mut s) {
        Ok(_) => Ok(s),
        Err(e) => {
            eprintln!("fibra: cannot read stdin: {e}");
            Err(1)
        }
    }
}

fn run(args: Vec<String>) -> i32 {
    let rest = args.get(1..).unwrap_or(&[]);
    let (program, argv) = match rest.first().map(String::as_str) {
        None => {
            if std::io::stdin().is_terminal() {
                return usage_error("");
            }
            let source = match read_stdin() {
                Ok(s) => s,
                Err(c) => return c,
            };
            (
                Program::Source {
                    source,
                    filename: "<stdin>".into(),
                },
                vec![String::new()],
            )
        }
        Some("-V") | Some("--version") => {
            println!("Fibra {}", env!("CARGO_PKG_VERSION"));
            return 0;
        }
        Some("-h") | Some("--help") => {
            print!("{USAGE}");
            return 0;
        }
        Some("-c") => {
            let Some(code) = rest.get(1) else {
                return usage_error("Argument expected for the -c option");
            };
            let mut argv = vec!["-c".to_string()];
            argv.extend(rest[2..].iter().cloned());
            (
                Program::Source {
                    source: code.clone(),
                    filename: "<string>".into(),
                },
                argv,
            )
        }
        Some("-") => {
            let source = match read_stdin() {
                Ok(s) => s,
                Err(c) => return c,
            };
            (
                Program::Source {
                    source,
                    filename: "<stdin>".into(),
                },
                rest.to_vec(),
            )
        }
        Some(opt) if opt.starts_with('-') => {
            return usage_error(&format!("Unknown option: {opt}"));
        }
        Some(file) => {
            if let Err(e) = std::fs::File::open(file) {
                let abs = std::path::absolute(file)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_else(|_| file.to_string());
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = match errno {
                    2 => "No such file or directory".to_string(),
                    13 => "Permission denied".to_string(),
                    _ => e.to_string(),
                };
                eprintln!("fibra: can't open file '{abs}': [Errno {errno}] {msg}");
                return 2;
            }
            (Program::File(file.to_string()), rest.to_vec())
        }
    };

    let vm = Vm::new(argv);
    let mut cx = Ctx::new(vm);
    let result = match &program {
        Program::File(path) => cx.run_file(path),
        Program::Source { source, filename } => cx.run_source(source, filename),
    };
    let code = match result {
        Ok(()) => 0,
        Err(exc) => {
            fibra_vm::modules::flush_stdio();
            let _ = std::io::stdout().flush();
            let (code, text) = cx.exit_status(&exc);
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(text.as_bytes());
            let _ = err.flush();
            code
        }
    };
    fibra_vm::modules::flush_stdio();
    let _ = std::io::stdout().flush();
    code
}
