//! The global interpreter lock of the `gil` build, and the attach/detach/safepoint hooks
//! that the interpreter calls in both builds.
//!
//! Protocol (both builds call the same functions; only the `gil` build does anything):
//! - A thread **attaches** before it runs script code or touches reference counts of
//!   shared objects, and **detaches** when it is done ([`attach`] / [`detach`], counted,
//!   so nesting is fine). `Ctx::new` attaches and dropping a `Ctx` detaches, so "a thread
//!   owns a live `Ctx`" means "it holds the GIL", except inside [`without_gil`].
//! - Around every call that may block (sleep, lock waits, join, queue waits, I/O) the
//!   thread releases the GIL with [`without_gil`] (or `Ctx::blocking`). The closure must
//!   not touch `Value`s: it runs without the lock.
//! - The interpreter calls [`safepoint`] on backward jumps and at calls. A thread that
//!   has waited [`SWITCH_INTERVAL`] for the GIL sets a drop request; the holder sees it at
//!   its next safepoint (one relaxed load of a static), hands the lock over fairly
//!   (`unlock_fair` gives it directly to a parked waiter), and queues up again.
//!
//! In the default (free-threaded) build there is no GIL: attach/detach/`without_gil` move
//! the thread between the ATTACHED and DETACHED states of the stop-the-world protocol
//! ([`super::stw`]), and a safepoint is one relaxed load of the same flag word, which
//! parks the thread while a cycle collection has the world stopped. In both builds a
//! safepoint is where a due collection starts (`crate::gc`).
//!
//! The lock type and thread-locals come from [`super::shim`], so the loom model
//! `tests/loom_gil.rs` compiles this file unchanged.

use std::time::Duration;

/// CPython's default switch interval (`sys.getswitchinterval()`).
pub const SWITCH_INTERVAL: Duration = Duration::from_millis(5);

#[cfg(feature = "gil")]
mod imp {
    use super::super::shim::{
        statics, thread_local, yield_now, AtomicU8, GilMutex, HANDOFF_YIELDS,
    };
    use super::super::stw::{flag, FLAGS};
    use super::SWITCH_INTERVAL;
    use parking_lot::lock_api::{RawMutex as _, RawMutexFair as _, RawMutexTimed as _};
    use std::cell::Cell;
    use std::sync::atomic::Ordering;

    /// The lock itself. A raw mutex, because it is taken and released in different
    /// functions (attach/detach) rather than by a scoped guard.
    static GIL: GilMutex = GilMutex::INIT;

    // `flag::DROP_GIL` in `FLAGS`: set by a thread that has waited a whole switch
    // interval; cleared by the holder when it hands the lock over.

    statics! {
        /// Counts acquisitions (wrapping): a holder that dropped the GIL on request waits
        /// for it to move before queuing up again (see `yield_gil`).
        static SWITCHES: AtomicU8 = AtomicU8::new(0);
    }

    thread_local! {
        /// How many times this thread is attached (nested `Ctx`s).
        static DEPTH: Cell<u32> = const { Cell::new(0) };
        /// Whether this thread currently holds the GIL (false inside `without_gil`).
        static HELD: Cell<bool> = const { Cell::new(false) };
    }

    fn acquire() {
        if !GIL.try_lock() {
            // Contended: wait one switch interval at a time, asking the holder to let go
            // after each.
            while !GIL.try_lock_for(SWITCH_INTERVAL) {
                FLAGS.fetch_or(flag::DROP_GIL, Ordering::Relaxed);
            }
        }
        SWITCHES.fetch_add(1, Ordering::Relaxed);
        HELD.with(|h| h.set(true));
    }

    fn release(fair: bool) {
        HELD.with(|h| h.set(false));
        // SAFETY: only called by a thread whose HELD flag was true, i.e. which acquired
        // the GIL in `acquire` and has not released it since.
        unsafe {
            if fair {
                GIL.unlock_fair();
            } else {
                GIL.unlock();
            }
        }
    }

    pub fn attach() {
        let n = DEPTH.with(|d| d.get());
        if n == 0 {
            acquire();
        }
        DEPTH.with(|d| d.set(n + 1));
    }

    pub fn detach() {
        let n = DEPTH.with(|d| d.get());
        if n == 0 {
            return;
        }
        DEPTH.with(|d| d.set(n - 1));
        if n == 1 && HELD.with(|h| h.get()) {
            release(false);
        }
    }

    pub fn is_held() -> bool {
        HELD.with(|h| h.get())
    }

    /// Re-acquires the GIL when dropped (also on unwinding out of the closure).
    struct Reacquire;
    impl Drop for Reacquire {
        fn drop(&mut self) {
            acquire();
        }
    }

    pub fn without_gil<R>(f: impl FnOnce() -> R) -> R {
        if !HELD.with(|h| h.get()) {
            return f();
        }
        release(false);
        let _again = Reacquire;
        f()
    }

    /// Releases the GIL again when dropped (also on unwinding out of the closure).
    struct Rerelease;
    impl Drop for Rerelease {
        fn drop(&mut self) {
            release(false);
        }
    }

    pub fn with_gil<R>(f: impl FnOnce() -> R) -> R {
        if HELD.with(|h| h.get()) || DEPTH.with(|d| d.get()) == 0 {
            return f();
        }
        acquire();
        let _again = Rerelease;
        f()
    }

    #[inline(always)]
    pub fn safepoint() {
        if FLAGS.load(Ordering::Relaxed) != 0 {
            safepoint_slow();
        }
    }

    #[cold]
    #[inline(never)]
    fn safepoint_slow() {
        let f = FLAGS.load(Ordering::Relaxed);
        if f & flag::DROP_GIL != 0 {
            yield_gil();
        }
        if f & flag::COLLECT != 0 {
            crate::gc::collect_if_due();
        }
    }

    fn yield_gil() {
        if !HELD.with(|h| h.get()) {
            return;
        }
        FLAGS.fetch_and(!flag::DROP_GIL, Ordering::Relaxed);
        let before = SWITCHES.load(Ordering::Relaxed);
        release(true);
        // Let the thread that asked take the lock before queuing up again (CPython's
        // forced switching). `unlock_fair` only hands the lock to a *parked* waiter; one
        // still spinning in the mutex's slow path found it taken straight back, and a
        // thread spinning on a flag that another thread waited to set took ~270 ms per
        // hand-off instead of one switch interval. Bounded: the waiter may have given up.
        for _ in 0..HANDOFF_YIELDS {
            if SWITCHES.load(Ordering::Relaxed) != before {
                break;
            }
            yield_now();
        }
        acquire();
    }
}

#[cfg(not(feature = "gil"))]
mod imp {
    use super::super::stw::{self, FLAGS};
    use std::sync::atomic::Ordering;

    pub use stw::{attach, detach, with_gil, without_gil};

    #[inline(always)]
    pub fn is_held() -> bool {
        false
    }

    /// One relaxed load of a static: a stop-the-world request or a due collection.
    #[inline(always)]
    pub fn safepoint() {
        if FLAGS.load(Ordering::Relaxed) != 0 {
            stw::safepoint_slow();
        }
    }
}

/// Marks this thread as running script code (takes the GIL in the `gil` build). Nested
/// calls are counted; pair each with [`detach`].
#[inline(always)]
pub fn attach() {
    imp::attach()
}

/// Ends one [`attach`]; the outermost one releases the GIL.
#[inline(always)]
pub fn detach() {
    imp::detach()
}

/// Whether this thread holds the GIL right now (always false in the default build).
#[inline(always)]
pub fn gil_held() -> bool {
    imp::is_held()
}

/// Runs `f`, which may block, with the GIL released (`gil` build); just runs `f`
/// otherwise. `f` must not create, clone or drop `Value`s.
#[inline(always)]
pub fn without_gil<R>(f: impl FnOnce() -> R) -> R {
    imp::without_gil(f)
}

/// Runs `f` attached again from inside [`without_gil`]: a callback of a long wait that
/// must touch values (the REPL completing a name while it waits for a line). Just runs
/// `f` when the thread is attached already, or was never attached (then `f` must not
/// touch values either).
#[inline]
pub fn with_gil<R>(f: impl FnOnce() -> R) -> R {
    imp::with_gil(f)
}

/// The interpreter's periodic check (one relaxed load when nothing is pending): in the
/// `gil` build, hands the GIL to a thread that has been waiting for a switch interval; in
/// the default build, parks while a collector has the world stopped; in both, runs a due
/// cycle collection.
#[inline(always)]
pub fn safepoint() {
    imp::safepoint()
}

/// True in the build with a global interpreter lock.
pub const HAS_GIL: bool = cfg!(feature = "gil");
