//! Epoch-based reclamation (crossbeam-epoch) for lock-free reads of containers.
//!
//! A thread reading a dict's table without its lock may hold, for a moment, an uncounted
//! pointer to the table's storage or to a key or value in it. Two rules make that safe:
//!
//! 1. **Attached means pinned.** A thread is pinned in this module's collector whenever it
//!    is attached (`stw::enter` pins, `stw::leave` unpins), and repins at the periodic
//!    limits check (every [`crate::embed::limits::CHUNK`] safepoints), so epochs advance.
//!    A lock-free read therefore never needs a pin of its own.
//! 2. **What a shared container lets go of is retired, not dropped.** Storage replaced by
//!    a resize, and the container's reference to a key or value it removes or replaces,
//!    go through [`retire`]: they are dropped only once every thread that was pinned at
//!    that moment has unpinned or repinned. A reader that loaded a pointer from the
//!    container was pinned then, so the object outlives its read, and the reader can
//!    increment its count.
//!
//! Retired things are dropped by whichever attached thread next flushes the collector
//! (at its limits check, or [`flush`] from `gc.collect()`), never inside an object lock.
//!
//! The `gil` build has no lock-free reads: everything here is a no-op and [`retire`]
//! drops at once.

#[cfg(not(feature = "gil"))]
pub use imp::*;

#[cfg(feature = "gil")]
pub use gil_imp::*;

/// A small id for the current thread, for "did this thread create that container?"
/// (see `object::table`). Never 0; never reused.
#[inline]
pub fn thread_tag() -> u32 {
    use std::cell::Cell;
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(1);
    thread_local! {
        static TAG: Cell<u32> = const { Cell::new(0) };
    }
    TAG.try_with(|t| {
        let v = t.get();
        if v != 0 {
            return v;
        }
        // Wraps after 4 billion threads; a repeated tag only costs a missed fast path
        // (the creator's reads stay correct: see `TableLock::read`).
        let v = NEXT.fetch_add(1, Ordering::Relaxed).max(1);
        t.set(v);
        v
    })
    .unwrap_or(u32::MAX)
}

#[cfg(not(feature = "gil"))]
mod imp {
    use std::cell::{Cell, UnsafeCell};
    use std::mem::ManuallyDrop;
    use std::sync::OnceLock;

    use crossbeam_epoch::{Collector, Guard, LocalHandle};

    use crate::value::Value;

    /// Our own collector: another library's use of crossbeam's default collector can never
    /// run our deferred drops on a thread that is not attached.
    fn collector() -> &'static Collector {
        static C: OnceLock<Collector> = OnceLock::new();
        C.get_or_init(Collector::new)
    }

    struct Local {
        /// Declared before `handle`: dropped first.
        guard: UnsafeCell<Option<Guard>>,
        /// Dropped by hand in `Local::drop` (or leaked: see there).
        handle: ManuallyDrop<LocalHandle>,
        /// References retired since the last hand-over to the collector. Handing them
        /// over as one batch (at the limits check) costs one deferred function instead of
        /// one per value, and a batch handed over later than the removals only waits
        /// longer than it must.
        values: Cell<Vec<Value>>,
    }

    impl Drop for Local {
        fn drop(&mut self) {
            // Thread exit. Releasing the handle pins it one last time, and crossbeam may
            // collect while pinning: run other threads' deferred drops, which free values.
            // Freeing needs the thread attached (a collection in another thread only waits
            // for attached threads), so attach for it. This destructor normally runs
            // before `stw`'s (thread-locals die in reverse order of first use, and
            // attaching is what first pins); if it runs after, the thread cannot attach
            // and the handle is leaked instead: its bag of deferred drops never runs, a
            // small leak rather than a race.
            let attached = crate::sync::stw::try_attach();
            // Unpin before the handle goes (crossbeam requires guards to die first).
            hand_over(self);
            self.guard.get_mut().take();
            if attached {
                // SAFETY: `handle` is not used again: this is the `Local`'s destructor.
                unsafe { ManuallyDrop::drop(&mut self.handle) };
                crate::sync::detach();
            }
        }
    }

    thread_local! {
        static LOCAL: Local = Local {
            guard: UnsafeCell::new(None),
            handle: ManuallyDrop::new(collector().register()),
            values: Cell::new(Vec::new()),
        };
    }

    /// Defers the batch of retired values to the collector (under this thread's guard,
    /// or a temporary one when it is not pinned).
    fn hand_over(l: &Local) {
        let batch = l.values.take();
        if batch.is_empty() {
            return;
        }
        // SAFETY: a shared borrow of the slot; deferring runs nothing.
        match unsafe { &*l.guard.get() } {
            Some(g) => g.defer(move || drop(batch)),
            None => orphan(Box::new(batch)),
        }
    }

    /// Things retired by a thread that is not pinned (detached, or exiting). Pinning here
    /// to defer them could run other deferred drops on a detached thread (crossbeam
    /// collects while pinning), racing with a collection; instead the next attached thread
    /// to quiesce defers them under its own guard.
    static ORPHANS: std::sync::Mutex<Vec<Box<dyn Send>>> = std::sync::Mutex::new(Vec::new());
    static HAS_ORPHANS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

    fn orphan(x: Box<dyn Send>) {
        ORPHANS.lock().unwrap_or_else(|e| e.into_inner()).push(x);
        HAS_ORPHANS.store(true, std::sync::atomic::Ordering::Release);
    }

    /// Defers the orphans under `g` (an attached, pinned thread's guard).
    fn adopt_orphans(g: &Guard) {
        if HAS_ORPHANS.swap(false, std::sync::atomic::Ordering::Acquire) {
            let all = std::mem::take(&mut *ORPHANS.lock().unwrap_or_else(|e| e.into_inner()));
            g.defer(move || drop(all));
        }
    }

    /// Pins this thread (called when it attaches). Idempotent.
    pub fn pin() {
        let _ = LOCAL.try_with(|l| {
            // SAFETY: `guard` is only touched by this thread, in these functions; the
            // mutable borrow ends before anything else can run (pinning may run deferred
            // drops inside crossbeam, which never reach `guard`: `retire_value` only
            // touches `values`, and `retire` borrows `guard` shared after this returns).
            let slot = unsafe { &mut *l.guard.get() };
            if slot.is_none() {
                *slot = Some(l.handle.pin());
            }
        });
    }

    /// Unpins this thread (called when it detaches: it then holds no uncounted pointers).
    pub fn unpin() {
        crate::value::epoch_borrows::count_all();
        let _ = LOCAL.try_with(|l| {
            hand_over(l);
            // SAFETY: as in `pin`.
            let g = unsafe { (*l.guard.get()).take() };
            drop(g);
        });
    }

    /// Lets the epoch advance: repins, hands retired values over and flushes them to the
    /// collector (which frees what is old enough). Called at the limits check, outside any
    /// object lock.
    pub fn quiesce() {
        crate::value::epoch_borrows::count_all();
        let _ = LOCAL.try_with(|l| {
            hand_over(l);
            // SAFETY: as in `pin`. The mutable borrow ends before `flush` runs deferred
            // drops.
            let slot = unsafe { &mut *l.guard.get() };
            let Some(g) = slot.as_mut() else { return };
            g.repin();
            adopt_orphans(g);
            let g: *const Guard = g;
            // SAFETY: the guard stays in its slot: nothing run by `flush` unpins (deferred
            // drops may retire more, which only touches `values` or defers).
            unsafe { (*g).flush() };
        });
    }

    /// Drops the reference `v` once no thread that is pinned now can still be reading it.
    #[inline]
    pub fn retire_value(v: Value) {
        let mut v = Some(v);
        let _ = LOCAL.try_with(|l| {
            let mut batch = l.values.take();
            batch.extend(v.take());
            l.values.set(batch);
        });
        if let Some(v) = v {
            retire(v);
        }
    }

    /// [`retire_value`] for many values at once.
    pub fn retire_values(vs: Vec<Value>) {
        let mut vs = Some(vs);
        let _ = LOCAL.try_with(|l| {
            let mut batch = l.values.take();
            if let Some(vs) = vs.take() {
                if batch.is_empty() {
                    batch = vs;
                } else {
                    batch.extend(vs);
                }
            }
            l.values.set(batch);
        });
        if let Some(vs) = vs {
            retire(vs);
        }
    }

    /// Drops `x` once no thread that is pinned now can still be reading it.
    pub fn retire<T: Send + 'static>(x: T) {
        let mut x = Some(x);
        let _ = LOCAL.try_with(|l| {
            // SAFETY: a shared borrow of the slot; deferring runs nothing.
            if let (Some(g), Some(x)) = (unsafe { &*l.guard.get() }.as_ref(), x.take()) {
                g.defer(move || drop(x));
            }
        });
        if let Some(x) = x {
            orphan(Box::new(x));
        }
    }

    /// Hands this thread's retired values over and advances the epoch as far as it can
    /// (`gc.collect()`: so that what shared containers let go of is really freed before
    /// the collector counts what is left). With other threads running, they must repin
    /// before the epoch can advance; what this cannot free now goes later.
    pub fn flush() {
        for _ in 0..64 {
            quiesce();
        }
    }
}

#[cfg(feature = "gil")]
mod gil_imp {
    #[inline(always)]
    pub fn pin() {}
    #[inline(always)]
    pub fn unpin() {}
    #[inline(always)]
    pub fn quiesce() {}
    /// The `gil` build has no lock-free readers: drops at once.
    #[inline(always)]
    pub fn retire<T: Send + 'static>(x: T) {
        drop(x)
    }
    #[inline(always)]
    pub fn retire_value(v: crate::value::Value) {
        drop(v)
    }
    #[inline(always)]
    pub fn retire_values(vs: Vec<crate::value::Value>) {
        drop(vs)
    }
    #[inline(always)]
    pub fn flush() {}
}
