//! The stop-the-world cycle collector.
//!
//! Reference counting frees everything except cycles; this finds unreachable cycles of
//! container objects and breaks them. See docs/memory-model.md ("The cycle collector").
//!
//! - **Tracking** ([`registry`]): containers are allocated with a small head and enter a
//!   registry of slots; freeing leaves it. No shared counter or lock per allocation.
//! - **Stopping the world** ([`crate::sync::stw`]): the collector parks every other
//!   attached thread at a safepoint (default build) or simply holds the GIL (`gil` build).
//! - **Finding garbage** ([`collect`]): CPython's `gc_refs` subtraction over the tracked
//!   set; what no outside reference reaches is garbage.
//! - **Breaking cycles** ([`traverse::clear`]): after the world resumes, holding a strong
//!   reference to each garbage object, the collector empties the mutable containers among
//!   them; reference counting then frees the lot.
//! - **Two generations**: the objects tracked since the last collection are the young
//!   generation ([`registry`] lists their slots); those that survive a collection are
//!   old. Most collections are **young**: they examine only the young objects
//!   (references from old objects count as outside references, which is sound: see
//!   [`collect`]), so their cost does not grow with the live heap. A **full** collection
//!   examines every tracked object: `gc.collect()`, and the automatic collection once the
//!   objects promoted since the last full one reach `max(threshold, work / 4)` (work:
//!   what the last full collection cost, registry slots scanned plus references
//!   followed, i.e. about the tracked heap's objects and references).
//! - **Trigger**: threads report tracked allocations in batches; once the count since the
//!   last collection exceeds the threshold (10,000 by default, `gc.set_threshold`), the
//!   next safepoint of any thread collects. A young collection costs about what the
//!   allocations since the last one did, and each full one is paid for by at least a
//!   quarter as many promotions, so the total work stays linear in the number of
//!   allocations however large the live heap grows; garbage cycles that outlive a young
//!   collection wait at most that long for a full one.

mod collect;
mod registry;
pub(crate) mod traverse;

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

pub(crate) use registry::{box_of, track, untrack, GcBox};
pub(crate) use traverse::{is_atomic_new_tuple, is_tracked_kind, is_untracked};

use crate::sync::stw;

/// The default minimum number of tracked allocations between two collections.
pub const DEFAULT_THRESHOLD: usize = 10_000;

static ENABLED: AtomicBool = AtomicBool::new(true);
/// Tracked allocations reported since the last collection.
static ALLOCS: AtomicUsize = AtomicUsize::new(0);
/// The distance between automatic collections in tracked allocations
/// (`gc.set_threshold`); 0 disables the trigger.
static THRESHOLD: AtomicUsize = AtomicUsize::new(DEFAULT_THRESHOLD);
/// The work of the last full collection (slots scanned plus references followed).
static LAST_FULL_WORK: AtomicUsize = AtomicUsize::new(0);
/// Objects that survived a young collection since the last full one.
static PROMOTED: AtomicUsize = AtomicUsize::new(0);
/// Collections run so far (full ones among them), and the unreachable objects they found.
static COLLECTIONS: AtomicUsize = AtomicUsize::new(0);
static FULL_COLLECTIONS: AtomicUsize = AtomicUsize::new(0);
static FOUND: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// Set while this thread runs a collection (no nested collection on the same thread).
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
}

/// Called by `object::alloc` once per `registry::REPORT_EVERY` tracked allocations of a
/// thread: one shared atomic add per batch.
#[cold]
pub(crate) fn note_allocs() {
    let n = ALLOCS.fetch_add(registry::REPORT_EVERY as usize, Ordering::Relaxed)
        + registry::REPORT_EVERY as usize;
    let t = THRESHOLD.load(Ordering::Relaxed);
    if t > 0 && n >= t && ENABLED.load(Ordering::Relaxed) {
        stw::request_collect();
    }
}

/// Called at a safepoint when a collection was requested: collects if it is still due.
pub(crate) fn collect_if_due() {
    let t = THRESHOLD.load(Ordering::Relaxed);
    if !ENABLED.load(Ordering::Relaxed) || t == 0 || ALLOCS.load(Ordering::Relaxed) < t {
        stw::clear_collect();
        return;
    }
    if run(Some(AUTO_PATIENCE), false).is_none() {
        // Some thread is blocked while attached: try again after another threshold.
        ALLOCS.store(0, Ordering::Relaxed);
        stw::clear_collect();
    }
}

/// How long an automatic collection waits for every thread to reach a safepoint before
/// giving up (an explicit `gc.collect()` waits as long as it takes).
const AUTO_PATIENCE: Duration = Duration::from_millis(100);

/// Runs a full collection now and returns the number of unreachable objects found (0
/// when this thread cannot collect here: not attached, inside a destructor running script
/// code, or already collecting). The calling thread must hold no object lock.
pub fn collect() -> usize {
    // Free what shared containers let go of first (it is waiting for the reclamation
    // epoch), and again after breaking the cycles, so that what the caller counts next
    // is what is really alive.
    crate::sync::epoch::flush();
    FINALIZERS_QUEUED.with(|f| f.set(false));
    let n = run(None, true).unwrap_or(0);
    crate::sync::epoch::flush();
    n
}

thread_local! {
    /// The last collection on this thread queued `__del__` calls and freed nothing.
    static FINALIZERS_QUEUED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the last [`collect`] on this thread found garbage with `__del__` methods still
/// to run and queued them instead of freeing it: run them (`weakref::run_pending`), then
/// collect again (what `gc.collect()` does).
pub fn finalizers_queued() -> bool {
    FINALIZERS_QUEUED.with(|f| f.get())
}

/// Whether the next automatic collection must be a full one: the objects promoted since
/// the last full collection reached a quarter of its work (and the threshold).
fn full_due() -> bool {
    let min = THRESHOLD.load(Ordering::Relaxed);
    PROMOTED.load(Ordering::Relaxed) >= min.max(LAST_FULL_WORK.load(Ordering::Relaxed) / 4)
}

/// One collection, full or (when `full` is false and no full one is due) young.
fn run(patience: Option<Duration>, full: bool) -> Option<usize> {
    if COLLECTING.with(|c| c.replace(true)) {
        return Some(0);
    }
    struct Done;
    impl Drop for Done {
        fn drop(&mut self) {
            COLLECTING.with(|c| c.set(false));
        }
    }
    let _done = Done;
    let world = stw::stop_the_world(patience)?;
    stw::clear_collect();
    let young = if full || full_due() {
        registry::clear_young();
        None
    } else {
        registry::take_young() // None when part of it was dropped: collect everything
    };
    let found = collect::find_garbage(young.as_deref());
    // Weak references to the garbage are cleared before the world resumes: from then on
    // no thread can reach the garbage, not even weakly (docs/memory-model.md, "Weak
    // references", invariant 5).
    let weak_callbacks = crate::object::weakref::clear_garbage(&found.garbage);
    ALLOCS.store(0, Ordering::Relaxed);
    if young.is_none() {
        LAST_FULL_WORK.store(found.work, Ordering::Relaxed);
        PROMOTED.store(0, Ordering::Relaxed);
        FULL_COLLECTIONS.fetch_add(1, Ordering::Relaxed);
    } else {
        let survivors = found.candidates - found.garbage.len();
        PROMOTED.fetch_add(survivors, Ordering::Relaxed);
    }
    drop(world);
    crate::object::weakref::queue_after_collect(weak_callbacks);

    // Instances with a `__del__` that has not run: run those first (at this thread's next
    // safepoint) and leave this garbage as it is; the next collection frees whatever the
    // finalisers did not resurrect (`object::finalize`).
    let finalizers = crate::object::finalize::pending_in(&found.garbage);
    if !finalizers.is_empty() {
        FINALIZERS_QUEUED.with(|f| f.set(true));
        crate::object::finalize::queue(finalizers);
        drop(found);
        COLLECTIONS.fetch_add(1, Ordering::Relaxed);
        return Some(0);
    }

    // The world runs again. The garbage is unreachable from every other thread, and these
    // strong references keep it alive while the cycles are broken.
    let n = found.garbage.len();
    for v in &found.garbage {
        if let Some(o) = v.as_obj() {
            traverse::clear(o);
        }
    }
    drop(found);
    COLLECTIONS.fetch_add(1, Ordering::Relaxed);
    FOUND.fetch_add(n, Ordering::Relaxed);
    Some(n)
}

/// Turns automatic collection on or off (`gc.enable()` / `gc.disable()`).
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

/// Whether automatic collection is on (`gc.isenabled()`).
pub fn is_enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Sets the number of tracked allocations between automatic collections (0: never
/// collect automatically), as `gc.set_threshold(n)`.
pub fn set_threshold(n: usize) {
    THRESHOLD.store(n, Ordering::Relaxed);
}

/// The distance between automatic collections (`gc.get_threshold()[0]`).
pub fn threshold() -> usize {
    THRESHOLD.load(Ordering::Relaxed)
}

/// Tracked allocations counted since the last collection (reported in batches, so
/// approximate; `gc.get_count()[0]`).
pub fn allocations_since_collect() -> usize {
    ALLOCS.load(Ordering::Relaxed)
}

/// Collections run so far (automatic and explicit, young and full).
pub fn collections() -> usize {
    COLLECTIONS.load(Ordering::Relaxed)
}

/// Full collections run so far (every `gc.collect()`, and the automatic ones that found
/// enough objects promoted since the last full one).
pub fn full_collections() -> usize {
    FULL_COLLECTIONS.load(Ordering::Relaxed)
}

/// Unreachable objects found by all collections so far.
pub fn collected() -> usize {
    FOUND.load(Ordering::Relaxed)
}

/// Container objects alive and tracked right now (`sys.getallocatedblocks()`): exact when
/// no other thread runs. Immortal objects and atomic tuples stop being counted once a
/// collection has seen them, so compare counts taken after a `collect()`.
pub fn tracked_objects() -> usize {
    registry::count_tracked()
}

#[cfg(test)]
mod tests {
    /// The collector's head must not push containers into a larger allocator size class
    /// than plain objects (mimalloc: ..., 64, 80, 96 bytes).
    #[test]
    fn gc_box_fits_the_object_size_class() {
        let obj = std::mem::size_of::<crate::object::Obj>();
        let boxed = std::mem::size_of::<super::GcBox>();
        assert_eq!(boxed, obj + 8);
        assert!(boxed <= 80, "Obj {obj} bytes, GcBox {boxed}");
    }
}
