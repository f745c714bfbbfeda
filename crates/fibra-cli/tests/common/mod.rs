//! Shared code for the script-corpus tests (`scripts.rs`, `differential.rs`):
//! script discovery, expectation parsing, list files, running a process with a
//! timeout, and a small parallel work queue. Standard library only.
//!
//! The format is documented in `tests/README.md` at the repository root.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// Per-script wall-clock limit; a script that runs longer is killed and fails.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// The repository root (`crates/fibra-cli/../..`).
pub fn repo_root() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    p.canonicalize().unwrap_or(p)
}

/// `tests/` at the repository root.
pub fn tests_dir() -> PathBuf {
    repo_root().join("tests")
}

/// `tests/scripts/`, the corpus root.
pub fn scripts_dir() -> PathBuf {
    tests_dir().join("scripts")
}

/// One test script: its path relative to `tests/scripts` (always with `/`)
/// and its absolute path.
#[derive(Clone, Debug)]
pub struct Script {
    pub rel: String,
    pub path: PathBuf,
}

/// Every `.py` file under `tests/scripts`, sorted, except those inside a
/// directory named `modules` (helper modules imported by tests) and
/// `__pycache__`. `FIBRA_TEST_FILTER=substr` keeps only paths containing
/// `substr` (several substrings may be given, separated by commas).
pub fn discover() -> Vec<Script> {
    let root = scripts_dir();
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    if let Ok(filter) = std::env::var("FIBRA_TEST_FILTER") {
        let subs: Vec<&str> = filter
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if !subs.is_empty() {
            out.retain(|s| subs.iter().any(|f| s.rel.contains(f)));
        }
    }
    out
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Script>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let Ok(ft) = entry.file_type() else { continue };
        if ft.is_dir() {
            if name == "modules" || name == "__pycache__" {
                continue;
            }
            walk(root, &path, out);
        } else if name.ends_with(".py") {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push(Script { rel, path });
        }
    }
}

/// What a script's comments say it should do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expectation {
    /// Expected stdout lines (`# expect: TEXT`), trailing whitespace removed.
    pub stdout: Vec<String>,
    /// Expected uncaught exception type (`# expect error: Type`).
    pub error: Option<String>,
    /// Expected exit code (`# expect exit: N`; default 1 with an error, else 0).
    pub exit_code: i32,
    /// Command-line arguments (`# args: a b c`).
    pub args: Vec<String>,
}

/// Parse the expectation comments of a script's source.
pub fn parse_expectations(source: &str) -> Expectation {
    const EXPECT: &str = "# expect: ";
    const ERROR: &str = "# expect error: ";
    const EXIT: &str = "# expect exit: ";
    const ARGS: &str = "# args: ";
    let mut e = Expectation::default();
    let mut exit: Option<i32> = None;
    for line in source.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if let Some(i) = line.find(EXPECT) {
            e.stdout
                .push(line[i + EXPECT.len()..].trim_end().to_string());
        } else if line.trim_end().ends_with("# expect:") {
            e.stdout.push(String::new());
        } else if let Some(i) = line.find(ERROR) {
            e.error = Some(line[i + ERROR.len()..].trim().to_string());
        } else if let Some(i) = line.find(EXIT) {
            exit = line[i + EXIT.len()..].trim().parse().ok();
        } else if line.trim_start().starts_with(ARGS) {
            let i = line.find(ARGS).unwrap();
            e.args = line[i + ARGS.len()..]
                .split_whitespace()
                .map(String::from)
                .collect();
        }
    }
    e.exit_code = exit.unwrap_or(if e.error.is_some() { 1 } else { 0 });
    e
}

/// Split captured stdout into lines: split on `\n`, drop the empty piece
/// after a final newline, strip trailing whitespace (incl. `\r`) of each line.
pub fn stdout_lines(out: &str) -> Vec<String> {
    let mut v: Vec<String> = out.split('\n').map(|l| l.trim_end().to_string()).collect();
    if out.ends_with('\n') || out.is_empty() {
        v.pop();
    }
    v
}

/// The exception type named by the last non-empty stderr line: the text
/// before the first `:` (or the whole trimmed line when there is none).
/// A dotted name such as `json.decoder.JSONDecodeError` is kept as is.
pub fn error_type(stderr: &str) -> Option<String> {
    let line = stderr.lines().rev().find(|l| !l.trim().is_empty())?;
    let head = line.split(':').next().unwrap_or("").trim();
    Some(head.to_string())
}

/// Whether `stderr`'s last non-empty line starts with `ty` followed by `:`
/// or the end of the line.
pub fn error_matches(stderr: &str, ty: &str) -> bool {
    match stderr.lines().rev().find(|l| !l.trim().is_empty()) {
        Some(line) => {
            let line = line.trim();
            match line.strip_prefix(ty) {
                Some(rest) => rest.is_empty() || rest.starts_with(':'),
                None => false,
            }
        }
        None => false,
    }
}

/// The result of running one process.
#[derive(Clone, Debug)]
pub struct RunOutput {
    pub stdout: String,
    pub stderr: String,
    /// Exit code; `None` when killed by a signal (or on timeout).
    pub code: Option<i32>,
    pub timed_out: bool,
    pub elapsed: Duration,
}

impl RunOutput {
    pub fn describe_exit(&self) -> String {
        if self.timed_out {
            format!("timed out after {}s", TIMEOUT.as_secs())
        } else {
            match self.code {
                Some(c) => format!("exit code {c}"),
                None => "killed by a signal".to_string(),
            }
        }
    }
}

/// Run `program script args...` with cwd = repository root, stdin null,
/// stdout/stderr captured, killed after `timeout`.
pub fn run_with_timeout(
    program: &Path,
    script: &Path,
    args: &[String],
    timeout: Duration,
    envs: &[(&str, &str)],
) -> std::io::Result<RunOutput> {
    let start = Instant::now();
    let mut cmd = Command::new(program);
    cmd.arg(script)
        .args(args)
        .current_dir(repo_root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn()?;
    // Drain the pipes on helper threads so a chatty child cannot block.
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_t = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_t = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let mut timed_out = false;
    let status = loop {
        match child.try_wait()? {
            Some(status) => break Some(status),
            None => {
                if start.elapsed() >= timeout {
                    let _ = child.kill();
                    timed_out = true;
                    break child.wait().ok();
                }
                thread::sleep(Duration::from_millis(5));
            }
        }
    };
    let stdout = out_t.join().unwrap_or_default();
    let stderr = err_t.join().unwrap_or_default();
    Ok(RunOutput {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        code: if timed_out {
            None
        } else {
            status.and_then(|s| s.code())
        },
        timed_out,
        elapsed: start.elapsed(),
    })
}

/// Read a list file (`tests/known-failures.txt`, `tests/differential-skip.txt`):
/// one script path (relative to `tests/scripts`) per line, optionally
/// followed by ` # reason`; blank lines and lines starting with `#` are
/// ignored. Returns path -> reason.
pub fn read_list(path: &Path) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    let Ok(text) = fs::read_to_string(path) else {
        return map;
    };
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (p, reason) = match line.find(" #") {
            Some(i) => (line[..i].trim(), line[i + 2..].trim()),
            None => (line, ""),
        };
        map.insert(p.replace('\\', "/"), reason.to_string());
    }
    map
}

/// Run `f` over `items` on `available_parallelism()` worker threads; results
/// come back in the input order.
pub fn parallel_map<T, R, F>(items: Vec<T>, f: F) -> Vec<R>
where
    T: Send + Sync + 'static,
    R: Send + 'static,
    F: Fn(&T) -> R + Send + Sync + 'static,
{
    let n = items.len();
    let workers = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(4)
        .min(n.max(1));
    let items = Arc::new(items);
    let f = Arc::new(f);
    let next = Arc::new(AtomicUsize::new(0));
    let results: Arc<Mutex<Vec<Option<R>>>> = Arc::new(Mutex::new((0..n).map(|_| None).collect()));
    let mut handles = Vec::new();
    for _ in 0..workers {
        let (items, f, next, results) = (items.clone(), f.clone(), next.clone(), results.clone());
        handles.push(thread::spawn(move || loop {
            let i = next.fetch_add(1, Ordering::SeqCst);
            if i >= items.len() {
                break;
            }
            let r = f(&items[i]);
            results.lock().unwrap()[i] = Some(r);
        }));
    }
    for h in handles {
        h.join().expect("worker thread panicked");
    }
    let mut guard = results.lock().unwrap();
    guard
        .drain(..)
        .map(|r| r.expect("missing result"))
        .collect()
}

/// A short excerpt showing where two line lists first differ.
pub fn diff_excerpt(expected: &[String], actual: &[String]) -> String {
    let n = expected.len().max(actual.len());
    for i in 0..n {
        let e = expected.get(i);
        let a = actual.get(i);
        if e != a {
            let show = |x: Option<&String>| match x {
                Some(s) => format!("{s:?}"),
                None => "<no line>".to_string(),
            };
            let mut s = format!(
                "first difference at stdout line {}: expected {}, got {}",
                i + 1,
                show(e),
                show(a)
            );
            if expected.len() != actual.len() {
                s.push_str(&format!(
                    " ({} lines expected, {} got)",
                    expected.len(),
                    actual.len()
                ));
            }
            return s;
        }
    }
    String::from("no difference")
}

/// The last few non-empty lines of stderr, joined with ` | ` (for reports).
pub fn stderr_tail(stderr: &str, lines: usize) -> String {
    let v: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    let start = v.len().saturating_sub(lines);
    v[start..].join(" | ")
}

/// Whether an executable called `name` can be run (`name --version` succeeds).
pub fn find_program(name: &str) -> Option<PathBuf> {
    let ok = Command::new(name)
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if ok {
        Some(PathBuf::from(name))
    } else {
        None
    }
}
