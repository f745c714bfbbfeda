//! Biased reference counting (default build): the protocol of docs/memory-model.md,
//! "Biased reference counting".
//!
//! Every counted object has an *owner*, the thread that created it. The owner updates a
//! *local* count with plain operations (a relaxed load and a relaxed store: no `lock`
//! prefix); every other thread updates an atomic *shared* count. The true count is
//! local + shared. Both live in one 8-byte [`RefCount`]:
//!
//! - `local`: `[owner id: 16 bits][local count: 16 bits]`. Only the owner thread ever
//!   stores to it while it owns the object (other threads only load the owner id), so a
//!   load + store never loses an update. Owner id 0 means "no owner" (merged, see below),
//!   0xFFFF means immortal.
//! - `shared`: `[shared count: signed 28 bits][WEAK][IMMORTAL][QUEUED][MERGED]`, only
//!   changed by atomic read-modify-writes. The shared count may go negative (a reference the owner
//!   counted is dropped by another thread).
//!
//! When the owner's local count reaches zero it *merges*: sets MERGED (from then on the
//! shared count is the whole count and everyone uses it) and frees the object if the shared
//! count was 0. When a non-owner's decrement takes the shared count negative, the object may
//! be dead, but only the owner knows its local count: the non-owner sets QUEUED (once) and
//! pushes the object onto the owner's queue; the owner merges queued objects at its next
//! safepoint ([`ThreadHandle::poll`]) and at thread exit ([`thread_exit`]). A queued object
//! is never freed except by that merge. Once the owner has exited (its queue is marked
//! dead), its local counts are frozen and a non-owner merges the object itself.
//!
//! This file only depends on [`super::brc_shim`], so the loom model compiles it unchanged.

use std::cell::Cell;
use std::ptr::NonNull;

use super::brc_shim::{
    attached, brc_statics, brc_thread_local, fence, lock, Arc, AtomicBool, AtomicU32, Mutex,
    Ordering,
};

// ---- the local word ------------------------------------------------------------------------

const TID_SHIFT: u32 = 16;
const LOCAL_MASK: u32 = (1 << TID_SHIFT) - 1;
const TID_MASK: u32 = !LOCAL_MASK;
/// Owner id of a merged object (or one born shared): nobody uses the local count.
const TID_NONE: u32 = 0;
/// What `ME` holds on a thread that owns nothing (not yet registered, exited, or out of
/// ids). Never stored in an object, so it matches no object's owner.
const TID_NOT_OWNER: u32 = 0xFFFE;
/// Largest id handed to a thread. Ids are never reused.
const MAX_TID: u32 = 0xFFFD;
/// A local word at or above this is immortal (owner id 0xFFFF).
const IMMORTAL_LOCAL: u32 = 0xFFFF << TID_SHIFT;
const NOT_OWNER_BITS: u32 = TID_NOT_OWNER << TID_SHIFT;
/// Half of the local range: moved to the shared count when the local count overflows.
const LOCAL_HALF: u32 = 1 << (TID_SHIFT - 1);

// ---- the shared word -----------------------------------------------------------------------

const S_MERGED: u32 = 1;
const S_QUEUED: u32 = 2;
const S_IMMORTAL: u32 = 4;
/// The object may be weakly referenced (set once, by a holder of a strong reference, never
/// cleared; see [`RefCount::mark_weak`]). It makes the shared word non-zero for the rest of
/// the object's life, so the owner's CAS-free death (`shared == 0`) is never taken: every
/// death of such an object is a CAS that sets MERGED with a count of 0, which is what
/// [`RefCount::try_incref`] refuses.
const S_WEAK: u32 = 8;
const S_SHIFT: u32 = 4;
const S_ONE: u32 = 1 << S_SHIFT;
/// A shared count beyond this makes the object immortal (saturation instead of overflow:
/// the 28-bit field holds 2^27 - 1, which leaves 2^26 of headroom for racing increments).
const S_SATURATE: i32 = 1 << 26;

#[inline]
fn s_count(s: u32) -> i32 {
    (s as i32) >> S_SHIFT
}

#[inline]
fn s_word(count: i32, flags: u32) -> u32 {
    ((count << S_SHIFT) as u32) | flags
}

/// Frees the object whose count is at `NonNull<RefCount>` (the count is its first field).
/// Stored with each queued object, so the queue can free what it merges to zero.
pub type FreeFn = unsafe fn(NonNull<RefCount>);

/// An object's biased reference count (see the module documentation).
pub struct RefCount {
    local: AtomicU32,
    shared: AtomicU32,
}

// ---- per-thread state ----------------------------------------------------------------------

const UNREGISTERED: u8 = 0;
const REGISTERED: u8 = 1;
const GONE: u8 = 2;

brc_thread_local! {
    /// This thread's owner id, pre-shifted into the local word's owner field
    /// (`NOT_OWNER_BITS` until the thread first creates an object, and after it exits).
    /// Read on every incref/decref: a `const` thread-local without destructor.
    static ME: Cell<u32> = Cell::new(NOT_OWNER_BITS);
    /// UNREGISTERED, REGISTERED or GONE (exited, or no id left): read only on slow paths.
    static STATE: Cell<u8> = Cell::new(UNREGISTERED);
    /// This thread's owner record; its destructor runs [`thread_exit`].
    static GUARD: OwnerGuard = OwnerGuard(Cell::new(None));
}

/// A thread's queue of objects other threads handed back to it.
pub struct Owner {
    tid: u32,
    /// Set (under the queue lock) when `queue` is non-empty: the owner polls it at
    /// safepoints without taking the lock.
    pending: AtomicBool,
    queue: Mutex<Queue>,
}

struct Queue {
    /// Set at thread exit: from then on non-owners merge objects themselves.
    dead: bool,
    items: Vec<Entry>,
}

struct Entry {
    obj: NonNull<RefCount>,
    free: FreeFn,
}

// SAFETY: an entry is a counted object handed from one thread to its owner; the protocol
// (QUEUED) keeps it allocated until the owner merges it, and the count is atomic.
unsafe impl Send for Entry {}

brc_statics! {
    static NEXT_TID: AtomicU32 = AtomicU32::new(1);
    /// Live owners, by id. Taken only on the rare queueing path and at thread start/exit.
    static REGISTRY: Mutex<Vec<Arc<Owner>>> = Mutex::new(Vec::new());
}

struct OwnerGuard(Cell<Option<Arc<Owner>>>);

impl Drop for OwnerGuard {
    fn drop(&mut self) {
        // The key is being destroyed, so `GUARD` itself is no longer reachable here.
        exit_owner(self.0.get_mut().take());
    }
}

#[inline]
fn me_bits() -> u32 {
    ME.with(|m| m.get())
}

/// This thread's owner id (its bits, as in the local count word), registering it first;
/// None when the thread owns nothing (ids spent, or the thread is exiting). Ids are never
/// reused, so equal ids mean the same thread: for thread-private fast paths elsewhere
/// (`object::TupleSlot`).
#[inline]
pub fn current_owner() -> Option<u32> {
    let mut me = me_bits();
    if me == NOT_OWNER_BITS {
        me = register();
    }
    (me != NOT_OWNER_BITS).then_some(me)
}

/// Gives the current thread an owner id and record, unless it has one, has exited, or the
/// ids are spent. Returns the id bits (`NOT_OWNER_BITS` when the thread owns nothing).
#[cold]
fn register() -> u32 {
    if STATE.with(|s| s.get()) != UNREGISTERED {
        return me_bits();
    }
    // Relaxed: the counter only has to hand out distinct values.
    let tid = NEXT_TID.fetch_add(1, Ordering::Relaxed);
    if tid > MAX_TID {
        // Out of ids (65,533 threads in this process): this thread's objects are born
        // merged and counted atomically, which is slower but correct.
        NEXT_TID.store(MAX_TID + 1, Ordering::Relaxed);
        STATE.with(|s| s.set(GONE));
        return NOT_OWNER_BITS;
    }
    let owner = Arc::new(Owner {
        tid,
        pending: AtomicBool::new(false),
        queue: Mutex::new(Queue {
            dead: false,
            items: Vec::new(),
        }),
    });
    let installed = GUARD.try_with(|g| g.0.set(Some(owner.clone()))).is_ok();
    if !installed {
        // Thread-local destructors are running: no exit hook could merge the queue.
        STATE.with(|s| s.set(GONE));
        return NOT_OWNER_BITS;
    }
    lock(&REGISTRY).push(owner);
    STATE.with(|s| s.set(REGISTERED));
    let bits = tid << TID_SHIFT;
    ME.with(|m| m.set(bits));
    bits
}

/// Runs at thread exit (the owner record's thread-local destructor; idempotent): the
/// thread stops owning anything, marks its queue dead (so later non-owners merge its
/// objects themselves) and merges what was queued.
pub fn thread_exit() {
    exit_owner(GUARD.try_with(|g| g.0.take()).ok().flatten());
}

fn exit_owner(owner: Option<Arc<Owner>>) {
    // First stop using local counts: after the queue is marked dead other threads read
    // them, so this thread must not write them again. Values dropped later on this thread
    // (by other thread-local destructors) take the non-owner path.
    let Some(owner) = owner else {
        return;
    };
    // `try_with`: other thread-locals may already be gone (std keeps `const` ones without
    // destructor reachable, the loom model does not).
    let _ = ME.try_with(|m| m.set(NOT_OWNER_BITS));
    let _ = STATE.try_with(|s| s.set(GONE));
    let items = {
        let mut q = lock(&owner.queue);
        // Release (by the unlock): this thread's last local-count writes happen-before
        // any non-owner that sees `dead` under this lock and reads a frozen local count.
        q.dead = true;
        owner.pending.store(false, Ordering::Relaxed);
        std::mem::take(&mut q.items)
    };
    lock(&REGISTRY).retain(|o| o.tid != owner.tid);
    if items.is_empty() {
        return;
    }
    // Merging frees objects, so it runs attached: at thread exit (the thread-local
    // destructor) this thread has detached, and a cycle collection running in another
    // thread, which only waits for attached threads, could be scanning them. A thread too
    // far into its exit to attach leaks them instead (a QUEUED object is only ever freed
    // by its merge, so nothing else can free it either).
    let _ = attached(move || {
        for e in items {
            // SAFETY: a queued object stays allocated until merged, and each is queued once.
            unsafe { merge_entry(e) };
        }
    });
}

/// Merges one queued object and frees it if its total count is zero.
///
/// # Safety
/// `e.obj` is a live queued object; the caller is its owner thread, or its owner has exited.
unsafe fn merge_entry(e: Entry) {
    // SAFETY: the QUEUED flag keeps the object allocated until this merge.
    let rc = unsafe { e.obj.as_ref() };
    if rc.merge() {
        // SAFETY: the total count is zero: no references remain.
        unsafe { (e.free)(e.obj) };
    }
}

/// A thread's handle on its own queue, held by its `Ctx` for the safepoint poll.
#[derive(Default)]
pub struct ThreadHandle(Option<Arc<Owner>>);

impl ThreadHandle {
    /// The current thread's handle (registering the thread as an owner if needed).
    pub fn current() -> ThreadHandle {
        if STATE.with(|s| s.get()) == UNREGISTERED {
            register();
        }
        ThreadHandle(
            GUARD
                .try_with(|g| {
                    let owner = g.0.take();
                    g.0.set(owner.clone());
                    owner
                })
                .ok()
                .flatten(),
        )
    }

    /// Merges the objects other threads queued to this thread, if any. Called at
    /// safepoints: one load of a flag nobody else writes unless something was queued.
    ///
    /// Returns true when the flag was set: the caller also runs the other deferred work
    /// that [`request_poll`] announces (weak-reference callbacks).
    #[inline]
    pub fn poll(&self) -> bool {
        if let Some(o) = &self.0 {
            // Relaxed: a stale `false` only delays the merge to the next safepoint; the
            // queue itself is read under its lock.
            if o.pending.load(Ordering::Relaxed) {
                merge_queue(o);
                return true;
            }
        }
        false
    }
}

/// Makes this thread's next [`ThreadHandle::poll`] return true (it has deferred work of
/// its own to run at a safepoint). Nothing when the thread has no owner record.
pub fn request_poll() {
    let _ = GUARD.try_with(|g| {
        let owner = g.0.take();
        if let Some(o) = &owner {
            // Relaxed: only this thread polls its own flag.
            o.pending.store(true, Ordering::Relaxed);
        }
        g.0.set(owner);
    });
}

#[cold]
#[inline(never)]
fn merge_queue(o: &Owner) {
    // Only the owner thread may merge (it reads and clears local counts); a handle that
    // travelled to another thread does nothing.
    if me_bits() != o.tid << TID_SHIFT {
        return;
    }
    let items = {
        let mut q = lock(&o.queue);
        o.pending.store(false, Ordering::Relaxed);
        std::mem::take(&mut q.items)
    };
    for e in items {
        // SAFETY: queued objects stay allocated until merged; this is the owner thread.
        unsafe { merge_entry(e) };
    }
}

impl Default for RefCount {
    fn default() -> Self {
        Self::new()
    }
}

impl RefCount {
    /// A count of 1, owned by the current thread.
    #[inline]
    pub fn new() -> RefCount {
        let mut me = me_bits();
        if me == NOT_OWNER_BITS {
            me = register();
            if me == NOT_OWNER_BITS {
                // Born merged: counted atomically by everyone.
                return RefCount {
                    local: AtomicU32::new(TID_NONE),
                    shared: AtomicU32::new(s_word(1, S_MERGED)),
                };
            }
        }
        RefCount {
            local: AtomicU32::new(me | 1),
            shared: AtomicU32::new(0),
        }
    }

    /// An immortal count: incref/decref do nothing.
    pub fn immortal() -> RefCount {
        RefCount {
            local: AtomicU32::new(IMMORTAL_LOCAL),
            shared: AtomicU32::new(S_IMMORTAL),
        }
    }

    /// Adds a reference (the caller holds one).
    #[inline]
    pub fn incref(&self) {
        // Relaxed: only this thread stores to `local` when it is the owner; other
        // threads only use the owner id, which does not change while they hold a reference
        // except to "merged" (see `owner_release`), after which the shared word decides.
        let w = self.local.load(Ordering::Relaxed);
        if w >= IMMORTAL_LOCAL {
            return;
        }
        if w & TID_MASK == me_bits() && w & LOCAL_MASK != LOCAL_MASK {
            // Owner: a plain store (no other thread stores to `local`).
            self.local.store(w + 1, Ordering::Relaxed);
            return;
        }
        self.incref_slow(w);
    }

    /// Drops a reference. Returns true when it was the last one: the caller frees the
    /// object. `free` frees it later if it must be queued to its owner.
    #[inline]
    pub fn decref(&self, free: FreeFn) -> bool {
        let w = self.local.load(Ordering::Relaxed);
        if w >= IMMORTAL_LOCAL {
            return false;
        }
        if w & TID_MASK == me_bits() {
            if w & LOCAL_MASK > 1 {
                // Owner, local count stays positive: a plain store.
                self.local.store(w - 1, Ordering::Relaxed);
                return false;
            }
            // The common death (see `owner_release`), inline: every short-lived float or
            // string of a loop ends here, and the out-of-line path cost 1.2% of n-body.
            if w & LOCAL_MASK == 1 && self.shared.load(Ordering::Acquire) == 0 {
                return true;
            }
        }
        self.decref_slow(w, free)
    }

    #[cold]
    #[inline(never)]
    fn incref_slow(&self, w: u32) {
        if w & TID_MASK == me_bits() {
            // Owner with a full local count: move half of it to the shared count (an
            // atomic add; the total is unchanged) and keep counting locally.
            self.add_shared(LOCAL_HALF as i32);
            self.local.store(w - LOCAL_HALF + 1, Ordering::Relaxed);
            return;
        }
        // Relaxed: the load only skips immortal objects; the add needs no ordering since
        // the caller already holds a reference (as for `Arc::clone`).
        if self.shared.load(Ordering::Relaxed) & S_IMMORTAL != 0 {
            return;
        }
        self.add_shared(1);
    }

    /// Adds `n` (> 0) to the shared count, saturating to immortal near overflow.
    fn add_shared(&self, n: i32) {
        // Relaxed: an increment by a holder of a reference (see `incref_slow`).
        let old = self
            .shared
            .fetch_add((n as u32) << S_SHIFT, Ordering::Relaxed);
        if s_count(old) >= S_SATURATE {
            // Relaxed: immortality only ever suppresses frees.
            self.shared.fetch_or(S_IMMORTAL, Ordering::Relaxed);
        }
    }

    #[cold]
    #[inline(never)]
    fn decref_slow(&self, w: u32, free: FreeFn) -> bool {
        if w & TID_MASK == me_bits() && w & LOCAL_MASK == 1 {
            return self.owner_release(w);
        }
        // A non-owner, or the owner of a queued object whose local count is already 0
        // (then the reference goes to the shared count: only the sum matters).
        self.decref_shared(free)
    }

    /// The owner's local count goes from 1 to 0: merge, unless the object is queued.
    fn owner_release(&self, w: u32) -> bool {
        // Acquire (load and CAS): if the count is zero we free, after every other
        // thread's Release decrement (a release sequence on `shared`).
        let mut s = self.shared.load(Ordering::Acquire);
        if s == 0 {
            // The common death of an object that never left its thread: shared count 0,
            // no flags, so the total is 0 and no other thread holds a reference that
            // could still touch the count. Free without a CAS (as CPython does); the
            // Acquire load pairs with the Release decrements of earlier holders.
            return true;
        }
        if s & S_IMMORTAL != 0 {
            self.local.store(IMMORTAL_LOCAL, Ordering::Relaxed);
            return false;
        }
        if s & S_QUEUED != 0 {
            // Another thread queued it to us and counts on it staying allocated: the queue
            // merge (on this thread) decides. Keep owning it with local count 0.
            self.local.store(w - 1, Ordering::Relaxed);
            return false;
        }
        // Give up ownership *before* publishing MERGED: once MERGED is set another thread
        // may free the object, so we must not touch it after the CAS. In between, no
        // non-owner can queue it: every other reference is counted in `shared` now, so
        // their decrements cannot take it below zero.
        self.local.store(TID_NONE, Ordering::Relaxed);
        loop {
            if s & (S_QUEUED | S_IMMORTAL) != 0 {
                // Unreachable by the argument above; leaking beats a use-after-free.
                debug_assert!(s & S_QUEUED == 0, "queued while the owner merges");
                return false;
            }
            // MERGED makes the shared count the whole count from now on.
            match self.shared.compare_exchange_weak(
                s,
                s | S_MERGED,
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                Ok(_) => return s_count(s) == 0,
                Err(now) => s = now,
            }
        }
    }

    /// A decrement of the shared count (by a non-owner, or by anyone once merged).
    fn decref_shared(&self, free: FreeFn) -> bool {
        let mut s = self.shared.load(Ordering::Relaxed);
        loop {
            if s & S_IMMORTAL != 0 {
                return false;
            }
            if s & S_MERGED != 0 {
                // Merged is final: the shared count is the count. Release publishes our
                // uses of the object to whoever frees it; the freer's Acquire fence pairs.
                let old = self.shared.fetch_sub(S_ONE, Ordering::Release);
                if s_count(old) == 1 && old & S_IMMORTAL == 0 {
                    fence(Ordering::Acquire);
                    return true;
                }
                return false;
            }
            let n = s_count(s);
            let queue = n <= 0 && s & S_QUEUED == 0;
            let new = s.wrapping_sub(S_ONE) | if queue { S_QUEUED } else { 0 };
            // Release: our uses of the object happen-before whoever merges and frees it.
            // Acquire on success when queueing: we may read the (frozen) local count.
            match self
                .shared
                .compare_exchange_weak(s, new, Ordering::AcqRel, Ordering::Relaxed)
            {
                Ok(_) if queue => return self.queue_to_owner(free),
                Ok(_) => return false,
                Err(now) => s = now,
            }
        }
    }

    /// Hands a queued object (QUEUED just set by us) to its owner, or merges it here if
    /// the owner has exited. Returns true when the caller must free it.
    #[cold]
    fn queue_to_owner(&self, free: FreeFn) -> bool {
        // The owner id is stable now: the object is not merged and is queued, so the
        // owner cannot merge it except through its queue.
        let tid = self.local.load(Ordering::Acquire) >> TID_SHIFT;
        if tid << TID_SHIFT >= IMMORTAL_LOCAL {
            return false;
        }
        let owner = lock(&REGISTRY).iter().find(|o| o.tid == tid).cloned();
        if let Some(o) = owner {
            let mut q = lock(&o.queue);
            if !q.dead {
                q.items.push(Entry {
                    obj: NonNull::from(self),
                    free,
                });
                o.pending.store(true, Ordering::Relaxed);
                return false;
            }
        }
        // The owner has exited: it marked its queue dead (or left the registry) under a
        // lock we just took, after its last write to `local`, so the local count we read
        // now is final. QUEUED stops anyone else from merging concurrently.
        self.merge()
    }

    /// Folds the local count into the shared count and marks the object merged. Called by
    /// the owner for queued objects, or by anyone once the owner has exited. Returns true
    /// when the total is zero (the caller frees).
    fn merge(&self) -> bool {
        let w = self.local.load(Ordering::Acquire);
        if w >= IMMORTAL_LOCAL {
            return false;
        }
        let local = (w & LOCAL_MASK) as i32;
        if w & TID_MASK == me_bits() {
            // The owner stops counting locally, before the CAS: after it the object may be
            // freed by another thread. QUEUED is set, so nobody reads the owner id now.
            self.local.store(TID_NONE, Ordering::Relaxed);
        }
        let mut s = self.shared.load(Ordering::Acquire);
        loop {
            if s & S_IMMORTAL != 0 || s & S_MERGED != 0 {
                return false;
            }
            let total = s_count(s) + local;
            let flags = (s & S_WEAK)
                | if total >= S_SATURATE {
                    S_MERGED | S_IMMORTAL
                } else {
                    S_MERGED
                };
            // AcqRel: acquire every Release decrement before a possible free.
            match self.shared.compare_exchange_weak(
                s,
                s_word(total, flags),
                Ordering::AcqRel,
                Ordering::Acquire,
            ) {
                // Nothing touches the object after this CAS (it may be freed).
                Ok(_) => return total == 0,
                Err(now) => s = now,
            }
        }
    }

    /// Whether the calling thread holds the only reference: it owns the object, its local
    /// count is 1 and no other thread ever counted it (the shared word is 0). The caller
    /// must hold a reference; then no other thread can add one without it.
    #[inline]
    pub fn is_unique(&self) -> bool {
        // Acquire: pairs with the Release decrements of earlier holders on other threads
        // (as in `owner_release`), so their uses of the object happen before the caller's.
        self.local.load(Ordering::Relaxed) == me_bits() | 1
            && self.shared.load(Ordering::Acquire) == 0
    }

    /// The true count (local + shared). Exact when no other thread is changing it (the
    /// cycle collector reads it with all other threads parked); approximate otherwise.
    pub fn get(&self) -> usize {
        let w = self.local.load(Ordering::Acquire);
        let s = self.shared.load(Ordering::Acquire);
        let local = if s & S_MERGED != 0 {
            0
        } else {
            (w & LOCAL_MASK) as i64
        };
        (local + s_count(s) as i64).max(0) as usize
    }

    /// Marks the object as possibly weakly referenced (idempotent). The caller holds a
    /// strong reference, so the object cannot die concurrently, and the flag is in the
    /// modification order of `shared` before the caller's own later decrement: whoever
    /// takes the count to zero afterwards sees it.
    pub fn mark_weak(&self) {
        // Relaxed: ordered with the frees by the RMW order of `shared` (see above).
        if self.shared.load(Ordering::Relaxed) & S_WEAK == 0 {
            self.shared.fetch_or(S_WEAK, Ordering::Relaxed);
        }
    }

    /// Whether [`mark_weak`](Self::mark_weak) was called: the free path must clear weak
    /// references first. Called by the thread that frees the object (its count is zero,
    /// so the flag no longer changes).
    #[inline]
    pub fn has_weak(&self) -> bool {
        self.shared.load(Ordering::Relaxed) & S_WEAK != 0
    }

    /// Gives an object whose count reached zero one reference again, held by the calling
    /// thread (which becomes its owner): its finaliser (`__del__`) is about to run. Keeps
    /// the weak flag.
    ///
    /// # Safety
    /// The count is zero and no other thread can reach the object: its weak references
    /// (if any) were cleared, so nothing can [`try_incref`](Self::try_incref) it.
    pub unsafe fn revive(&self) {
        let fresh = RefCount::new();
        let weak = self.shared.load(Ordering::Relaxed) & S_WEAK;
        self.local
            .store(fresh.local.load(Ordering::Relaxed), Ordering::Relaxed);
        self.shared.store(
            fresh.shared.load(Ordering::Relaxed) | weak,
            Ordering::Relaxed,
        );
    }

    /// Adds a reference to an object the caller holds *no* reference to, unless the
    /// object is already dead (its count reached zero). Only for objects marked with
    /// [`mark_weak`](Self::mark_weak), and only while something keeps the memory
    /// allocated (the weak-reference lock, which the freeing thread takes before freeing).
    ///
    /// Why it is sound: a marked object dies only through a CAS on `shared` that sets
    /// MERGED with a count of 0 (`owner_release`, `merge`) or a MERGED decrement to 0
    /// (`decref_shared`); a marked shared word is never 0, so the CAS-free owner death is
    /// never taken. That state is final. Here:
    /// - the owner thread (its id in `local`) increments its local count: it is not inside
    ///   a death of the object (a dying object's owner id is cleared before the deciding
    ///   CAS, or was never this thread's), so the object is alive, or queued with a total
    ///   of 0 waiting for this very thread's merge, which will now see 1 (a resurrection
    ///   before any teardown, harmless);
    /// - any other thread CASes the shared count up, refusing MERGED-with-0: a successful
    ///   CAS lands before the deciding CAS in the modification order of `shared`, so the
    ///   decision counts it and does not free.
    pub fn try_incref(&self) -> bool {
        let w = self.local.load(Ordering::Relaxed);
        if w >= IMMORTAL_LOCAL {
            return true;
        }
        if w & TID_MASK == me_bits() {
            if w & LOCAL_MASK == LOCAL_MASK {
                self.incref_slow(w);
            } else {
                self.local.store(w + 1, Ordering::Relaxed);
            }
            return true;
        }
        // Acquire: the object's contents, published before the reference we now take.
        let mut s = self.shared.load(Ordering::Acquire);
        loop {
            if s & S_IMMORTAL != 0 {
                return true;
            }
            if s & S_MERGED != 0 && s_count(s) <= 0 {
                return false;
            }
            let mut new = s.wrapping_add(S_ONE);
            if s_count(s) >= S_SATURATE {
                new |= S_IMMORTAL;
            }
            match self
                .shared
                .compare_exchange_weak(s, new, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => return true,
                Err(now) => s = now,
            }
        }
    }

    /// Whether increments and decrements are no-ops.
    pub fn is_immortal(&self) -> bool {
        self.local.load(Ordering::Relaxed) >= IMMORTAL_LOCAL
            || self.shared.load(Ordering::Relaxed) & S_IMMORTAL != 0
    }

    /// Makes the object immortal (never freed). Any thread may call this while holding a
    /// reference.
    pub fn make_immortal(&self) {
        // Relaxed: immortality only suppresses frees; the caller's reference keeps the
        // count above zero until the flag is visible to every decrementer (RMW order).
        self.shared.fetch_or(S_IMMORTAL, Ordering::Relaxed);
        let w = self.local.load(Ordering::Relaxed);
        if w & TID_MASK == me_bits() {
            // The owner may store to its own local word: the fast paths now skip it.
            self.local
                .store(IMMORTAL_LOCAL | (w & LOCAL_MASK), Ordering::Relaxed);
        } else if w & TID_MASK == TID_NONE {
            // Merged: nobody stores to `local` any more except this same CAS.
            let _ = self.local.compare_exchange(
                w,
                IMMORTAL_LOCAL | (w & LOCAL_MASK),
                Ordering::Relaxed,
                Ordering::Relaxed,
            );
        }
    }
}

#[cfg(all(test, not(loom)))]
#[path = "brc_tests.rs"]
mod tests;
