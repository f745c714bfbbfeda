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

use std::cell::RefCell;
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

struct Local {
    free: Vec<u32>,
    /// Objects tracked since the last report to the trigger (see [`track`]).
    allocs: u32,
}

impl Drop for Local {
    /// A finishing thread gives its cached slots back.
    fn drop(&mut self) {
        let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
        pool.append(&mut self.free);
    }
}

thread_local! {
    static LOCAL: RefCell<Local> = const { RefCell::new(Local { free: Vec::new(), allocs: 0 }) };
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

/// Takes `BATCH` slots from the global pool (or fresh ones) into `out`.
#[cold]
fn refill(out: &mut Vec<u32>) {
    let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
    if pool.len() >= BATCH {
        let at = pool.len() - BATCH;
        out.extend(pool.drain(at..));
        return;
    }
    out.append(&mut pool);
    let start = HIGH.load(Ordering::Relaxed);
    let end = (start + BATCH).min(UNTRACKED as usize);
    if start >= end {
        // 2^32 - 1 tracked objects: out of slot space; the object stays untracked (it is
        // then never collected, which is safe).
        return;
    }
    for i in start..end {
        let seg = i >> SEG_BITS;
        if SEGS[seg].load(Ordering::Relaxed).is_null() {
            let fresh: Box<[AtomicPtr<Obj>]> =
                (0..SEG_SIZE).map(|_| AtomicPtr::new(null_mut())).collect();
            let fresh: Box<Segment> = match fresh.try_into() {
                Ok(b) => b,
                Err(_) => unreachable!("a segment has SEG_SIZE slots"),
            };
            SEGS[seg].store(Box::into_raw(fresh), Ordering::Release);
        }
    }
    // Handed out in reverse so that `pop` returns the lowest index first.
    out.extend((start..end).rev().map(|i| i as u32));
    HIGH.store(end, Ordering::Release);
}

/// Gives `BATCH` cached slots back to the global pool.
#[cold]
fn spill(free: &mut Vec<u32>) {
    let at = free.len() - BATCH;
    let mut pool = POOL.lock().unwrap_or_else(|e| e.into_inner());
    pool.extend(free.drain(at..));
}

/// Objects a thread tracks between two reports to the collection trigger.
pub(crate) const REPORT_EVERY: u32 = 256;

/// Puts a freshly allocated object into the registry. Returns true once every
/// [`REPORT_EVERY`] calls on a thread (the caller then reports that many allocations to
/// the trigger), so the trigger's shared counter is touched rarely.
#[inline]
pub(crate) fn track(b: &GcBox) -> bool {
    let mut report = false;
    let idx = LOCAL
        .try_with(|l| {
            let mut l = l.borrow_mut();
            l.allocs += 1;
            if l.allocs >= REPORT_EVERY {
                l.allocs = 0;
                report = true;
            }
            if l.free.is_empty() {
                refill(&mut l.free);
            }
            l.free.pop()
        })
        .unwrap_or_else(|_| {
            // Thread-local storage already destroyed (an object allocated by a TLS
            // destructor): go to the pool directly.
            let mut v = Vec::new();
            refill(&mut v);
            let i = v.pop();
            POOL.lock()
                .unwrap_or_else(|e| e.into_inner())
                .append(&mut v);
            i
        });
    if let Some(idx) = idx {
        slot(idx).store(&b.obj as *const Obj as *mut Obj, Ordering::Relaxed);
        b.head.slot.store(idx, Ordering::Relaxed);
    }
    report
}

/// Removes an object from the registry (when it is freed, or made immortal).
#[inline]
pub(crate) fn untrack(head: &GcHead) {
    let idx = head.slot.swap(UNTRACKED, Ordering::Relaxed);
    if idx == UNTRACKED {
        return;
    }
    slot(idx).store(null_mut(), Ordering::Relaxed);
    let cached = LOCAL
        .try_with(|l| {
            let mut l = l.borrow_mut();
            l.free.push(idx);
            if l.free.len() >= 2 * BATCH {
                spill(&mut l.free);
            }
        })
        .is_ok();
    if !cached {
        POOL.lock().unwrap_or_else(|e| e.into_inner()).push(idx);
    }
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
