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
//! - **Trigger**: threads report tracked allocations in batches; once the count since the
//!   last collection exceeds `max(threshold, work / 4)` (work: what the last collection
//!   cost, registry slots scanned plus references followed, i.e. about the tracked heap's
//!   objects and references), the next safepoint of any thread collects. Each collection
//!   is paid for by at least a quarter as many allocations, so the total work stays
//!   linear in the number of allocations however large the live heap grows.

mod collect;
mod registry;
mod traverse;

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

pub(crate) use registry::{box_of, track, untrack, GcBox};
pub(crate) use traverse::is_tracked_kind;

use crate::sync::stw;

/// The default minimum number of tracked allocations between two collections.
pub const DEFAULT_THRESHOLD: usize = 10_000;

static ENABLED: AtomicBool = AtomicBool::new(true);
/// Tracked allocations reported since the last collection.
static ALLOCS: AtomicUsize = AtomicUsize::new(0);
/// The minimum distance between collections (`gc.set_threshold`); 0 disables the trigger.
static MIN_THRESHOLD: AtomicUsize = AtomicUsize::new(DEFAULT_THRESHOLD);
/// The current distance ([`next_threshold`]), recomputed after each collection.
static THRESHOLD: AtomicUsize = AtomicUsize::new(DEFAULT_THRESHOLD);
/// The work of the last collection (slots scanned plus references followed).
static LAST_WORK: AtomicUsize = AtomicUsize::new(0);
/// Collections run so far, and the unreachable objects they found.
static COLLECTIONS: AtomicUsize = AtomicUsize::new(0);
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
    if run(Some(AUTO_PATIENCE)).is_none() {
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
    let n = run(None).unwrap_or(0);
    crate::sync::epoch::flush();
    n
}

fn run(patience: Option<Duration>) -> Option<usize> {
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
    let found = collect::find_garbage();
    ALLOCS.store(0, Ordering::Relaxed);
    let min = MIN_THRESHOLD.load(Ordering::Relaxed);
    LAST_WORK.store(found.work, Ordering::Relaxed);
    THRESHOLD.store(next_threshold(min), Ordering::Relaxed);
    drop(world);

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

/// Sets the minimum number of tracked allocations between collections (0: never collect
/// automatically), as `gc.set_threshold(n)`.
pub fn set_threshold(n: usize) {
    MIN_THRESHOLD.store(n, Ordering::Relaxed);
    THRESHOLD.store(next_threshold(n), Ordering::Relaxed);
}

/// Tracked allocations until the next automatic collection: at least `min`, and at least
/// a quarter of what the last collection cost (slots scanned plus references followed),
/// so the collector's total work stays proportional to the allocations. 0: never.
fn next_threshold(min: usize) -> usize {
    if min == 0 {
        return 0;
    }
    min.max(LAST_WORK.load(Ordering::Relaxed) / 4)
}

/// The minimum distance between collections (`gc.get_threshold()[0]`).
pub fn threshold() -> usize {
    MIN_THRESHOLD.load(Ordering::Relaxed)
}

/// Tracked allocations counted since the last collection (reported in batches, so
/// approximate; `gc.get_count()[0]`).
pub fn allocations_since_collect() -> usize {
    ALLOCS.load(Ordering::Relaxed)
}

/// Collections run so far (automatic and explicit).
pub fn collections() -> usize {
    COLLECTIONS.load(Ordering::Relaxed)
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
