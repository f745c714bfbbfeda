//! Loom model of the stop-the-world handshake of the default build: `src/sync/stw.rs`
//! (thread states, the `STOP` bit, the registry mutex and condition variable, parking at
//! safepoints, `stop_the_world` and `StoppedWorld`'s resume) and the safepoint of
//! `src/sync/gil.rs`, the code the VM runs, compiled here against loom's atomics, mutex,
//! condition variable, thread-locals and statics (the `shim` module below mirrors
//! `src/sync/shim.rs`; this crate's root stands for `crate::sync`, so both files compile
//! unchanged).
//!
//! Run (bounded, seconds once built):
//!   RUSTFLAGS="--cfg loom" cargo test -p fibra-vm --test loom_stw --release \
//!       --target-dir target/loom
//!
//! What the models check, in every interleaving loom explores:
//! - while a collector holds a `StoppedWorld`, no other thread runs attached: attached
//!   threads touch their objects (loom `UnsafeCell`s) and count themselves in `MUTATING`;
//!   the collector touches every thread's objects and asserts the count is 0 (loom
//!   reports any access to a cell not ordered by happens-before, so this also checks
//!   that the handshake publishes the mutators' writes to the collector and back);
//! - a thread that attaches, or leaves `without_gil`, during a collection waits until the
//!   world resumes, and resuming wakes every such thread;
//! - two threads racing to collect both finish, one after the other;
//! - a collection requested through the `COLLECT` bit starts at a safepoint, and an
//!   impatient (automatic) collection that gives up resumes the threads it stopped;
//! - no deadlock and no lost wake-up: loom fails a model in which every thread is
//!   blocked (the test's own waits block on a condition variable rather than spin, so a
//!   missing notification shows up as a deadlock).
//!
//! Each check was seen to fail on a deliberately broken `stw.rs` (no notification in
//! `leave`, in `park` or on resume; `park` not re-checking `STOP` under the lock; the scan
//! counting an attached thread as stopped; `leave` with Relaxed orderings; a second
//! collector not parking; the impatient path not resuming).
//!
//! What is abstracted:
//! - the condition variable's `wait_timeout(1 ms)` is loom's `wait_timeout`, which never
//!   times out: the models check that the protocol does not rely on that safety net
//!   (every wait is ended by a notification);
//! - `Instant` (the collector's patience) is a clock on which any patience has run out at
//!   the first scan that finds a thread still attached: `stop_the_world(Some(_))` gives up
//!   exactly when it would otherwise have to wait (`None` waits as long as it takes);
//! - `crate::gc::collect_if_due` (what a safepoint runs when `COLLECT` is set) is a stub
//!   that stops the world with patience, as the real one does, and checks exclusion in
//!   place of scanning the heap; `crate::sync::epoch` is a no-op stub;
//! - loom treats SeqCst loads and stores as AcqRel plus a per-location order, and does
//!   not count an atomic's initial value as a SeqCst store, so a SeqCst load could read
//!   `FLAGS`' initial value after another thread's SeqCst `fetch_or(STOP)`: `leave` would
//!   then miss a collector that missed its `DETACHED` (a store-buffering outcome the C++20
//!   model forbids for SeqCst). Each model first stores `FLAGS`' initial value again with
//!   SeqCst, which closes that false alarm;
//! - loom's `join` returns before the joined thread's thread-locals are destroyed (std's
//!   waits), so each model waits for them (`shim::await_thread_exits`) before its statics
//!   die;
//! - bounds: two threads besides the model's main thread with `preemption_bound = 3`, or
//!   three with 2 (every interleaving with at most that many preemptions), a few steps
//!   each.
#![cfg(all(loom, not(feature = "gil")))]

// The crate root stands for `crate::sync`: `stw.rs` and `gil.rs` reach each other and
// the shim through `super::`.
/// The loom version of `src/sync/shim.rs`.
pub(crate) mod shim {
    pub(crate) use loom::sync::atomic::AtomicU8;
    use loom::sync::atomic::{AtomicUsize, Ordering};
    pub(crate) use loom::sync::{Arc, Condvar, Mutex, MutexGuard};
    pub(crate) use loom::thread::yield_now;
    use std::mem::ManuallyDrop;
    use std::ops::Deref;
    use std::time::Duration;

    /// A clock on which every patience has run out by the time it is checked.
    pub(crate) struct Instant;

    impl Instant {
        pub(crate) fn now() -> Instant {
            Instant
        }
        pub(crate) fn elapsed(&self) -> Duration {
            Duration::MAX
        }
    }

    /// `thread_local!` on loom's thread-locals (which take no `const { }` initialiser),
    /// each value wrapped in a [`Tls`] that counts it while it lives.
    macro_rules! loom_thread_local {
        ($($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = const { $init:expr };)*) => {
            loom::thread_local! {
                $($(#[$attr])* $vis static $name: $crate::shim::Tls<$t> =
                    $crate::shim::Tls::new($init);)*
            }
        };
        ($($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = $init:expr;)*) => {
            loom::thread_local! {
                $($(#[$attr])* $vis static $name: $crate::shim::Tls<$t> =
                    $crate::shim::Tls::new($init);)*
            }
        };
    }
    pub(crate) use loom_thread_local as thread_local;

    loom::lazy_static! {
        /// Thread-local values created and not yet destroyed.
        static ref LIVE_TLS: AtomicUsize = AtomicUsize::new(0);
    }

    /// A thread-local value, counted in `LIVE_TLS` until its destructor has run if it has
    /// one. (Only those: loom destroys a thread's values in a random order, and a model
    /// must be deterministic; here only `ME` has a destructor.)
    pub(crate) struct Tls<T>(ManuallyDrop<T>);

    impl<T> Tls<T> {
        pub(crate) fn new(v: T) -> Tls<T> {
            if std::mem::needs_drop::<T>() {
                LIVE_TLS.fetch_add(1, Ordering::SeqCst);
            }
            Tls(ManuallyDrop::new(v))
        }
    }

    impl<T> Deref for Tls<T> {
        type Target = T;
        fn deref(&self) -> &T {
            &self.0
        }
    }

    impl<T> Drop for Tls<T> {
        fn drop(&mut self) {
            // SAFETY: dropped once, here, and never used again.
            unsafe { ManuallyDrop::drop(&mut self.0) };
            if std::mem::needs_drop::<T>() {
                LIVE_TLS.fetch_sub(1, Ordering::SeqCst);
            }
        }
    }

    /// Waits until every thread-local value (of the joined threads) has been destroyed.
    /// Loom's `join` returns as soon as the thread's closure has, before its thread-locals
    /// are destroyed (std's waits for them), and the model's statics, which those
    /// destructors use (a thread leaves the registry), die when the model's closure
    /// returns: every model ends with this.
    pub(crate) fn await_thread_exits() {
        while LIVE_TLS.load(Ordering::SeqCst) != 0 {
            loom::thread::yield_now();
        }
    }

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
}

#[path = "../src/sync/stw.rs"]
#[allow(dead_code, unused_imports)]
pub(crate) mod stw;

#[path = "../src/sync/gil.rs"]
#[allow(dead_code)]
pub(crate) mod gil;

/// The crate paths `stw.rs` names: `crate::sync::epoch`, the epoch-reclamation hooks its
/// enter/leave call (no-op stubs here).
mod sync {
    #[allow(dead_code)]
    pub(crate) mod epoch {
        pub(crate) fn pin() {}
        pub(crate) fn unpin() {}
    }
}

/// The crate path `stw.rs` names for the borrowed items a thread counts before it parks
/// or collects (`value::epoch_borrows`): a no-op stub here.
mod value {
    pub(crate) mod epoch_borrows {
        pub(crate) fn count_all() {}
    }
}

/// Stub of the cycle collector (see the module docs).
mod gc {
    /// What a safepoint runs when `COLLECT` is set: the real one stops the world with
    /// `AUTO_PATIENCE` and withdraws the request whether or not it collected.
    pub(crate) fn collect_if_due() {
        crate::collect(Some(std::time::Duration::from_millis(100)));
        crate::stw::clear_collect();
    }
}

use std::time::Duration;

use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use loom::sync::{Condvar, Mutex};
use loom::thread;

use gil::{attach, detach, safepoint, without_gil};

loom::lazy_static! {
    /// What attached threads and the collector touch: each thread's objects (two attached
    /// threads run at once: each touches its own; the collector touches all).
    static ref HEAP: [UnsafeCell<usize>; 2] = [UnsafeCell::new(0), UnsafeCell::new(0)];
    /// Threads inside `mutate` right now.
    static ref MUTATING: AtomicUsize = AtomicUsize::new(0);
    /// Collections that stopped the world.
    static ref COLLECTIONS: AtomicUsize = AtomicUsize::new(0);
    /// Set by a collector once it has stopped the world.
    static ref STOPPED: Event = Event::default();
    /// Set by a thread once it runs again after a collection.
    static ref RESUMED: Event = Event::default();
}

/// Script code: an attached thread touching objects.
fn mutate(me: usize) {
    MUTATING.fetch_add(1, Ordering::SeqCst);
    // SAFETY: loom checks that no other access is concurrent (the property under test).
    HEAP[me].with_mut(|h| unsafe { *h += 1 });
    MUTATING.fetch_sub(1, Ordering::SeqCst);
}

/// A collection: stops the world and, while it is stopped, checks that nobody mutates and
/// touches the objects itself. Returns whether the world was stopped.
fn collect(patience: Option<Duration>) -> bool {
    let Some(world) = stw::stop_the_world(patience) else {
        return false;
    };
    STOPPED.set();
    assert_eq!(
        MUTATING.load(Ordering::SeqCst),
        0,
        "a thread runs attached while the world is stopped"
    );
    for cell in HEAP.iter() {
        // SAFETY: as in `mutate`.
        cell.with_mut(|h| unsafe { *h += 1000 });
    }
    COLLECTIONS.fetch_add(1, Ordering::SeqCst);
    drop(world);
    true
}

/// A one-shot event that threads block on (a blocking call, made detached). Blocking, not
/// spinning: two threads spinning on one flag could take turns forever in loom's
/// schedules, and a wait that is never satisfied shows up as a deadlock.
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

/// Explores every interleaving with at most `preemptions` preemptions (3 for two threads,
/// 2 for three: seconds either way; 3 for three threads takes minutes).
fn model(preemptions: usize, f: impl Fn() + Sync + Send + 'static) {
    let mut b = loom::model::Builder::new();
    b.preemption_bound = Some(preemptions);
    b.check(move || {
        // Loom lets a SeqCst load read an atomic's initial value even after a later SeqCst
        // read-modify-write (it does not count the initial value as a SeqCst store), which
        // breaks the store/load handshake of `leave` against `stop_the_world` in a way the
        // C++20 model forbids. Storing the initial value once more with SeqCst (before any
        // thread starts) closes that gap without changing what the code does.
        stw::FLAGS.store(0, Ordering::SeqCst);
        f();
        shim::await_thread_exits();
    });
}

/// The objects' final state: one per mutation plus 2000 per collection.
fn heap() -> usize {
    // SAFETY: every other thread has been joined.
    HEAP.iter().map(|cell| cell.with(|h| unsafe { *h })).sum()
}

/// An attached thread runs script code and passes a safepoint while another thread
/// collects: it parks there (or detaches) before the collector proceeds.
#[test]
fn mutator_parks_at_safepoint() {
    model(3, || {
        let m = thread::spawn(|| {
            attach();
            mutate(0);
            safepoint();
            mutate(0);
            detach();
        });
        let c = thread::spawn(|| {
            attach();
            assert!(collect(None));
            detach();
        });
        m.join().unwrap();
        c.join().unwrap();
        assert_eq!(heap(), 2 + 2000);
    });
}

/// A thread that attaches while the world is stopped (here: once it knows it is) waits
/// until the world resumes. Its earlier detach must wake the collector waiting for it.
#[test]
fn attach_waits_for_collection() {
    model(3, || {
        let m = thread::spawn(|| {
            attach();
            mutate(0);
            detach();
            STOPPED.wait();
            attach();
            assert_eq!(COLLECTIONS.load(Ordering::SeqCst), 1);
            RESUMED.set();
            mutate(0);
            detach();
        });
        let c = thread::spawn(|| {
            attach();
            assert!(collect(None));
            detach();
            // Exiting would wake every waiter: stay until the other thread has resumed.
            RESUMED.wait();
        });
        m.join().unwrap();
        c.join().unwrap();
        assert_eq!(heap(), 2 + 2000);
    });
}

/// A thread blocked in `without_gil` lets a collection proceed; leaving it while the world
/// is stopped waits until the world resumes.
#[test]
fn without_gil_waits_for_collection() {
    model(3, || {
        let m = thread::spawn(|| {
            attach();
            mutate(0);
            without_gil(|| STOPPED.wait());
            assert_eq!(COLLECTIONS.load(Ordering::SeqCst), 1);
            RESUMED.set();
            mutate(0);
            detach();
        });
        let c = thread::spawn(|| {
            attach();
            assert!(collect(None));
            detach();
            RESUMED.wait();
        });
        m.join().unwrap();
        c.join().unwrap();
        assert_eq!(heap(), 2 + 2000);
    });
}

/// Resuming the world wakes every thread that waits for it: one thread tries to attach
/// while the collector still waits for another to park. Nobody exits (which would wake
/// everyone) before the first thread is running again.
#[test]
fn resume_wakes_waiting_threads() {
    model(2, || {
        let m0 = thread::spawn(|| {
            attach();
            mutate(0);
            detach();
            attach();
            RESUMED.set();
            mutate(0);
            detach();
        });
        let m1 = thread::spawn(|| {
            attach();
            mutate(1);
            safepoint();
            mutate(1);
            detach();
            RESUMED.wait();
        });
        let c = thread::spawn(|| {
            attach();
            assert!(collect(None));
            detach();
            RESUMED.wait();
        });
        m0.join().unwrap();
        m1.join().unwrap();
        c.join().unwrap();
        assert_eq!(heap(), 4 + 2000);
    });
}

/// Two threads race to become the collector: the loser parks until the winner resumes the
/// world, then collects itself.
#[test]
fn two_collectors_both_finish() {
    model(3, || {
        let ts: Vec<_> = (0..2)
            .map(|me| {
                thread::spawn(move || {
                    attach();
                    mutate(me);
                    assert!(collect(None));
                    mutate(me);
                    detach();
                })
            })
            .collect();
        for t in ts {
            t.join().unwrap();
        }
        assert_eq!(COLLECTIONS.load(Ordering::SeqCst), 2);
        assert_eq!(heap(), 4 + 2 * 2000);
    });
}

/// A collection requested with the `COLLECT` bit runs at the next safepoint of either
/// thread; with patience it gives up when the other thread is still attached, and
/// resumes every thread it had suspended.
#[test]
fn requested_collection_runs_at_safepoint() {
    model(3, || {
        let ts: Vec<_> = (0..2)
            .map(|me| {
                thread::spawn(move || {
                    attach();
                    if me == 0 {
                        stw::request_collect();
                    }
                    safepoint();
                    mutate(me);
                    safepoint();
                    detach();
                })
            })
            .collect();
        for t in ts {
            t.join().unwrap();
        }
        let n = COLLECTIONS.load(Ordering::SeqCst);
        assert_eq!(heap(), 2 + n * 2000);
    });
}

/// An impatient collection that gives up resumes the world (the other thread, suspended
/// while detached, can attach again), and a patient one after it succeeds.
#[test]
fn impatient_collection_gives_up_and_resumes() {
    model(3, || {
        let done = loom::sync::Arc::new(AtomicBool::new(false));
        let d = done.clone();
        let m = thread::spawn(move || {
            for _ in 0..2 {
                attach();
                mutate(0);
                detach();
            }
            d.store(true, Ordering::SeqCst);
        });
        let c = thread::spawn(|| {
            attach();
            let first = collect(Some(Duration::from_millis(100)));
            assert!(collect(None));
            detach();
            first
        });
        m.join().unwrap();
        let first = c.join().unwrap();
        assert!(done.load(Ordering::SeqCst));
        assert_eq!(heap(), 2 + (1 + first as usize) * 2000);
    });
}
