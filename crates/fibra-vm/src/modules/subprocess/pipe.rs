//! The parent's ends of a child's standard-stream pipes (`_subprocess.Pipe`), and
//! `communicate`, which drains them concurrently.
//!
//! Every read, write and wait runs detached (`Ctx::blocking`) and takes the pipe's lock
//! inside the detached section: a thread blocked on a pipe never holds up the collector
//! or (in the `gil` build) other threads. `communicate` hands each pipe end to a background
//! OS thread (a *pump*) that writes the input or reads to end of file, so a child that
//! fills one pipe while the parent waits on another cannot deadlock; the pumps outlive a
//! `TimeoutExpired`, and a later `communicate` goes on with them.

use std::fs::File;
use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use parking_lot::{Condvar, Mutex};

use crate::args::Args;
use crate::builtins::io::os_error_from_io;
use crate::ctx::Ctx;
use crate::error::{memory_error, type_error, value_error, Exc, PyResult};
use crate::object::NativeObject;
use crate::value::Value;

use super::{check_stop, timeout_arg, SLICE};

/// Reads are done in pieces of this size.
const CHUNK: usize = 64 * 1024;

/// One end of a pipe to a child (the child's stdout/stderr/stdin handles, as files).
pub(crate) enum End {
    Reader(BufReader<File>),
    Writer(File),
}

/// What a pump has done so far.
#[derive(Default)]
struct Progress {
    data: Vec<u8>,
    done: bool,
    /// The output could not be stored (allocation failed).
    oom: bool,
    /// A read error other than end of file (reported as OSError).
    error: Option<std::io::Error>,
}

/// A background thread draining (or feeding) one pipe for `communicate`.
struct Pump {
    progress: Mutex<Progress>,
    cv: Condvar,
    /// Asks the pump to stop (the parent gave up: MemoryError).
    stop: AtomicBool,
    reads: bool,
}

impl Pump {
    fn finish(&self, f: impl FnOnce(&mut Progress)) {
        let mut p = self.progress.lock();
        f(&mut p);
        p.done = true;
        self.cv.notify_all();
    }

    /// Starts a thread reading `r` to end of file.
    fn reader(mut r: BufReader<File>) -> std::io::Result<Arc<Pump>> {
        let pump = Arc::new(Pump {
            progress: Mutex::new(Progress {
                data: r.buffer().to_vec(),
                ..Progress::default()
            }),
            cv: Condvar::new(),
            stop: AtomicBool::new(false),
            reads: true,
        });
        r.consume(r.buffer().len());
        let p = pump.clone();
        std::thread::Builder::new()
            .name("subprocess-reader".into())
            .spawn(move || {
                let mut inner = r.into_inner();
                let mut buf = vec![0u8; CHUNK];
                loop {
                    if p.stop.load(Ordering::Relaxed) {
                        return p.finish(|_| {});
                    }
                    match inner.read(&mut buf) {
                        Ok(0) => return p.finish(|_| {}),
                        Ok(n) => {
                            let mut g = p.progress.lock();
                            if g.data.try_reserve(n).is_err() {
                                g.oom = true;
                                drop(g);
                                return p.finish(|_| {});
                            }
                            g.data.extend_from_slice(&buf[..n]);
                        }
                        Err(e) if e.kind() == ErrorKind::Interrupted => {}
                        Err(e) => return p.finish(|g| g.error = Some(e)),
                    }
                }
            })?;
        Ok(pump)
    }

    /// Starts a thread writing `input` to `w`, then closing it. A child that exits
    /// without reading it all is not an error (CPython ignores the broken pipe too).
    fn writer(mut w: File, input: Vec<u8>) -> std::io::Result<Arc<Pump>> {
        let pump = Arc::new(Pump {
            progress: Mutex::new(Progress::default()),
            cv: Condvar::new(),
            stop: AtomicBool::new(false),
            reads: false,
        });
        let p = pump.clone();
        std::thread::Builder::new()
            .name("subprocess-writer".into())
            .spawn(move || {
                let r = w.write_all(&input).and_then(|_| w.flush());
                drop(w);
                p.finish(|g| match r {
                    Err(e) if e.kind() != ErrorKind::BrokenPipe => g.error = Some(e),
                    _ => {}
                });
            })?;
        Ok(pump)
    }

    /// Waits (the caller is detached) until the pump is done or `until`.
    fn wait_until(&self, until: Instant) -> bool {
        let mut g = self.progress.lock();
        while !g.done {
            if self.cv.wait_until(&mut g, until).timed_out() {
                return g.done;
            }
        }
        true
    }
}

struct PipeState {
    end: Option<End>,
    pump: Option<Arc<Pump>>,
}

/// A `_subprocess.Pipe`: the parent's end of a child's stdin, stdout or stderr.
pub(crate) struct PipeObj {
    fd: i32,
    st: Mutex<PipeState>,
}

impl NativeObject for PipeObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub(crate) fn pipe_class() -> &'static Value {
    static C: OnceLock<Value> = OnceLock::new();
    C.get_or_init(|| {
        crate::builtins::native_class(
            "Pipe",
            "_subprocess",
            None,
            &[
                ("read", p_read),
                ("read1", p_read1),
                ("readline", p_readline),
                ("write", p_write),
                ("close", p_close),
                ("closed", p_closed),
                ("fileno", p_fileno),
            ],
        )
    })
}

/// A new pipe object for `end` (file descriptor `fd`).
pub(crate) fn new_pipe(end: End, fd: i32) -> Value {
    Value::native_obj(
        pipe_class().clone(),
        PipeObj {
            fd,
            st: Mutex::new(PipeState {
                end: Some(end),
                pump: None,
            }),
        },
    )
}

/// A duplicate of the pipe end behind `v` (a `Pipe` object), for another child's
/// standard stream (`Popen(..., stdin=p1.stdout)`); `None` when `v` is not a pipe.
pub(crate) fn dup_for_child(cx: &mut Ctx, v: &Value) -> Option<PyResult<File>> {
    let p = v.downcast_native::<PipeObj>()?;
    let r = cx.blocking(|| match p.st.lock().end.as_ref() {
        Some(End::Reader(r)) => Some(r.get_ref().try_clone()),
        Some(End::Writer(w)) => Some(w.try_clone()),
        None => None,
    });
    Some(match r {
        Some(f) => f.map_err(|e| os_error_from_io(&e, None)),
        None => Err(closed_error()),
    })
}

fn me<'a>(args: &Args<'a>) -> PyResult<&'a PipeObj> {
    args.values
        .first()
        .and_then(|v| v.downcast_native::<PipeObj>())
        .ok_or_else(|| type_error("descriptor requires a '_subprocess.Pipe' object"))
}

fn closed_error() -> Exc {
    value_error("I/O operation on closed file.")
}

/// Why a read stopped early.
enum ReadFail {
    Closed,
    NotReadable,
    Memory,
    Io(std::io::Error),
}

fn read_fail(f: ReadFail) -> Exc {
    match f {
        ReadFail::Closed => closed_error(),
        ReadFail::NotReadable => Exc::new(
            &crate::types::types().os_error,
            "File not open for reading".to_string(),
        ),
        ReadFail::Memory => memory_error(),
        ReadFail::Io(e) => os_error_from_io(&e, None),
    }
}

/// Appends `data` to `out`, checking the allocation and the VM's memory cap.
fn grow(out: &mut Vec<u8>, data: &[u8]) -> Result<(), ReadFail> {
    let total = out.len().checked_add(data.len()).ok_or(ReadFail::Memory)?;
    if total > out.capacity() {
        crate::embed::limits::check_request(total).map_err(|_| ReadFail::Memory)?;
        out.try_reserve(data.len()).map_err(|_| ReadFail::Memory)?;
    }
    out.extend_from_slice(data);
    Ok(())
}

/// Runs `f` on the pipe's reader, detached, with the lock taken inside.
fn with_reader(
    cx: &mut Ctx,
    p: &PipeObj,
    f: impl FnOnce(&mut BufReader<File>) -> Result<Vec<u8>, ReadFail>,
) -> PyResult<Value> {
    let r = cx.blocking(|| {
        let mut st = p.st.lock();
        match st.end.as_mut() {
            Some(End::Reader(r)) => f(r),
            Some(End::Writer(_)) => Err(ReadFail::NotReadable),
            None => Err(ReadFail::Closed),
        }
    });
    Ok(Value::bytes(r.map_err(read_fail)?))
}

/// Reads until `limit` bytes (or end of file when `None`).
fn read_up_to(r: &mut BufReader<File>, limit: Option<usize>) -> Result<Vec<u8>, ReadFail> {
    let mut out = Vec::new();
    loop {
        let want = limit.map_or(usize::MAX, |l| l - out.len());
        if want == 0 {
            return Ok(out);
        }
        let buf = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(ReadFail::Io(e)),
        };
        if buf.is_empty() {
            return Ok(out);
        }
        let n = buf.len().min(want).min(CHUNK);
        grow(&mut out, &buf[..n])?;
        r.consume(n);
    }
}

/// An optional size argument: `None` for a negative size or None.
fn size_arg(cx: &mut Ctx, args: &Args, fname: &str) -> PyResult<Option<usize>> {
    let a = args.check(fname, 1, 2)?;
    match a.get(1) {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            let n = crate::ops::index(cx, v)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

/// `read(size=-1)`: up to `size` bytes, fewer only at end of file; all when negative.
fn p_read(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let p = me(args)?;
    let size = size_arg(cx, args, "read")?;
    with_reader(cx, p, |r| read_up_to(r, size))
}

/// `read1(size=-1)`: what one read of the pipe gives (at most `size` bytes).
fn p_read1(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let p = me(args)?;
    let size = size_arg(cx, args, "read1")?.unwrap_or(CHUNK);
    with_reader(cx, p, |r| loop {
        match r.fill_buf() {
            Ok(buf) => {
                let n = buf.len().min(size);
                let out = buf[..n].to_vec();
                r.consume(n);
                return Ok(out);
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(ReadFail::Io(e)),
        }
    })
}

/// `readline(size=-1)`: through the next `\n`, at most `size` bytes.
fn p_readline(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let p = me(args)?;
    let size = size_arg(cx, args, "readline")?;
    with_reader(cx, p, |r| {
        let mut out = Vec::new();
        loop {
            let want = size.map_or(usize::MAX, |l| l - out.len());
            if want == 0 {
                return Ok(out);
            }
            let buf = match r.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Err(ReadFail::Io(e)),
            };
            if buf.is_empty() {
                return Ok(out);
            }
            let avail = buf.len().min(want);
            let (n, found) = match buf[..avail].iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (avail, false),
            };
            grow(&mut out, &buf[..n])?;
            r.consume(n);
            if found {
                return Ok(out);
            }
        }
    })
}

/// `write(data)`: writes all of `data` (bytes-like), returns its length.
fn p_write(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let p = me(args)?;
    let a = args.check("write", 2, 2)?;
    let data = super::super::zlib::buffer_arg(&a[1])?;
    let r = cx.blocking(|| {
        let mut st = p.st.lock();
        match st.end.as_mut() {
            Some(End::Writer(w)) => Some(w.write_all(&data).and_then(|_| w.flush())),
            Some(End::Reader(_)) => None,
            None => Some(Err(std::io::Error::from(ErrorKind::NotConnected))),
        }
    });
    match r {
        Some(Ok(())) => Ok(Value::int(data.len() as i64)),
        Some(Err(e)) if e.kind() == ErrorKind::NotConnected => Err(closed_error()),
        Some(Err(e)) => Err(os_error_from_io(&e, None)),
        None => Err(Exc::new(
            &crate::types::types().os_error,
            "File not open for writing".to_string(),
        )),
    }
}

/// `close()`: closes the parent's end (a pump that owns it goes on to the end).
fn p_close(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let p = me(args)?;
    let end = cx.blocking(|| p.st.lock().end.take());
    // Dropping a writer closes it: the child sees end of file. Done detached in case the
    // drop flushes into a full pipe.
    cx.blocking(move || drop(end));
    Ok(Value::NONE)
}

fn p_closed(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let p = me(args)?;
    let closed = cx.blocking(|| p.st.lock().end.is_none());
    Ok(Value::bool(closed))
}

fn p_fileno(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let p = me(args)?;
    if cx.blocking(|| p.st.lock().end.is_none()) {
        return Err(closed_error());
    }
    Ok(Value::int(p.fd as i64))
}

/// The pump of `pipe`, started on first use (`input` for the child's stdin).
fn pump_of(
    cx: &mut Ctx,
    pipe: &PipeObj,
    input: &mut Option<Vec<u8>>,
) -> PyResult<Option<Arc<Pump>>> {
    let r = cx.blocking(|| {
        let mut st = pipe.st.lock();
        if let Some(p) = &st.pump {
            return Ok(Some(p.clone()));
        }
        let pump = match st.end.take() {
            None => return Ok(None),
            Some(End::Reader(r)) => Pump::reader(r)?,
            Some(End::Writer(w)) => match input.take().filter(|i| !i.is_empty()) {
                Some(data) => Pump::writer(w, data)?,
                // Nothing to send: closing stdin is all there is to do.
                None => return Ok(None),
            },
        };
        st.pump = Some(pump.clone());
        Ok(Some(pump))
    });
    r.map_err(|e: std::io::Error| os_error_from_io(&e, None))
}

/// `communicate(stdin, input, stdout, stderr, timeout)`: sends `input` to the child's
/// stdin pipe (then closes it) while reading its stdout and stderr pipes to the end.
/// Returns `(True, out, err)`, or `(False, out_so_far, err_so_far)` when `timeout`
/// seconds pass first (`None` for a pipe that was not given or produced nothing yet);
/// calling again continues where that left off.
pub(crate) fn communicate(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("communicate", 5, 5)?;
    fn pipe(v: &Value) -> PyResult<Option<&PipeObj>> {
        if v.is_none() {
            return Ok(None);
        }
        v.downcast_native::<PipeObj>()
            .map(Some)
            .ok_or_else(|| type_error("communicate() expects _subprocess.Pipe objects"))
    }
    let (stdin, stdout, stderr) = (pipe(&a[0])?, pipe(&a[2])?, pipe(&a[3])?);
    let mut input = if a[1].is_none() {
        None
    } else {
        Some(super::super::zlib::buffer_arg(&a[1])?)
    };
    let deadline = timeout_arg(cx, &a[4])?.map(|t| Instant::now() + t);
    let mut pumps = Vec::new();
    for p in [stdin, stdout, stderr] {
        pumps.push(match p {
            Some(p) => pump_of(cx, p, &mut input)?,
            None => None,
        });
    }
    // Wait for every pump, in slices: Ctrl-C, the memory cap and the deadline are
    // looked at between them.
    let mut timed_out = false;
    for pump in pumps.iter().flatten() {
        loop {
            let now = Instant::now();
            let until = match deadline {
                Some(d) if d <= now => {
                    timed_out = !cx.blocking(|| pump.wait_until(now));
                    break;
                }
                Some(d) => d.min(now + SLICE),
                None => now + SLICE,
            };
            if cx.blocking(|| pump.wait_until(until)) {
                break;
            }
            let pending: usize = pumps
                .iter()
                .flatten()
                .filter(|p| p.reads)
                .map(|p| cx.blocking(|| p.progress.lock().data.len()))
                .sum();
            let checked = crate::embed::limits::check_request(pending).and_then(|_| check_stop(cx));
            if let Err(e) = checked {
                for p in pumps.iter().flatten() {
                    p.stop.store(true, Ordering::Relaxed);
                }
                return Err(e);
            }
        }
        if timed_out {
            break;
        }
    }
    let mut outs = Vec::new();
    for (i, pump) in pumps.iter().enumerate().skip(1) {
        let present = [stdin, stdout, stderr][i].is_some();
        let v = match pump {
            None if present => Value::bytes(Vec::new()),
            None => Value::NONE,
            Some(p) => {
                let r = cx.blocking(|| {
                    let mut g = p.progress.lock();
                    if g.oom {
                        return Err(ReadFail::Memory);
                    }
                    if let Some(e) = g.error.take() {
                        return Err(ReadFail::Io(e));
                    }
                    Ok(if timed_out {
                        let mut snapshot = Vec::new();
                        grow(&mut snapshot, &g.data)?;
                        snapshot
                    } else {
                        std::mem::take(&mut g.data)
                    })
                });
                let data = r.map_err(read_fail)?;
                if timed_out && data.is_empty() {
                    Value::NONE
                } else {
                    Value::bytes(data)
                }
            }
        };
        outs.push(v);
    }
    if let Some(Some(w)) = pumps.first() {
        let err = cx.blocking(|| w.progress.lock().error.take());
        if let Some(e) = err {
            return Err(os_error_from_io(&e, None));
        }
    }
    Ok(Value::tuple(vec![
        Value::bool(!timed_out),
        outs[0].clone(),
        outs[1].clone(),
    ]))
}
