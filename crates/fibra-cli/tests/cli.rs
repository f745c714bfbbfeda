//! The command line of `fibra` (docs/cli.md): options, `sys.argv`, `-m`, `FIBRAPATH`,
//! standard input, exit statuses and Ctrl-C during a script.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn fibra() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_fibra"));
    c.env("NO_COLOR", "1").env("FIBRA_HISTORY", "");
    c
}

fn run(args: &[&str]) -> Output {
    run_in(fibra(), args, "")
}

fn run_in(mut cmd: Command, args: &[&str], stdin: &str) -> Output {
    let mut child = cmd
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn fibra");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin.as_bytes()).expect("write stdin");
    drop(input);
    child.wait_with_output().expect("wait for fibra")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh scratch directory.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("fibra-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("create scratch dir");
    d
}

#[test]
fn version_and_help() {
    let o = run(&["-V"]);
    assert_eq!(stdout(&o), format!("Fibra {}\n", env!("CARGO_PKG_VERSION")));
    assert_eq!(o.status.code(), Some(0));
    let o = run(&["--version"]);
    assert_eq!(stdout(&o), format!("Fibra {}\n", env!("CARGO_PKG_VERSION")));
    let o = run(&["-VV"]);
    let mode = if cfg!(feature = "gil") {
        "(gil,"
    } else {
        "(free-threaded,"
    };
    assert!(stdout(&o).contains(mode), "{}", stdout(&o));
    let o = run(&["-h"]);
    assert!(stdout(&o).starts_with("usage: fibra"), "{}", stdout(&o));
    assert!(stdout(&o).contains("FIBRAPATH"));
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn usage_errors_exit_2() {
    let o = run(&["-x"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("Unknown option: -x\nusage: fibra"),
        "{}",
        stderr(&o)
    );
    let o = run(&["-c"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("Argument expected for the -c option"));
    let o = run(&["-m"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["/nonexistent/script.py"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("can't open file '/nonexistent/script.py'"));
}

#[test]
fn argv_of_each_form() {
    let code = "import sys; print(sys.argv)";
    let o = run(&["-c", code, "a", "-b"]);
    assert_eq!(stdout(&o), "['-c', 'a', '-b']\n");
    let o = run_in(fibra(), &["-", "x", "-y"], code);
    assert_eq!(stdout(&o), "['-', 'x', '-y']\n");
    // No arguments and stdin not a terminal: the program is read from stdin.
    let o = run_in(fibra(), &[], code);
    assert_eq!(stdout(&o), "['']\n");
    let d = scratch("argv");
    let f = d.join("-dash.py");
    std::fs::write(&f, format!("{code}\n")).expect("write script");
    let mut cmd = fibra();
    cmd.current_dir(&d);
    let o = run_in(cmd, &["--", "-dash.py", "-q"], "");
    assert_eq!(stdout(&o), "['-dash.py', '-q']\n", "{}", stderr(&o));
}

#[test]
fn exit_statuses() {
    assert_eq!(run(&["-c", "pass"]).status.code(), Some(0));
    assert_eq!(
        run(&["-c", "import sys; sys.exit(7)"]).status.code(),
        Some(7)
    );
    assert_eq!(run(&["-c", "raise SystemExit"]).status.code(), Some(0));
    let o = run(&["-c", "import sys; sys.exit('bye')"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "bye\n");
    let o = run(&["-c", "1/0"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).ends_with("ZeroDivisionError: division by zero\n"));
}

#[test]
fn dash_m_runs_a_module_as_main() {
    let d = scratch("m");
    std::fs::write(
        d.join("hello.py"),
        "import sys\nprint(__name__, sys.argv[1:], sys.argv[0].endswith('hello.py'))\n",
    )
    .expect("write module");
    std::fs::create_dir_all(d.join("pkg")).expect("mkdir");
    std::fs::write(d.join("pkg/__init__.py"), "").expect("write");
    std::fs::write(d.join("pkg/__main__.py"), "print('pkg main', __name__)\n").expect("write");
    let mut cmd = fibra();
    cmd.current_dir(&d);
    let o = run_in(cmd, &["-m", "hello", "1", "-x"], "");
    assert_eq!(stdout(&o), "__main__ ['1', '-x'] True\n", "{}", stderr(&o));
    let mut cmd = fibra();
    cmd.current_dir(&d);
    let o = run_in(cmd, &["-m", "pkg"], "");
    assert_eq!(stdout(&o), "pkg main __main__\n", "{}", stderr(&o));
    // Found through FIBRAPATH from elsewhere.
    let mut cmd = fibra();
    cmd.env("FIBRAPATH", &d).current_dir(std::env::temp_dir());
    let o = run_in(cmd, &["-m", "hello"], "");
    assert_eq!(stdout(&o), "__main__ [] True\n", "{}", stderr(&o));
    let o = run(&["-m", "no_such_module_xyz"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "fibra: No module named no_such_module_xyz\n");
}

#[test]
fn fibrapath_adds_module_directories() {
    let a = scratch("path-a");
    let b = scratch("path-b");
    std::fs::write(a.join("mod_a.py"), "NAME = 'a'\n").expect("write");
    std::fs::write(b.join("mod_b.py"), "NAME = 'b'\n").expect("write");
    let mut cmd = fibra();
    cmd.env("FIBRAPATH", format!("{}:{}", a.display(), b.display()));
    let o = run_in(
        cmd,
        &["-c", "import mod_a, mod_b; print(mod_a.NAME + mod_b.NAME)"],
        "",
    );
    assert_eq!(stdout(&o), "ab\n", "{}", stderr(&o));
}

#[test]
fn dash_i_enters_the_repl_with_the_script_globals() {
    let d = scratch("i");
    let f = d.join("s.py");
    std::fs::write(&f, "x = 21\n").expect("write");
    let o = run_in(
        fibra(),
        &["-q", "-i", f.to_str().unwrap_or_default()],
        "x * 2\n",
    );
    assert_eq!(stdout(&o), "42\n", "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(0));
    // After an uncaught exception too; `exit(n)` gives the status.
    let o = run_in(
        fibra(),
        &["-q", "-i", "-c", "y = 1\n1/0"],
        "print(y)\nexit(5)\n",
    );
    assert_eq!(stdout(&o), "1\n");
    assert!(stderr(&o).contains("ZeroDivisionError"));
    assert_eq!(o.status.code(), Some(5));
}

#[test]
fn ctrl_c_raises_keyboard_interrupt_in_a_script() {
    let d = scratch("sigint");
    let f = d.join("loop.py");
    std::fs::write(
        &f,
        "import sys\nprint('ready', flush=True)\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\nwhile True:\n    pass\n",
    )
    .expect("write");
    let mut child = fibra()
        .arg(&f)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let pid = child.id().to_string();
    let interrupt = |what: &str| {
        let st = Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .expect("kill");
        assert!(st.success(), "kill before {what}");
    };
    let mut out = child.stdout.take().expect("stdout");
    let mut buf = [0u8; 6];
    std::io::Read::read_exact(&mut out, &mut buf).expect("ready line");
    std::thread::sleep(std::time::Duration::from_millis(200));
    interrupt("caught");
    std::thread::sleep(std::time::Duration::from_millis(500));
    interrupt("exit");
    let o = child.wait_with_output().expect("wait");
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).expect("read");
    assert_eq!(rest, "caught\n");
    assert_eq!(o.status.code(), Some(130));
    assert!(
        stderr(&o).ends_with("KeyboardInterrupt\n"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).starts_with("Traceback (most recent call last):\n"));
}

/// A recursion limit raised beyond what the stack holds ends in RecursionError (the
/// native-stack guard), in the main thread and in script threads, never in a stack-overflow
/// abort; unwinding a very deep traceback stays fast.
#[test]
fn raised_recursion_limit_is_bounded_by_the_stack() {
    let script = r#"
import sys, threading
sys.setrecursionlimit(10**8)
def f(n): return f(n + 1)
class A:
    def __repr__(self): return repr(self)
for g in (lambda: f(0), lambda: repr(A())):
    try:
        g()
    except RecursionError:
        print("RecursionError")
def in_thread():
    try:
        f(0)
    except RecursionError:
        print("thread RecursionError")
t = threading.Thread(target=in_thread)
t.start()
t.join()
f(0)
"#;
    let mut cmd = fibra();
    cmd.env("FIBRA_STACK_MB", "64");
    let o = run_in(cmd, &["-c", script], "");
    assert_eq!(
        stdout(&o),
        "RecursionError\nRecursionError\nthread RecursionError\n",
        "{}",
        stderr(&o)
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("more times]"), "{err}");
    assert!(
        err.trim_end()
            .ends_with("RecursionError: maximum recursion depth exceeded"),
        "{err}"
    );
}
