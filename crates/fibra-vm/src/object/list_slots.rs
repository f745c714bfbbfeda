//! A list's items, readable without the list's lock (the list counterpart of
//! `object/table.rs`; the protocol is the same, see that module's docs):
//!
//! - Writers hold the object lock. The item buffer is reached through an atomic pointer,
//!   and while the list is *shared* every slot is written with atomic stores; a buffer
//!   replaced by growth is retired through [`epoch`], as are the list's references to
//!   the items it removes or replaces.
//! - The [`ListLock`] version is a sequence lock (odd while a writer is inside); a reader
//!   loads the length, the buffer and one slot between two loads of it, and retries (or
//!   locks) when it changed.
//! - A list is private to the thread that created it until another thread locks it.
//!   Private lists move items with plain copies and drop what they remove at once.

use std::alloc::{self, Layout};
use std::ops::{Deref, DerefMut, Range};
use std::ptr::{self, NonNull};
#[cfg(not(feature = "gil"))]
use std::sync::atomic::AtomicBool;
use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, AtomicUsize, Ordering};

use crate::object::{ChargedGuard, ChargedLock, Footprint};
use crate::sync::epoch;
#[cfg(not(feature = "gil"))]
use crate::sync::owner_lock;
use crate::sync::seqlock::SeqWriter;
use crate::value::Value;

/// `owner` of a list another thread has locked.
#[cfg_attr(feature = "gil", allow(dead_code))]
const SHARED: u32 = 0;
/// Added to the creator's tag in `owner` while another thread revokes the creator's lock
/// elision (`sync::owner_lock`; eliding tags are below 2^31).
#[cfg(not(feature = "gil"))]
const REVOKING: u32 = 1 << 31;

/// A list's items behind its object lock, with a sequence-lock version.
pub struct ListLock {
    lock: ChargedLock<Slots>,
    version: AtomicU64,
    /// [`epoch::thread_tag`] of the creating thread, or [`SHARED`] (for good) once another
    /// thread has locked the list. While the creator's tag is here alone, the creator
    /// writes without the lock (`sync::owner_lock`); `REVOKING` is added while another
    /// thread takes that away.
    #[cfg_attr(feature = "gil", allow(dead_code))]
    owner: AtomicU32,
    /// Set by the creator for the length of a section without the lock.
    #[cfg(not(feature = "gil"))]
    busy: AtomicBool,
}

/// The guard of a [`ListLock`]: dereferences to the items; mutable access makes the
/// version odd until the guard is dropped.
pub struct ListGuard<'a> {
    /// Before `guard`: ends the write (version even) while the lock is still held.
    seq: SeqWriter<'a>,
    guard: ChargedGuard<'a, Slots>,
}

impl ListLock {
    pub fn new(items: Vec<Value>) -> ListLock {
        ListLock {
            lock: ChargedLock::new(Slots::from_vec(items)),
            version: AtomicU64::new(0),
            owner: AtomicU32::new(epoch::thread_tag()),
            #[cfg(not(feature = "gil"))]
            busy: AtomicBool::new(false),
        }
    }

    /// Locks the list (or, for its creator while it is private, enters a section
    /// without the lock: see `sync::owner_lock`). The section check is inline; the lock
    /// itself is not, so that every caller stays small.
    #[inline(always)]
    pub fn lock(&self) -> ListGuard<'_> {
        #[cfg(not(feature = "gil"))]
        {
            // The creator's section without the lock: as in `TableLock::lock` (see
            // `sync::owner_lock`). `owner_tag` is 0 on threads that may not elide, and
            // no list's owner is 0 while private.
            let me = owner_lock::owner_tag();
            let private = || self.owner.load(Ordering::Relaxed) == me && owner_lock::elision_on();
            if owner_lock::try_enter(&self.busy, me != 0 && private(), private) {
                // SAFETY: `busy` is set and the list was still private to this thread
                // after setting it: any other thread that locks it from now on waits for
                // `busy` to clear (the owner-elision protocol).
                let mut guard = unsafe { self.lock.lock_elided(&self.busy) };
                guard.shared = false;
                return ListGuard {
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
    fn take_lock(&self) -> ListGuard<'_> {
        #[allow(unused_mut)]
        let mut guard = self.lock.lock();
        #[cfg(not(feature = "gil"))]
        {
            let owner = self.owner.load(Ordering::Relaxed);
            // (`owner` is never the creator's tag plus REVOKING here: the revoker holds the
            // lock from setting that until SHARED.)
            if owner != SHARED && owner != epoch::thread_tag() {
                self.share(owner);
                guard.shared = true;
            } else {
                guard.shared = owner == SHARED;
            }
        }
        ListGuard {
            guard,
            seq: SeqWriter::new(&self.version),
        }
    }

    /// The first lock by a thread other than the creator (which holds the lock now):
    /// revokes the creator's lock elision, then shares the list.
    #[cfg(not(feature = "gil"))]
    #[cold]
    #[inline(never)]
    fn share(&self, owner: u32) {
        // A creator tag at or above REVOKING never elides (see `owner_lock::owner_tag`).
        if owner < REVOKING {
            owner_lock::revoke(&self.busy, || {
                self.owner.store(owner | REVOKING, Ordering::SeqCst)
            });
        }
        // Release: a lock-free reader that sees SHARED also sees every write made under
        // the lock (or in an owner section) before this point.
        self.owner.store(SHARED, Ordering::Release);
    }

    /// The number of items (an atomic load, no lock).
    #[inline]
    pub fn len(&self) -> usize {
        // SAFETY: only the atomic `len` field is read.
        unsafe { (*ptr::addr_of!((*self.lock.data_ptr()).len)).load(Ordering::Relaxed) }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `items[i]` (a negative `i` counts from the end), without the lock when this
    /// thread may; `None` when out of range.
    #[inline]
    pub fn get(&self, i: i64) -> Option<Value> {
        #[cfg(not(feature = "gil"))]
        if let Some(r) = self.read_unlocked(i) {
            return r;
        }
        let g = self.lock();
        let n = g.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if (0..n).contains(&j) {
            Some(g[j as usize].clone())
        } else {
            None
        }
    }

    /// The word of `items[i]` without counting it, for a list that is *shared* (another
    /// thread has locked it): `Some(None)` out of range, `None` when not shared or the read
    /// must lock. The word stays a valid reference while this thread stays pinned: a
    /// shared list retires what it lets go of (see `value::epoch_borrows`).
    #[inline]
    pub fn get_shared_word(&self, i: i64) -> Option<Option<u64>> {
        #[cfg(not(feature = "gil"))]
        {
            if self.owner.load(Ordering::Acquire) != SHARED {
                return None;
            }
            self.read_word(i)
        }
        #[cfg(feature = "gil")]
        {
            let _ = i;
            None
        }
    }

    /// The sequence-locked read behind [`ListLock::get`]; `None` when it must lock.
    #[cfg(not(feature = "gil"))]
    #[inline]
    fn read_unlocked(&self, i: i64) -> Option<Option<Value>> {
        let owner = self.owner.load(Ordering::Acquire);
        if owner != SHARED && owner != epoch::thread_tag() {
            return None;
        }
        // SAFETY: the item was in the list at the validated moment and the list's
        // reference to it is retired through the epoch if it goes, while this thread
        // stays pinned.
        self.read_word(i)
            .map(|found| found.map(|bits| unsafe { Value::clone_from_bits(bits) }))
    }

    /// The seqlock-validated word of `items[i]` (uncounted); the caller has checked that
    /// this thread may read without the lock.
    #[cfg(not(feature = "gil"))]
    #[inline]
    fn read_word(&self, i: i64) -> Option<Option<u64>> {
        let slots = self.lock.data_ptr();
        for _ in 0..4 {
            let v1 = self.version.load(Ordering::Acquire);
            if v1 & 1 == 0 {
                // SAFETY: only the atomic fields are read; a buffer is retired through
                // the epoch when replaced and this thread is pinned (it is attached).
                let found = unsafe {
                    let n = (*ptr::addr_of!((*slots).len)).load(Ordering::Relaxed) as i64;
                    let buf = (*ptr::addr_of!((*slots).buf)).load(Ordering::Acquire);
                    let j = if i < 0 { i + n } else { i };
                    if !(0..n).contains(&j) {
                        Some(None)
                    } else if buf.is_null() || j as usize >= (*buf).cap {
                        None // torn: retry
                    } else {
                        Some(Some(slot(buf, j as usize).load(Ordering::Acquire)))
                    }
                };
                std::sync::atomic::fence(Ordering::Acquire);
                if let Some(found) = found {
                    if self.version.load(Ordering::Relaxed) == v1 {
                        return Some(found);
                    }
                }
            }
            std::hint::spin_loop();
        }
        None
    }

    pub fn into_inner(self) -> Vec<Value> {
        self.lock.into_inner().take_all()
    }

    /// The lock, for the cycle collector's traversal (the world is stopped): unlike
    /// [`ListLock::lock`], taking it from another thread does not make the list shared.
    pub(crate) fn lock_for_collector(&self) -> ListGuard<'_> {
        ListGuard {
            guard: self.lock.lock(),
            seq: SeqWriter::new(&self.version),
        }
    }

    /// Sets every item of a garbage item store to NULL, keeping its length (an instance's
    /// slot values, whose positions stay fixed), returning the items to drop after
    /// unlocking; as [`ListLock::clear_unreachable`], nothing is retired.
    pub(crate) fn unset_unreachable(&self) -> Vec<Value> {
        let mut g = ListGuard {
            guard: self.lock.lock(),
            seq: SeqWriter::new(&self.version),
        };
        g.shared = false;
        (0..g.len()).map(|i| g.replace(i, Value::NULL)).collect()
    }

    /// Empties a list the cycle collector found unreachable, returning the items to drop
    /// after unlocking. No reader can hold the list (it is garbage), so nothing is retired
    /// and locking it does not make it shared.
    pub(crate) fn clear_unreachable(&self) -> Vec<Value> {
        let mut g = ListGuard {
            guard: self.lock.lock(),
            seq: SeqWriter::new(&self.version),
        };
        g.shared = false;
        g.take_all()
    }
}

impl Deref for ListGuard<'_> {
    type Target = Slots;
    #[inline]
    fn deref(&self) -> &Slots {
        &self.guard
    }
}

impl DerefMut for ListGuard<'_> {
    #[inline]
    fn deref_mut(&mut self) -> &mut Slots {
        self.seq.begin();
        &mut self.guard
    }
}

/// The buffer's header; `cap` item words follow it.
#[repr(C)]
struct Header {
    cap: usize,
}

#[inline(always)]
fn layout(cap: usize) -> Option<Layout> {
    let words = Layout::array::<u64>(cap).ok()?;
    Some(Layout::new::<Header>().extend(words).ok()?.0)
}

/// The word of slot `i` of `buf`.
///
/// # Safety
/// `buf` is a live buffer and `i < cap`.
#[inline(always)]
unsafe fn slot<'a>(buf: *const Header, i: usize) -> &'a AtomicU64 {
    // SAFETY: the caller's contract; the words start right after the header.
    unsafe { &*(buf.add(1) as *const AtomicU64).add(i) }
}

/// A buffer that no longer belongs to any list: freed (without touching its words, whose
/// references were moved out) when dropped.
struct RetiredBuf(NonNull<Header>);

// SAFETY: the buffer holds no references any more; it is only memory.
unsafe impl Send for RetiredBuf {}

impl Drop for RetiredBuf {
    fn drop(&mut self) {
        // SAFETY: allocated by `Slots::grow` with this layout.
        unsafe {
            let cap = self.0.as_ref().cap;
            if let Some(l) = layout(cap) {
                alloc::dealloc(self.0.as_ptr().cast(), l);
            }
        }
    }
}

/// A list's items: like a `Vec<Value>`, with a buffer lock-free readers may look at.
pub struct Slots {
    buf: AtomicPtr<Header>,
    len: AtomicUsize,
    /// Set by the lock when the list is shared: slots are written atomically and what the
    /// list lets go of is retired through the epoch.
    shared: bool,
}

// SAFETY: the words are `Value`s (Send + Sync) owned by the list.
unsafe impl Send for Slots {}

/// A request that cannot be allocated (`MemoryError` for the caller).
#[derive(Debug)]
pub struct ReserveError;

impl Slots {
    /// No items, no buffer. (Deliberately not `Default`: `mem::take` of a shared list's
    /// slots would drop its items without retiring them.)
    fn empty() -> Slots {
        Slots {
            buf: AtomicPtr::new(ptr::null_mut()),
            len: AtomicUsize::new(0),
            shared: false,
        }
    }
}

impl Footprint for Slots {
    fn footprint(&self) -> usize {
        self.capacity() * std::mem::size_of::<Value>()
    }
}

impl Drop for Slots {
    fn drop(&mut self) {
        let n = self.len();
        let mut items = Vec::new();
        for i in 0..n {
            // SAFETY: slots below `len` own their references; nobody reads a list being
            // dropped (a reader holds a reference to it).
            let v = unsafe { Value::from_bits(self.word(i).load(Ordering::Relaxed)) };
            if self.shared && v.is_counted_ptr() {
                items.push(v);
            } else {
                drop(v);
            }
        }
        // A shared list's items may be borrowed, uncounted, by a thread that read them
        // (`value::epoch_borrows`): they are retired, like any item a shared list lets go.
        if !items.is_empty() {
            epoch::retire_values(items);
        }
        if let Some(b) = NonNull::new(*self.buf.get_mut()) {
            drop(RetiredBuf(b));
        }
    }
}

impl Deref for Slots {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        let buf = self.buf.load(Ordering::Relaxed);
        if buf.is_null() {
            return &[];
        }
        // SAFETY: slots below `len` are initialised `Value` words (`Value` is a
        // `repr(transparent)` u64); they are only written under the lock, which the caller
        // holds (or owns the list exclusively); lock-free readers only load them.
        unsafe { std::slice::from_raw_parts(buf.add(1) as *const Value, self.len()) }
    }
}

impl Slots {
    fn from_vec(items: Vec<Value>) -> Slots {
        let mut s = Slots::empty();
        if !items.is_empty() && s.grow_to(items.len()).is_err() {
            alloc::handle_alloc_error(Layout::new::<Header>());
        }
        for v in items {
            s.push_unchecked(v);
        }
        s
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len.load(Ordering::Relaxed)
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn capacity(&self) -> usize {
        let buf = self.buf.load(Ordering::Relaxed);
        if buf.is_null() {
            0
        } else {
            // SAFETY: a live buffer owned by this list.
            unsafe { (*buf).cap }
        }
    }

    #[inline(always)]
    fn word(&self, i: usize) -> &AtomicU64 {
        // SAFETY: callers pass `i < capacity`.
        unsafe { slot(self.buf.load(Ordering::Relaxed), i) }
    }

    #[inline(always)]
    fn set_len(&mut self, n: usize) {
        self.len.store(n, Ordering::Relaxed);
    }

    /// Stores `v`'s reference in slot `i` (which holds no reference).
    #[inline(always)]
    fn put(&self, i: usize, v: Value) {
        self.word(i).store(v.into_bits(), Ordering::Release);
    }

    /// Takes the reference in slot `i` (leaving the word as is: the caller overwrites it or
    /// moves `len` below it).
    #[inline(always)]
    fn take(&self, i: usize) -> Value {
        // SAFETY: the slot owns its reference; the caller gives the slot up.
        unsafe { Value::from_bits(self.word(i).load(Ordering::Relaxed)) }
    }

    /// The list's reference to `v`, given up: as is, or in a shared list (a lock-free
    /// reader may have loaded it) as a new reference while the list's own is retired.
    #[inline]
    fn let_go(&self, v: Value) -> Value {
        if self.shared && v.is_counted_ptr() {
            let copy = v.clone();
            epoch::retire_value(v);
            copy
        } else {
            v
        }
    }

    /// Moves `n` words from `src` to `dst` within the buffer (overlapping allowed).
    fn shift(&self, src: usize, dst: usize, n: usize) {
        if n == 0 {
            return;
        }
        if !self.shared {
            let base = self.buf.load(Ordering::Relaxed);
            // SAFETY: both ranges are inside the buffer; no concurrent reader (private).
            unsafe {
                let p = base.add(1) as *mut u64;
                ptr::copy(p.add(src), p.add(dst), n);
            }
        } else if dst < src {
            for k in 0..n {
                let w = self.word(src + k).load(Ordering::Relaxed);
                self.word(dst + k).store(w, Ordering::Release);
            }
        } else {
            for k in (0..n).rev() {
                let w = self.word(src + k).load(Ordering::Relaxed);
                self.word(dst + k).store(w, Ordering::Release);
            }
        }
    }

    /// Makes room for `extra` more items.
    pub fn try_reserve(&mut self, extra: usize) -> Result<(), ReserveError> {
        let need = self.len().checked_add(extra).ok_or(ReserveError)?;
        if need <= self.capacity() {
            return Ok(());
        }
        let cap = need.max(self.capacity().saturating_mul(2)).max(4);
        self.grow_to(cap)
    }

    fn grow_to(&mut self, cap: usize) -> Result<(), ReserveError> {
        let l = layout(cap).ok_or(ReserveError)?;
        if l.size() > isize::MAX as usize {
            return Err(ReserveError);
        }
        // SAFETY: the layout has a non-zero size (the header).
        let new = unsafe { alloc::alloc(l) } as *mut Header;
        if new.is_null() {
            return Err(ReserveError);
        }
        // SAFETY: fresh memory of the right layout; the old words are copied (moved) before
        // the new buffer is published.
        unsafe {
            (*new).cap = cap;
            let old = self.buf.load(Ordering::Relaxed);
            if !old.is_null() {
                ptr::copy_nonoverlapping(
                    old.add(1) as *const u64,
                    new.add(1) as *mut u64,
                    self.len(),
                );
            }
            self.buf.store(new, Ordering::Release);
            if let Some(old) = NonNull::new(old) {
                let old = RetiredBuf(old);
                if self.shared {
                    epoch::retire(old);
                } else {
                    drop(old);
                }
            }
        }
        Ok(())
    }

    #[inline]
    fn push_unchecked(&mut self, v: Value) {
        let n = self.len();
        self.put(n, v);
        self.set_len(n + 1);
    }

    /// Appends `v` (aborts like `Vec` when memory runs out; callers that can fail
    /// reserve first).
    #[inline]
    pub fn push(&mut self, v: Value) {
        if self.len() == self.capacity() && self.try_reserve(1).is_err() {
            alloc::handle_alloc_error(Layout::new::<Value>());
        }
        self.push_unchecked(v);
    }

    pub fn extend(&mut self, items: impl IntoIterator<Item = Value>) {
        for v in items {
            self.push(v);
        }
    }

    pub fn pop(&mut self) -> Option<Value> {
        let n = self.len().checked_sub(1)?;
        self.set_len(n);
        let v = self.take(n);
        Some(self.let_go(v))
    }

    /// Inserts `v` at `i <= len`.
    pub fn insert(&mut self, i: usize, v: Value) {
        let n = self.len();
        let i = i.min(n);
        if n == self.capacity() && self.try_reserve(1).is_err() {
            alloc::handle_alloc_error(Layout::new::<Value>());
        }
        self.shift(i, i + 1, n - i);
        self.put(i, v);
        self.set_len(n + 1);
    }

    /// Removes and returns the item at `i < len`.
    pub fn remove(&mut self, i: usize) -> Option<Value> {
        let n = self.len();
        if i >= n {
            return None;
        }
        let v = self.take(i);
        self.shift(i + 1, i, n - i - 1);
        self.set_len(n - 1);
        Some(self.let_go(v))
    }

    /// Replaces the item at `i < len`, returning the old one.
    pub fn replace(&mut self, i: usize, v: Value) -> Value {
        if i >= self.len() {
            return v;
        }
        let old = crate::object::table::replace_word(self.word(i), v.into_bits());
        // SAFETY: the slot owned the reference `old` stands for.
        let old = unsafe { Value::from_bits(old) };
        self.let_go(old)
    }

    /// Removes the items in `range` (clamped to the length), returning them.
    pub fn drain(&mut self, range: Range<usize>) -> Vec<Value> {
        let n = self.len();
        let (s, e) = (range.start.min(n), range.end.min(n));
        if s >= e {
            return Vec::new();
        }
        let out: Vec<Value> = (s..e).map(|i| self.take(i)).collect();
        self.shift(e, s, n - e);
        self.set_len(n - (e - s));
        self.let_go_all(out)
    }

    /// Keeps the first `n` items, returning the rest.
    pub fn truncate(&mut self, n: usize) -> Vec<Value> {
        let len = self.len();
        self.drain(n.min(len)..len)
    }

    /// Reverses the items in place.
    pub fn reverse(&mut self) {
        let n = self.len();
        for k in 0..n / 2 {
            let a = self.word(k).load(Ordering::Relaxed);
            let b = self.word(n - 1 - k).load(Ordering::Relaxed);
            self.word(k).store(b, Ordering::Release);
            self.word(n - 1 - k).store(a, Ordering::Release);
        }
    }

    /// Empties the list, returning its items (`mem::take` of the vector).
    pub fn take_all(&mut self) -> Vec<Value> {
        let n = self.len();
        self.set_len(0);
        let out: Vec<Value> = (0..n).map(|i| self.take(i)).collect();
        self.let_go_all(out)
    }

    /// Replaces all items with `items`, returning the old ones.
    pub fn replace_all(&mut self, items: Vec<Value>) -> Vec<Value> {
        let old = self.take_all();
        if self.try_reserve(items.len()).is_err() {
            alloc::handle_alloc_error(Layout::new::<Value>());
        }
        for v in items {
            self.push_unchecked(v);
        }
        old
    }

    /// Rebuilds the list: `f` gets the items and returns the ones to keep and the ones
    /// removed (returned, to be dropped after unlocking). For operations easiest to write
    /// on a `Vec` (slice assignment, extended-slice deletion).
    pub fn rebuild(
        &mut self,
        f: impl FnOnce(Vec<Value>) -> (Vec<Value>, Vec<Value>),
    ) -> Vec<Value> {
        let n = self.len();
        self.set_len(0);
        // The references stay the list's (kept) or go through `let_go_all` (removed).
        let all: Vec<Value> = (0..n).map(|i| self.take(i)).collect();
        let (keep, removed) = f(all);
        if self.try_reserve(keep.len()).is_err() {
            alloc::handle_alloc_error(Layout::new::<Value>());
        }
        for v in keep {
            self.push_unchecked(v);
        }
        self.let_go_all(removed)
    }

    /// Replaces the items in `range` (clamped) with `new`, returning the old ones.
    pub fn splice(&mut self, range: Range<usize>, new: Vec<Value>) -> Vec<Value> {
        self.rebuild(|mut all| {
            let n = all.len();
            let (s, e) = (range.start.min(n), range.end.min(n));
            let removed: Vec<Value> = all.splice(s..e.max(s), new).collect();
            (all, removed)
        })
    }

    /// Removes every item (dropped by the caller after unlocking).
    pub fn clear(&mut self) -> Vec<Value> {
        self.take_all()
    }

    /// Counted copies of the items.
    pub fn to_vec(&self) -> Vec<Value> {
        self.iter().cloned().collect()
    }

    /// Like [`Slots::let_go`] for a batch: one retirement for all of them.
    fn let_go_all(&self, out: Vec<Value>) -> Vec<Value> {
        if self.shared && out.iter().any(|v| v.is_counted_ptr()) {
            let copies = out.clone();
            epoch::retire_values(out);
            copies
        } else {
            out
        }
    }
}
