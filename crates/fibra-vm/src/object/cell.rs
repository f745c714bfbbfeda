//! Closure cells: one value slot, read without a lock.
//!
//! A cell is read on every `LoadDeref`, often by many threads at once (a worker function
//! defined inside `main()` reads the variables it closes over). Taking the cell's lock for
//! each read wrote to the cell's line from every reader, so the slot is now a single
//! atomic word: a read is an Acquire load and an increment; a write swaps the word and
//! retires the old value through the reclamation epoch (`sync::epoch`), so a reader on
//! another thread that loaded the old word (it is pinned, being attached) can still
//! increment it. No sequence lock is needed: there is only one word to read.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use crate::value::Value;

/// A closure cell; NULL contents mean "empty" (unbound).
pub struct CellObj {
    /// The contents' word, owning one reference ([`Value::into_bits`]).
    bits: AtomicU64,
    /// Bumped after every write: a thread's lookup cache (`interp::lookup_cache`) keeps
    /// the contents it read with the version it saw.
    version: AtomicU64,
    /// Identifies this cell to the lookup caches without a reference to it (an address
    /// can be reused once the cell is freed; a serial is not, in practice: the creating
    /// thread's tag and a per-thread count).
    serial: u64,
    /// Some thread's lookup cache has held the contents: when the cell is freed, the
    /// freeing thread tells its own cache to let them go ([`take_dead_cells`]).
    cached: AtomicBool,
}

/// How many freed cells a thread remembers for its lookup cache before it gives up and
/// has the cache drop every cell entry instead (a mass teardown of closures).
const DEAD_CELLS_MAX: usize = 256;

thread_local! {
    /// Serials of cached cells this thread freed since its lookup cache last looked.
    static DEAD_CELLS: Cell<Vec<u64>> = const { Cell::new(Vec::new()) };
}

/// The serials of the cached cells this thread freed since the last call, or None when
/// there were too many to list (drop every cell entry). The lookup cache calls it
/// before filling a cell entry, so a dead closure's variables do not stay alive in it
/// until the slot happens to be reused.
pub(crate) fn take_dead_cells() -> Option<Vec<u64>> {
    let dead = DEAD_CELLS.try_with(Cell::take).unwrap_or_default();
    (dead.len() <= DEAD_CELLS_MAX).then_some(dead)
}

/// Is any freed cell waiting for [`take_dead_cells`]? (One thread-local load.)
pub(crate) fn has_dead_cells() -> bool {
    DEAD_CELLS
        .try_with(|d| {
            let v = d.take();
            let any = !v.is_empty();
            d.set(v);
            any
        })
        .unwrap_or(false)
}

impl CellObj {
    pub fn new(contents: Value) -> CellObj {
        CellObj {
            bits: AtomicU64::new(contents.into_bits()),
            version: AtomicU64::new(0),
            serial: next_serial(),
            cached: AtomicBool::new(false),
        }
    }

    /// Records that a lookup cache holds the contents (see `cached`).
    #[inline]
    pub(crate) fn mark_cached(&self) {
        if !self.cached.load(Ordering::Relaxed) {
            self.cached.store(true, Ordering::Relaxed);
        }
    }

    #[inline]
    pub(crate) fn serial(&self) -> u64 {
        self.serial
    }

    /// The write count (Acquire: contents read after it are at least that new).
    #[inline]
    pub(crate) fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    /// The contents (NULL when empty), as a new reference.
    #[inline]
    pub fn get(&self) -> Value {
        let bits = self.bits.load(Ordering::Acquire);
        // SAFETY: the word owns a reference while it is in the slot, and a reference it
        // owned when replaced is retired, not dropped, while this (attached, so pinned)
        // thread may still be reading it; in the `gil` build nothing else runs.
        unsafe { Value::clone_from_bits(bits) }
    }

    /// Replaces the contents (NULL empties the cell).
    pub fn set(&self, v: Value) {
        let old = self.bits.swap(v.into_bits(), Ordering::AcqRel);
        // After the swap, and an increment (not a store): two racing writers must move it
        // twice, or a cache could keep the first one's value under the final version.
        self.version.fetch_add(1, Ordering::AcqRel);
        // SAFETY: the swapped-out word owned a reference, now ours.
        let old = unsafe { Value::from_bits(old) };
        if old.is_counted_ptr() {
            crate::sync::epoch::retire_value(old);
        }
    }

    /// Empties an unreachable cell (the cycle collector): no thread can be reading it, so
    /// the old contents are returned to be dropped at once rather than retired.
    pub(crate) fn take_unreachable(&self) -> Value {
        let old = self.bits.swap(Value::NULL.into_bits(), Ordering::AcqRel);
        self.version.fetch_add(1, Ordering::AcqRel);
        // SAFETY: as in `set`.
        unsafe { Value::from_bits(old) }
    }

    /// Calls `visit` on the contents without counting them (the collector, with the world
    /// stopped).
    pub(crate) fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        let v = std::mem::ManuallyDrop::new(
            // SAFETY: a borrow of the slot's reference, never dropped.
            unsafe { Value::from_bits(self.bits.load(Ordering::Acquire)) },
        );
        visit(&v);
    }
}

impl Drop for CellObj {
    fn drop(&mut self) {
        if *self.cached.get_mut() {
            let serial = self.serial;
            let _ = DEAD_CELLS.try_with(|d| {
                let mut v = d.take();
                // Past the limit the cache drops every cell entry: no need to keep count.
                if v.len() <= DEAD_CELLS_MAX {
                    v.push(serial);
                }
                d.set(v);
            });
        }
        // SAFETY: the slot's reference; the cell is being freed, so nobody reads it.
        drop(unsafe { Value::from_bits(*self.bits.get_mut()) });
    }
}

/// A new cell serial: this thread's tag in the high 24 bits, a per-thread count below
/// (no shared counter: creating closures must not write a shared line).
fn next_serial() -> u64 {
    thread_local! {
        static COUNT: Cell<u64> = const { Cell::new(0) };
    }
    let n = COUNT
        .try_with(|c| {
            let n = c.get().wrapping_add(1);
            c.set(n);
            n
        })
        .unwrap_or(0);
    (((crate::sync::epoch::thread_tag() as u64) << 40) ^ (n & ((1 << 40) - 1))).max(1)
}
