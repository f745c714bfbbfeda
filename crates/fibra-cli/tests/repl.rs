//! Tests of the REPL (`src/repl/`).
//!
//! - Unit tests of the validator, the completer, the highlighter, history and the banner.
//! - Pty tests over a fake backend (`repl_support/fake.rs`): this test binary re-runs itself
//!   as the REPL (the `fake_repl_child` test, active only with `FIBRA_REPL_FAKE_CHILD=1`) in
//!   a pseudo-terminal, so the line editing is exercised without the VM.
//! - Pty tests of the real `fibra` binary (`real_*`), over the VM-backed REPL.
//!
//! `fibra-cli` is a binary crate, so the module is compiled into this test crate with
//! `#[path]`.

#[allow(dead_code, unused_imports)]
#[path = "../src/repl/mod.rs"]
mod repl;

#[allow(dead_code)]
#[path = "repl_support/fake.rs"]
mod fake;

#[allow(dead_code)]
#[path = "repl_support/pty.rs"]
mod pty;

use std::process::Command;

use pty::{temp_path, Pty};
use repl::complete::{complete, NameSource};
use repl::highlight::{format_error, highlight_continuation, highlight_line, scan, TokKind};
use repl::validate::{input_state, keep_editing, next_indent, InputState};

// ---------------------------------------------------------------------------------------------
// Validator

#[test]
fn validator_simple_statements_are_complete() {
    for src in [
        "x = 1  # \\\n",
        "x = 1\n",
        "1 + 2\n",
        "print('hi')\n",
        "import sys\n",
        "pass\n",
        "\n",
        "# c\n",
    ] {
        assert_eq!(input_state(src), InputState::Complete, "{src:?}");
    }
}

#[test]
fn validator_open_constructs_are_incomplete() {
    for src in [
        "if x:\n",
        "def f():\n",
        "def f():\n    return 1\n",
        "class C:\n    x = 1\n",
        "for i in range(3):\n    print(i)\n",
        "while True: pass\n",
        "try:\n    pass\n",
        "try:\n    pass\nexcept E:\n    pass\n",
        "f(1,\n",
        "[1, 2,\n",
        "{'a':\n",
        "x = (\n",
        "s = '''abc\n",
        "x = 1 + \\\n",
        "if x and \\\n",
    ] {
        assert_eq!(input_state(src), InputState::Incomplete, "{src:?}");
    }
}

#[test]
fn validator_blank_line_closes_a_block() {
    for src in [
        "if x:\n    pass\n\n",
        "def f():\n    return 1\n\n",
        "def f():\n    return 1\n    \n", // auto-indent leaves spaces on the closing line
        "while True: pass\n\n",
        "f(1,\n2)\n",
        "s = '''abc\ndef'''\n",
    ] {
        assert_eq!(input_state(src), InputState::Complete, "{src:?}");
    }
}

#[test]
fn validator_syntax_errors_are_accepted_for_reporting() {
    for src in ["x = = 1\n", "def f(:\n", "1 +* 2\n", ")\n", "  x = 1\n"] {
        assert_eq!(input_state(src), InputState::Invalid, "{src:?}");
    }
}

#[test]
fn validator_keeps_multi_line_buffers_open_only_while_incomplete() {
    // A single line is always returned (the REPL loop asks for more with `... `).
    assert!(!keep_editing("", "if x:"));
    assert!(!keep_editing("", "f(1,"));
    // A recalled/pasted block without its closing blank line stays open...
    assert!(keep_editing("", "def f():\n    return 1"));
    // ...and is accepted once it has one.
    assert!(!keep_editing("", "def f():\n    return 1\n"));
    assert!(!keep_editing("", "x = 1\ny = 2"));
    // Lines accepted before count.
    assert!(keep_editing("f(1,\n", "2,\n3"));
    assert!(!keep_editing("f(1,\n", "2,\n3)"));
}

#[test]
fn auto_indent() {
    assert_eq!(next_indent("if x:\n"), "    ");
    assert_eq!(next_indent("def f():\n    if a:  # comment\n"), "        ");
    assert_eq!(next_indent("def f():\n    x = 1\n"), "    ");
    assert_eq!(next_indent("f(1,\n"), "");
    assert_eq!(next_indent("d = {'a:'\n"), "");
    assert_eq!(next_indent("x = 'a:\n"), "");
}

// ---------------------------------------------------------------------------------------------
// Completer

struct Names;

impl NameSource for Names {
    fn global_names(&mut self) -> Vec<String> {
        [
            "print", "property", "pow", "my_var", "_private", "__name__", "len",
        ]
        .map(String::from)
        .to_vec()
    }
    fn attribute_names(&mut self, expr: &str) -> Vec<String> {
        match expr {
            "[]" | "xs" => ["append", "clear", "copy", "__len__", "_x"]
                .map(String::from)
                .to_vec(),
            "os.path" => ["join", "exists"].map(String::from).to_vec(),
            "'a'" => ["upper", "lower"].map(String::from).to_vec(),
            _ => Vec::new(),
        }
    }
}

fn comp(line: &str) -> (usize, Vec<String>) {
    complete(line, line.len(), &mut Names)
}

#[test]
fn completes_keywords() {
    assert_eq!(comp("whi"), (0, vec!["while".to_string()]));
    assert_eq!(comp("x = Tr"), (4, vec!["True".to_string()]));
    let (start, c) = comp("if x: re");
    assert_eq!(start, 6);
    assert_eq!(c, vec!["return"]);
}

#[test]
fn completes_globals_and_builtins() {
    assert_eq!(
        comp("pr"),
        (0, vec!["print".to_string(), "property".to_string()])
    );
    assert_eq!(comp("x = my"), (4, vec!["my_var".to_string()]));
    assert_eq!(comp("len(my_v"), (4, vec!["my_var".to_string()]));
    // Private names only after an underscore, dunders only after two.
    let (_, all_p) = comp("p");
    assert!(all_p.contains(&"pass".to_string()) && all_p.contains(&"pow".to_string()));
    assert!(!comp("").1.is_empty() || comp("").1 == vec!["    ".to_string()]);
    assert_eq!(comp("_").1, vec!["_private".to_string()]);
    assert_eq!(comp("__").1, vec!["__name__".to_string()]);
    assert!(comp("zzz").1.is_empty());
}

#[test]
fn completes_attributes_after_a_dot() {
    assert_eq!(comp("[].ap"), (3, vec!["append".to_string()]));
    assert_eq!(
        comp("xs.c"),
        (3, vec!["clear".to_string(), "copy".to_string()])
    );
    assert_eq!(comp("xs.").1, vec!["append", "clear", "copy"]);
    assert_eq!(comp("xs.__").1, vec!["__len__"]);
    assert_eq!(comp("print(os.path.j"), (14, vec!["join".to_string()]));
    assert_eq!(comp("'a'.up"), (4, vec!["upper".to_string()]));
    // Nothing is evaluated for calls or numbers.
    assert!(comp("f().ap").1.is_empty());
    assert!(comp("1.re").1.is_empty());
}

#[test]
fn tab_at_line_start_indents() {
    assert_eq!(comp(""), (0, vec!["    ".to_string()]));
    assert_eq!(comp("    "), (4, vec!["    ".to_string()]));
    assert_eq!(comp("if x:\n    "), (10, vec!["    ".to_string()]));
}

#[test]
fn no_completion_inside_strings_or_comments() {
    assert!(comp("'pr").1.is_empty());
    assert!(comp("x = 1  # pr").1.is_empty());
}

#[test]
fn completion_in_the_middle_of_a_line() {
    let line = "pr(x)";
    let (start, c) = complete(line, 2, &mut Names);
    assert_eq!(
        (start, c),
        (0, vec!["print".to_string(), "property".to_string()])
    );
}

// ---------------------------------------------------------------------------------------------
// Highlighter

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn highlight_colours_only_when_enabled() {
    let line = "def f(x): return x + 1  # one 'two'";
    assert_eq!(highlight_line(line, false), line);
    let h = highlight_line(line, true);
    assert!(h.contains('\x1b'), "{h:?}");
    assert_eq!(
        strip_ansi(&h),
        line,
        "highlighting must not change the text"
    );
    assert!(h.contains("\x1b[1;34mdef\x1b[0m"));
    assert!(h.contains("\x1b[1;34mreturn\x1b[0m"));
    assert!(h.contains("\x1b[33m1\x1b[0m"));
    assert!(h.contains("\x1b[90m# one 'two'\x1b[0m"));
}

#[test]
fn scanner_classifies_tokens() {
    let src = "x = f'a{b}' + rb\"c\" + 0x1F + 1e-3 + None  # done";
    let kinds: Vec<(TokKind, &str)> = scan(src)
        .iter()
        .map(|t| (t.kind, &src[t.start..t.end]))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (TokKind::String, "f'a{b}'"),
            (TokKind::String, "rb\"c\""),
            (TokKind::Number, "0x1F"),
            (TokKind::Number, "1e-3"),
            (TokKind::Constant, "None"),
            (TokKind::Comment, "# done"),
        ]
    );
    // Attributes named like keywords are not keywords; unterminated strings are strings.
    let src = "obj.if_ + x.None + 'abc";
    let kinds: Vec<TokKind> = scan(src).iter().map(|t| t.kind).collect();
    assert_eq!(kinds, vec![TokKind::String]);
    let src = "class Foo: pass";
    let kinds: Vec<(TokKind, &str)> = scan(src)
        .iter()
        .map(|t| (t.kind, &src[t.start..t.end]))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (TokKind::Keyword, "class"),
            (TokKind::Definition, "Foo"),
            (TokKind::Keyword, "pass")
        ]
    );
}

#[test]
fn highlight_continues_strings_from_earlier_lines() {
    let h = highlight_continuation("s = '''abc\n", "if x", true);
    assert_eq!(strip_ansi(&h), "if x");
    assert!(
        h.starts_with("\x1b[32m"),
        "inside a triple-quoted string: {h:?}"
    );
    assert_eq!(
        highlight_continuation("s = '''abc\n", "if x", false),
        "if x"
    );
}

#[test]
fn error_output_is_red_only_with_colour() {
    let tb = "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: name 'x' is not defined";
    assert_eq!(format_error(tb, false), format!("{tb}\n"));
    let c = format_error(tb, true);
    assert!(c.starts_with("Traceback (most recent call last):\n  File"));
    assert!(
        c.ends_with("\x1b[1;31mNameError: name 'x' is not defined\x1b[0m\n"),
        "{c:?}"
    );
    assert_eq!(
        format_error("SyntaxError: bad\n", true),
        "\x1b[1;31mSyntaxError: bad\x1b[0m\n"
    );
}

// ---------------------------------------------------------------------------------------------
// History, banner, exit words

#[test]
fn history_file_location() {
    use repl::history::history_file_from;
    use std::path::PathBuf;
    assert_eq!(
        history_file_from(None, Some("/home/u".into())),
        Some(PathBuf::from("/home/u/.fibra_history"))
    );
    assert_eq!(
        history_file_from(Some("/tmp/h".into()), Some("/home/u".into())),
        Some(PathBuf::from("/tmp/h"))
    );
    assert_eq!(
        history_file_from(Some("".into()), Some("/home/u".into())),
        None
    );
    assert_eq!(history_file_from(None, None), None);
}

#[test]
fn history_entries_are_whole_inputs() {
    use repl::history::entry_text;
    assert_eq!(entry_text("x = 1\n"), "x = 1");
    assert_eq!(
        entry_text("def f():\n    return 1\n    \n"),
        "def f():\n    return 1"
    );
}

#[test]
fn banner_and_exit_words() {
    assert_eq!(
        repl::banner("gil"),
        format!(
            "Fibra {} (gil) on {}\nType \"exit\" or Ctrl-D to leave.",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS
        )
    );
    for w in ["exit", "quit", "exit()", "quit()", "  exit  "] {
        assert!(repl::is_exit_command(w), "{w}");
    }
    for w in ["exit(1)", "exit = 3", "exits", "print(exit)"] {
        assert!(!repl::is_exit_command(w), "{w}");
    }
}

// ---------------------------------------------------------------------------------------------
// Pty tests over the fake backend

const CHILD_ENV: &str = "FIBRA_REPL_FAKE_CHILD";

/// Not a test: the REPL over the fake backend, run by the pty tests as a child process of
/// this test binary. Does nothing in a normal test run.
#[test]
fn fake_repl_child() {
    if std::env::var_os(CHILD_ENV).is_none() {
        return;
    }
    let opts = repl::ReplOptions {
        quiet: std::env::var_os("FAKE_QUIET").is_some(),
        lock_mode: "free-threaded",
        color: true, // NO_COLOR=1 from the harness must turn it off
        history_file: repl::default_history_file(),
    };
    let code = repl::run_repl(&mut fake::Fake::default(), opts);
    std::process::exit(code);
}

fn fake_cmd() -> Command {
    let mut cmd = Command::new(std::env::current_exe().expect("test binary path"));
    cmd.args([
        "fake_repl_child",
        "--exact",
        "--nocapture",
        "--test-threads",
        "1",
    ]);
    cmd.env(CHILD_ENV, "1");
    cmd
}

fn fake() -> Pty {
    let mut p = Pty::spawn(fake_cmd());
    p.expect("Fibra 0.1.0 (free-threaded) on");
    p.expect("Type \"exit\" or Ctrl-D to leave.");
    p.prompt();
    p
}

#[test]
fn fake_prompts_and_multi_line_input() {
    let mut p = fake();
    p.line("x = 1");
    p.expect("ran: \"x = 1\"");
    p.prompt();
    p.line("def f(a):");
    p.expect("... ");
    // Auto-indent pre-fills four spaces.
    p.line("if a:");
    p.expect("... ");
    p.line("return 1");
    p.expect("... ");
    p.line("");
    p.expect(r#"ran: "def f(a):\n    if a:\n        return 1""#);
    p.prompt();
    p.line("exit");
    assert_eq!(p.exit_code(), 0);
}

#[test]
fn fake_quiet_hides_banner() {
    let mut cmd = fake_cmd();
    cmd.env("FAKE_QUIET", "1");
    let mut p = Pty::spawn(cmd);
    let before = p.expect(">>> ");
    assert!(!before.contains("Fibra"), "{before:?}");
    p.line("quit()");
    assert_eq!(p.exit_code(), 0);
}

#[test]
fn fake_error_then_continue() {
    let mut p = fake();
    p.line("raise X");
    p.expect("Traceback (most recent call last):");
    p.expect("ValueError: boom");
    p.prompt();
    p.line("y = 2");
    p.expect("ran: \"y = 2\"");
    p.prompt();
    p.ctrl('d');
    assert_eq!(p.exit_code(), 0);
}

#[test]
fn fake_attribute_and_global_completion() {
    let mut p = fake();
    p.keys("[].ap\t");
    p.expect("append");
    p.keys("\r");
    p.expect("ran: \"[].append\"");
    p.prompt();
    p.line("my_long_name = 1");
    p.prompt();
    p.keys("my_lo\t\r");
    p.expect("ran: \"my_long_name\"");
    p.prompt();
    p.ctrl('d');
    assert_eq!(p.exit_code(), 0);
}

#[test]
fn fake_ctrl_c_at_prompt_and_while_running() {
    let mut p = fake();
    p.keys("abc");
    p.ctrl('c');
    p.expect("KeyboardInterrupt");
    p.prompt();
    p.line("while True: pass");
    p.expect("... ");
    p.line("");
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.ctrl('c');
    p.expect("KeyboardInterrupt");
    p.prompt();
    p.line("z = 3");
    p.expect("ran: \"z = 3\"");
    p.prompt();
    p.ctrl('d');
    assert_eq!(p.exit_code(), 0);
}

#[test]
fn fake_history_across_sessions() {
    let hist = temp_path("hist");
    let mut cmd = fake_cmd();
    cmd.env("FIBRA_HISTORY", &hist);
    let mut p = Pty::spawn(cmd);
    p.prompt();
    p.line("first = 1");
    p.prompt();
    p.line("def g():");
    p.line("return 2");
    p.line("");
    p.prompt();
    p.ctrl('d');
    assert_eq!(p.exit_code(), 0);
    let saved = std::fs::read_to_string(&hist).expect("history file written");
    assert!(
        saved.contains("first = 1") && saved.contains(r"def g():\n    return 2"),
        "{saved:?}"
    );

    let mut cmd = fake_cmd();
    cmd.env("FIBRA_HISTORY", &hist);
    let mut p = Pty::spawn(cmd);
    p.prompt();
    // Up recalls the `def` block (cursor on its last line); Up moves to its first line, and
    // Up again goes on to the older entry.
    p.keys("\x1b[A\x1b[A\x1b[A\r");
    p.expect("ran: \"first = 1\"");
    p.prompt();
    // Up recalls it again (most recent now), Up once more the whole `def` block, which needs
    // its closing blank line.
    p.keys("\x1b[A\x1b[A\r\r");
    p.expect(r#"ran: "def g():\n    return 2""#);
    p.prompt();
    p.ctrl('d');
    assert_eq!(p.exit_code(), 0);
    let _ = std::fs::remove_file(&hist);
}

#[test]
fn fake_system_exit_status() {
    let mut p = fake();
    p.line("exit(3)");
    assert_eq!(p.exit_code(), 3);
}

// ---------------------------------------------------------------------------------------------
// Pty tests of the real binary

fn fibra() -> Pty {
    let mut p = Pty::spawn(Command::new(env!("CARGO_BIN_EXE_fibra")));
    p.expect("Fibra ");
    p.prompt();
    p
}

#[test]
fn real_function_definition_then_call() {
    let mut p = fibra();
    p.line("def add(a, b):");
    p.expect("... ");
    p.line("return a + b"); // auto-indented
    p.expect("... ");
    p.line("");
    p.prompt();
    p.line("add(2, 40)");
    p.expect("42");
    p.prompt();
    p.ctrl('d');
    assert_eq!(p.exit_code(), 0);
}

#[test]
fn real_expression_echo_and_underscore() {
    let mut p = fibra();
    p.line("6 * 7");
    p.expect("42");
    p.prompt();
    p.line("_ + 1");
    p.expect("43");
    p.prompt();
    p.line("'a' + 'b'");
    p.expect("'ab'");
    p.prompt();
    p.line("None"); // not echoed
    p.prompt();
    p.line("exit()");
    assert_eq!(p.exit_code(), 0);
}

#[test]
fn real_error_then_state_continues() {
    let mut p = fibra();
    p.line("x = 10");
    p.prompt();
    p.line("1 / 0");
    p.expect("Traceback (most recent call last):");
    p.expect("ZeroDivisionError");
    p.prompt();
    p.line("x = = 1");
    p.expect("SyntaxError");
    p.prompt();
    p.line("x + 1");
    p.expect("11");
    p.prompt();
    p.line("quit");
    assert_eq!(p.exit_code(), 0);
}

#[test]
fn real_attribute_completion() {
    let mut p = fibra();
    p.keys("xs = [3, 1, 2]\r");
    p.prompt();
    p.keys("[].ap\t");
    p.expect("append");
    p.keys("\x15"); // Ctrl-U: discard the line
    p.keys("xs.so\t");
    p.expect("sort");
    p.keys("()\r");
    p.prompt();
    p.line("xs");
    p.expect("[1, 2, 3]");
    p.prompt();
    p.ctrl('d');
    assert_eq!(p.exit_code(), 0);
}

#[test]
fn real_history_across_sessions() {
    let hist = temp_path("real-hist");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_fibra"));
    cmd.env("FIBRA_HISTORY", &hist);
    let mut p = Pty::spawn(cmd);
    p.prompt();
    p.line("40 + 2");
    p.expect("42");
    p.prompt();
    p.ctrl('d');
    assert_eq!(p.exit_code(), 0);

    let mut cmd = Command::new(env!("CARGO_BIN_EXE_fibra"));
    cmd.env("FIBRA_HISTORY", &hist);
    let mut p = Pty::spawn(cmd);
    p.prompt();
    p.keys("\x1b[A");
    p.keys(" + 1\r");
    p.expect("43");
    p.prompt();
    p.ctrl('d');
    assert_eq!(p.exit_code(), 0);
    let _ = std::fs::remove_file(&hist);
}

#[test]
fn real_ctrl_c_interrupts_running_code() {
    let mut p = fibra();
    p.line("while True: pass");
    p.expect("... ");
    p.line("");
    std::thread::sleep(std::time::Duration::from_millis(500));
    p.ctrl('c');
    p.expect("KeyboardInterrupt");
    p.prompt();
    p.line("1 + 1");
    p.expect("2");
    p.prompt();
    p.ctrl('d');
    assert_eq!(p.exit_code(), 0);
}

/// A thread started at the prompt keeps running while the REPL waits for the next line
/// (the wait is released: in the `gil` build it used to hold the GIL, and the thread only
/// ran once another line was entered), and completion during that wait still reads the
/// namespace.
#[test]
fn real_threads_run_while_the_prompt_waits() {
    let mut p = fibra();
    p.line("import threading, time");
    p.prompt();
    p.line("def bg():");
    p.line("for i in range(3): time.sleep(0.05); print('bg step', i)");
    p.line("");
    p.prompt();
    p.line("t = threading.Thread(target=bg); t.start()");
    p.expect("bg step 2");
    p.keys("threading.active_c\t");
    p.expect("active_count");
    p.keys("()\r");
    p.expect("1");
    p.prompt();
    p.ctrl('d');
    assert_eq!(p.exit_code(), 0);
}

#[test]
fn real_ctrl_d_exits_zero() {
    let mut p = fibra();
    p.ctrl('d');
    assert_eq!(p.exit_code(), 0);
}

#[test]
fn real_suggestion_and_exit_status() {
    let mut p = fibra();
    p.line("length = 3");
    p.prompt();
    p.line("lenght + 1");
    p.expect("NameError: name 'lenght' is not defined. Did you mean: 'length'?");
    p.prompt();
    p.line("[].apend");
    p.expect("Did you mean: 'append'?");
    p.prompt();
    p.line("exit(3)");
    assert_eq!(p.exit_code(), 3);
}
