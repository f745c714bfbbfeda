//! Loom model of the GIL hand-off of the `gil` build: `src/sync/gil.rs` (acquire with
//! timed waits that set `DROP_GIL` in the flag word, the fair release at a safepoint,
//! attach/detach nesting, `without_gil` and its re-acquiring guard) and the `gil` half of
//! `src/sync/stw.rs` (the flag word, the collector's "stopped world"), the code the VM
//! runs, compiled here against loom's atomics, thread-locals and statics and a loom model
//! of the raw mutex (the `shim` module below mirrors `src/sync/shim.rs`; this crate's root
//! stands for `crate::sync`, so both files compile unchanged).
//!
//! Run (bounded, seconds once built; the `gil` feature builds the `gil` half of both
//! files):
//!   RUSTFLAGS="--cfg loom" cargo test -p fibra-vm --features gil --test loom_gil \
//!       --release --target-dir target/loom
//!
//! What the models check, in every interleaving loom explores:
//! - mutual exclusion: a thread runs script code only while `gil_held()` says it holds
//!   the GIL, and no two threads do at once (a shared `HOLDING` count, asserted 0 on entry,
//!   and a loom `UnsafeCell` touched by every holder, so loom also checks that each
//!   holder's writes happen before the next holder's);
//! - the hand-off: a thread waiting for the GIL gets it while the holder only passes
//!   safepoints (never detaches): the holder loops until it sees that the waiter ran;
//! - `without_gil` releases the GIL (another thread runs script code while this one
//!   blocks on that thread) and re-acquires it before returning;
//! - a collection started at a safepoint runs with the GIL held;
//! - no deadlock (loom fails a model in which every thread is blocked) and no endless
//!   wait for a hand-off (loom fails a model that exceeds its branch bound).
//!
//! What is abstracted: parking_lot's `RawMutex` is replaced by a model built from loom's
//! `Mutex` and `Condvar` with the same contract (see `shim::GilMutex`): `try_lock`,
//! `unlock` (the lock is released and one parked waiter woken, which may lose it to a
//! barging thread), `unlock_fair` (handed straight to a parked waiter if there is one),
//! and `try_lock_for`, which parks and fails once a switch interval has passed. Time is a
//! counter that the test advances each time a holder has run a switch interval of script
//! code (`shim::tick`): a parked waiter times out when the counter moves past the value
//! it saw when it parked (at most once per tick). parking_lot's own atomics, spinning
//! before parking, and its occasional eventual-fairness hand-off on a plain `unlock` are
//! not modelled. Bounds: two or three threads, a few steps each, `preemption_bound` 3
//! (two threads) or 2 (three threads).
#![cfg(all(loom, feature = "gil"))]

// The crate root stands for `crate::sync`: `stw.rs` and `gil.rs` reach each other and
// the shim through `super::`.
/// The loom version of `src/sync/shim.rs` (the part the `gil` build uses).
pub(crate) mod shim {
    pub(crate) use loom::sync::atomic::AtomicU8;
    pub(crate) use loom::thread::yield_now;
    /// Two yields: enough for the model to explore a waiter taking the lock meanwhile
    /// (the real bound only limits how long a holder waits).
    pub(crate) const HANDOFF_YIELDS: u32 = 2;
    use loom::sync::{Condvar, Mutex, MutexGuard};
    use parking_lot::lock_api::{GuardNoSend, RawMutex, RawMutexFair, RawMutexTimed};
    use std::time::{Duration, Instant};

    /// `thread_local!` on loom's thread-locals (which take no `const { }` initialiser).
    macro_rules! loom_thread_local {
        ($($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = const { $init:expr };)*) => {
            loom::thread_local! { $($(#[$attr])* $vis static $name: $t = $init;)* }
        };
    }
    pub(crate) use loom_thread_local as thread_local;

    /// `loom::lazy_static!` (one value per execution), keeping the item's visibility.
    macro_rules! statics {
        ($($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = $init:expr;)*) => {$(
            $(#[$attr])*
            #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
            $vis struct $name {
                _private: (),
            }
            $vis static $name: $name = $name { _private: () };
            impl ::std::ops::Deref for $name {
                type Target = $t;
                fn deref(&self) -> &$t {
                    fn init() -> $t {
                        $init
                    }
                    static LAZY: loom::lazy_static::Lazy<$t> = loom::lazy_static::Lazy {
                        init,
                        _p: ::std::marker::PhantomData,
                    };
                    LAZY.get()
                }
            }
        )*};
    }
    pub(crate) use statics;

    /// The modelled raw mutex's state (one GIL per process, so one state per execution).
    #[derive(Default)]
    struct State {
        /// Held by some thread (stays set across a fair hand-off).
        locked: bool,
        /// Threads parked in `try_lock_for`.
        parked: usize,
        /// `unlock_fair` handed the lock to a parked thread that has not taken it yet.
        handoff: bool,
        /// Switch intervals elapsed (see `tick`).
        clock: usize,
    }

    loom::lazy_static! {
        static ref STATE: (Mutex<State>, Condvar) = Default::default();
    }

    fn state() -> MutexGuard<'static, State> {
        STATE.0.lock().unwrap()
    }

    /// A switch interval has passed: every parked waiter's `try_lock_for` may time out.
    pub(crate) fn tick() {
        let mut s = state();
        s.clock += 1;
        STATE.1.notify_all();
    }

    /// Parks until the lock is free or handed over (true), or, when `timed`, until the
    /// clock moves (false: timed out).
    fn park_for_lock(timed: bool) -> bool {
        let mut s = state();
        if !s.locked {
            s.locked = true;
            return true;
        }
        let start = s.clock;
        s.parked += 1;
        loop {
            s = STATE.1.wait(s).unwrap();
            if s.handoff {
                s.handoff = false;
                s.parked -= 1;
                return true;
            }
            if !s.locked {
                s.locked = true;
                s.parked -= 1;
                return true;
            }
            if timed && s.clock != start {
                s.parked -= 1;
                return false;
            }
        }
    }

    /// The model of `parking_lot::RawMutex` (one instance: the GIL).
    pub(crate) struct GilMutex(());

    // SAFETY: a mutex by construction: `locked` is only set by a thread that found it
    // clear (or was handed it), under the state mutex.
    unsafe impl RawMutex for GilMutex {
        const INIT: GilMutex = GilMutex(());
        type GuardMarker = GuardNoSend;

        fn lock(&self) {
            assert!(park_for_lock(false));
        }

        fn try_lock(&self) -> bool {
            let mut s = state();
            !std::mem::replace(&mut s.locked, true)
        }

        unsafe fn unlock(&self) {
            let mut s = state();
            assert!(s.locked && !s.handoff, "unlocking a GIL that is not held");
            s.locked = false;
            if s.parked > 0 {
                STATE.1.notify_one();
            }
        }
    }

    // SAFETY: as above.
    unsafe impl RawMutexFair for GilMutex {
        unsafe fn unlock_fair(&self) {
            let mut s = state();
            assert!(s.locked && !s.handoff, "unlocking a GIL that is not held");
            if s.parked > 0 {
                s.handoff = true;
                STATE.1.notify_all();
            } else {
                s.locked = false;
            }
        }
    }

    // SAFETY: as above.
    unsafe impl RawMutexTimed for GilMutex {
        type Duration = Duration;
        type Instant = Instant;

        fn try_lock_for(&self, _timeout: Duration) -> bool {
            park_for_lock(true)
        }

        fn try_lock_until(&self, _timeout: Instant) -> bool {
            park_for_lock(true)
        }
    }
}

#[path = "../src/sync/stw.rs"]
#[allow(dead_code, unused_imports)]
pub(crate) mod stw;

#[path = "../src/sync/gil.rs"]
#[allow(dead_code)]
pub(crate) mod gil;

pub(crate) use gil::gil_held;

/// Stub of the cycle collector: what a safepoint runs when `COLLECT` is set.
mod gc {
    pub(crate) fn collect_if_due() {
        if let Some(world) = crate::stw::stop_the_world(None) {
            crate::stw::clear_collect();
            crate::run_script();
            crate::COLLECTIONS.fetch_add(1, loom::sync::atomic::Ordering::SeqCst);
            drop(world);
        }
    }
}

use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use loom::sync::{Condvar, Mutex};
use loom::thread;

use gil::{attach, detach, safepoint, without_gil};

loom::lazy_static! {
    /// What script code touches: the objects (all threads share them under the GIL).
    static ref HEAP: UnsafeCell<usize> = UnsafeCell::new(0);
    /// Threads running script code right now.
    static ref HOLDING: AtomicUsize = AtomicUsize::new(0);
    /// Collections run at a safepoint.
    static ref COLLECTIONS: AtomicUsize = AtomicUsize::new(0);
}

/// A switch interval of script code: only while holding the GIL, never two threads at
/// once; time passes meanwhile, and other threads run.
fn run_script() {
    assert!(gil_held(), "script code runs without the GIL");
    assert_eq!(
        HOLDING.fetch_add(1, Ordering::SeqCst),
        0,
        "two threads hold the GIL"
    );
    // SAFETY: loom checks that no other access is concurrent (the property under test).
    HEAP.with_mut(|h| unsafe { *h += 1 });
    HOLDING.fetch_sub(1, Ordering::SeqCst);
    shim::tick();
    // Other threads run meanwhile (on other cores): without this, loom's schedule with
    // no preemption would run a looping holder forever.
    thread::yield_now();
}

/// The objects' final state: one per `run_script`.
fn heap() -> usize {
    // SAFETY: every other thread has been joined.
    HEAP.with(|h| unsafe { *h })
}

/// A one-shot event that a thread blocks on (a blocking call, made without the GIL).
#[derive(Default)]
struct Event {
    set: Mutex<bool>,
    cv: Condvar,
}

impl Event {
    fn set(&self) {
        *self.set.lock().unwrap() = true;
        self.cv.notify_all();
    }
    fn wait(&self) {
        let mut set = self.set.lock().unwrap();
        while !*set {
            set = self.cv.wait(set).unwrap();
        }
    }
}

/// Explores every interleaving with at most `preemptions` preemptions.
fn model(preemptions: usize, f: impl Fn() + Sync + Send + 'static) {
    let mut b = loom::model::Builder::new();
    b.preemption_bound = Some(preemptions);
    b.check(move || {
        // As in tests/loom_stw.rs: loom does not count an atomic's initial value as a
        // SeqCst store; store it once more before any thread starts.
        stw::FLAGS.store(0, Ordering::SeqCst);
        f();
    });
}

/// Two threads contend for the GIL, each running script code across a safepoint (one of
/// them attached twice, nested): they hold it one at a time, and the waiting one's
/// timeouts make the holder hand it over at its safepoint.
#[test]
fn holders_exclude_each_other() {
    model(3, || {
        let ts: Vec<_> = (0..2)
            .map(|me| {
                thread::spawn(move || {
                    attach();
                    if me == 0 {
                        attach();
                        detach();
                        assert!(gil_held());
                    }
                    run_script();
                    safepoint();
                    run_script();
                    detach();
                    assert!(!gil_held());
                })
            })
            .collect();
        for t in ts {
            t.join().unwrap();
        }
        assert_eq!(heap(), 4);
    });
}

/// A thread that waits for the GIL gets it while the holder only runs script code and
/// passes safepoints: the holder never detaches before it has seen the waiter run.
#[test]
fn holder_hands_off_at_safepoint() {
    model(3, || {
        let holder = thread::spawn(|| {
            attach();
            let ran = loom::sync::Arc::new(AtomicBool::new(false));
            let r = ran.clone();
            let waiter = thread::spawn(move || {
                attach();
                r.store(true, Ordering::SeqCst);
                run_script();
                detach();
            });
            while !ran.load(Ordering::SeqCst) {
                run_script();
                safepoint();
            }
            detach();
            waiter.join().unwrap();
        });
        holder.join().unwrap();
    });
}

/// `without_gil` releases the GIL: another thread attaches and runs script code while this
/// one blocks waiting for it, and this one holds the GIL again afterwards.
#[test]
fn without_gil_lets_others_run() {
    model(3, || {
        let done = loom::sync::Arc::new(Event::default());
        let d = done.clone();
        let t = thread::spawn(move || {
            attach();
            run_script();
            let other = thread::spawn(move || {
                attach();
                run_script();
                detach();
                d.set();
            });
            without_gil(|| done.wait());
            run_script();
            detach();
            other.join().unwrap();
        });
        t.join().unwrap();
        assert_eq!(heap(), 3);
    });
}

/// A collection requested with the `COLLECT` bit runs at a safepoint with the GIL held,
/// while another thread contends for it.
#[test]
fn collection_runs_under_the_gil() {
    model(3, || {
        let ts: Vec<_> = (0..2)
            .map(|me| {
                thread::spawn(move || {
                    attach();
                    if me == 0 {
                        stw::request_collect();
                    }
                    safepoint();
                    run_script();
                    safepoint();
                    detach();
                })
            })
            .collect();
        for t in ts {
            t.join().unwrap();
        }
        assert_eq!(heap(), 2 + COLLECTIONS.load(Ordering::SeqCst));
    });
}

/// Three threads contend (one passes a safepoint while holding the GIL): a fair hand-off
/// goes to one parked waiter, and the holders stay exclusive.
#[test]
fn three_threads_contend() {
    model(2, || {
        let ts: Vec<_> = (0..3)
            .map(|me| {
                thread::spawn(move || {
                    attach();
                    run_script();
                    if me == 0 {
                        safepoint();
                    }
                    detach();
                })
            })
            .collect();
        for t in ts {
            t.join().unwrap();
        }
        assert_eq!(heap(), 3);
    });
}
