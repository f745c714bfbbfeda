//! Stopping the world for the cycle collector (default build), and the flag word that
//! every safepoint checks (both builds).
//!
//! Each thread that has ever attached has a state in a global registry:
//! - `ATTACHED`: running script code (or otherwise touching values);
//! - `DETACHED`: outside any `Ctx`, or inside [`without_gil`](super::without_gil) (blocked,
//!   touching no values);
//! - `SUSPENDED`: stopped for a collection, either parked at a safepoint or caught while
//!   detached.
//!
//! A collector sets the `STOP` bit of [`FLAGS`] (only one thread can hold it), then, under
//! the registry mutex, moves every `DETACHED` thread to `SUSPENDED` with a CAS and waits
//! until every `ATTACHED` thread has parked itself at its next safepoint (one relaxed load
//! of `FLAGS` there). A detached thread that wants to attach CASes `DETACHED -> ATTACHED`,
//! which fails while it is suspended: it waits on the condition variable until the
//! collector resumes the world (`SUSPENDED -> DETACHED`, clear `STOP`, notify). The state
//! transitions of a thread are all CASes or SeqCst stores on its one atomic byte, so a
//! thread can never attach in the middle of a collection.
//!
//! A thread that runs script code from inside a destructor (a suspended generator's
//! `finally` blocks) may hold an object lock further up its stack: it neither parks nor
//! collects there ([`no_stop`]); the collector waits for it to reach a safepoint outside.
//!
//! The primitives (atomics, the registry mutex and condition variable, thread-locals,
//! statics, the clock) come from [`super::shim`], so the loom model `tests/loom_stw.rs`
//! compiles this file unchanged.

use super::shim::{statics, thread_local, AtomicU8};
use std::cell::Cell;
use std::sync::atomic::Ordering;

/// Bits of [`FLAGS`].
pub(crate) mod flag {
    /// `gil` build: a thread has waited a switch interval for the GIL.
    #[cfg_attr(not(feature = "gil"), allow(dead_code))]
    pub const DROP_GIL: u8 = 1;
    /// Default build: a collector is stopping (or has stopped) the world.
    #[cfg_attr(feature = "gil", allow(dead_code))]
    pub const STOP: u8 = 2;
    /// A collection is due (set by the allocation trigger).
    pub const COLLECT: u8 = 4;
}

statics! {
    /// The word every safepoint loads: non-zero sends the thread to the slow path.
    pub(crate) static FLAGS: AtomicU8 = AtomicU8::new(0);
}

thread_local! {
    /// Nesting of destructors running script code on this thread (see [`no_stop`]).
    static NO_STOP: Cell<u32> = const { Cell::new(0) };
}

/// Runs `f` (script code run from a destructor, which may sit under an object lock) in a
/// scope where this thread neither parks for nor starts a collection.
pub fn no_stop<R>(f: impl FnOnce() -> R) -> R {
    struct Exit;
    impl Drop for Exit {
        fn drop(&mut self) {
            let _ = NO_STOP.try_with(|n| n.set(n.get() - 1));
        }
    }
    let _ = NO_STOP.try_with(|n| n.set(n.get() + 1));
    let _exit = Exit;
    f()
}

/// Whether this thread is inside [`no_stop`].
pub(crate) fn in_no_stop() -> bool {
    NO_STOP.try_with(|n| n.get() > 0).unwrap_or(true)
}

/// Asks for a collection at the next safepoint of any attached thread.
pub(crate) fn request_collect() {
    if FLAGS.load(Ordering::Relaxed) & flag::COLLECT == 0 {
        FLAGS.fetch_or(flag::COLLECT, Ordering::Relaxed);
    }
}

/// Withdraws a collection request (the collection is starting or was declined).
pub(crate) fn clear_collect() {
    FLAGS.fetch_and(!flag::COLLECT, Ordering::Relaxed);
}

#[cfg(not(feature = "gil"))]
pub use imp::{attach, detach, with_gil, without_gil};
#[cfg(not(feature = "gil"))]
pub(crate) use imp::{safepoint_slow, stop_the_world, try_attach};

#[cfg(not(feature = "gil"))]
mod imp {
    use super::super::shim::{
        statics, thread_local, yield_now, Arc, AtomicU8, Condvar, Instant, Mutex, MutexGuard,
    };
    use super::{flag, in_no_stop, FLAGS};
    use std::cell::Cell;
    use std::sync::atomic::Ordering;
    use std::time::Duration;

    const DETACHED: u8 = 0;
    const ATTACHED: u8 = 1;
    const SUSPENDED: u8 = 2;

    struct ThreadState {
        state: AtomicU8,
    }

    statics! {
        /// Every thread that has attached and not exited. The collector holds this mutex
        /// for the whole time the world is stopped.
        static REGISTRY: Mutex<Vec<Arc<ThreadState>>> = Mutex::new(Vec::new());
        /// Signalled when a thread parks or detaches during a stop, and when the world
        /// resumes.
        static CHANGED: Condvar = Condvar::new();
    }

    fn registry() -> MutexGuard<'static, Vec<Arc<ThreadState>>> {
        REGISTRY.lock().unwrap_or_else(|e| e.into_inner())
    }

    struct Me {
        ts: Arc<ThreadState>,
        /// Nested attaches.
        depth: Cell<u32>,
    }

    impl Me {
        fn register() -> Me {
            let ts = Arc::new(ThreadState {
                state: AtomicU8::new(DETACHED),
            });
            registry().push(ts.clone());
            Me {
                ts,
                depth: Cell::new(0),
            }
        }
    }

    impl Drop for Me {
        fn drop(&mut self) {
            let mut reg = registry();
            reg.retain(|t| !Arc::ptr_eq(t, &self.ts));
            CHANGED.notify_all();
        }
    }

    thread_local! {
        static ME: Me = Me::register();
    }

    /// `DETACHED -> ATTACHED`, waiting while a collection has this thread suspended.
    fn enter(ts: &ThreadState) {
        if ts
            .state
            .compare_exchange(DETACHED, ATTACHED, Ordering::SeqCst, Ordering::Relaxed)
            .is_err()
        {
            enter_slow(ts);
        }
        // Attached means pinned: lock-free readers rely on it (`sync::epoch`).
        crate::sync::epoch::pin();
    }

    #[cold]
    fn enter_slow(ts: &ThreadState) {
        let mut reg = registry();
        while ts
            .state
            .compare_exchange(DETACHED, ATTACHED, Ordering::SeqCst, Ordering::Relaxed)
            .is_err()
        {
            reg = CHANGED.wait(reg).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// `ATTACHED -> DETACHED`, telling a waiting collector.
    fn leave(ts: &ThreadState) {
        crate::sync::epoch::unpin();
        ts.state.store(DETACHED, Ordering::SeqCst);
        if FLAGS.load(Ordering::SeqCst) & flag::STOP != 0 {
            let _reg = registry();
            CHANGED.notify_all();
        }
    }

    pub fn attach() {
        let _ = ME.try_with(|m| {
            let d = m.depth.get();
            m.depth.set(d + 1);
            if d == 0 {
                enter(&m.ts);
            }
        });
    }

    /// Attaches like [`attach`] and says whether it did: false late in the thread's exit,
    /// once its registry entry is gone (the thread must then not touch values).
    pub(crate) fn try_attach() -> bool {
        ME.try_with(|m| {
            let d = m.depth.get();
            m.depth.set(d + 1);
            if d == 0 {
                enter(&m.ts);
            }
        })
        .is_ok()
    }

    pub fn detach() {
        let _ = ME.try_with(|m| {
            let d = m.depth.get();
            if d == 0 {
                return;
            }
            m.depth.set(d - 1);
            if d == 1 && m.ts.state.load(Ordering::Relaxed) == ATTACHED {
                leave(&m.ts);
            }
        });
    }

    /// Re-attaches when dropped (also when unwinding out of the closure).
    struct Reenter(Arc<ThreadState>);
    impl Drop for Reenter {
        fn drop(&mut self) {
            enter(&self.0);
        }
    }

    pub fn without_gil<R>(f: impl FnOnce() -> R) -> R {
        let ts = ME
            .try_with(|m| {
                (m.depth.get() > 0 && m.ts.state.load(Ordering::Relaxed) == ATTACHED)
                    .then(|| m.ts.clone())
            })
            .ok()
            .flatten();
        let Some(ts) = ts else {
            return f();
        };
        leave(&ts);
        let _again = Reenter(ts);
        f()
    }

    /// Detaches again when dropped (also when unwinding out of the closure).
    struct Releave(Arc<ThreadState>);
    impl Drop for Releave {
        fn drop(&mut self) {
            leave(&self.0);
        }
    }

    pub fn with_gil<R>(f: impl FnOnce() -> R) -> R {
        let ts = ME
            .try_with(|m| {
                (m.depth.get() > 0 && m.ts.state.load(Ordering::Relaxed) != ATTACHED)
                    .then(|| m.ts.clone())
            })
            .ok()
            .flatten();
        let Some(ts) = ts else {
            return f();
        };
        enter(&ts);
        let _again = Releave(ts);
        f()
    }

    /// Whether this thread is attached right now (and not inside `without_gil`).
    fn is_attached() -> bool {
        ME.try_with(|m| m.depth.get() > 0 && m.ts.state.load(Ordering::Relaxed) == ATTACHED)
            .unwrap_or(false)
    }

    /// The safepoint's answer to `STOP`: park until the world resumes.
    #[cold]
    pub(crate) fn park() {
        if in_no_stop() {
            return;
        }
        // The collector frees garbage by counts: items this thread borrowed without
        // counting them must be counted first (`value::epoch_borrows`).
        crate::value::epoch_borrows::count_all();
        let _ = ME.try_with(|m| {
            if m.depth.get() == 0 || m.ts.state.load(Ordering::Relaxed) != ATTACHED {
                return;
            }
            let mut reg = registry();
            if FLAGS.load(Ordering::SeqCst) & flag::STOP == 0 {
                return;
            }
            m.ts.state.store(SUSPENDED, Ordering::SeqCst);
            CHANGED.notify_all();
            while m
                .ts
                .state
                .compare_exchange(DETACHED, ATTACHED, Ordering::SeqCst, Ordering::Relaxed)
                .is_err()
            {
                reg = CHANGED.wait(reg).unwrap_or_else(|e| e.into_inner());
            }
        });
    }

    /// The world, stopped: every other registered thread is suspended until this is
    /// dropped.
    pub(crate) struct StoppedWorld {
        reg: Option<MutexGuard<'static, Vec<Arc<ThreadState>>>>,
        me: Arc<ThreadState>,
    }

    /// Stops every other thread (see the module docs). None when this thread may not
    /// collect here (not attached, or inside [`super::no_stop`]), or when `patience` is
    /// given and some attached thread did not reach a safepoint within it (it is blocked
    /// without having detached, e.g. the REPL waiting for input): the world resumes and
    /// the caller gives up.
    pub(crate) fn stop_the_world(patience: Option<Duration>) -> Option<StoppedWorld> {
        if in_no_stop() || !is_attached() {
            return None;
        }
        let me = ME.try_with(|m| m.ts.clone()).ok()?;
        // As in `park`: the collector must see every reference this thread holds.
        crate::value::epoch_borrows::count_all();
        // Become the one collector; while another one runs, park like any thread.
        while FLAGS.fetch_or(flag::STOP, Ordering::SeqCst) & flag::STOP != 0 {
            park();
            yield_now();
        }
        let started = Instant::now();
        let mut reg = registry();
        loop {
            let mut all = true;
            for t in reg.iter() {
                if Arc::ptr_eq(t, &me) {
                    continue;
                }
                match t.state.load(Ordering::SeqCst) {
                    SUSPENDED => {}
                    DETACHED => {
                        if t.state
                            .compare_exchange(
                                DETACHED,
                                SUSPENDED,
                                Ordering::SeqCst,
                                Ordering::Relaxed,
                            )
                            .is_err()
                        {
                            all = false;
                        }
                    }
                    _ => all = false,
                }
            }
            if all {
                break;
            }
            if patience.is_some_and(|p| started.elapsed() > p) {
                // Resuming releases the threads suspended so far.
                drop(StoppedWorld { reg: Some(reg), me });
                return None;
            }
            // Woken when a thread parks or detaches; the timeout is only a safety net.
            reg = CHANGED
                .wait_timeout(reg, Duration::from_millis(1))
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        Some(StoppedWorld { reg: Some(reg), me })
    }

    impl Drop for StoppedWorld {
        fn drop(&mut self) {
            if let Some(reg) = self.reg.take() {
                for t in reg.iter() {
                    if !Arc::ptr_eq(t, &self.me) {
                        let _ = t.state.compare_exchange(
                            SUSPENDED,
                            DETACHED,
                            Ordering::SeqCst,
                            Ordering::Relaxed,
                        );
                    }
                }
                FLAGS.fetch_and(!flag::STOP, Ordering::SeqCst);
                CHANGED.notify_all();
                drop(reg);
            }
        }
    }

    /// What a safepoint does when [`FLAGS`] is non-zero.
    #[cold]
    #[inline(never)]
    pub(crate) fn safepoint_slow() {
        let f = FLAGS.load(Ordering::Relaxed);
        if f & flag::STOP != 0 {
            park();
        }
        if f & flag::COLLECT != 0 {
            crate::gc::collect_if_due();
        }
    }
}

#[cfg(feature = "gil")]
pub(crate) use gil_imp::*;

#[cfg(feature = "gil")]
mod gil_imp {
    use super::in_no_stop;

    /// In the `gil` build, holding the GIL is the stopped world: every other thread is
    /// waiting for the GIL or detached, and gave it up at a safepoint or around a blocking
    /// call (never under an object lock).
    pub(crate) struct StoppedWorld(());

    impl Drop for StoppedWorld {
        /// Nothing to resume: the world runs again when this thread next releases the GIL.
        fn drop(&mut self) {}
    }

    /// The stopped world, when this thread holds the GIL and is not inside
    /// [`super::no_stop`].
    pub(crate) fn stop_the_world(_patience: Option<std::time::Duration>) -> Option<StoppedWorld> {
        if in_no_stop() || !super::super::gil_held() {
            return None;
        }
        Some(StoppedWorld(()))
    }
}
