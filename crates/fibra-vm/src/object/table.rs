//! The insertion-ordered hash table behind `dict` and `set` (CPython's "compact dict"
//! layout: a dense entry array in insertion order plus an index of entry positions),
//! readable without its lock.
//!
//! The table itself never runs script code. When key equality needs `__eq__`, a probe
//! returns the candidate keys; the caller (dict.rs / set.rs) releases the object lock, runs
//! the comparisons, then re-locks and re-finds the matching entry by identity.
//!
//! ## Lock-free reads (default build)
//!
//! Writers hold the object lock, as before. Readers of a key whose equality is decidable
//! without script code (str, int, float, tuples of those...) may instead read optimistically:
//! - The storage (index + entries, one [`Keys`] block) is reached through an atomic
//!   pointer; every word a reader looks at (index slots, entry hash/key/value) is written
//!   by writers with atomic stores. A block replaced by a resize is retired through
//!   [`epoch`], as is the table's reference to any key or value it removes or replaces
//!   once the table is *shared* (below). A reader is pinned (it is attached), so every
//!   pointer it loads stays valid for the whole read.
//! - The [`TableLock`] version is a sequence lock: odd while a writer is inside. A reader
//!   loads it before and after; if it changed, the read is discarded and retried, or done
//!   under the lock. So a reader never acts on a torn state.
//! - *Shared*: a table starts private to the thread that created it. The first time
//!   another thread locks it, it becomes shared (for good); only then do other threads read
//!   it lock-free, and only from then on must writers retire what they remove. The creator
//!   may always read lock-free: writers on other threads always retire.

use std::cell::UnsafeCell;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};
use std::ptr;
#[cfg(not(feature = "gil"))]
use std::sync::atomic::AtomicBool;
#[cfg(not(feature = "gil"))]
use std::sync::atomic::AtomicU8;
use std::sync::atomic::{AtomicI64, AtomicPtr, AtomicU32, AtomicU64, Ordering};

use crate::object::hash::eq_builtin;
use crate::object::{ChargedGuard, ChargedLock, Footprint};
use crate::sync::epoch;
#[cfg(not(feature = "gil"))]
use crate::sync::owner_lock;
use crate::sync::seqlock::SeqWriter;
use crate::value::Value;

/// A [`Table`] behind its object lock, plus a version counter that every mutation bumps.
///
/// The version lets a thread cache what it read from the table (a global's value, a class
/// attribute) and revalidate the cache later with one atomic *load*, without taking the
/// lock (which would write its cache line). Rules:
/// - Every mutable access goes through [`TableGuard`]'s `DerefMut`, which makes the
///   version odd (under the lock, so a plain load + store); dropping that guard makes it
///   even again. There is no other way to reach the table mutably while it is shared.
/// - Versions only grow, so a sum of versions (a class's MRO) also changes on any write.
/// - A cache entry read under the lock together with the version it saw is valid for as
///   long as [`TableLock::version`] returns that version. Caches hold strong references to
///   the dict (no address reuse) and to the cached value (no freeing race).
/// - Lock-free readers use the version as a sequence lock (see the module docs).
pub struct TableLock {
    /// Charges the table's growth to the memory cap (see [`ChargedLock`]).
    lock: ChargedLock<Table>,
    version: AtomicU64,
    /// [`epoch::thread_tag`] of the thread that created the table.
    #[cfg(not(feature = "gil"))]
    creator: u32,
    /// [`owner_lock::ELIDABLE`] (the creator writes without the lock),
    /// [`owner_lock::LOCKED`] or [`owner_lock::SHARED`] (another thread has locked the
    /// table). Only moves forward, under the lock.
    #[cfg(not(feature = "gil"))]
    state: AtomicU8,
    /// Set by the creator for the length of a section without the lock
    /// ([`crate::sync::owner_lock`]).
    #[cfg(not(feature = "gil"))]
    busy: AtomicBool,
}

/// The guard of a [`TableLock`]: shared access is free, mutable access bumps the version.
pub struct TableGuard<'a> {
    /// Before `guard`: ends the write (version even) while the lock is still held.
    seq: SeqWriter<'a>,
    guard: ChargedGuard<'a, Table>,
}

/// The outcome of an optimistic read: `None` when it could not be decided without the lock.
type Optimistic<T> = Option<T>;

impl TableLock {
    pub fn new(t: Table) -> TableLock {
        TableLock {
            lock: ChargedLock::new(t),
            version: AtomicU64::new(0),
            #[cfg(not(feature = "gil"))]
            creator: epoch::thread_tag(),
            #[cfg(not(feature = "gil"))]
            state: AtomicU8::new(owner_lock::ELIDABLE),
            #[cfg(not(feature = "gil"))]
            busy: AtomicBool::new(false),
        }
    }

    /// Locks the table (or, for its creator while it is private, enters a section
    /// without the lock: see `sync::owner_lock`). The section check is inline; the lock
    /// itself is not, so that every caller stays small.
    #[inline(always)]
    pub fn lock(&self) -> TableGuard<'_> {
        #[cfg(not(feature = "gil"))]
        {
            let private = || {
                self.state.load(Ordering::Relaxed) == owner_lock::ELIDABLE
                    && owner_lock::elision_on()
            };
            let may_elide = private() && owner_lock::owner_tag() == self.creator;
            if owner_lock::try_enter(&self.busy, may_elide, private) {
                // SAFETY: `busy` is set and the table was still private to this thread
                // after setting it: any other thread that locks it from now on waits for
                // `busy` to clear (the owner-elision protocol).
                let mut guard = unsafe { self.lock.lock_elided(&self.busy) };
                guard.defer = false;
                return TableGuard {
                    guard,
                    seq: SeqWriter::new(&self.version),
                };
            }
        }
        self.take_lock()
    }

    /// [`Self::lock`] when this thread may not skip the lock.
    #[cfg_attr(not(feature = "gil"), inline(never))]
    #[cfg_attr(feature = "gil", inline(always))]
    fn take_lock(&self) -> TableGuard<'_> {
        #[allow(unused_mut)]
        let mut guard = self.lock.lock();
        #[cfg(not(feature = "gil"))]
        {
            let mut state = self.state.load(Ordering::Relaxed);
            if state != owner_lock::SHARED && epoch::thread_tag() != self.creator {
                self.share();
                state = owner_lock::SHARED;
            }
            guard.defer = state == owner_lock::SHARED;
        }
        TableGuard {
            guard,
            seq: SeqWriter::new(&self.version),
        }
    }

    /// The first lock by a thread other than the creator (which holds the lock now):
    /// revokes the creator's lock elision, then shares the table.
    #[cfg(not(feature = "gil"))]
    #[cold]
    #[inline(never)]
    fn share(&self) {
        if self.state.load(Ordering::Relaxed) == owner_lock::ELIDABLE {
            owner_lock::revoke(&self.busy, || {
                self.state.store(owner_lock::LOCKED, Ordering::SeqCst)
            });
        }
        // Release: a thread that sees `SHARED` without the lock (a lock-free reader) also
        // sees every write made under the lock (or in an owner section) before this point.
        self.state.store(owner_lock::SHARED, Ordering::Release);
    }

    /// Whether another thread has locked the table (Acquire).
    #[cfg(not(feature = "gil"))]
    #[inline]
    fn is_shared(&self) -> bool {
        self.state.load(Ordering::Acquire) == owner_lock::SHARED
    }

    /// The current version (an `Acquire` load; never writes shared memory).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    /// The table, taken out of a lock nobody else can reach (a table being built).
    pub fn into_inner(self) -> Table {
        let this = std::mem::ManuallyDrop::new(self);
        // SAFETY: `this` is never used or dropped again, so the lock is moved out exactly
        // once; the other fields own nothing. (Not a shared table: `Drop` would have
        // marked it to retire what it holds, which the caller now owns outright.)
        unsafe { ptr::read(&this.lock) }.into_inner()
    }

    /// The version counter (for callers that keep its address; see
    /// [`crate::object::MroVersions`]).
    #[inline]
    pub fn version_counter(&self) -> &AtomicU64 {
        &self.version
    }

    /// The lock, for the cycle collector's traversal (the world is stopped): unlike
    /// [`TableLock::lock`], taking it from another thread does not make the table shared.
    pub(crate) fn lock_for_collector(&self) -> TableGuard<'_> {
        TableGuard {
            guard: self.lock.lock(),
            seq: SeqWriter::new(&self.version),
        }
    }

    /// Empties a table the cycle collector found unreachable, returning the entries to
    /// drop after unlocking. No reader can hold it (it is garbage), so nothing is retired
    /// and locking it does not make it shared.
    pub(crate) fn clear_unreachable(&self) -> Vec<Entry> {
        let mut g = TableGuard {
            guard: self.lock.lock(),
            seq: SeqWriter::new(&self.version),
        };
        g.guard.defer = false;
        g.clear()
    }

    pub fn get_mut(&mut self) -> &mut Table {
        *self.version.get_mut() += 2;
        let t = self.lock.get_mut();
        // Exclusive access: nobody can be reading.
        t.defer = false;
        t
    }

    /// Whether this thread may read without the lock: the creator always; other threads
    /// once the table is shared (their first access, under the lock, shared it).
    #[cfg(not(feature = "gil"))]
    #[inline]
    fn may_read_unlocked(&self) -> bool {
        self.is_shared() || epoch::thread_tag() == self.creator
    }

    /// Runs `look` on the current storage as a sequence-locked optimistic read. `look`
    /// returns the word of the value found (`Some(None)` when absent), or `None` when it
    /// cannot decide. The result is a counted `Value`.
    #[cfg(not(feature = "gil"))]
    #[inline]
    fn read_with(
        &self,
        look: impl Fn(&Keys) -> Optimistic<Option<u64>>,
    ) -> Optimistic<(Option<Value>, u64)> {
        if !self.may_read_unlocked() {
            return None;
        }
        let (found, version) = self.read_word_with(look)?;
        // SAFETY: the value was in the table at the validated moment, and the table's
        // reference to it is retired through the epoch if it goes, while this thread
        // stays pinned: the object is alive.
        let v = found.map(|bits| unsafe { Value::clone_from_bits(bits) });
        Some((v, version))
    }

    /// The value word for `key` without counting it, for a *shared* table (one another
    /// thread has locked): `Some(None)` when absent, `None` when not shared or not
    /// decidable without the lock or script code. The word stays a valid reference while
    /// this thread stays pinned (see `value::epoch_borrows`).
    #[inline]
    pub fn get_shared_word(&self, hash: i64, key: &Value) -> Option<Option<u64>> {
        #[cfg(not(feature = "gil"))]
        {
            if !self.is_shared() {
                return None;
            }
            self.read_word_with(|k| k.find_value(hash, |stored| eq_builtin(stored, key)))
                .map(|(found, _)| found)
        }
        #[cfg(feature = "gil")]
        {
            let _ = (hash, key);
            None
        }
    }

    /// The seqlock-validated optimistic read behind [`TableLock::read_with`]: the value's
    /// word, uncounted, and the version it was read at. The caller has checked that this
    /// thread may read without the lock.
    #[cfg(not(feature = "gil"))]
    #[inline]
    fn read_word_with(
        &self,
        look: impl Fn(&Keys) -> Optimistic<Option<u64>>,
    ) -> Optimistic<(Option<u64>, u64)> {
        for _ in 0..4 {
            let v1 = self.version.load(Ordering::Acquire);
            if v1 & 1 == 0 {
                // SAFETY: only the `keys` field is touched, with an atomic load; writers
                // store it atomically (see the module docs).
                let keys = unsafe {
                    (*ptr::addr_of!((*self.lock.data_ptr()).keys)).load(Ordering::Acquire)
                };
                let found = if keys.is_null() {
                    Some(None)
                } else {
                    // SAFETY: this thread is pinned (attached), and a block is retired
                    // through the epoch when it is replaced, so it is still allocated.
                    look(unsafe { &*keys })
                };
                let found = found?;
                std::sync::atomic::fence(Ordering::Acquire);
                if self.version.load(Ordering::Relaxed) == v1 {
                    return Some((found, v1));
                }
            }
            std::hint::spin_loop();
        }
        None
    }

    /// `table[key]` without the lock when possible (the key's equality must be decidable
    /// without script code); `None` when the caller must use the lock.
    #[inline]
    pub fn read(&self, hash: i64, key: &Value) -> Optimistic<Option<Value>> {
        #[cfg(not(feature = "gil"))]
        {
            self.read_with(|k| k.find_value(hash, |stored| eq_builtin(stored, key)))
                .map(|(v, _)| v)
        }
        #[cfg(feature = "gil")]
        {
            let _ = (hash, key);
            None
        }
    }

    /// Lookup by str contents, without the lock when possible; never runs script code.
    #[inline]
    pub fn read_str(&self, hash: i64, key: &str) -> Option<Value> {
        self.read_str_versioned(hash, key).0
    }

    /// Lookup by str contents, with the version the lookup saw (for version-validated
    /// caches: the value was the table's at that version). Without the lock when
    /// possible; never runs script code.
    #[inline]
    pub fn read_str_versioned(&self, hash: i64, key: &str) -> (Option<Value>, u64) {
        #[cfg(not(feature = "gil"))]
        if let Some(r) = self.read_with(|k| {
            k.find_value(hash, |stored| {
                Some(stored.as_str().is_some_and(|s| same_str(s, key)))
            })
        }) {
            return r;
        }
        let g = self.lock();
        let v = g
            .find_str(hash, key)
            .and_then(|p| g.get(p).map(|e| e.value.clone()));
        (v, g.version())
    }

    /// The number of entries, without the lock (an atomic load; may be stale by the time
    /// the caller looks at it, like any length read under a lock and then released).
    #[inline]
    pub fn len(&self) -> usize {
        // SAFETY: only the atomic `len` field is touched.
        unsafe { (*ptr::addr_of!((*self.lock.data_ptr()).len)).load(Ordering::Relaxed) }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(not(feature = "gil"))]
impl Drop for TableLock {
    fn drop(&mut self) {
        // A shared table's values may be borrowed, uncounted, by threads that read them
        // (`value::epoch_borrows`): freeing the table retires them, like any value a
        // shared table lets go of.
        if *self.state.get_mut() == owner_lock::SHARED {
            self.lock.get_mut().defer = true;
        }
    }
}

impl Default for TableLock {
    fn default() -> Self {
        TableLock::new(Table::new())
    }
}

impl TableGuard<'_> {
    /// The table's version as of now (read under the lock, so consistent with the
    /// contents this guard sees).
    #[inline]
    pub fn version(&self) -> u64 {
        self.seq.version()
    }

    /// The version the table will have once this guard is dropped: what a cache of
    /// the contents as this guard leaves them is valid at.
    #[inline]
    pub fn version_after(&self) -> u64 {
        self.seq.version_after()
    }
}

impl Footprint for Table {
    fn footprint(&self) -> usize {
        let keys = self.keys.load(Ordering::Relaxed);
        if keys.is_null() {
            return 0;
        }
        // SAFETY: the block belongs to this table (we are its writer or hold the lock).
        let k = unsafe { &*keys };
        k.indices.len() * std::mem::size_of::<AtomicU32>()
            + k.entries.len() * std::mem::size_of::<Entry>()
    }
}

impl Deref for TableGuard<'_> {
    type Target = Table;
    #[inline]
    fn deref(&self) -> &Table {
        &self.guard
    }
}

impl DerefMut for TableGuard<'_> {
    #[inline]
    fn deref_mut(&mut self) -> &mut Table {
        self.seq.begin();
        &mut self.guard
    }
}

/// An entry of the table. Read through `&Entry` only under the lock; written (under the
/// lock) only with atomic stores, so lock-free readers may load its words concurrently.
#[repr(C)]
pub struct Entry {
    pub hash: i64,
    /// NULL: a deleted entry (or, past `used`, an unused one).
    pub key: Value,
    /// NULL in sets.
    pub value: Value,
}

/// An index slot that was never used.
const EMPTY: u32 = u32::MAX;
/// An index slot whose entry was deleted (probing continues past it).
const DUMMY: u32 = u32::MAX - 1;
/// The smallest index.
const MIN_INDEX: usize = 8;

/// One storage block: the index (open addressing, CPython's probe sequence) and the
/// entries in insertion order. Replaced as a whole when it fills up or is compacted.
struct Keys {
    mask: usize,
    indices: Box<[AtomicU32]>,
    /// Values are owned by the table while the block is current; a retired block's
    /// entries were moved out, so the block never drops them.
    entries: Box<[UnsafeCell<ManuallyDrop<Entry>>]>,
}

// SAFETY: the entries are only written under the table's lock, with atomic stores, and
// read either under the lock or with atomic loads (see the module docs); `Value` is Send.
unsafe impl Sync for Keys {}

/// How many entries an index of `size` slots holds (two thirds, like CPython).
#[inline]
fn usable(size: usize) -> usize {
    size * 2 / 3
}

/// The index size for at least `n` entries.
fn index_size_for(n: usize) -> usize {
    let mut size = MIN_INDEX;
    while usable(size) < n {
        size = size.checked_mul(2).unwrap_or_else(|| capacity_overflow());
    }
    size
}

#[cold]
fn capacity_overflow() -> ! {
    // Like `Vec`: an allocation this size cannot succeed (4 billion entries).
    std::alloc::handle_alloc_error(std::alloc::Layout::new::<Entry>())
}

/// The first slot and the perturbation of CPython's probe sequence.
#[inline(always)]
fn probe_start(hash: i64, mask: usize) -> (usize, u64) {
    (hash as u64 as usize & mask, hash as u64)
}

#[inline(always)]
fn probe_next(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5)
        .wrapping_add(*perturb as usize)
        .wrapping_add(1))
        & mask
}

/// Replaces a slot's word under the table's lock, returning the old word. Writers are
/// serialised by the lock and lock-free readers only load, so a load and a `Release`
/// store do what a swap would, without its locked read-modify-write (an `xchg` costs
/// ~20 cycles on every dict store).
#[inline]
pub(crate) fn replace_word(w: &AtomicU64, new: u64) -> u64 {
    let old = w.load(Ordering::Relaxed);
    w.store(new, Ordering::Release);
    old
}

#[inline(always)]
fn word(v: &Value) -> &AtomicU64 {
    // SAFETY: `Value` is a `repr(transparent)` u64, 8-aligned; all concurrent accesses
    // to these words are atomic (see the module docs).
    unsafe { AtomicU64::from_ptr(v as *const Value as *mut u64) }
}

impl Keys {
    fn alloc(size: usize) -> Box<Keys> {
        let cap = usable(size);
        if size > (DUMMY as usize) {
            capacity_overflow();
        }
        Box::new(Keys {
            mask: size - 1,
            indices: (0..size).map(|_| AtomicU32::new(EMPTY)).collect(),
            entries: (0..cap)
                .map(|_| {
                    UnsafeCell::new(ManuallyDrop::new(Entry {
                        hash: 0,
                        key: Value::NULL,
                        value: Value::NULL,
                    }))
                })
                .collect(),
        })
    }

    /// The entry at `pos` (its words are read atomically or under the lock).
    #[inline(always)]
    fn entry(&self, pos: usize) -> Option<&Entry> {
        // SAFETY: the cell holds an initialised entry; shared access to it is either under
        // the lock (no writer) or through atomic loads of its words.
        self.entries.get(pos).map(|c| unsafe { &**c.get() })
    }

    /// Lock-free probe: the word of the value whose key `matches` (NULL in a set),
    /// `Some(None)` when absent, `None` when undecidable (a key needing `__eq__`, or a
    /// state torn by a writer).
    #[cfg_attr(feature = "gil", allow(dead_code))]
    #[inline]
    fn find_value(
        &self,
        hash: i64,
        matches: impl Fn(&Value) -> Option<bool>,
    ) -> Optimistic<Option<u64>> {
        let (mut i, mut perturb) = probe_start(hash, self.mask);
        for _ in 0..=self.indices.len() {
            let ix = self.indices[i].load(Ordering::Relaxed);
            if ix == EMPTY {
                return Some(None);
            }
            if ix != DUMMY {
                let e = self.entry(ix as usize)?;
                // SAFETY: `hash` is written with atomic stores only.
                let h = unsafe { AtomicI64::from_ptr(&e.hash as *const i64 as *mut i64) }
                    .load(Ordering::Relaxed);
                if h == hash {
                    let k = word(&e.key).load(Ordering::Acquire);
                    if k != 0 {
                        // SAFETY: a key loaded while pinned is alive (module docs); the
                        // copy is never dropped.
                        let key = ManuallyDrop::new(unsafe { Value::from_bits(k) });
                        if matches(&key)? {
                            return Some(Some(word(&e.value).load(Ordering::Acquire)));
                        }
                    }
                }
            }
            i = probe_next(i, &mut perturb, self.mask);
        }
        // Only a torn view can have no empty slot.
        None
    }
}

pub struct Table {
    /// The storage; null until the first insertion. Stored atomically (lock-free readers
    /// load it); owned by the table.
    keys: AtomicPtr<Keys>,
    /// Entry slots used in the current block (live or deleted).
    used: usize,
    /// Index slots that are not EMPTY (live + deleted). Deleted slots are never reused
    /// for new keys, and trailing entry slots are, so this can exceed `used`: the block is
    /// replaced before it would leave no EMPTY slot (which ends every probe).
    fill: usize,
    /// Live entries (atomic only so `TableLock::len` can read it without the lock).
    len: std::sync::atomic::AtomicUsize,
    /// No live entry sits before this position (makes `pop_first` amortised O(1)).
    head: usize,
    /// Set by the lock for a shared table: what the table lets go of is retired through
    /// the epoch instead of dropped (see the module docs).
    defer: bool,
    /// Bumped whenever entries move to new positions (a rebuild or a clear), so that a
    /// set's CPython slot order, which names entries by position, knows to remap them.
    generation: u32,
}

impl Default for Table {
    fn default() -> Self {
        Table::new()
    }
}

impl Drop for Table {
    fn drop(&mut self) {
        let keys = *self.keys.get_mut();
        if keys.is_null() {
            return;
        }
        if self.defer {
            // A shared table (or one swapped out of a shared set while readers may still
            // probe it): its block and references go after the epoch, as in `clear`;
            // threads may also hold its values borrowed (`value::epoch_borrows`).
            drop(self.clear());
            return;
        }
        // SAFETY: the table owns its block; nobody can read a private table being dropped
        // (a reader holds a reference to the container).
        let k = unsafe { Box::from_raw(keys) };
        for c in k.entries.iter().take(self.used) {
            // SAFETY: entries before `used` own their key and value (NULL when deleted).
            let e = unsafe { &mut **c.get() };
            drop(std::mem::replace(&mut e.key, Value::NULL));
            drop(std::mem::replace(&mut e.value, Value::NULL));
        }
    }
}

/// String equality with a pointer shortcut (a name looked up with the very `str` object
/// it was stored under, the common case for globals and attributes).
#[inline(always)]
fn same_str(a: &str, b: &str) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
}

/// The outcome of looking a key up without running script code.
pub enum Probe {
    Found(usize),
    Absent,
    /// Entries with an equal hash whose equality with the key needs `__eq__`.
    NeedsEq(Vec<Value>),
}

impl Table {
    pub fn new() -> Table {
        Table {
            keys: AtomicPtr::new(ptr::null_mut()),
            used: 0,
            fill: 0,
            len: std::sync::atomic::AtomicUsize::new(0),
            head: 0,
            defer: false,
            generation: 0,
        }
    }

    pub fn with_capacity(n: usize) -> Table {
        let t = Table::new();
        if n > 0 {
            t.keys.store(
                Box::into_raw(Keys::alloc(index_size_for(n))),
                Ordering::Relaxed,
            );
        }
        t
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len.load(Ordering::Relaxed)
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    fn set_len(&mut self, n: usize) {
        self.len.store(n, Ordering::Relaxed);
    }

    #[inline(always)]
    fn keys(&self) -> Option<&Keys> {
        // SAFETY: the block is owned by the table and only replaced by `&mut self` methods.
        unsafe { self.keys.load(Ordering::Relaxed).as_ref() }
    }

    /// Calls `f` with each entry position whose hash is `hash`, in probe order, until `f`
    /// returns `Some`.
    #[inline]
    fn search<R>(&self, hash: i64, mut f: impl FnMut(usize, &Entry) -> Option<R>) -> Option<R> {
        let k = self.keys()?;
        let (mut i, mut perturb) = probe_start(hash, k.mask);
        loop {
            let ix = k.indices[i].load(Ordering::Relaxed);
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let pos = ix as usize;
                if let Some(e) = k.entry(pos) {
                    if e.hash == hash && !e.key.is_null() {
                        if let Some(r) = f(pos, e) {
                            return Some(r);
                        }
                    }
                }
            }
            i = probe_next(i, &mut perturb, k.mask);
        }
    }

    /// Looks `key` up; identity and builtin equality are decided here.
    pub fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut undecided = Vec::new();
        let found = self.search(hash, |pos, e| match eq_builtin(&e.key, key) {
            Some(true) => Some(pos),
            Some(false) => None,
            None => {
                undecided.push(e.key.clone());
                None
            }
        });
        match found {
            Some(pos) => Probe::Found(pos),
            None if undecided.is_empty() => Probe::Absent,
            None => Probe::NeedsEq(undecided),
        }
    }

    /// Finds a str key by content (no script code can be involved).
    pub fn find_str(&self, hash: i64, key: &str) -> Option<usize> {
        self.search(hash, |pos, e| {
            e.key
                .as_str()
                .is_some_and(|k| same_str(k, key))
                .then_some(pos)
        })
    }

    /// Finds the entry whose key is `key` itself (after an `__eq__` match).
    pub fn find_identical(&self, hash: i64, key: &Value) -> Option<usize> {
        self.search(hash, |pos, e| e.key.is(key).then_some(pos))
    }

    /// The index slot that holds `pos` (an entry with hash `hash`).
    fn slot_of(k: &Keys, hash: i64, pos: usize) -> Option<usize> {
        let (mut i, mut perturb) = probe_start(hash, k.mask);
        loop {
            let ix = k.indices[i].load(Ordering::Relaxed);
            if ix == EMPTY {
                return None;
            }
            if ix as usize == pos {
                return Some(i);
            }
            i = probe_next(i, &mut perturb, k.mask);
        }
    }

    /// The first empty index slot on `hash`'s probe sequence.
    fn empty_slot(k: &Keys, hash: i64) -> usize {
        let (mut i, mut perturb) = probe_start(hash, k.mask);
        while k.indices[i].load(Ordering::Relaxed) != EMPTY {
            i = probe_next(i, &mut perturb, k.mask);
        }
        i
    }

    /// Writes a new entry at `pos` of `k` and indexes it (atomic stores: readers may be
    /// probing this block).
    fn put(k: &Keys, pos: usize, hash: i64, key: Value, value: Value) {
        let e = k.entries[pos].get() as *mut Entry;
        // SAFETY: `pos` is in bounds; the words are only accessed atomically while the
        // block is shared with readers.
        unsafe {
            AtomicI64::from_ptr(ptr::addr_of_mut!((*e).hash)).store(hash, Ordering::Relaxed);
            word(&*ptr::addr_of!((*e).value)).store(value.into_bits(), Ordering::Release);
            word(&*ptr::addr_of!((*e).key)).store(key.into_bits(), Ordering::Release);
        }
        let slot = Table::empty_slot(k, hash);
        k.indices[slot].store(pos as u32, Ordering::Relaxed);
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let full = match self.keys() {
            None => true,
            Some(k) => self.used >= k.entries.len() || self.fill >= k.entries.len(),
        };
        if full {
            self.resize(index_size_for((self.len() + 1).max(self.len() * 2)));
        }
        let Some(k) = self.keys() else {
            return;
        };
        Table::put(k, self.used, hash, key, value);
        self.used += 1;
        self.fill += 1;
        self.set_len(self.len() + 1);
    }

    /// Moves the live entries into a new block of `size` index slots; the old block is
    /// retired (shared table) or freed.
    fn resize(&mut self, size: usize) {
        let new = Keys::alloc(size);
        let mut n = 0;
        if let Some(old) = self.keys() {
            for c in old.entries.iter().take(self.used) {
                // SAFETY: under the lock (or exclusive); entries before `used` are
                // initialised. The words are moved: the old block will not drop them.
                let e = unsafe { &**c.get() };
                if e.key.is_null() {
                    continue;
                }
                // SAFETY: as above: each entry's references are moved exactly once.
                let (key, value) = unsafe {
                    (
                        Value::from_bits(e.key.bits()),
                        Value::from_bits(e.value.bits()),
                    )
                };
                Table::put(&new, n, e.hash, key, value);
                n += 1;
            }
        }
        self.used = n;
        self.fill = n;
        self.head = 0;
        self.generation = self.generation.wrapping_add(1);
        let old = self.keys.swap(Box::into_raw(new), Ordering::Release);
        if !old.is_null() {
            // SAFETY: the table owned the old block; it is unreachable for new readers now.
            let old = unsafe { Box::from_raw(old) };
            if self.defer {
                epoch::retire(old);
            } else {
                drop(old);
            }
        }
    }

    /// Bumped each time entries change position (see the field).
    #[inline]
    pub fn generation(&self) -> u32 {
        self.generation
    }

    /// Entry positions in use (live or deleted): live entries are at positions below this.
    #[inline]
    pub fn positions(&self) -> usize {
        self.used
    }

    pub fn get(&self, pos: usize) -> Option<&Entry> {
        if pos >= self.used {
            return None;
        }
        self.keys()?.entry(pos).filter(|e| !e.key.is_null())
    }

    /// The table's reference to `v`, given up: returned as is, or, in a shared table
    /// (where a lock-free reader may have loaded it), as a new reference while the
    /// table's own is retired through the epoch.
    #[inline]
    fn let_go(&self, v: Value) -> Value {
        if self.defer && v.is_counted_ptr() {
            let copy = v.clone();
            epoch::retire_value(v);
            copy
        } else {
            v
        }
    }

    /// Replaces the value at `pos`, returning the old one (to be dropped after unlocking).
    pub fn replace_value(&mut self, pos: usize, value: Value) -> Value {
        let Some(e) = self.get(pos) else {
            return value;
        };
        let old = replace_word(word(&e.value), value.into_bits());
        // SAFETY: the slot owned the reference `old` stands for; it is ours now.
        let old = unsafe { Value::from_bits(old) };
        self.let_go(old)
    }

    /// Removes the entry at `pos`.
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let k = self.keys()?;
        let e = self.get(pos)?;
        let hash = e.hash;
        // SAFETY: the slot owned these references; NULL marks the entry deleted.
        let (key, value) = unsafe {
            (
                Value::from_bits(replace_word(word(&e.key), 0)),
                Value::from_bits(replace_word(word(&e.value), 0)),
            )
        };
        if let Some(slot) = Table::slot_of(k, hash, pos) {
            k.indices[slot].store(DUMMY, Ordering::Relaxed);
        }
        let removed = Entry {
            hash,
            key: self.let_go(key),
            value: self.let_go(value),
        };
        self.set_len(self.len() - 1);
        // Trailing deleted slots are reused, so `pop_last` stays O(1). (A reader racing
        // with the reuse fails its version check.)
        while self.used > 0 && self.raw_key_is_null(self.used - 1) {
            self.used -= 1;
        }
        self.head = self.head.min(self.used);
        if self.used > 16 && self.len() * 2 < self.used {
            self.resize(index_size_for(self.len() * 2));
        }
        Some(removed)
    }

    fn raw_key_is_null(&self, pos: usize) -> bool {
        self.keys()
            .and_then(|k| k.entry(pos))
            .is_none_or(|e| e.key.is_null())
    }

    /// Removes and returns the last entry (`dict.popitem()`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = (0..self.used).rev().find(|&p| !self.raw_key_is_null(p))?;
        self.remove_at(pos)
    }

    /// Removes and returns the first entry in insertion order (`set.pop()`).
    pub fn pop_first(&mut self) -> Option<Entry> {
        while self.head < self.used && self.raw_key_is_null(self.head) {
            self.head += 1;
        }
        if self.head >= self.used {
            return None;
        }
        self.remove_at(self.head)
    }

    /// Empties the table, returning the entries (to be dropped after unlocking; in a
    /// shared table they are retired instead and the result is empty).
    pub fn clear(&mut self) -> Vec<Entry> {
        let keys = self.keys.swap(ptr::null_mut(), Ordering::Release);
        let used = std::mem::replace(&mut self.used, 0);
        self.fill = 0;
        self.head = 0;
        self.generation = self.generation.wrapping_add(1);
        self.set_len(0);
        if keys.is_null() {
            return Vec::new();
        }
        // SAFETY: the table owned the block, now unreachable for new readers.
        let k = unsafe { Box::from_raw(keys) };
        let mut out = Vec::new();
        for c in k.entries.iter().take(used) {
            // SAFETY: entries before `used` own their words; moved out exactly once.
            let e = unsafe { &**c.get() };
            if !e.key.is_null() {
                // SAFETY: as above.
                out.push(unsafe {
                    Entry {
                        hash: e.hash,
                        key: Value::from_bits(e.key.bits()),
                        value: Value::from_bits(e.value.bits()),
                    }
                });
            }
        }
        if self.defer {
            // The old block and the references it held go after the epoch.
            epoch::retire(k);
            epoch::retire_values(out.into_iter().flat_map(|e| [e.key, e.value]).collect());
            Vec::new()
        } else {
            out
        }
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        let k = self.keys();
        (0..self.used).filter_map(move |p| k.and_then(|k| k.entry(p)).filter(|e| !e.key.is_null()))
    }

    /// The first live entry at or after `pos`, and the position after it (iterators keep
    /// a position and re-lock for each step).
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Entry)> {
        (pos..self.used).find_map(|p| self.get(p).map(|e| (p + 1, e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Another thread's first lock waits for the creator's section without the lock
    /// (owner lock elision) to end, then sees everything written in it; from then on the
    /// creator takes the lock too.
    #[cfg(not(feature = "gil"))]
    #[test]
    fn revocation_waits_for_the_owner_section() {
        use std::sync::atomic::AtomicBool;
        use std::sync::Arc;
        use std::time::Duration;
        crate::types::init();
        let table = Arc::new(TableLock::new(Table::new()));
        let released = Arc::new(AtomicBool::new(false));
        let mut g = table.lock();
        let elided = table.busy.load(Ordering::Relaxed);
        for i in 0..10 {
            g.insert_new(i, Value::int(i), Value::int(i));
        }
        let other = {
            let (table, released) = (table.clone(), released.clone());
            std::thread::spawn(move || {
                let mut g = table.lock();
                // Only reachable once the creator's section has ended.
                assert!(released.load(Ordering::SeqCst));
                assert_eq!(g.len(), 11);
                g.insert_new(100, Value::int(100), Value::int(100));
                table.state.load(Ordering::Relaxed)
            })
        };
        std::thread::sleep(Duration::from_millis(50));
        g.insert_new(10, Value::int(10), Value::int(10));
        released.store(true, Ordering::SeqCst);
        drop(g);
        assert_eq!(other.join().unwrap(), owner_lock::SHARED);
        // The creator now locks like everyone else.
        let g = table.lock();
        assert!(!table.busy.load(Ordering::Relaxed));
        assert_eq!(g.len(), 12);
        drop(g);
        // Without membarrier (another OS, a sandbox that forbids it, FIBRA_NO_ELISION)
        // nothing was elided and the section was an ordinary lock: the test still holds.
        if !elided {
            eprintln!("note: owner lock elision is unavailable here");
        }
    }

    #[test]
    fn churn_never_fills_the_index() {
        crate::types::init();
        let mut t = Table::new();
        for i in 0..3 {
            t.insert_new(i, Value::int(i), Value::NULL);
        }
        // Deleting and re-adding the last key reuses its entry slot but not its index
        // slot: the block must be rebuilt before the index runs out of empty slots.
        for round in 0..10_000 {
            let e = t.pop_last().map(|e| e.hash);
            assert_eq!(e, Some(2), "round {round}");
            t.insert_new(2, Value::int(2), Value::NULL);
            assert!(matches!(t.probe(7, &Value::int(7)), Probe::Absent));
        }
        assert_eq!(t.len(), 3);
        for i in 0..1000 {
            t.insert_new(100 + i, Value::int(100 + i), Value::int(i));
        }
        for i in (0..1000).step_by(2) {
            let Probe::Found(p) = t.probe(100 + i, &Value::int(100 + i)) else {
                panic!("{i} missing");
            };
            assert_eq!(t.remove_at(p).and_then(|e| e.value.as_small_int()), Some(i));
        }
        assert_eq!(t.len(), 503);
        assert_eq!(t.iter().count(), 503);
    }

    #[test]
    fn pop_first_and_last_reuse_slots() {
        crate::types::init();
        let mut t = Table::new();
        for i in 0..40 {
            t.insert_new(i, Value::int(i), Value::NULL);
        }
        for i in 0..40 {
            assert_eq!(t.pop_first().map(|e| e.hash), Some(i));
        }
        assert!(t.pop_first().is_none());
        t.insert_new(7, Value::int(7), Value::NULL);
        assert_eq!(t.pop_first().map(|e| e.hash), Some(7));
        for i in 0..5 {
            t.insert_new(i, Value::int(i), Value::NULL);
        }
        assert_eq!(t.pop_last().map(|e| e.hash), Some(4));
        assert_eq!(t.pop_first().map(|e| e.hash), Some(0));
        assert_eq!(t.len(), 3);
        assert_eq!(t.iter().map(|e| e.hash).collect::<Vec<_>>(), vec![1, 2, 3]);
        if let Probe::Found(p) = t.probe(2, &Value::int(2)) {
            assert_eq!(t.get(p).map(|e| e.hash), Some(2));
        } else {
            panic!("2 not found");
        }
    }
}
