//! `_thread.lock`, `_thread.RLock` and `threading.Condition`, implemented natively.
//!
//! The lock state is an atomic word (uncontended acquire/release is one CAS / one store,
//! no GIL interaction); contended waits park on a [`Waiter`] with the GIL released. A lock
//! may be released by another thread than the one that acquired it (as in CPython), so the
//! state is not a guard-based mutex.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{runtime_error, type_error, value_error, PyResult};
use crate::object::NativeObject;
use crate::ops;
use crate::value::Value;

use super::thread_mod::current_ident;

/// A parking place for threads waiting for some condition on atomics: a mutex-guarded
/// condvar plus a waiter count, so that wakers skip the mutex when nobody waits.
#[derive(Default)]
pub struct Waiter {
    m: Mutex<()>,
    cv: Condvar,
    waiters: AtomicUsize,
}

impl Waiter {
    /// Waits until `ready()` (re-checked under the waiter mutex) returns true, or until
    /// `deadline`. The caller must be detached (run it inside `Ctx::blocking`). Returns the
    /// last `ready()` result.
    pub fn wait_until(&self, mut ready: impl FnMut() -> bool, deadline: Option<Instant>) -> bool {
        let mut g = self.m.lock();
        self.waiters.fetch_add(1, Ordering::SeqCst);
        let ok = loop {
            if ready() {
                break true;
            }
            match deadline {
                None => self.cv.wait(&mut g),
                Some(d) => {
                    if self.cv.wait_until(&mut g, d).timed_out() {
                        break ready();
                    }
                }
            }
        };
        self.waiters.fetch_sub(1, Ordering::SeqCst);
        ok
    }

    /// Wakes one (or all) waiters, after the state they wait for has been changed with a
    /// SeqCst (or stronger-ordered) write.
    pub fn wake(&self, all: bool) {
        if self.waiters.load(Ordering::SeqCst) == 0 {
            return;
        }
        let _g = self.m.lock();
        if all {
            self.cv.notify_all();
        } else {
            self.cv.notify_one();
        }
    }
}

/// How long a contended acquire spins before parking (default build only: under the GIL
/// the holder cannot make progress while we spin).
const SPIN: u32 = 100;

// ---- Lock ------------------------------------------------------------------------------

/// `_thread.lock` (what `threading.Lock()` returns).
#[derive(Default)]
pub struct LockObj {
    locked: AtomicBool,
    waiter: Waiter,
}

impl NativeObject for LockObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl LockObj {
    #[inline]
    fn try_acquire(&self) -> bool {
        self.locked
            .compare_exchange(false, true, Ordering::SeqCst, Ordering::Relaxed)
            .is_ok()
    }

    /// Acquires, waiting at most `timeout` (None: forever) with the GIL released.
    pub fn acquire(&self, cx: &mut Ctx, blocking: bool, timeout: Option<Duration>) -> bool {
        if self.try_acquire() {
            return true;
        }
        if !blocking {
            return false;
        }
        if !crate::sync::HAS_GIL {
            for i in 0..SPIN {
                if !self.locked.load(Ordering::Relaxed) && self.try_acquire() {
                    return true;
                }
                if i < SPIN / 2 {
                    std::hint::spin_loop();
                } else {
                    std::thread::yield_now();
                }
            }
        }
        let deadline = timeout.map(|t| Instant::now() + t);
        cx.blocking(|| self.waiter.wait_until(|| self.try_acquire(), deadline))
    }

    /// Releases; false when it was not locked.
    pub fn release(&self) -> bool {
        if !self.locked.swap(false, Ordering::SeqCst) {
            return false;
        }
        self.waiter.wake(false);
        true
    }

    pub fn is_locked(&self) -> bool {
        self.locked.load(Ordering::SeqCst)
    }
}

// ---- RLock -----------------------------------------------------------------------------

/// `_thread.RLock`: re-entrant, owned by the thread that acquired it.
#[derive(Default)]
pub struct RLockObj {
    /// Ident of the owning thread, 0 when free.
    owner: AtomicU64,
    /// Recursion count; only touched by the owner.
    count: AtomicU64,
    waiter: Waiter,
}

impl NativeObject for RLockObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl RLockObj {
    #[inline]
    fn try_take(&self, me: u64) -> bool {
        self.owner
            .compare_exchange(0, me, Ordering::SeqCst, Ordering::Relaxed)
            .is_ok()
    }

    /// Acquires `count` levels at once (`count` > 1 restores a saved state).
    pub fn acquire_n(
        &self,
        cx: &mut Ctx,
        blocking: bool,
        timeout: Option<Duration>,
        count: u64,
    ) -> bool {
        let me = current_ident();
        if self.owner.load(Ordering::Relaxed) == me {
            self.count.fetch_add(count, Ordering::Relaxed);
            return true;
        }
        let got = self.try_take(me)
            || (blocking && {
                let deadline = timeout.map(|t| Instant::now() + t);
                cx.blocking(|| self.waiter.wait_until(|| self.try_take(me), deadline))
            });
        if got {
            self.count.store(count, Ordering::Relaxed);
        }
        got
    }

    pub fn is_owned(&self) -> bool {
        self.owner.load(Ordering::Relaxed) == current_ident()
    }

    /// Releases one level; false when not owned by this thread.
    pub fn release(&self) -> bool {
        if !self.is_owned() {
            return false;
        }
        let n = self.count.load(Ordering::Relaxed);
        if n > 1 {
            self.count.store(n - 1, Ordering::Relaxed);
        } else {
            self.release_all();
        }
        true
    }

    /// Releases completely, returning the recursion count (for `Condition.wait`).
    pub fn release_all(&self) -> u64 {
        let n = self.count.swap(0, Ordering::Relaxed);
        self.owner.store(0, Ordering::SeqCst);
        self.waiter.wake(false);
        n
    }
}

// ---- Condition -------------------------------------------------------------------------

/// `threading.Condition`: a wait queue bound to a `Lock` or `RLock`.
pub struct CondObj {
    lock: Value,
    /// Waiters in arrival order; a notified waiter's flag is set and it leaves the queue.
    queue: Mutex<VecDeque<Arc<AtomicBool>>>,
    cv: Condvar,
}

impl NativeObject for CondObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

// ---- argument helpers ------------------------------------------------------------------

/// `(blocking, timeout)` of `acquire(blocking=True, timeout=-1)`, with CPython's checks.
fn acquire_args(cx: &mut Ctx, args: &Args, fname: &str) -> PyResult<(bool, Option<Duration>)> {
    args.check_pos(fname, 1, 3)?;
    args.check_kwargs(fname, &["blocking", "timeout"])?;
    let blocking = match args.arg(1, "blocking") {
        Some(v) => ops::truthy(cx, v)?,
        None => true,
    };
    let timeout = match args.arg(2, "timeout") {
        Some(v) if !v.is_none() => ops::to_f64(cx, v)?,
        _ => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be a non-negative number"));
    }
    let timeout = if timeout < 0.0 {
        None
    } else {
        Some(duration(timeout)?)
    };
    Ok((blocking, timeout))
}

/// Seconds as a duration (OverflowError when too large).
pub fn duration(secs: f64) -> PyResult<Duration> {
    Duration::try_from_secs_f64(secs.max(0.0))
        .map_err(|_| crate::error::overflow_error("timeout value is too large"))
}

fn self_arg<'a>(args: &Args<'a>) -> &'a Value {
    static NONE: Value = Value::NONE;
    args.values.first().unwrap_or(&NONE)
}

fn this_lock<'a>(args: &Args<'a>) -> PyResult<&'a LockObj> {
    self_arg(args)
        .downcast_native::<LockObj>()
        .ok_or_else(|| type_error("descriptor requires a '_thread.lock' object"))
}

fn this_rlock<'a>(args: &Args<'a>) -> PyResult<&'a RLockObj> {
    self_arg(args)
        .downcast_native::<RLockObj>()
        .ok_or_else(|| type_error("descriptor requires a '_thread.RLock' object"))
}

fn this_cond<'a>(args: &Args<'a>) -> PyResult<&'a CondObj> {
    self_arg(args)
        .downcast_native::<CondObj>()
        .ok_or_else(|| type_error("descriptor requires a 'Condition' object"))
}

fn addr(v: &Value) -> String {
    format!("{:#x}", v.raw())
}

// ---- Lock methods ----------------------------------------------------------------------

pub fn lock_new(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check("lock", 1, 1)?;
    Ok(Value::native_obj(
        self_arg(args).clone(),
        LockObj::default(),
    ))
}

pub fn lock_acquire(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (blocking, timeout) = acquire_args(cx, args, "acquire")?;
    let l = this_lock(args)?;
    Ok(Value::bool(l.acquire(cx, blocking, timeout)))
}

pub fn lock_enter(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let l = this_lock(args)?;
    l.acquire(cx, true, None);
    Ok(Value::TRUE)
}

pub fn lock_release(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let l = this_lock(args)?;
    if !l.release() {
        return Err(runtime_error("release unlocked lock"));
    }
    Ok(Value::NONE)
}

pub fn lock_exit(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    lock_release(cx, args)?;
    Ok(Value::FALSE)
}

pub fn lock_locked(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(this_lock(args)?.is_locked()))
}

pub fn lock_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let l = this_lock(args)?;
    let state = if l.is_locked() { "locked" } else { "unlocked" };
    Ok(Value::string(format!(
        "<{state} _thread.lock object at {}>",
        addr(self_arg(args))
    )))
}

// ---- RLock methods ---------------------------------------------------------------------

pub fn rlock_new(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check("RLock", 1, 1)?;
    Ok(Value::native_obj(
        self_arg(args).clone(),
        RLockObj::default(),
    ))
}

pub fn rlock_acquire(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (blocking, timeout) = acquire_args(cx, args, "acquire")?;
    let l = this_rlock(args)?;
    Ok(Value::bool(l.acquire_n(cx, blocking, timeout, 1)))
}

pub fn rlock_enter(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let l = this_rlock(args)?;
    l.acquire_n(cx, true, None, 1);
    Ok(Value::TRUE)
}

pub fn rlock_release(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if !this_rlock(args)?.release() {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    Ok(Value::NONE)
}

pub fn rlock_exit(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    rlock_release(cx, args)?;
    Ok(Value::FALSE)
}

pub fn rlock_is_owned(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(this_rlock(args)?.is_owned()))
}

pub fn rlock_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let l = this_rlock(args)?;
    let owner = l.owner.load(Ordering::Relaxed);
    let state = if owner == 0 { "unlocked" } else { "locked" };
    let count = if owner == 0 {
        0
    } else {
        l.count.load(Ordering::Relaxed)
    };
    Ok(Value::string(format!(
        "<{state} _thread.RLock object owner={owner} count={count} at {}>",
        addr(self_arg(args))
    )))
}

// ---- Condition methods -----------------------------------------------------------------

pub fn cond_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_pos("Condition", 1, 2)?;
    args.check_kwargs("Condition", &["lock"])?;
    let lock = match args.arg(1, "lock") {
        Some(v) if !v.is_none() => v.clone(),
        _ => {
            let ty = super::thread_mod::rlock_type().clone();
            ops::call(cx, &ty, &[])?
        }
    };
    if lock.downcast_native::<LockObj>().is_none() && lock.downcast_native::<RLockObj>().is_none() {
        return Err(type_error(
            "Condition() lock must be a threading.Lock or threading.RLock",
        ));
    }
    Ok(Value::native_obj(
        self_arg(args).clone(),
        CondObj {
            lock,
            queue: Mutex::new(VecDeque::new()),
            cv: Condvar::new(),
        },
    ))
}

/// `Condition.acquire(*args)`: acquires the condition's lock.
pub fn cond_acquire(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = this_cond(args)?;
    let lock = c.lock.clone();
    let m = ops::getattr(cx, &lock, "acquire")?;
    ops::call_kw(cx, &m, &args.values[1..], args.kwnames)
}

pub fn cond_release(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = this_cond(args)?;
    let lock = c.lock.clone();
    ops::call_method(cx, &lock, "release", &[])
}

pub fn cond_exit(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = this_cond(args)?;
    let lock = c.lock.clone();
    ops::call_method(cx, &lock, "release", &[])?;
    Ok(Value::FALSE)
}

/// What `wait` saved when it released the lock.
enum Saved {
    Lock,
    RLock(u64),
}

/// `timeout` as CPython's Condition.wait reads it: None waits forever, <= 0 does not wait.
fn wait_timeout(cx: &mut Ctx, v: Option<&Value>) -> PyResult<Option<Duration>> {
    match v {
        Some(v) if !v.is_none() => Ok(Some(duration(ops::to_f64(cx, v)?)?)),
        _ => Ok(None),
    }
}

/// The core of `Condition.wait`: register, release the lock, wait, re-acquire.
fn cond_wait_impl(cx: &mut Ctx, c: &CondObj, timeout: Option<Duration>) -> PyResult<bool> {
    // Is the lock ours?
    let saved_kind = if let Some(l) = c.lock.downcast_native::<LockObj>() {
        if !l.is_locked() {
            return Err(runtime_error("cannot wait on un-acquired lock"));
        }
        Saved::Lock
    } else if let Some(r) = c.lock.downcast_native::<RLockObj>() {
        if !r.is_owned() {
            return Err(runtime_error("cannot wait on un-acquired lock"));
        }
        Saved::RLock(0)
    } else {
        return Err(type_error("Condition lock is not a lock"));
    };
    let me = Arc::new(AtomicBool::new(false));
    c.queue.lock().push_back(me.clone());
    let saved = match saved_kind {
        Saved::Lock => {
            if let Some(l) = c.lock.downcast_native::<LockObj>() {
                l.release();
            }
            Saved::Lock
        }
        Saved::RLock(_) => Saved::RLock(
            c.lock
                .downcast_native::<RLockObj>()
                .map_or(1, |r| r.release_all()),
        ),
    };
    let deadline = timeout.map(|t| Instant::now() + t);
    let signaled = cx.blocking(|| {
        let mut q = c.queue.lock();
        loop {
            if me.load(Ordering::SeqCst) {
                break true;
            }
            let timed_out = match deadline {
                None => {
                    c.cv.wait(&mut q);
                    false
                }
                Some(d) => c.cv.wait_until(&mut q, d).timed_out(),
            };
            if timed_out {
                if me.load(Ordering::SeqCst) {
                    break true;
                }
                q.retain(|w| !Arc::ptr_eq(w, &me));
                break false;
            }
        }
    });
    match saved {
        Saved::Lock => {
            if let Some(l) = c.lock.downcast_native::<LockObj>() {
                l.acquire(cx, true, None);
            }
        }
        Saved::RLock(n) => {
            if let Some(r) = c.lock.downcast_native::<RLockObj>() {
                r.acquire_n(cx, true, None, n.max(1));
            }
        }
    }
    Ok(signaled)
}

pub fn cond_wait(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_pos("wait", 1, 2)?;
    args.check_kwargs("wait", &["timeout"])?;
    let c = this_cond(args)?;
    let timeout = wait_timeout(cx, args.arg(1, "timeout"))?;
    Ok(Value::bool(cond_wait_impl(cx, c, timeout)?))
}

/// `wait_for(predicate, timeout=None)`: waits until `predicate()` is true.
pub fn cond_wait_for(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_pos("wait_for", 2, 3)?;
    args.check_kwargs("wait_for", &["predicate", "timeout"])?;
    let c = this_cond(args)?;
    let pred = args
        .arg(1, "predicate")
        .cloned()
        .ok_or_else(|| type_error("wait_for() missing required argument 'predicate'"))?;
    let timeout = wait_timeout(cx, args.arg(2, "timeout"))?;
    let deadline = timeout.map(|t| Instant::now() + t);
    loop {
        let r = ops::call(cx, &pred, &[])?;
        if ops::truthy(cx, &r)? {
            return Ok(r);
        }
        let left = match deadline {
            None => None,
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    return Ok(r);
                }
                Some(d - now)
            }
        };
        cond_wait_impl(cx, c, left)?;
    }
}

fn cond_notify_n(c: &CondObj, n: usize) -> PyResult<()> {
    let owned = if let Some(l) = c.lock.downcast_native::<LockObj>() {
        l.is_locked()
    } else if let Some(r) = c.lock.downcast_native::<RLockObj>() {
        r.is_owned()
    } else {
        false
    };
    if !owned {
        return Err(runtime_error("cannot notify on un-acquired lock"));
    }
    let mut q = c.queue.lock();
    let mut woke = false;
    for _ in 0..n {
        match q.pop_front() {
            Some(w) => {
                w.store(true, Ordering::SeqCst);
                woke = true;
            }
            None => break,
        }
    }
    if woke {
        c.cv.notify_all();
    }
    Ok(())
}

pub fn cond_notify(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_pos("notify", 1, 2)?;
    args.check_kwargs("notify", &["n"])?;
    let c = this_cond(args)?;
    let n = match args.arg(1, "n") {
        Some(v) => ops::index(cx, v)?.max(0) as usize,
        None => 1,
    };
    cond_notify_n(c, n)?;
    Ok(Value::NONE)
}

pub fn cond_notify_all(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = this_cond(args)?;
    cond_notify_n(c, usize::MAX)?;
    Ok(Value::NONE)
}

pub fn cond_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = this_cond(args)?;
    let n = c.queue.lock().len();
    let _ = &c.lock;
    Ok(Value::string(format!("<Condition({n} waiters)>")))
}
