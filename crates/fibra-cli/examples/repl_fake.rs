//! The REPL over a fake backend (`tests/repl_support/fake.rs`), for trying the line editing by
//! hand: `cargo run -p fibra-cli --example repl_fake [-q]`. History goes to `$FIBRA_HISTORY` or
//! `~/.fibra_history` as in `fibra`.

#[allow(dead_code, unused_imports)]
#[path = "../src/repl/mod.rs"]
mod repl;

#[path = "../tests/repl_support/fake.rs"]
mod fake;

fn main() {
    use std::io::IsTerminal;
    let quiet = std::env::args().any(|a| a == "-q");
    let opts = repl::ReplOptions {
        quiet,
        lock_mode: "free-threaded",
        color: std::io::stdout().is_terminal(),
        history_file: repl::default_history_file(),
    };
    let code = repl::run_repl(&mut fake::Fake::default(), opts);
    std::process::exit(code);
}
