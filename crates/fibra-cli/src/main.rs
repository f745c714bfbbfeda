//! `fibra`: runs a Python script, or the interactive REPL.
//!
//! ```text
//! fibra [options] [-c CODE | -m MODULE | FILE | -] [ARGS...]
//! ```
//!
//! See `docs/cli.md` for the options, environment variables and exit statuses. The
//! interpreter runs on a thread with a large stack, so deep (but limit-checked) recursion in
//! the interpreter cannot overflow it.

mod backend;
mod repl;

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use fibra_vm::embed::Interpreter;
use fibra_vm::Ctx;

mod alloc;

#[global_allocator]
static GLOBAL: alloc::CappedAlloc = alloc::CappedAlloc;

/// Stack size of the interpreter thread. Only touched pages are committed.
const STACK_SIZE: usize = 1 << 30;

/// `FIBRA_STACK_MB` overrides the interpreter thread's stack size (for measurements).
fn stack_size() -> usize {
    std::env::var("FIBRA_STACK_MB")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .map_or(STACK_SIZE, |mb| mb << 20)
}

const USAGE: &str = "usage: fibra [option] ... [-c cmd | -m mod | file | -] [arg] ...";

const HELP: &str = "Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-V     : print the Fibra version number and exit (also --version)
         when given twice (-VV), print more information about the build
--     : end of options: the next argument is the file to run
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Environment variables:
FIBRAPATH     : ':'-separated list of directories searched for modules after
                the script's directory
FIBRA_HISTORY : the REPL's history file (default ~/.fibra_history; empty: none)
NO_COLOR      : when non-empty, no colour in the REPL and its error output
";

/// The lock mode of this build, as the banner and `-VV` show it.
const LOCK_MODE: &str = if cfg!(feature = "gil") {
    "gil"
} else {
    "free-threaded"
};

/// What to run.
enum Program {
    /// A script file.
    File(String),
    /// `-m`: a module file found on the search path, run as `__main__`.
    Module(String),
    /// `-c` code or a program read from stdin.
    Source { source: String, filename: String },
    /// Nothing: the REPL.
    Repl,
}

/// The parsed command line.
struct Options {
    interactive: bool,
    quiet: bool,
    program: Program,
    argv: Vec<String>,
}

/// What parsing the command line ended with when there is nothing to run.
enum Early {
    Exit(i32),
}

fn main() -> ExitCode {
    alloc::init_limit();
    // While this is the only thread (see the function's documentation).
    fibra_vm::sync::prepare_process();
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

fn usage_error(msg: &str) -> Early {
    if !msg.is_empty() {
        eprintln!("{msg}");
    }
    eprintln!("{USAGE}");
    eprintln!("Try `fibra -h' for more information.");
    Early::Exit(2)
}

fn read_stdin() -> Result<String, Early> {
    let mut s = String::new();
    match std::io::stdin().read_to_string(&mut s) {
        Ok(_) => Ok(s),
        Err(e) => {
            eprintln!("fibra: cannot read stdin: {e}");
            Err(Early::Exit(1))
        }
    }
}

fn version(verbose: bool) -> String {
    let v = format!("Fibra {}", env!("CARGO_PKG_VERSION"));
    if !verbose {
        return v;
    }
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    format!(
        "{v} ({LOCK_MODE}, {profile} build) [{}-{}]",
        std::env::consts::ARCH,
        std::env::consts::OS
    )
}

/// `FIBRAPATH` as a list of directories (empty entries dropped).
fn fibrapath() -> Vec<String> {
    std::env::var("FIBRAPATH")
        .map(|p| {
            p.split(':')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Finds the file of module `name` (dotted) for `-m`: `a/b.py`, or `a/b/__main__.py` for a
/// package, in the current directory and then the `FIBRAPATH` directories.
fn find_module(name: &str) -> Option<String> {
    if name.is_empty() || !name.split('.').all(|p| !p.is_empty()) {
        return None;
    }
    let rel: std::path::PathBuf = name.split('.').collect();
    let mut dirs = vec![".".to_string()];
    dirs.extend(fibrapath());
    for d in dirs {
        let base = std::path::Path::new(&d).join(&rel);
        let file = base.with_extension("py");
        if file.is_file() {
            return Some(file.to_string_lossy().into_owned());
        }
        let main = base.join("__main__.py");
        if main.is_file() {
            return Some(main.to_string_lossy().into_owned());
        }
    }
    None
}

fn parse_args(args: &[String]) -> Result<Options, Early> {
    let rest = args.get(1..).unwrap_or(&[]);
    let mut interactive = false;
    let mut quiet = false;
    let mut versions = 0;
    let mut i = 0;
    let mut program = None;
    while i < rest.len() {
        let a = rest[i].as_str();
        i += 1;
        match a {
            "--help" | "-h" | "-?" => {
                println!("{USAGE}");
                print!("{HELP}");
                return Err(Early::Exit(0));
            }
            "--version" => versions += 1,
            "--" => {
                // `i` stays on the file: it is argv[0].
                if let Some(f) = rest.get(i) {
                    program = Some(Program::File(f.clone()));
                }
                break;
            }
            "-" => {
                let source = read_stdin()?;
                program = Some(Program::Source {
                    source,
                    filename: "<stdin>".into(),
                });
                // sys.argv[0] is '-'.
                i -= 1;
                break;
            }
            _ if a.starts_with("--") => return Err(usage_error(&format!("Unknown option: {a}"))),
            _ if a.starts_with('-') => {
                // A cluster of one-letter options; `c` and `m` take the rest of the
                // argument or the next one.
                let letters: Vec<char> = a[1..].chars().collect();
                let mut k = 0;
                while k < letters.len() {
                    let c = letters[k];
                    k += 1;
                    match c {
                        'i' => interactive = true,
                        'q' => quiet = true,
                        'V' => versions += 1,
                        'h' | '?' => {
                            println!("{USAGE}");
                            print!("{HELP}");
                            return Err(Early::Exit(0));
                        }
                        'c' | 'm' => {
                            let attached: String = letters[k..].iter().collect();
                            let value = if !attached.is_empty() {
                                attached
                            } else if let Some(v) = rest.get(i) {
                                i += 1;
                                v.clone()
                            } else {
                                return Err(usage_error(&format!(
                                    "Argument expected for the -{c} option"
                                )));
                            };
                            program = Some(if c == 'c' {
                                Program::Source {
                                    source: value,
                                    filename: "<string>".into(),
                                }
                            } else {
                                Program::Module(value)
                            });
                            break;
                        }
                        _ => return Err(usage_error(&format!("Unknown option: -{c}"))),
                    }
                }
                if program.is_some() {
                    break;
                }
            }
            _ => {
                program = Some(Program::File(a.to_string()));
                i -= 1;
                break;
            }
        }
    }
    if versions > 0 {
        println!("{}", version(versions > 1));
        return Err(Early::Exit(0));
    }
    let tail = rest.get(i..).unwrap_or(&[]);
    let (program, argv) = match program {
        Some(Program::File(f)) => {
            let mut argv = vec![f.clone()];
            argv.extend(tail.iter().skip(1).cloned());
            (Program::File(f), argv)
        }
        Some(Program::Source { source, filename }) if filename == "<string>" => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(tail.iter().cloned());
            (Program::Source { source, filename }, argv)
        }
        Some(Program::Source { source, filename }) => {
            // `-`: tail starts with the `-` itself.
            (Program::Source { source, filename }, tail.to_vec())
        }
        Some(Program::Module(m)) => {
            let Some(path) = find_module(&m) else {
                eprintln!("fibra: No module named {m}");
                return Err(Early::Exit(1));
            };
            let abs = std::path::absolute(&path)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or(path);
            let mut argv = vec![abs.clone()];
            argv.extend(tail.iter().cloned());
            (Program::Module(abs), argv)
        }
        Some(Program::Repl) | None => {
            if interactive || std::io::stdin().is_terminal() {
                (Program::Repl, vec![String::new()])
            } else {
                let source = read_stdin()?;
                (
                    Program::Source {
                        source,
                        filename: "<stdin>".into(),
                    },
                    vec![String::new()],
                )
            }
        }
    };
    if let Program::File(file) = &program {
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
            return Err(Early::Exit(2));
        }
    }
    Ok(Options {
        interactive,
        quiet,
        program,
        argv,
    })
}

/// The Ctrl-C handler while a script runs: the first Ctrl-C raises `KeyboardInterrupt` in
/// the main thread; a second one before the script has reacted (it is blocked in a native
/// call) ends the process with status 130.
fn script_interrupt() {
    // A signal sent to the whole process group can arrive twice at once: only a second
    // Ctrl-C some time after the first one forces the exit.
    static FIRST: std::sync::Mutex<Option<std::time::Instant>> = std::sync::Mutex::new(None);
    let mut first = FIRST.lock().unwrap_or_else(|e| e.into_inner());
    let now = std::time::Instant::now();
    if fibra_vm::interrupt::is_requested()
        && first.is_some_and(|t| now.duration_since(t) > std::time::Duration::from_millis(300))
    {
        let _ = std::io::stdout().flush();
        eprintln!("KeyboardInterrupt");
        std::process::exit(130);
    }
    *first = Some(now);
    fibra_vm::interrupt::request();
}

fn print_err(text: &str) {
    fibra_vm::modules::flush_stdio();
    let _ = std::io::stdout().flush();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

fn run(args: Vec<String>) -> i32 {
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(Early::Exit(code)) => return code,
    };
    fibra_vm::interrupt::set_main_thread();
    // The interpreter is built through the embedding API, like any host's. FIBRAPATH goes
    // after the script's directory (inserted first when the program runs).
    let py = fibrapath()
        .into_iter()
        .fold(Interpreter::builder().argv(opts.argv), |b, d| {
            b.module_path(d)
        })
        .build();
    // Running `__main__`, the REPL and the exit protocol need the context itself.
    let mut cx = Ctx::new(py.vm().clone());
    if let Err(exc) = cx.install_site_builtins() {
        print_err(&cx.format_exception(&exc));
    }
    let result = repl::interrupt::with_target(Box::new(script_interrupt), || match &opts.program {
        Program::File(path) => cx.run_file(path),
        Program::Module(path) => cx.run_module_file(path),
        Program::Source { source, filename } => cx.run_source(source, filename),
        Program::Repl => Ok(()),
    });
    let mut code = match result {
        // A Ctrl-C that arrived while the script was blocked in a native call (`sleep`)
        // and that no later loop iteration took.
        Ok(()) if fibra_vm::interrupt::take() => {
            print_err("KeyboardInterrupt\n");
            130
        }
        Ok(()) => 0,
        Err(exc) if opts.interactive => {
            print_err(&cx.format_exception(&exc));
            1
        }
        Err(exc) => {
            let (code, text) = cx.exit_status(&exc);
            print_err(&text);
            if exc.matches(&fibra_vm::types::types().keyboard_interrupt) {
                130
            } else {
                code
            }
        }
    };
    if opts.interactive || matches!(opts.program, Program::Repl) {
        fibra_vm::modules::flush_stdio();
        let _ = std::io::stdout().flush();
        let ropts = repl::ReplOptions {
            quiet: opts.quiet,
            lock_mode: LOCK_MODE,
            color: std::io::stdout().is_terminal() && std::io::stderr().is_terminal(),
            history_file: repl::default_history_file(),
        };
        code = repl::run_repl(&mut backend::VmBackend::new(&mut cx), ropts);
    }
    // Like CPython, wait for non-daemon threads once the main script is done, then run
    // the finalisers of what module globals hold and empty the namespaces (which also
    // flushes files left open). `py` goes first: only `cx` may still hold the interpreter.
    drop(py);
    repl::interrupt::with_target(Box::new(script_interrupt), || {
        cx.finish();
        cx.finalize_modules();
    });
    fibra_vm::modules::flush_stdio();
    let _ = std::io::stdout().flush();
    code
}
