//! The set of tracked (container) objects: a segmented array of slots, one per tracked
//! object, that the collector scans with the world stopped.
//!
//! A tracked object is allocated inside a [`GcBox`]: a [`GcHead`] (its slot index and the
//! collector's scratch word) followed by the `Obj`. Tracking and untracking are cheap and
//! never contend: each thread keeps a cache of free slot indices, so `track` is a pop and a
//! plain store into the slot, `untrack` a store of null and a push. Slot indices are global
//! (any thread may free an object tracked by another and recycle its slot); the cache only
//! talks to the global pool, under a mutex, once per [`BATCH`] slots.
//!
//! Slots are read without synchronisation of their own: the only reader is the collector,
//! and it reads with every other attached thread parked (or, in the `gil` build, while
//! holding the GIL), which orders every slot write before its scan.
//!
//! The **young generation** is a list of the slot indices filled since the last
//! collection: each thread buffers the indices it hands out ([`YOUNG_BUF`] at a time) and
//! appends them to [`YOUNG`] under its mutex. A young collection examines only those
//! slots. The list may be stale (a slot freed and refilled since, by an object that a
//! collection has already seen) or incomplete (indices still in some thread's buffer):
//! the collector's algorithm is sound for any set of candidates, so that only costs or
//! saves work.

use std::cell::Cell;
use std::ptr::{null_mut, NonNull};
use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::object::Obj;

/// `GcHead::slot` of an object that is not (or no longer) in the registry.
pub(crate) const UNTRACKED: u32 = u32::MAX;

/// The collector's per-object words, stored in front of every tracked object.
pub(crate) struct GcHead {
    /// Index of the object's slot, or [`UNTRACKED`].
    pub(crate) slot: AtomicU32,
    /// Scratch for the collector (1 + the object's index in its work list; 0 = not a
    /// candidate). Only touched with the world stopped.
    pub(crate) scratch: AtomicU32,
}

/// The allocation of a tracked object: the head, then the object (`repr(C)`: fixed order,
/// so the head can be found from a pointer to the object).
#[repr(C)]
pub(crate) struct GcBox {
    pub(crate) head: GcHead,
    pub(crate) obj: Obj,
}

impl GcBox {
    pub(crate) fn new(obj: Obj) -> GcBox {
        GcBox {
            head: GcHead {
                slot: AtomicU32::new(UNTRACKED),
                scratch: AtomicU32::new(0),
            },
            obj,
        }
    }
}

/// The head of a tracked object.
///
/// # Safety
/// `obj` must live inside a [`GcBox`] (i.e. `super::is_tracked_kind(&obj.payload)` holds:
/// `object::alloc` boxes exactly those objects that way).
#[inline]
pub(crate) unsafe fn head_of(obj: &Obj) -> &GcHead {
    // SAFETY: per the contract, `obj` is the `obj` field of a live `GcBox`, whose `head`
    // lives as long as the object.
    unsafe { &(*box_of(NonNull::from(obj))).head }
}

/// The `GcBox` holding a tracked object.
///
/// Only meaningful (and only dereferenceable) when `obj` is the `obj` field of a `GcBox`.
#[inline]
pub(crate) fn box_of(obj: NonNull<Obj>) -> *mut GcBox {
    let off = std::mem::offset_of!(GcBox, obj);
    // Through the address (whose provenance `Value` exposed when it stored the pointer as
    // an integer): a pointer derived from an `&Obj` only covers the object, not its head.
    // The caller guarantees the object sits `off` bytes into its box (`repr(C)`).
    (obj.as_ptr() as usize - off) as *mut GcBox
}

const SEG_BITS: u32 = 14;
const SEG_SIZE: usize = 1 << SEG_BITS;
/// Up to 2^32 slots in all (a slot index is a u32; `UNTRACKED` is never handed out).
const MAX_SEGS: usize = 1 << (32 - SEG_BITS);
/// Slots moved between a thread's cache and the global pool at a time.
const BATCH: usize = 256;

type Segment = [AtomicPtr<Obj>; SEG_SIZE];

/// Segment pointers, installed once (under `POOL`) and never freed. 2 MiB of zeroed static
/// memory, of which only the touched pages are ever committed.
static SEGS: [AtomicPtr<Segment>; MAX_SEGS] = [const { AtomicPtr::new(null_mut()) }; MAX_SEGS];
/// Slot indices handed out so far: the collector scans `0..HIGH`.
static HIGH: AtomicUsize = AtomicUsize::new(0);

/// Free slot indices not cached by any thread.
static POOL: Mutex<Vec<u32>> = Mutex::new(Vec::new());

/// Slot indices a thread buffers before appending them to [`YOUNG`].
const YOUNG_BUF: usize = 256;
/// The most indices [`YOUNG`] holds (4 MiB): past it (automatic collections disabled,
/// or a huge threshold) the list is dropped and the next collection is a full one.
const YOUNG_CAP: usize = 1 << 20;

/// The young generation: slot indices filled since the last collection.
struct Young {
    idx: Vec<u32>,
    /// Indices were dropped ([`YOUNG_CAP`]): only a full collection sees everything.
    overflowed: bool,
}

static YOUNG: Mutex<Young> = Mutex::new(Young {
    idx: Vec::new(),
    overflowed: false,
});

fn young() -> std::sync::MutexGuard<'static, Young> {
    YOUNG.lock().unwrap_or_else(|e| e.into_inner())
}

/// Appends slot indices to the young generation.
fn add_young(idx: impl ExactSizeIterator<Item = u32>) {
    let mut y = young();
    if y.idx.len() + idx.len() > YOUNG_CAP {
        y.idx = Vec::new();
        y.overflowed = true;
    } else {
        y.idx.extend(idx);
    }
}

/// Takes the young generation, or None when some of it was dropped (then the caller must
/// examine every slot). Only with the world stopped, like every scan.
pub(crate) fn take_young() -> Option<Vec<u32>> {
    let mut y = young();
    let idx = std::mem::take(&mut y.idx);
    if std::mem::replace(&mut y.overflowed, false) {
        None
    } else {
        Some(idx)
    }
}

/// Forgets the young generation (a full collection sees every slot anyway).
pub(crate) fn clear_young() {
    let mut y = young();
    y.idx = Vec::new();
    y.overflowed = false;
}

fn pool() -> std::sync::MutexGuard<'static, Vec<u32>> {
    POOL.lock().unwrap_or_else(|e| e.into_inner())
}

/// Slot indices a thread caches (at most).
const CACHE: usize = 2 * BATCH;

/// A thread's cache of free slots. No destructor (so the thread-local needs no
/// registration check on each access): [`ReturnOnExit`] empties it when the thread ends.
struct Local {
    free: [Cell<u32>; CACHE],
    len: Cell<usize>,
    /// Objects tracked since the last report to the trigger (see [`track`]).
    allocs: Cell<u32>,
    /// Whether this thread's `RETURN_ON_EXIT` destructor is registered.
    registered: Cell<bool>,
    /// Slots this thread filled and has not yet added to [`YOUNG`].
    young: [Cell<u32>; YOUNG_BUF],
    young_len: Cell<usize>,
}

impl Local {
    /// Gives the cached slots `at..len` back to the global pool.
    fn give_back_from(&self, at: usize) {
        let len = self.len.get();
        pool().extend(self.free[at..len].iter().map(Cell::get));
        self.len.set(at);
    }

    /// Records a filled slot in the young generation.
    #[inline]
    fn push_young(&self, idx: u32) {
        let n = self.young_len.get();
        self.young[n].set(idx);
        self.young_len.set(n + 1);
        if n + 1 == YOUNG_BUF {
            self.flush_young();
        }
    }

    /// Hands the buffered young slots to [`YOUNG`].
    #[cold]
    fn flush_young(&self) {
        let n = self.young_len.replace(0);
        add_young(self.young[..n].iter().map(Cell::get));
    }
}

/// Gives a finishing thread's cached slots back to the pool.
struct ReturnOnExit;

impl Drop for ReturnOnExit {
    fn drop(&mut self) {
        let _ = LOCAL.try_with(|l| {
            l.give_back_from(0);
            l.flush_young();
        });
    }
}

thread_local! {
    static LOCAL: Local = const {
        Local {
            free: [const { Cell::new(0) }; CACHE],
            len: Cell::new(0),
            allocs: Cell::new(0),
            registered: Cell::new(false),
            young: [const { Cell::new(0) }; YOUNG_BUF],
            young_len: Cell::new(0),
        }
    };
    static RETURN_ON_EXIT: ReturnOnExit = const { ReturnOnExit };
}

fn segment(idx: u32) -> &'static Segment {
    let s = SEGS[(idx >> SEG_BITS) as usize].load(Ordering::Acquire);
    // SAFETY: an index is only handed out (by `refill`, under `POOL`) after its segment
    // was installed, and segments are never freed.
    unsafe { &*s }
}

#[inline]
fn slot(idx: u32) -> &'static AtomicPtr<Obj> {
    &segment(idx)[idx as usize & (SEG_SIZE - 1)]
}

/// A zeroed segment straight from the system allocator: zero pages are only committed
/// when first touched, and a large block does not grow the object allocator's arenas.
fn new_segment() -> *mut Segment {
    let layout = std::alloc::Layout::new::<Segment>();
    // SAFETY: the layout has a non-zero size. All-zero bytes are a valid `AtomicPtr`
    // (null), so the zeroed block is an initialised `Segment`.
    let p = unsafe { std::alloc::GlobalAlloc::alloc_zeroed(&std::alloc::System, layout) };
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    p.cast()
}

/// Moves up to `BATCH` slots from the global pool (or fresh ones) into the cache.
#[cold]
fn refill(l: &Local) {
    if !l.registered.replace(true) {
        let _ = RETURN_ON_EXIT.try_with(|_| {});
    }
    let mut pool = pool();
    let take = BATCH.min(pool.len());
    if take > 0 {
        let at = pool.len() - take;
        for i in pool.drain(at..) {
            l.free[l.len.get()].set(i);
            l.len.set(l.len.get() + 1);
        }
        return;
    }
    let start = HIGH.load(Ordering::Relaxed);
    let end = (start + BATCH).min(UNTRACKED as usize);
    // At 2^32 - 1 slots nothing is added: new objects stay untracked (never collected,
    // which is safe).
    for i in start..end {
        let seg = i >> SEG_BITS;
        if SEGS[seg].load(Ordering::Relaxed).is_null() {
            SEGS[seg].store(new_segment(), Ordering::Release);
        }
    }
    // Cached in reverse so that the lowest index is used first.
    for i in (start..end).rev() {
        l.free[l.len.get()].set(i as u32);
        l.len.set(l.len.get() + 1);
    }
    HIGH.store(end, Ordering::Release);
}

/// Objects a thread tracks between two reports to the collection trigger.
pub(crate) const REPORT_EVERY: u32 = 256;

/// Puts a freshly allocated object into the registry. Returns true once every
/// [`REPORT_EVERY`] calls on a thread (the caller then reports that many allocations to
/// the trigger), so the trigger's shared counter is touched rarely.
#[inline]
pub(crate) fn track(b: &GcBox) -> bool {
    let obj = &b.obj as *const Obj as *mut Obj;
    let r = LOCAL.try_with(|l| {
        let allocs = l.allocs.get() + 1;
        let report = allocs >= REPORT_EVERY;
        l.allocs.set(if report { 0 } else { allocs });
        if l.len.get() == 0 {
            refill(l);
        }
        let n = l.len.get();
        if n == 0 {
            return report;
        }
        l.len.set(n - 1);
        let idx = l.free[n - 1].get();
        fill(idx, obj, b);
        l.push_young(idx);
        report
    });
    r.unwrap_or_else(|_| {
        // This thread's cache is gone (it is exiting): straight to the shared lists.
        let idx = pool().pop();
        if let Some(idx) = idx {
            fill(idx, obj, b);
            add_young(std::iter::once(idx));
        }
        false
    })
}

#[inline]
fn fill(idx: u32, obj: *mut Obj, b: &GcBox) {
    slot(idx).store(obj, Ordering::Relaxed);
    b.head.slot.store(idx, Ordering::Relaxed);
}

/// Removes an object from the registry (when it is freed, or made immortal).
///
/// The caller has the object to itself: it is being freed (unreferenced), or the world is
/// stopped (the collector). So a load and a store suffice: a swap here was a locked
/// instruction on every free of a tracked object.
#[inline]
pub(crate) fn untrack(head: &GcHead) {
    let idx = head.slot.load(Ordering::Relaxed);
    head.slot.store(UNTRACKED, Ordering::Relaxed);
    if idx == UNTRACKED {
        return;
    }
    slot(idx).store(null_mut(), Ordering::Relaxed);
    let cached = LOCAL.try_with(|l| {
        if l.len.get() == CACHE {
            spill(l);
        }
        let n = l.len.get();
        l.free[n].set(idx);
        l.len.set(n + 1);
    });
    if cached.is_err() {
        pool().push(idx);
    }
}

/// Gives `BATCH` cached slots back to the global pool.
#[cold]
fn spill(l: &Local) {
    l.give_back_from(l.len.get() - BATCH);
}

/// Calls `f` on every tracked object. Only with the world stopped (see the module docs):
/// no slot may change during the walk, except through `f` itself untracking the object
/// it was given.
pub(crate) fn for_each(mut f: impl FnMut(NonNull<Obj>)) {
    let high = HIGH.load(Ordering::Acquire);
    let mut i = 0;
    while i < high {
        let seg = segment(i as u32);
        let n = SEG_SIZE.min(high - i);
        for s in &seg[..n] {
            if let Some(p) = NonNull::new(s.load(Ordering::Relaxed)) {
                f(p);
            }
        }
        i += n;
    }
}

/// Calls `f` on the object in each of the slots `indices` that holds one (the young
/// generation). Only with the world stopped, as [`for_each`].
pub(crate) fn for_each_in(indices: &[u32], mut f: impl FnMut(NonNull<Obj>)) {
    for &i in indices {
        if let Some(p) = NonNull::new(slot(i).load(Ordering::Relaxed)) {
            f(p);
        }
    }
}

/// Slots ever handed out (an upper bound on the tracked objects, and the cost of a scan).
pub(crate) fn capacity() -> usize {
    HIGH.load(Ordering::Relaxed)
}

/// The number of objects in the registry right now (a scan; exact when no other thread
/// runs, approximate otherwise).
pub(crate) fn count_tracked() -> usize {
    let high = HIGH.load(Ordering::Acquire);
    let mut n = 0;
    let mut i = 0;
    while i < high {
        let seg = segment(i as u32);
        let len = SEG_SIZE.min(high - i);
        n += seg[..len]
            .iter()
            .filter(|s| !s.load(Ordering::Relaxed).is_null())
            .count();
        i += len;
    }
    n
}
