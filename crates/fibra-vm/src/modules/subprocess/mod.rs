//! `_subprocess`: the native core of `stdlib/subprocess.py`, over `std::process`.
//!
//! - `spawn(args, executable, cwd, env, stdin, stdout, stderr, start_new_session,
//!   process_group)` starts a child and returns `(Process, stdin, stdout, stderr)`, the
//!   last three being `Pipe` objects (`pipe.rs`) where a stream is `PIPE`, else None.
//!   A stream is None (inherit), `PIPE` (-1), `STDOUT` (-2, stderr only), `DEVNULL` (-3),
//!   a descriptor 0-2, a file object from `open()`, or another child's `Pipe`.
//! - `Process`: `pid`, `poll()`, `wait(timeout)` (None when the time runs out), `kill()`,
//!   `terminate()`, `send_signal(sig)`; exit codes as CPython's `returncode` (-N: killed
//!   by signal N).
//! - `communicate(stdin, input, stdout, stderr, timeout)`: see `pipe.rs`.
//!
//! Waiting never blocks attached: `wait` polls the child, sleeping detached between polls
//! (so `kill()` from another thread is never held up by a waiter), and looks for Ctrl-C
//! between sleeps. A child whose `Process` is freed unreaped is reaped later.

mod pipe;

use std::fs::File;
use std::io::BufReader;
use std::os::fd::OwnedFd;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use crate::args::Args;
use crate::builtins::io::{os_error, os_error_from_io};
use crate::ctx::Ctx;
use crate::error::{type_error, Exc, PyResult};
use crate::object::NativeObject;
use crate::types::types;
use crate::value::Value;

use pipe::{new_pipe, End};

/// Waits are sliced so that Ctrl-C and deadlines are seen at least this often.
pub(crate) const SLICE: Duration = Duration::from_millis(50);

/// Polling interval bounds for `wait`.
const POLL_MIN: Duration = Duration::from_micros(100);
const POLL_MAX: Duration = Duration::from_millis(10);

const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

/// Builds `_subprocess`.
pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("_subprocess");
    m.set_attr_str("Process", process_class().clone());
    m.set_attr_str("Pipe", pipe::pipe_class().clone());
    m.add_fn("spawn", spawn);
    m.add_fn("communicate", pipe::communicate);
    m.set_attr_str("PIPE", Value::int(PIPE));
    m.set_attr_str("STDOUT", Value::int(STDOUT));
    m.set_attr_str("DEVNULL", Value::int(DEVNULL));
    Ok(m)
}

/// Raises a pending KeyboardInterrupt or embedding stop (as `time.sleep` does).
pub(crate) fn check_stop(cx: &mut Ctx) -> PyResult<()> {
    cx.check_interrupt()?;
    if crate::interrupt::pending() {
        return Err(crate::interrupt::keyboard_interrupt());
    }
    Ok(())
}

/// A timeout in seconds (None: no limit). Negative means none left; NaN never runs out
/// (as in CPython, where `remaining <= 0` is never true); huge values are capped (a
/// `Duration` cannot hold them).
pub(crate) fn timeout_arg(cx: &mut Ctx, v: &Value) -> PyResult<Option<Duration>> {
    if v.is_none() {
        return Ok(None);
    }
    let secs = crate::ops::to_f64(cx, v)?;
    if secs.is_nan() {
        return Ok(None);
    }
    Ok(Some(Duration::from_secs_f64(secs.clamp(0.0, 1e9))))
}

// ---- standard streams -----------------------------------------------------------------------

/// How one of the child's standard streams is set up.
enum Spec {
    Inherit,
    Pipe,
    /// stderr only: wherever stdout goes.
    Stdout,
    DevNull,
    /// A duplicate of the parent's descriptor 0, 1 or 2.
    Fd(i32),
    File(File),
}

fn spec_of(cx: &mut Ctx, v: &Value) -> PyResult<Spec> {
    if v.is_none() {
        return Ok(Spec::Inherit);
    }
    if let Some(r) = crate::builtins::io::file_for_child(v) {
        return Ok(Spec::File(r?));
    }
    if let Some(r) = pipe::dup_for_child(cx, v) {
        return Ok(Spec::File(r?));
    }
    match v.as_int() {
        Some(PIPE) => Ok(Spec::Pipe),
        Some(STDOUT) => Ok(Spec::Stdout),
        Some(DEVNULL) => Ok(Spec::DevNull),
        Some(fd @ 0..=2) => Ok(Spec::Fd(fd as i32)),
        Some(_) => Err(os_error(9, "Bad file descriptor", None)),
        None => Err(type_error(format!(
            "bad stream argument for a child process: {}",
            v.type_name()
        ))),
    }
}

/// A duplicate of the parent's own descriptor 0, 1 or 2.
fn dup_std(fd: i32) -> std::io::Result<Stdio> {
    use std::os::fd::AsFd;
    let owned = match fd {
        0 => std::io::stdin().as_fd().try_clone_to_owned()?,
        1 => std::io::stdout().as_fd().try_clone_to_owned()?,
        _ => std::io::stderr().as_fd().try_clone_to_owned()?,
    };
    Ok(Stdio::from(owned))
}

/// A new OS pipe `(read end, write end)`, both close-on-exec.
#[cfg(target_os = "linux")]
fn os_pipe() -> std::io::Result<(File, File)> {
    use std::os::fd::FromRawFd;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` is an array of two ints, as pipe2 requires; it only writes there.
    let r = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    if r != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: pipe2 succeeded, so both descriptors are open and owned by nothing else;
    // each `File` becomes their only owner.
    let ends = unsafe { (File::from_raw_fd(fds[0]), File::from_raw_fd(fds[1])) };
    Ok(ends)
}

#[cfg(not(target_os = "linux"))]
fn os_pipe() -> std::io::Result<(File, File)> {
    Err(std::io::Error::new(
        std::io::ErrorKind::Unsupported,
        "stderr=STDOUT with stdout=PIPE is only supported on Linux",
    ))
}

fn stdio_of(spec: Spec) -> std::io::Result<Stdio> {
    Ok(match spec {
        Spec::Inherit | Spec::Stdout => Stdio::inherit(),
        Spec::Pipe => Stdio::piped(),
        Spec::DevNull => Stdio::null(),
        Spec::Fd(fd) => dup_std(fd)?,
        Spec::File(f) => Stdio::from(f),
    })
}

/// Sets up stdout and stderr; with `stderr=STDOUT` both go to one place. Returns the read
/// end of a shared pipe when stdout is `PIPE` and stderr follows it.
fn out_and_err(cmd: &mut Command, out: Spec, err: Spec) -> std::io::Result<Option<File>> {
    if !matches!(err, Spec::Stdout) {
        cmd.stdout(stdio_of(out)?);
        cmd.stderr(stdio_of(err)?);
        return Ok(None);
    }
    let (o, e, shared) = match out {
        Spec::Pipe => {
            let (r, w) = os_pipe()?;
            (Stdio::from(w.try_clone()?), Stdio::from(w), Some(r))
        }
        Spec::Inherit | Spec::Stdout => (Stdio::inherit(), dup_std(1)?, None),
        Spec::DevNull => (Stdio::null(), Stdio::null(), None),
        Spec::Fd(fd) => (dup_std(fd)?, dup_std(fd)?, None),
        Spec::File(f) => (Stdio::from(f.try_clone()?), Stdio::from(f), None),
    };
    cmd.stdout(o);
    cmd.stderr(e);
    Ok(shared)
}

// ---- spawn ----------------------------------------------------------------------------------

/// A list of str arguments.
fn str_list(cx: &mut Ctx, v: &Value, what: &str) -> PyResult<Vec<String>> {
    let items = crate::ops::to_vec(cx, v)?;
    items
        .iter()
        .map(|x| {
            x.as_str()
                .map(str::to_string)
                .ok_or_else(|| type_error(format!("{what} must be str, not {}", x.type_name())))
        })
        .collect()
}

/// `spawn(args, executable, cwd, env, stdin, stdout, stderr, start_new_session,
/// process_group)`.
fn spawn(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("spawn", 9, 9)?;
    let argv = str_list(cx, &a[0], "argument")?;
    let Some(arg0) = argv.first() else {
        return Err(Exc::new(
            &types().index_error,
            "list index out of range".to_string(),
        ));
    };
    let executable = match a[1].as_str() {
        Some(e) => e.to_string(),
        None => arg0.clone(),
    };
    let cwd = a[2].as_str().map(str::to_string);
    let env = if a[3].is_none() {
        None
    } else {
        let pairs = crate::ops::to_vec(cx, &a[3])?;
        let mut out = Vec::with_capacity(pairs.len());
        for p in pairs {
            match p.as_tuple() {
                Some([k, v]) => match (k.as_str(), v.as_str()) {
                    (Some(k), Some(v)) => out.push((k.to_string(), v.to_string())),
                    _ => return Err(type_error("environment keys and values must be str")),
                },
                _ => return Err(type_error("env must be a list of (key, value) pairs")),
            }
        }
        Some(out)
    };
    let stdin = spec_of(cx, &a[4])?;
    let stdout = spec_of(cx, &a[5])?;
    let stderr = spec_of(cx, &a[6])?;
    if matches!(stdin, Spec::Stdout) || matches!(stdout, Spec::Stdout) {
        return Err(os_error(9, "Bad file descriptor", None));
    }
    let new_session = crate::ops::truthy(cx, &a[7])?;
    let group = if a[8].is_none() {
        None
    } else {
        Some(crate::ops::index(cx, &a[8])?)
    };
    if new_session && !cfg!(target_os = "linux") {
        return Err(Exc::new(
            &types().not_implemented_error,
            "start_new_session is only supported on Linux".to_string(),
        ));
    }

    // As CPython reports it: a working directory that cannot be entered names itself.
    if let Some(dir) = &cwd {
        match std::fs::metadata(dir) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => return Err(os_error(20, "Not a directory", Some(&a[2]))),
            Err(e) => return Err(os_error_from_io(&e, Some(&a[2]))),
        }
    }

    let mut cmd = Command::new(&executable);
    {
        use std::os::unix::process::CommandExt;
        cmd.arg0(arg0);
        if let Some(g) = group {
            cmd.process_group(i32::try_from(g).unwrap_or(-1));
        }
        #[cfg(target_os = "linux")]
        if new_session {
            // SAFETY: the closure runs in the child between fork and exec, where only
            // async-signal-safe calls are allowed: setsid is one, and nothing allocates.
            unsafe {
                cmd.pre_exec(|| {
                    if libc::setsid() < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        }
    }
    cmd.args(&argv[1..]);
    if let Some(env) = env {
        cmd.env_clear();
        cmd.envs(env);
    }
    if let Some(dir) = &cwd {
        cmd.current_dir(dir);
    }
    let setup = (|| -> std::io::Result<Option<File>> {
        cmd.stdin(stdio_of(stdin)?);
        out_and_err(&mut cmd, stdout, stderr)
    })();
    let shared = setup.map_err(|e| os_error_from_io(&e, None))?;
    // The child inherits our descriptors 1 and 2: what the script printed must come first.
    crate::modules::flush_stdio();
    reap_zombies();
    let spawned = cx.blocking(move || {
        let r = cmd.spawn();
        // Closes our copies of the child's ends now (a shared pipe's write end too), so
        // that reading sees end of file when the child is done.
        drop(cmd);
        r
    });
    let mut child = spawned.map_err(|e| {
        let name = if a[1].is_none() {
            Value::str(arg0)
        } else {
            a[1].clone()
        };
        os_error_from_io(&e, Some(&name))
    })?;
    let stdin_pipe = match child.stdin.take() {
        Some(w) => pipe_value(OwnedFd::from(w), false),
        None => Value::NONE,
    };
    let stdout_pipe = match (child.stdout.take(), shared) {
        (Some(r), _) => pipe_value(OwnedFd::from(r), true),
        (None, Some(f)) => pipe_value(OwnedFd::from(f), true),
        (None, None) => Value::NONE,
    };
    let stderr_pipe = match child.stderr.take() {
        Some(r) => pipe_value(OwnedFd::from(r), true),
        None => Value::NONE,
    };
    let proc = Value::native_obj(
        process_class().clone(),
        ProcessObj {
            pid: child.id(),
            st: Mutex::new(ProcState {
                child: Some(child),
                code: None,
            }),
        },
    );
    Ok(Value::tuple(vec![
        proc,
        stdin_pipe,
        stdout_pipe,
        stderr_pipe,
    ]))
}

/// A `Pipe` object for the parent's end `fd` of a pipe to the child.
fn pipe_value(fd: OwnedFd, reads: bool) -> Value {
    use std::os::fd::AsRawFd;
    let raw = fd.as_raw_fd();
    let file = File::from(fd);
    let end = if reads {
        End::Reader(BufReader::new(file))
    } else {
        End::Writer(file)
    };
    new_pipe(end, raw)
}

// ---- processes ------------------------------------------------------------------------------

/// Children whose `Process` was freed before they were reaped; reaped at each `spawn`.
fn zombies() -> &'static Mutex<Vec<Child>> {
    static Z: OnceLock<Mutex<Vec<Child>>> = OnceLock::new();
    Z.get_or_init(|| Mutex::new(Vec::new()))
}

fn reap_zombies() {
    zombies()
        .lock()
        .retain_mut(|c| matches!(c.try_wait(), Ok(None)));
}

/// CPython's `returncode`: the exit status, or -N for a child killed by signal N.
fn code_of(s: ExitStatus) -> i64 {
    use std::os::unix::process::ExitStatusExt;
    match (s.code(), s.signal()) {
        (Some(c), _) => c as i64,
        (None, Some(sig)) => -(sig as i64),
        (None, None) => -1,
    }
}

struct ProcState {
    /// `None` once handed to the zombie list (only in `Drop`).
    child: Option<Child>,
    /// The return code, once the child has been reaped.
    code: Option<i64>,
}

impl ProcState {
    fn poll(&mut self) -> Option<i64> {
        if self.code.is_none() {
            match self.child.as_mut().map(|c| c.try_wait()) {
                Some(Ok(Some(s))) => self.code = Some(code_of(s)),
                // ECHILD: reaped elsewhere, its status is lost; CPython says 0 then.
                Some(Err(_)) => self.code = Some(0),
                _ => {}
            }
        }
        self.code
    }
}

/// A `_subprocess.Process`.
pub(crate) struct ProcessObj {
    pid: u32,
    st: Mutex<ProcState>,
}

impl NativeObject for ProcessObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Drop for ProcessObj {
    fn drop(&mut self) {
        let st = self.st.get_mut();
        if st.poll().is_none() {
            if let Some(c) = st.child.take() {
                zombies().lock().push(c);
            }
        }
    }
}

fn process_class() -> &'static Value {
    static C: OnceLock<Value> = OnceLock::new();
    C.get_or_init(|| {
        let ty = crate::builtins::native_class(
            "Process",
            "_subprocess",
            None,
            &[
                ("poll", proc_poll),
                ("wait", proc_wait),
                ("kill", proc_kill),
                ("terminate", proc_terminate),
                ("send_signal", proc_send_signal),
            ],
        );
        crate::builtins::add_properties(&ty, &[("pid", proc_pid)]);
        ty
    })
}

fn me<'a>(args: &Args<'a>) -> PyResult<&'a ProcessObj> {
    args.values
        .first()
        .and_then(|v| v.downcast_native::<ProcessObj>())
        .ok_or_else(|| type_error("descriptor requires a '_subprocess.Process' object"))
}

fn code_value(c: Option<i64>) -> Value {
    c.map_or(Value::NONE, Value::int)
}

fn proc_pid(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(me(args)?.pid as i64))
}

/// `poll()`: the return code, or None while the child runs.
fn proc_poll(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let p = me(args)?;
    args.check("poll", 1, 1)?;
    Ok(code_value(cx.blocking(|| p.st.lock().poll())))
}

/// `wait(timeout=None)`: the return code, or None if `timeout` seconds pass first.
fn proc_wait(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let p = me(args)?;
    let a = args.check("wait", 1, 2)?;
    let timeout = match a.get(1) {
        Some(v) => timeout_arg(cx, v)?,
        None => None,
    };
    let deadline = timeout.map(|t| Instant::now() + t);
    let mut nap = POLL_MIN;
    loop {
        if let Some(c) = cx.blocking(|| p.st.lock().poll()) {
            return Ok(Value::int(c));
        }
        let now = Instant::now();
        let mut sleep = nap;
        if let Some(d) = deadline {
            if d <= now {
                return Ok(Value::NONE);
            }
            sleep = sleep.min(d - now);
        }
        cx.blocking(|| std::thread::sleep(sleep));
        check_stop(cx)?;
        nap = (nap * 2).min(POLL_MAX);
    }
}

/// Sends `sig` unless the child has been reaped (its pid may belong to another process
/// by then); the lock keeps it from being reaped meanwhile.
fn signal(cx: &mut Ctx, p: &ProcessObj, sig: i32) -> PyResult<()> {
    let r = cx.blocking(|| {
        let mut st = p.st.lock();
        if st.poll().is_some() {
            return Ok(());
        }
        #[cfg(target_os = "linux")]
        {
            // SAFETY: kill(2) has no memory-safety preconditions. The pid is our child,
            // not yet reaped (checked under the lock that reaping takes), so it cannot
            // name another process.
            let r = unsafe { libc::kill(p.pid as libc::pid_t, sig) };
            if r != 0 {
                let e = std::io::Error::last_os_error();
                // Exited between the poll and the signal: nothing to do.
                if e.raw_os_error() != Some(libc::ESRCH) {
                    return Err(e);
                }
            }
            Ok(())
        }
        #[cfg(not(target_os = "linux"))]
        {
            if sig != 9 {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::Unsupported,
                    "only kill() is supported on this platform",
                ));
            }
            match st.child.as_mut() {
                Some(c) => c.kill(),
                None => Ok(()),
            }
        }
    });
    r.map_err(|e| os_error_from_io(&e, None))
}

fn proc_kill(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let p = me(args)?;
    args.check("kill", 1, 1)?;
    signal(cx, p, 9)?;
    Ok(Value::NONE)
}

fn proc_terminate(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let p = me(args)?;
    args.check("terminate", 1, 1)?;
    signal(cx, p, 15)?;
    Ok(Value::NONE)
}

fn proc_send_signal(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let p = me(args)?;
    let a = args.check("send_signal", 2, 2)?;
    let sig = crate::ops::index(cx, &a[1])?;
    let sig = i32::try_from(sig).map_err(|_| os_error(22, "Invalid argument", None))?;
    if !(0..=64).contains(&sig) {
        return Err(os_error(22, "Invalid argument", None));
    }
    signal(cx, p, sig)?;
    Ok(Value::NONE)
}
