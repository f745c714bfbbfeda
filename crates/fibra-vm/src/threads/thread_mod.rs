//! The native `_thread` module: starting OS threads that run script callables, thread
//! identities, thread handles (join), and the lock types of `locks.rs`.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use parking_lot::{Condvar, Mutex};

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{runtime_error, type_error, PyResult};
use crate::object::{NativeFn, NativeObject, Payload};
use crate::ops;
use crate::types::types;
use crate::value::Value;

use super::locks;

/// Reserved (not committed) stack of each script thread: deep recursion up to the
/// recursion limit must fit, as on the main interpreter thread.
const THREAD_STACK: usize = 256 << 20;

static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);
/// Script threads started and not finished.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static IDENT: Cell<u64> = const { Cell::new(0) };
}

/// A fresh thread identity (never 0, never reused).
fn new_ident() -> u64 {
    NEXT_IDENT.fetch_add(1, Ordering::Relaxed)
}

/// `_thread.get_ident()` of the calling thread (assigned on first use).
pub fn current_ident() -> u64 {
    IDENT.with(|c| {
        let v = c.get();
        if v != 0 {
            return v;
        }
        let v = new_ident();
        c.set(v);
        v
    })
}

/// Creates a builtin-style type with a constructor (the type is immortal).
fn make_type(
    name: &str,
    module: &str,
    ctor: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
) -> Value {
    crate::types::native_type_with_ctor(name, module, ctor, methods)
}

pub fn lock_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        make_type(
            "lock",
            "_thread",
            Some(locks::lock_new),
            &[
                ("acquire", locks::lock_acquire),
                ("acquire_lock", locks::lock_acquire),
                ("release", locks::lock_release),
                ("release_lock", locks::lock_release),
                ("locked", locks::lock_locked),
                ("locked_lock", locks::lock_locked),
                ("__enter__", locks::lock_enter),
                ("__exit__", locks::lock_exit),
                ("__repr__", locks::lock_repr),
            ],
        )
    })
}

pub fn rlock_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        make_type(
            "RLock",
            "_thread",
            Some(locks::rlock_new),
            &[
                ("acquire", locks::rlock_acquire),
                ("release", locks::rlock_release),
                ("__enter__", locks::rlock_enter),
                ("__exit__", locks::rlock_exit),
                ("_is_owned", locks::rlock_is_owned),
                ("__repr__", locks::rlock_repr),
            ],
        )
    })
}

pub fn cond_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        // A Python class in CPython: messages say 'Condition', not 'threading.Condition'.
        crate::types::native_type_python_named(
            "Condition",
            "threading",
            Some(locks::cond_new),
            &[
                ("acquire", locks::cond_acquire),
                ("release", locks::cond_release),
                ("__enter__", locks::cond_acquire),
                ("__exit__", locks::cond_exit),
                ("wait", locks::cond_wait),
                ("wait_for", locks::cond_wait_for),
                ("notify", locks::cond_notify),
                ("notify_all", locks::cond_notify_all),
                ("notifyAll", locks::cond_notify_all),
                ("__repr__", locks::cond_repr),
            ],
        )
    })
}

// ---- thread handles --------------------------------------------------------------------

/// Completion state of a started thread, shared by the thread and its handle.
#[derive(Default)]
struct Completion {
    done: Mutex<bool>,
    cv: Condvar,
}

/// `_thread._ThreadHandle`: what `start_joinable_thread` returns.
struct HandleObj {
    ident: u64,
    state: Arc<Completion>,
}

impl NativeObject for HandleObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn handle_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        make_type(
            "_ThreadHandle",
            "_thread",
            None,
            &[
                ("join", handle_join),
                ("is_done", handle_is_done),
                ("ident", handle_ident),
            ],
        )
    })
}

fn this_handle<'a>(args: &Args<'a>) -> PyResult<&'a HandleObj> {
    args.values
        .first()
        .and_then(|v| v.downcast_native::<HandleObj>())
        .ok_or_else(|| type_error("expected a _ThreadHandle"))
}

/// `handle.join(timeout=None)`: True when the thread has finished.
fn handle_join(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_pos("join", 1, 2)?;
    let h = this_handle(args)?;
    if h.ident == current_ident() {
        return Err(runtime_error("Cannot join current thread"));
    }
    let deadline = match args.arg(1, "timeout") {
        Some(v) if !v.is_none() => Some(Instant::now() + locks::duration(ops::to_f64(cx, v)?)?),
        _ => None,
    };
    let st = h.state.clone();
    let done = cx.blocking(move || {
        let mut g = st.done.lock();
        while !*g {
            match deadline {
                None => st.cv.wait(&mut g),
                Some(d) => {
                    if st.cv.wait_until(&mut g, d).timed_out() {
                        break;
                    }
                }
            }
        }
        *g
    });
    Ok(Value::bool(done))
}

fn handle_is_done(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let h = this_handle(args)?;
    let done = *h.state.done.lock();
    Ok(Value::bool(done))
}

fn handle_ident(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(this_handle(args)?.ident as i64))
}

// ---- starting threads ------------------------------------------------------------------

/// Prints an exception that escaped a thread: `header` then the traceback, on stderr (the
/// embedding host's stderr hook when it set one, like `sys.stderr`).
fn print_thread_exception(cx: &mut Ctx, header: &str, exc: &crate::error::Exc) {
    let text = cx.format_exception(exc);
    crate::builtins::io::err_write(cx, &format!("{header}\n{text}"));
}

/// `start_joinable_thread(function, args=(), kwargs=None, ident=None)`: runs
/// `function(*args, **kwargs)` on a new OS thread with its own context; returns a handle.
fn start_joinable_thread(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_pos("start_joinable_thread", 1, 4)?;
    args.check_kwargs(
        "start_joinable_thread",
        &["function", "args", "kwargs", "ident"],
    )?;
    let func = args
        .arg(0, "function")
        .cloned()
        .ok_or_else(|| type_error("start_joinable_thread() missing 'function'"))?;
    let mut values = match args.arg(1, "args") {
        Some(v) if !v.is_none() => ops::to_vec(cx, v)?,
        _ => Vec::new(),
    };
    let mut kwnames = Vec::new();
    if let Some(kw) = args.arg(2, "kwargs").filter(|v| !v.is_none()) {
        let Some(Payload::Dict(d)) = kw.payload() else {
            return Err(type_error("optional 3rd arg must be a dictionary"));
        };
        for (k, v) in d.items() {
            kwnames.push(k);
            values.push(v);
        }
    }
    let ident = match args.arg(3, "ident") {
        Some(v) if !v.is_none() => ops::index(cx, v)? as u64,
        _ => new_ident(),
    };
    spawn(cx, func, values, kwnames, ident)
}

fn spawn(
    cx: &mut Ctx,
    func: Value,
    values: Vec<Value>,
    kwnames: Vec<Value>,
    ident: u64,
) -> PyResult<Value> {
    let state = Arc::new(Completion::default());
    let thread_state = state.clone();
    let vm = cx.vm.clone();
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new()
        .name(format!("fibra-{ident}"))
        .stack_size(THREAD_STACK)
        .spawn(move || {
            IDENT.with(|c| c.set(ident));
            // Attaches (takes the GIL in the `gil` build) for the whole run.
            let mut cx = Ctx::new(vm);
            let (func, values, kwnames) = (func, values, kwnames);
            let r = ops::call_kw(&mut cx, &func, &values, &kwnames);
            if let Err(e) = &r {
                if !e.matches(&types().system_exit) {
                    print_thread_exception(&mut cx, "Unhandled exception in thread started by:", e);
                }
            }
            // Every value is released while still attached.
            drop(r);
            drop(values);
            drop(kwnames);
            drop(func);
            // Finished means finished: the context (its lookup caches' references) is gone
            // and objects other threads handed back to this one are merged before `join()`
            // returns, so a collection right after `join()` sees every release.
            // (Ownership ends while still attached: merging frees objects.)
            cx.lookup.clear();
            crate::sync::end_thread_ownership();
            // Weak-reference callbacks of what those releases freed run on this thread
            // before `join()` returns, as they would have before the thread ended.
            crate::object::weakref::run_pending(&mut cx);
            // What this thread retired (values its writes replaced in shared containers)
            // sits in its own epoch bag until the bag reaches the global queue: hand it
            // over now, so that a collection right after `join()` can free it. (At thread
            // exit, where it went before, it raced with that collection.)
            crate::sync::epoch::flush();
            RUNNING.fetch_sub(1, Ordering::SeqCst);
            drop(cx);
            *thread_state.done.lock() = true;
            thread_state.cv.notify_all();
        });
    if spawned.is_err() {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        return Err(runtime_error("can't start new thread"));
    }
    Ok(Value::native_obj(
        handle_type().clone(),
        HandleObj { ident, state },
    ))
}

/// `start_new_thread(function, args, kwargs=None)`: CPython's low-level API; returns the
/// ident. (Such threads are not joined at exit.)
fn start_new_thread(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("start_new_thread", 2, 3)?;
    if a[1].as_tuple().is_none() {
        return Err(type_error("2nd arg must be a tuple"));
    }
    let h = start_joinable_thread(cx, args)?;
    let ident = h.downcast_native::<HandleObj>().map_or(0, |h| h.ident);
    Ok(Value::int(ident as i64))
}

fn get_ident(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check("get_ident", 0, 0)?;
    Ok(Value::int(current_ident() as i64))
}

fn new_ident_fn(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check("_new_ident", 0, 0)?;
    Ok(Value::int(new_ident() as i64))
}

fn allocate_lock(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check("allocate_lock", 0, 0)?;
    ops::call(cx, lock_type(), &[])
}

fn count(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check("_count", 0, 0)?;
    Ok(Value::int(RUNNING.load(Ordering::SeqCst) as i64))
}

/// `_print_exception(header, exc)`: how `threading` reports an exception escaping `run`.
fn print_exception(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("_print_exception", 2, 2)?;
    let header = ops::str(cx, &a[0])?;
    let exc = crate::error::Exc(a[1].clone());
    print_thread_exception(cx, &header, &exc);
    Ok(Value::NONE)
}

/// `_monotonic()`: seconds on a monotonic clock (timeouts in `threading` and `queue`).
fn monotonic(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check("_monotonic", 0, 0)?;
    static START: OnceLock<Instant> = OnceLock::new();
    let start = *START.get_or_init(Instant::now);
    Ok(Value::float(start.elapsed().as_secs_f64()))
}

/// `_is_gil_build()`: True in the build with a global interpreter lock.
fn is_gil_build(_cx: &mut Ctx, _args: &Args) -> PyResult<Value> {
    Ok(Value::bool(crate::sync::HAS_GIL))
}

/// Builds the `_thread` module.
pub fn init(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("_thread");
    m.add_fn("start_joinable_thread", start_joinable_thread);
    m.add_fn("start_new_thread", start_new_thread);
    m.add_fn("start_new", start_new_thread);
    m.add_fn("get_ident", get_ident);
    m.add_fn("_new_ident", new_ident_fn);
    m.add_fn("allocate_lock", allocate_lock);
    m.add_fn("allocate", allocate_lock);
    m.add_fn("_count", count);
    m.add_fn("_print_exception", print_exception);
    m.add_fn("_monotonic", monotonic);
    m.add_fn("_is_gil_build", is_gil_build);
    m.set_attr_str("LockType", lock_type().clone());
    m.set_attr_str("RLock", rlock_type().clone());
    m.set_attr_str("Condition", cond_type().clone());
    m.set_attr_str("error", types().runtime_error.clone());
    m.set_attr_str("TIMEOUT_MAX", Value::float(4294967.0));
    Ok(m)
}
