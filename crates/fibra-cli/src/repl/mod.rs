//! The interactive REPL of `fibra` (CPython 3.13's REPL is the model).
//!
//! - prompts `>>> ` and `... `; the banner names the version, the lock mode and the platform
//!   (`quiet` hides it);
//! - completeness is decided by the real parser (`fibra_syntax::parse_interactive`, see
//!   [`validate`]): an incomplete input continues on a `... ` line with the indentation
//!   pre-filled (four more spaces after a line ending in `:`), a compound statement ends with
//!   a blank line, and a real syntax error is handed to the backend to report;
//! - history in `~/.fibra_history` (`$FIBRA_HISTORY`, empty = off), one item per whole input,
//!   Up/Down and Ctrl-R (rustyline's reverse search);
//! - Tab completes keywords, globals and builtins, and attributes after a dot ([`complete`]);
//! - input highlighting and a red final error line when colour is on ([`highlight`]);
//! - `exit`, `quit`, `exit()`, `quit()` or Ctrl-D leave with status 0; Ctrl-C at the prompt
//!   discards the input (`KeyboardInterrupt`), Ctrl-C while code runs calls the backend's
//!   interrupt handle ([`interrupt`]).
//!
//! Everything that runs code goes through the [`Backend`] trait, implemented on the VM.

pub mod complete;
pub mod highlight;
pub mod history;
pub mod interrupt;
pub mod validate;

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;

use rustyline::completion::{Completer, Pair};
use rustyline::config::{ColorMode, CompletionType, Config, EditMode};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::{FileHistory, History};
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Editor, Helper};

use validate::InputState;

/// What the REPL needs from the interpreter.
pub trait Backend {
    /// Runs one complete interactive input in the persistent `__main__` namespace (the VM
    /// echoes expression results with repr and sets `_`). Returns Err(text) with a formatted
    /// traceback or syntax error to print to stderr.
    fn run(&mut self, source: &str) -> Result<(), String>;
    /// Names for completion: globals of `__main__` and builtins.
    fn global_names(&mut self) -> Vec<String>;
    /// Attribute names of the value of `dotted`, for `obj.ap<TAB>` completion. `dotted` is a
    /// dotted name like `a.b`, or one of the side-effect-free literals `[]`, `()`, `{}` or a
    /// simple string literal (`'abc'`, `""`); evaluate nothing else.
    fn attribute_names(&mut self, dotted: &str) -> Vec<String>;
    /// Ask the running code to stop with KeyboardInterrupt (called from a Ctrl-C handler).
    fn interrupt_handle(&self) -> Box<dyn Fn() + Send + Sync>;
    /// After [`run`](Backend::run): `Some(code)` when the input raised `SystemExit` (e.g.
    /// `exit(3)` or `sys.exit()`), which ends the REPL with that exit status. The default
    /// never exits.
    fn exit_requested(&mut self) -> Option<i32> {
        None
    }
    /// How to wait for the next line: the REPL calls the returned function with the
    /// read. The VM runs it released (without the GIL, detached from the collector), so
    /// script threads started at the prompt keep running while it waits, as in CPython.
    /// The default just runs it.
    fn idle_wrapper(&self) -> fn(&mut dyn FnMut()) {
        |read| read()
    }
}

/// How the REPL looks and where it keeps history.
#[derive(Clone, Debug)]
pub struct ReplOptions {
    /// Hide the banner (`-q`).
    pub quiet: bool,
    /// `"free-threaded"` or `"gil"`, shown in the banner.
    pub lock_mode: &'static str,
    /// Colour (highlighting, red errors); the caller decides from the terminal, and
    /// `NO_COLOR` is honoured here as well.
    pub color: bool,
    /// Where to load and save history; `None` keeps it in memory only. See
    /// [`default_history_file`].
    pub history_file: Option<PathBuf>,
}

pub use history::default_history_file;

/// Primary prompt.
pub const PS1: &str = ">>> ";
/// Continuation prompt.
pub const PS2: &str = "... ";

/// The two banner lines.
pub fn banner(lock_mode: &str) -> String {
    format!(
        "Fibra {} ({}) on {}\nType \"exit\" or Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION"),
        lock_mode,
        std::env::consts::OS
    )
}

/// Whether a line typed at the primary prompt leaves the REPL.
pub fn is_exit_command(line: &str) -> bool {
    matches!(line.trim(), "exit" | "quit" | "exit()" | "quit()")
}

/// The rustyline helper: completion, highlighting and validation.
pub struct ReplHelper<'b> {
    backend: RefCell<&'b mut dyn Backend>,
    /// Lines of the current input accepted so far (each ending in `\n`).
    pending: RefCell<String>,
    color: bool,
}

impl<'b> ReplHelper<'b> {
    pub fn new(backend: &'b mut dyn Backend, color: bool) -> Self {
        ReplHelper {
            backend: RefCell::new(backend),
            pending: RefCell::new(String::new()),
            color,
        }
    }

    pub fn set_pending(&self, pending: &str) {
        let mut p = self.pending.borrow_mut();
        p.clear();
        p.push_str(pending);
    }

    pub fn backend(&mut self) -> &mut dyn Backend {
        &mut **self.backend.get_mut()
    }
}

impl Completer for ReplHelper<'_> {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let Ok(mut backend) = self.backend.try_borrow_mut() else {
            return Ok((pos, Vec::new()));
        };
        let (start, cands) = complete::complete(line, pos, &mut **backend);
        let pairs = cands
            .into_iter()
            .map(|c| Pair {
                display: c.clone(),
                replacement: c,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for ReplHelper<'_> {
    type Hint = String;
}

impl Highlighter for ReplHelper<'_> {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        match self.pending.try_borrow() {
            Ok(p) => highlight::highlight_continuation(&p, line, true),
            Err(_) => highlight::highlight_line(line, true),
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _forced: bool) -> bool {
        self.color
    }
}

impl Validator for ReplHelper<'_> {
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        let keep = match self.pending.try_borrow() {
            Ok(p) => validate::keep_editing(&p, ctx.input()),
            Err(_) => false,
        };
        Ok(if keep {
            ValidationResult::Incomplete
        } else {
            ValidationResult::Valid(None)
        })
    }
}

impl Helper for ReplHelper<'_> {}

fn print_error(text: &str, color: bool) {
    let _ = std::io::stdout().flush();
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(highlight::format_error(text, color).as_bytes());
    let _ = err.flush();
}

/// Runs the REPL until `exit`, Ctrl-D or `SystemExit`; returns the process exit status.
pub fn run_repl(backend: &mut dyn Backend, opts: ReplOptions) -> i32 {
    let color = opts.color && highlight::env_allows_color();
    if !opts.quiet {
        eprintln!("{}", banner(opts.lock_mode));
    }
    let config = Config::builder()
        .max_history_size(history::MAX_ENTRIES)
        .and_then(|b| b.history_ignore_dups(true))
        .map(|b| b.auto_add_history(false))
        .map(|b| b.completion_type(CompletionType::List))
        .map(|b| b.edit_mode(EditMode::Emacs))
        .map(|b| b.indent_size(4).tab_stop(4))
        .map(|b| {
            b.color_mode(if color {
                ColorMode::Enabled
            } else {
                ColorMode::Disabled
            })
        })
        .map(|b| b.build())
        .unwrap_or_default();
    let mut rl: Editor<ReplHelper<'_>, FileHistory> = match Editor::with_config(config) {
        Ok(rl) => rl,
        Err(e) => {
            eprintln!("fibra: cannot start the line editor: {e}");
            return 1;
        }
    };
    let idle = backend.idle_wrapper();
    rl.set_helper(Some(ReplHelper::new(backend, color)));
    let history_file = opts.history_file;
    if let Some(path) = &history_file {
        if path.exists() {
            if let Err(e) = rl.load_history(path) {
                eprintln!("fibra: cannot read history file {}: {e}", path.display());
            }
        }
    }
    let mut history_warned = false;

    let mut pending = String::new();
    let code = loop {
        let (prompt, indent) = if pending.is_empty() {
            (PS1, String::new())
        } else {
            (PS2, validate::next_indent(&pending))
        };
        if let Some(h) = rl.helper() {
            h.set_pending(&pending);
        }
        let mut read = None;
        idle(&mut || read = Some(rl.readline_with_initial(prompt, (&indent, ""))));
        let Some(read) = read else {
            break 1;
        };
        let line = match read {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => {
                eprintln!("KeyboardInterrupt");
                pending.clear();
                continue;
            }
            Err(ReadlineError::Eof) => {
                // EOF ends a pending input as a blank line would, then leaves.
                if !pending.trim().is_empty() {
                    pending.push('\n');
                    if let Some(code) = execute(&mut rl, &pending, color) {
                        break code;
                    }
                }
                break 0;
            }
            Err(e) => {
                eprintln!("fibra: cannot read input: {e}");
                break 1;
            }
        };
        if pending.is_empty() && is_exit_command(&line) {
            break 0;
        }
        pending.push_str(&line);
        pending.push('\n');
        if pending.trim().is_empty() {
            pending.clear();
            continue;
        }
        if validate::input_state(&pending) == InputState::Incomplete {
            continue;
        }
        let source = std::mem::take(&mut pending);
        let entry = history::entry_text(&source);
        if !entry.trim().is_empty() {
            let _ = rl.add_history_entry(entry);
            if let Some(path) = &history_file {
                if let Err(e) = rl.append_history(path) {
                    if !history_warned {
                        eprintln!("fibra: cannot write history file {}: {e}", path.display());
                        history_warned = true;
                    }
                }
            }
        }
        if let Some(code) = execute(&mut rl, &source, color) {
            break code;
        }
    };
    if let Some(path) = &history_file {
        if rl.history().len() > 0 {
            let _ = rl.append_history(path);
        }
    }
    let _ = std::io::stdout().flush();
    code
}

/// Runs one input with Ctrl-C forwarded to the backend; `Some(code)` when the REPL must end.
fn execute(rl: &mut Editor<ReplHelper<'_>, FileHistory>, source: &str, color: bool) -> Option<i32> {
    let helper = rl.helper_mut()?;
    let backend = helper.backend();
    let on_interrupt = backend.interrupt_handle();
    let result = interrupt::with_target(on_interrupt, || backend.run(source));
    let _ = std::io::stdout().flush();
    if let Err(text) = result {
        print_error(&text, color);
    }
    backend.exit_requested()
}
