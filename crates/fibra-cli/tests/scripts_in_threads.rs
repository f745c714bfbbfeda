//! The script corpus again, concurrently and in-process: each suitable
//! `tests/scripts/**/*.py` runs in 4 host threads at once, inside ONE process and ONE
//! interpreter (shared VM, builtins, interned constants, type objects, lookup caches and
//! collector). Every thread runs the whole script as its own `__main__` module and must
//! print exactly the script's `# expect:` lines and end as its `# expect error:` /
//! `# expect exit:` comments say, as with the `fibra` command.
//!
//! Scripts run one after another; a watchdog fails the test, naming the script, when one
//! does not finish in time. Scripts that cannot run in-process or concurrently are listed,
//! with the reason, in `tests/in-threads-skip.txt`. `FIBRA_TEST_FILTER` selects scripts as
//! for the `scripts` test. Format and data files: see `tests/README.md`.
//!
//! How output is told apart: the stdout hook is per interpreter, but `print` runs on the
//! calling thread, so each of the 4 threads collects its output in a thread-local buffer.
//! Output of threads a script starts (`threading.Thread`) cannot be attributed to one of the
//! 4 copies: it is pooled, and then each copy's own lines must be an in-order subsequence of
//! the expected lines, and the pool must hold exactly the lines the copies are missing.

mod common;

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Barrier, Mutex};
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

use common::*;
use fibra_vm::embed::{Interpreter, Module, Object};
use fibra_vm::interp::import::exec_source;
use fibra_vm::Value;

/// Threads running each script at the same time.
const COPIES: usize = 4;

/// Watchdog: a script whose 4 copies (and the threads they started) are not done within
/// this time is taken for a hang and fails the test (generous: debug build, 2 cores).
const SCRIPT_LIMIT: Duration = Duration::from_secs(60);

/// Native stack of each copy's thread: deep-recursion scripts reach the recursion limit
/// (1000 levels, big frames in a debug build); only touched pages are committed.
const STACK: usize = 256 << 20;

thread_local! {
    /// `(stdout, stderr)` of the copy running on this thread; `None` on other threads.
    static CAPTURE: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Output written by threads that are not copies (threads started by the scripts), by
/// thread: `(stdout, stderr)`.
type Orphans = Mutex<HashMap<ThreadId, (String, String)>>;

/// Sends text written by script code to the running copy's buffer, or to `orphans`.
fn capture(orphans: &Orphans, text: &str, is_err: bool) {
    let own = CAPTURE.with(|c| match c.borrow_mut().as_mut() {
        Some((out, err)) => {
            if is_err { err } else { out }.push_str(text);
            true
        }
        None => false,
    });
    if !own {
        let mut map = orphans.lock().unwrap_or_else(|e| e.into_inner());
        let (out, err) = map.entry(thread::current().id()).or_default();
        if is_err { err } else { out }.push_str(text);
    }
}

/// Helpers run by the host between scripts: each script gets its directory first on
/// `sys.path` (as `fibra FILE` does), and afterwards `sys.path` and the modules the script
/// loaded from `tests/scripts` are put back as they were.
const HARNESS: &str = "\
import sys
def save(script_dir):
    state = (list(sys.path), set(sys.modules))
    sys.path.insert(0, script_dir)
    return state
def restore(state, root):
    path, mods = state
    sys.path[:] = path
    for name in list(sys.modules):
        if name not in mods:
            f = getattr(sys.modules[name], '__file__', None)
            if name == '__main__' or (isinstance(f, str) and f.startswith(root)):
                del sys.modules[name]
";

/// What one copy ended with.
struct CopyResult {
    stdout: String,
    /// The hook's stderr output, then what `fibra` prints for an uncaught exception.
    stderr: String,
    /// The exit status `fibra` would have returned.
    code: i32,
}

/// Runs `source` as `__main__` on the calling thread, as `fibra FILE` does (module
/// `__main__` with `__file__`, registered in `sys.modules`); returns the exit status and
/// the text `fibra` would print on stderr for an uncaught exception.
fn run_main(py: &Interpreter, source: &str, path: &str) -> (i32, String) {
    let r = py.with_ctx(|cx| {
        let main = Value::module("__main__");
        main.set_attr_str("__file__", Value::str(path));
        main.set_attr_str("__builtins__", cx.vm.builtins.clone());
        if let Some(d) = fibra_vm::interp::eval::as_dict(&cx.vm.modules) {
            d.set_str("__main__", main.clone());
        }
        Ok(match exec_source(cx, source, path, &main) {
            Ok(_) => (0, String::new()),
            Err(exc) => cx.exit_status(&exc),
        })
    });
    r.unwrap_or_else(|e| (1, format!("host error: {e}\n")))
}

/// The source copy `k` runs: `os.getpid()` is the same for the 4 copies, and scripts name
/// their scratch files after it, so each copy gets its own value.
fn copy_source(source: &str, k: usize) -> String {
    source.replace("os.getpid()", &format!("(os.getpid() * {COPIES} + {k})"))
}

/// Runs one script in `COPIES` threads released together; `done` counts finished copies
/// (for the watchdog's message).
fn run_copies(
    py: &Interpreter,
    script: &Script,
    source: &str,
    done: &Arc<AtomicUsize>,
) -> Vec<Result<CopyResult, String>> {
    let path = script.path.to_string_lossy().into_owned();
    let barrier = Arc::new(Barrier::new(COPIES));
    let handles: Vec<_> = (0..COPIES)
        .map(|k| {
            let (py, barrier, path, done) =
                (py.clone(), barrier.clone(), path.clone(), done.clone());
            let source = copy_source(source, k);
            thread::Builder::new()
                .name(format!("copy-{k}"))
                .stack_size(STACK)
                .spawn(move || {
                    CAPTURE.with(|c| *c.borrow_mut() = Some(Default::default()));
                    barrier.wait();
                    let (code, status_text) = run_main(&py, &source, &path);
                    let (stdout, mut stderr) =
                        CAPTURE.with(|c| c.borrow_mut().take()).unwrap_or_default();
                    stderr.push_str(&status_text);
                    done.fetch_add(1, Ordering::SeqCst);
                    CopyResult {
                        stdout,
                        stderr,
                        code,
                    }
                })
                .expect("cannot start a copy thread")
        })
        .collect();
    handles
        .into_iter()
        .enumerate()
        .map(|(k, h)| {
            h.join().map_err(|e| {
                let msg = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                format!("copy {k}: Rust panic: {msg}")
            })
        })
        .collect()
}

/// Whether `sub` appears in `full` in order (not necessarily contiguously); on success,
/// the lines of `full` left over.
fn leftover(full: &[String], sub: &[String]) -> Option<Vec<String>> {
    let mut rest = Vec::new();
    let mut it = sub.iter().peekable();
    for line in full {
        if it.peek() == Some(&line) {
            it.next();
        } else {
            rest.push(line.clone());
        }
    }
    it.peek().is_none().then_some(rest)
}

/// Checks the copies' results against the expectations; `pooled` is the output of the
/// threads the script started. Returns the problems found.
fn check(
    exp: &Expectation,
    results: &[Result<CopyResult, String>],
    pooled: &[String],
) -> Vec<String> {
    let mut problems = Vec::new();
    let mut missing = Vec::new();
    for (k, r) in results.iter().enumerate() {
        let r = match r {
            Ok(r) => r,
            Err(e) => {
                problems.push(e.clone());
                continue;
            }
        };
        let lines = stdout_lines(&r.stdout);
        if pooled.is_empty() {
            if lines != exp.stdout {
                problems.push(format!("copy {k}: {}", diff_excerpt(&exp.stdout, &lines)));
            }
        } else {
            match leftover(&exp.stdout, &lines) {
                Some(rest) => missing.extend(rest),
                None => problems.push(format!(
                    "copy {k}: its own lines are not in the expected order: {}",
                    diff_excerpt(&exp.stdout, &lines)
                )),
            }
        }
        if r.code != exp.exit_code {
            problems.push(format!(
                "copy {k}: expected exit code {}, got {} (stderr: {})",
                exp.exit_code,
                r.code,
                stderr_tail(&r.stderr, 3)
            ));
        }
        if let Some(ty) = &exp.error {
            if !error_matches(&r.stderr, ty) {
                problems.push(format!(
                    "copy {k}: expected uncaught {ty}, last stderr line: {:?}",
                    stderr_tail(&r.stderr, 1)
                ));
            }
        }
    }
    if !pooled.is_empty() {
        let (mut want, mut got) = (missing, pooled.to_vec());
        want.sort();
        got.sort();
        if want != got {
            problems.push(format!(
                "output of the script's threads: {}",
                diff_excerpt(&want, &got)
            ));
        }
    }
    problems
}

/// Runs one script in `COPIES` threads and checks it; `Err` holds the problems.
fn run_script(
    py: &Interpreter,
    harness: &Module,
    orphans: &Orphans,
    script: &Script,
    done: &Arc<AtomicUsize>,
) -> Result<(), String> {
    let source = std::fs::read(&script.path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| format!("cannot read script: {e}"))?;
    let exp = parse_expectations(&source);
    let dir = script
        .path
        .parent()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default();
    let root = scripts_dir().to_string_lossy().into_owned();
    orphans.lock().unwrap().clear();
    let state: Object = harness
        .call("save", (dir,))
        .map_err(|e| format!("harness save: {e}"))?;
    let results = run_copies(py, script, &source, done);
    // Like `fibra` at exit: wait for the non-daemon threads the copies started.
    let _ = py.with_ctx(|cx| {
        cx.finish();
        Ok(())
    });
    harness
        .call::<()>("restore", (state, root))
        .map_err(|e| format!("harness restore: {e}"))?;
    let mut pooled = Vec::new();
    let mut pooled_err = String::new();
    for (out, err) in orphans.lock().unwrap().values() {
        pooled.extend(stdout_lines(out));
        pooled_err.push_str(err);
    }
    let problems = check(&exp, &results, &pooled);
    if problems.is_empty() {
        Ok(())
    } else {
        let mut msg = problems.join("; ");
        if !pooled_err.trim().is_empty() {
            msg.push_str(&format!(
                " (stderr of the script's threads: {})",
                stderr_tail(&pooled_err, 3)
            ));
        }
        Err(msg)
    }
}

/// Progress reports from the driver thread to the watchdog.
enum Progress {
    Start(String),
    Done(String, Result<(), String>, Duration),
    Finished,
}

/// The skip list: path -> reason. Fails when an entry names no script.
fn skip_list() -> std::collections::BTreeMap<String, String> {
    let list = read_list(&tests_dir().join("in-threads-skip.txt"));
    let stale: Vec<&String> = list
        .keys()
        .filter(|rel| !scripts_dir().join(rel).is_file())
        .collect();
    assert!(
        stale.is_empty(),
        "tests/in-threads-skip.txt names scripts that do not exist: {stale:?}"
    );
    list
}

#[test]
fn scripts_in_threads() {
    let skip = skip_list();
    let all = discover();
    let total = all.len();
    let scripts: Vec<Script> = all
        .into_iter()
        .filter(|s| !skip.contains_key(&s.rel))
        .collect();
    let skipped = total - scripts.len();
    assert!(
        total > 0 || std::env::var("FIBRA_TEST_FILTER").is_ok(),
        "no scripts found under tests/scripts"
    );
    // As for `fibra` runs: the repository root is the working directory (the other test in
    // this binary uses no paths).
    std::env::set_current_dir(repo_root()).expect("cannot enter the repository root");

    let orphans: Arc<Orphans> = Arc::default();
    let (o1, o2) = (orphans.clone(), orphans.clone());
    let py = Interpreter::builder()
        .stdout(move |s| capture(&o1, s, false))
        .stderr(move |s| capture(&o2, s, true))
        .build();
    let _ = py.with_ctx(|cx| cx.install_site_builtins());
    let harness = py.exec(HARNESS, "_in_threads_harness").expect("harness");
    let done = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = mpsc::channel();
    let driver = {
        let (done, orphans) = (done.clone(), orphans.clone());
        thread::Builder::new()
            .name("driver".into())
            .spawn(move || {
                for s in &scripts {
                    done.store(0, Ordering::SeqCst);
                    let _ = tx.send(Progress::Start(s.rel.clone()));
                    let t = Instant::now();
                    let r = run_script(&py, &harness, &orphans, s, &done);
                    let _ = tx.send(Progress::Done(s.rel.clone(), r, t.elapsed()));
                }
                let _ = tx.send(Progress::Finished);
            })
            .expect("cannot start the driver thread")
    };

    // The watchdog: every script must finish within SCRIPT_LIMIT.
    let start = Instant::now();
    let mut current = String::from("<start>");
    let (mut passed, mut failed) = (0usize, 0usize);
    let mut times = Vec::new();
    loop {
        match rx.recv_timeout(SCRIPT_LIMIT) {
            Ok(Progress::Start(rel)) => current = rel,
            Ok(Progress::Done(rel, r, t)) => {
                times.push((t, rel.clone()));
                match r {
                    Ok(()) => passed += 1,
                    Err(why) => {
                        println!("FAIL {rel}: {why}");
                        failed += 1;
                    }
                }
            }
            Ok(Progress::Finished) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => panic!(
                "HANG: {current} (in {COPIES} threads) did not finish within {}s \
                 ({} of its copies returned)",
                SCRIPT_LIMIT.as_secs(),
                done.load(Ordering::SeqCst)
            ),
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                panic!("the driver thread died while running {current}")
            }
        }
    }
    driver.join().expect("driver thread");
    times.sort();
    let slowest: Vec<String> = times
        .iter()
        .rev()
        .take(5)
        .map(|(t, rel)| format!("{rel} {:.2}s", t.as_secs_f64()))
        .collect();
    println!(
        "scripts_in_threads: {passed} passed, {failed} failed, {skipped} skipped \
         ({COPIES} threads per script, {:.1}s; slowest: {})",
        start.elapsed().as_secs_f64(),
        slowest.join(", ")
    );
    assert!(
        failed == 0,
        "{failed} script(s) failed when run in {COPIES} threads at once"
    );
}

#[test]
fn leftover_is_an_in_order_subsequence() {
    let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        leftover(&v(&["a", "b", "c", "b"]), &v(&["a", "b"])),
        Some(v(&["c", "b"]))
    );
    assert_eq!(leftover(&v(&["a", "b"]), &v(&["b", "a"])), None);
    assert_eq!(leftover(&v(&["a"]), &v(&[])), Some(v(&["a"])));
}
