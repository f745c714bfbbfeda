//! The synchronisation primitives, switched by the `gil` cargo feature.
//!
//! This is the only place where the free-threaded build and the `gil` build differ in how
//! objects are shared: the reference count and the per-object lock. The rest of the VM is
//! written once against [`RefCount`] and [`ObjLock`].
//!
//! - Default build: biased reference counting ([`brc`]): the thread that created an object
//!   counts with plain loads and stores, other threads atomically; objects that are never
//!   freed (builtin types, interned constants; None/True/False are immediates anyway) are
//!   immortal and skip the count entirely, so shared constants never become a contended
//!   cache line.
//! - `gil` build: the count is a plain integer and the object lock is a no-op cell. Both
//!   are only touched by the thread holding the global interpreter lock ([`gil`]): every
//!   thread that runs script code is attached (`Ctx::new` attaches), and code that runs
//!   detached (inside [`without_gil`]) must not touch values.
//!
//! The GIL hooks ([`attach`], [`detach`], [`without_gil`], [`safepoint`]) live in [`gil`];
//! in the default build they drive the stop-the-world protocol of the cycle collector
//! ([`stw`]).

pub mod epoch;
pub mod gil;
#[cfg(not(feature = "gil"))]
pub mod owner_lock;
pub mod seqlock;
mod shim;
pub mod stw;

pub use gil::{attach, detach, gil_held, safepoint, with_gil, without_gil, HAS_GIL};

/// One-time process set-up of the free-threaded build's lock elision
/// ([`owner_lock::prepare_process`]); nothing in the `gil` build. Call it at the top of
/// `main`, before starting threads: it is cheap there and ~10 ms later.
pub fn prepare_process() {
    #[cfg(not(feature = "gil"))]
    owner_lock::prepare_process();
}
pub use stw::no_stop;

use crate::object::Payload;
use crate::value::Value;

/// Makes an object that every thread touches constantly immortal (modules, their globals,
/// the builtins namespace), so reading it never writes a shared reference count. This is
/// the deferred-counting approximation of docs/memory-model.md: such objects are never
/// freed (the cycle collector treats them as roots and stops tracking them).
pub fn immortalize_shared(v: &Value) {
    if let Some(o) = v.as_obj() {
        if !o.rc().is_immortal() {
            o.make_immortal();
        }
    }
}

/// Makes a native module (or the builtins module) immortal with its namespace and the
/// functions and classes in it: every thread calls `len`, `isinstance` or `math.sqrt`,
/// and each count of such a function wrote one line that all of them share.
pub fn immortalize_native_module(module: &Value) {
    immortalize_shared(module);
    let Some(Payload::Module(m)) = module.payload() else {
        return;
    };
    immortalize_shared(&m.dict);
    if let Some(Payload::Dict(d)) = m.dict.payload() {
        for v in d.values() {
            if matches!(
                v.payload(),
                Some(Payload::NativeFunction(_) | Payload::Function(_) | Payload::Type(_))
            ) {
                immortalize_shared(&v);
            }
        }
    }
}

/// Called when module-level or class-body code binds a name: functions and classes
/// defined there are shared by every thread that calls them, so they become immortal.
#[inline]
pub fn immortalize_definition(v: &Value) {
    if matches!(v.payload(), Some(Payload::Function(_) | Payload::Type(_))) {
        immortalize_shared(v);
    }
}

/// Set on objects that live for the whole process: incref/decref are no-ops (`gil` build).
#[cfg(feature = "gil")]
const IMMORTAL: usize = 1 << (usize::BITS - 1);
/// Set on objects that may be weakly referenced (`gil` build): freeing them clears their
/// weak references. Never cleared; masked out of the count.
#[cfg(feature = "gil")]
const WEAK: usize = 1 << (usize::BITS - 2);

#[cfg(not(feature = "gil"))]
pub mod brc;
#[cfg(not(feature = "gil"))]
mod brc_shim;

/// A thread's handle on the objects other threads handed back to it (biased counting),
/// held by its `Ctx`: [`OwnerHandle::poll`] at safepoints merges them. A no-op in the
/// `gil` build.
#[cfg(not(feature = "gil"))]
pub use brc::ThreadHandle as OwnerHandle;

/// Ends the current thread's ownership of the objects it created (biased counting): merges
/// what other threads queued to it, and makes later decrements by other threads merge
/// themselves. Called by a script thread before it reports itself finished, so that
/// `join()` returns with nothing left waiting in its queue. A no-op in the `gil` build.
#[inline]
pub fn end_thread_ownership() {
    #[cfg(not(feature = "gil"))]
    brc::thread_exit();
}

#[cfg(not(feature = "gil"))]
mod imp {
    use super::brc;
    use std::ptr::NonNull;

    /// Biased reference count (see [`brc`]): the owner thread counts with plain loads and
    /// stores, other threads atomically. `repr(transparent)`, and `Obj` is `repr(C)` with
    /// the count first, so the count's address is the object's (see `free_obj`).
    #[repr(transparent)]
    pub struct RefCount(brc::RefCount);

    impl Default for RefCount {
        fn default() -> Self {
            Self::new()
        }
    }

    /// Frees an object queued to its owner once the merge finds it unreferenced.
    ///
    /// # Safety
    /// `rc` is the count of a live `Obj` from `object::alloc` with no references left.
    unsafe fn free_obj(rc: NonNull<brc::RefCount>) {
        // SAFETY: the count is the first field of the `repr(C)` `Obj` (through the
        // transparent wrapper), so the pointer is the object's; the caller guarantees it
        // is unreferenced.
        unsafe { crate::object::dealloc(rc.cast()) }
    }

    impl RefCount {
        #[inline]
        pub fn new() -> RefCount {
            RefCount(brc::RefCount::new())
        }
        pub fn immortal() -> RefCount {
            RefCount(brc::RefCount::immortal())
        }
        #[inline]
        pub fn incref(&self) {
            self.0.incref()
        }
        /// Returns true when this was the last reference.
        #[inline]
        pub fn decref(&self) -> bool {
            self.0.decref(free_obj)
        }
        pub fn get(&self) -> usize {
            self.0.get()
        }
        /// Whether the caller's reference is the only one (see `brc::RefCount::is_unique`).
        #[inline]
        pub fn is_unique(&self) -> bool {
            self.0.is_unique()
        }
        pub fn is_immortal(&self) -> bool {
            self.0.is_immortal()
        }
        pub fn make_immortal(&self) {
            self.0.make_immortal()
        }
        /// See `brc::RefCount::mark_weak` (the caller holds a strong reference).
        pub fn mark_weak(&self) {
            self.0.mark_weak()
        }
        /// Whether the object may have weak references (checked when it is freed).
        #[inline]
        pub fn has_weak(&self) -> bool {
            self.0.has_weak()
        }
        /// See `brc::RefCount::try_incref`: a new reference unless the object is dead.
        pub fn try_incref(&self) -> bool {
            self.0.try_incref()
        }
        /// See `brc::RefCount::revive`.
        ///
        /// # Safety
        /// As there: the count is zero and no other thread can reach the object.
        pub unsafe fn revive(&self) {
            // SAFETY: the caller's contract is the callee's.
            unsafe { self.0.revive() }
        }
    }
}

/// An id for the current thread that no other thread ever has (see
/// `brc::current_owner`); None when it has none. In the `gil` build every thread that
/// runs holds the GIL, which serialises everything: one id for all.
#[cfg(not(feature = "gil"))]
#[inline]
pub(crate) fn current_owner() -> Option<u32> {
    brc::current_owner()
}

#[cfg(feature = "gil")]
#[inline]
pub(crate) fn current_owner() -> Option<u32> {
    Some(1)
}

/// The `gil` build has no biased counting: nothing to merge.
#[cfg(feature = "gil")]
#[derive(Default)]
pub struct OwnerHandle;

#[cfg(feature = "gil")]
thread_local! {
    /// Set by [`request_poll`]: this thread has weak-reference callbacks to run.
    static POLL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[cfg(feature = "gil")]
impl OwnerHandle {
    /// The current thread's handle (nothing in the `gil` build).
    pub fn current() -> OwnerHandle {
        OwnerHandle
    }
    /// Nothing to merge in the `gil` build; true once after [`request_poll`].
    #[inline]
    pub fn poll(&self) -> bool {
        POLL.with(|p| {
            let set = p.get();
            if set {
                p.set(false);
            }
            set
        })
    }
}

/// Asks this thread's next safepoint poll (`OwnerHandle::poll`) to report deferred work
/// (weak-reference callbacks waiting in `object::weakref`).
pub fn request_poll() {
    #[cfg(not(feature = "gil"))]
    brc::request_poll();
    #[cfg(feature = "gil")]
    let _ = POLL.try_with(|p| p.set(true));
}

#[cfg(feature = "gil")]
mod imp {
    use super::{IMMORTAL, WEAK};
    use std::cell::Cell;

    pub struct RefCount(Cell<usize>);

    // SAFETY: in the `gil` build every reference-count update happens while the updating
    // thread holds the global interpreter lock, so there are never two concurrent accesses.
    unsafe impl Sync for RefCount {}

    impl Default for RefCount {
        fn default() -> Self {
            Self::new()
        }
    }

    impl RefCount {
        pub const fn new() -> RefCount {
            RefCount(Cell::new(1))
        }
        pub const fn immortal() -> RefCount {
            RefCount(Cell::new(IMMORTAL))
        }
        #[inline]
        pub fn incref(&self) {
            let n = self.0.get();
            if n & IMMORTAL == 0 {
                self.0.set(n + 1);
            }
        }
        #[inline]
        pub fn decref(&self) -> bool {
            let n = self.0.get();
            if n & IMMORTAL != 0 {
                return false;
            }
            self.0.set(n - 1);
            n & !WEAK == 1
        }
        pub fn get(&self) -> usize {
            self.0.get() & !(IMMORTAL | WEAK)
        }
        /// Marks the object as possibly weakly referenced (see `brc::RefCount::mark_weak`).
        pub fn mark_weak(&self) {
            self.0.set(self.0.get() | WEAK);
        }
        /// Whether the object may have weak references (checked when it is freed).
        #[inline]
        pub fn has_weak(&self) -> bool {
            self.0.get() & WEAK != 0
        }
        /// A new reference unless the count already reached zero (the GIL serialises this
        /// with every decrement, so a zero count is final).
        pub fn try_incref(&self) -> bool {
            let n = self.0.get();
            if n & IMMORTAL != 0 {
                return true;
            }
            if n & !WEAK == 0 {
                return false;
            }
            self.0.set(n + 1);
            true
        }
        /// Whether the caller's reference is the only one (immortal objects never are).
        #[inline]
        pub fn is_unique(&self) -> bool {
            self.0.get() == 1
        }
        pub fn is_immortal(&self) -> bool {
            self.0.get() & IMMORTAL != 0
        }
        pub fn make_immortal(&self) {
            self.0.set(self.0.get() | IMMORTAL);
        }
        /// One reference again for an object whose count reached zero (its finaliser is
        /// about to run); keeps the weak flag.
        ///
        /// # Safety
        /// The count is zero and the caller holds the GIL.
        pub unsafe fn revive(&self) {
            self.0.set(1 | (self.0.get() & WEAK));
        }
    }
}

pub use imp::RefCount;

/// The lock guarding a mutable object's contents, taken for reads and writes of the
/// contents. Never call script code (or block) while holding one: snapshot under the lock,
/// release, then call out.
///
/// Default build: a one-byte test-and-test-and-set lock. Acquiring is one CAS; releasing
/// is a plain `Release` store (no read-modify-write, unlike a parking mutex, which must
/// check for parked waiters). Hold times are bounded by rule (no script code, no blocking,
/// no second object lock under it), so waiters spin briefly and then yield the CPU instead
/// of parking. `gil` build: no lock at all (the GIL already serialises every access);
/// debug builds still catch a re-entrant lock, which would be a deadlock in the default
/// build.
#[cfg(not(feature = "gil"))]
pub use spin::{ObjGuard, ObjLock};

#[cfg(not(feature = "gil"))]
mod spin {
    use std::cell::UnsafeCell;
    use std::ops::{Deref, DerefMut};
    use std::sync::atomic::{AtomicBool, Ordering};

    pub struct ObjLock<T> {
        locked: AtomicBool,
        value: UnsafeCell<T>,
    }

    // SAFETY: the contents are only reached through an `ObjGuard`, and at most one guard
    // exists at a time (the `locked` flag, taken with Acquire and released with Release),
    // so this is a mutex: `T: Send` suffices, as for `std::sync::Mutex`.
    unsafe impl<T: Send> Sync for ObjLock<T> {}
    // SAFETY: moving the lock moves the contents.
    unsafe impl<T: Send> Send for ObjLock<T> {}

    pub struct ObjGuard<'a, T> {
        lock: &'a ObjLock<T>,
        /// Cleared when the guard drops: the lock's own flag, or the owner's `busy` flag
        /// of an elided section ([`ObjLock::lock_elided`]).
        release: &'a AtomicBool,
    }

    impl<T> ObjLock<T> {
        pub const fn new(value: T) -> ObjLock<T> {
            ObjLock {
                locked: AtomicBool::new(false),
                value: UnsafeCell::new(value),
            }
        }

        #[inline]
        pub fn lock(&self) -> ObjGuard<'_, T> {
            if self
                .locked
                .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
                .is_err()
            {
                self.lock_contended();
            }
            ObjGuard {
                lock: self,
                release: &self.locked,
            }
        }

        /// A guard taken without the lock, for an owner section of
        /// [`crate::sync::owner_lock`]: dropping it clears `busy` instead of the lock.
        ///
        /// # Safety
        /// The caller has made sure by other means that no other access to the contents
        /// happens until the guard drops (the owner-elision protocol: `busy` is set and
        /// the object was still private to this thread after setting it).
        #[inline]
        pub unsafe fn lock_elided<'a>(&'a self, busy: &'a AtomicBool) -> ObjGuard<'a, T> {
            ObjGuard {
                lock: self,
                release: busy,
            }
        }

        #[cold]
        #[inline(never)]
        fn lock_contended(&self) {
            let mut spins = 0u32;
            loop {
                if !self.locked.load(Ordering::Relaxed)
                    && self
                        .locked
                        .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
                        .is_ok()
                {
                    return;
                }
                if spins < 64 {
                    std::hint::spin_loop();
                    spins += 1;
                } else {
                    // The holder may have been preempted: let it run.
                    std::thread::yield_now();
                }
            }
        }

        pub fn into_inner(self) -> T {
            self.value.into_inner()
        }

        pub fn get_mut(&mut self) -> &mut T {
            self.value.get_mut()
        }

        /// The contents' address, for lock-free readers of fields that writers only
        /// change with atomic stores (`object::table`). Creating a reference to the
        /// whole contents through it is only sound under the lock.
        #[inline]
        pub fn data_ptr(&self) -> *mut T {
            self.value.get()
        }
    }

    impl<T> Drop for ObjGuard<'_, T> {
        #[inline]
        fn drop(&mut self) {
            self.release.store(false, Ordering::Release);
        }
    }

    impl<T> Deref for ObjGuard<'_, T> {
        type Target = T;
        #[inline]
        fn deref(&self) -> &T {
            // SAFETY: this guard holds the lock (or runs an owner section, whose caller
            // vouched for exclusive access: `lock_elided`), so no other access exists.
            unsafe { &*self.lock.value.get() }
        }
    }

    impl<T> DerefMut for ObjGuard<'_, T> {
        #[inline]
        fn deref_mut(&mut self) -> &mut T {
            // SAFETY: as for `deref`; `&mut self` makes this borrow unique.
            unsafe { &mut *self.lock.value.get() }
        }
    }
}

#[cfg(feature = "gil")]
pub use nolock::{ObjGuard, ObjLock};

#[cfg(feature = "gil")]
mod nolock {
    use std::cell::UnsafeCell;
    use std::ops::{Deref, DerefMut};

    /// The `gil` build's object lock: the contents, accessed only under the GIL.
    pub struct ObjLock<T> {
        value: UnsafeCell<T>,
        #[cfg(debug_assertions)]
        locked: std::cell::Cell<bool>,
    }

    // SAFETY: in the `gil` build every access to the contents happens on a thread holding
    // the global interpreter lock (see the module documentation), and a guard is never
    // held across a GIL release (no script code or blocking call runs under it), so there
    // are never two live guards on one lock.
    unsafe impl<T: Send> Sync for ObjLock<T> {}
    // SAFETY: as above; moving the lock moves the contents.
    unsafe impl<T: Send> Send for ObjLock<T> {}

    pub struct ObjGuard<'a, T> {
        lock: &'a ObjLock<T>,
    }

    impl<T> ObjLock<T> {
        pub const fn new(value: T) -> ObjLock<T> {
            ObjLock {
                value: UnsafeCell::new(value),
                #[cfg(debug_assertions)]
                locked: std::cell::Cell::new(false),
            }
        }
        #[inline]
        pub fn lock(&self) -> ObjGuard<'_, T> {
            #[cfg(debug_assertions)]
            assert!(
                !self.locked.replace(true),
                "ObjLock locked twice (would deadlock in the free-threaded build)"
            );
            ObjGuard { lock: self }
        }
        pub fn into_inner(self) -> T {
            self.value.into_inner()
        }
        pub fn get_mut(&mut self) -> &mut T {
            self.value.get_mut()
        }

        /// The contents' address, for lock-free readers of fields that writers only
        /// change with atomic stores (`object::table`). Creating a reference to the
        /// whole contents through it is only sound under the lock.
        #[inline]
        pub fn data_ptr(&self) -> *mut T {
            self.value.get()
        }
    }

    impl<T> Drop for ObjGuard<'_, T> {
        #[inline]
        fn drop(&mut self) {
            #[cfg(debug_assertions)]
            self.lock.locked.set(false);
        }
    }

    impl<T> Deref for ObjGuard<'_, T> {
        type Target = T;
        #[inline]
        fn deref(&self) -> &T {
            // SAFETY: the guard is the only access to the contents (see `Sync` above).
            unsafe { &*self.lock.value.get() }
        }
    }

    impl<T> DerefMut for ObjGuard<'_, T> {
        #[inline]
        fn deref_mut(&mut self) -> &mut T {
            // SAFETY: as for `deref`; `&mut self` makes this borrow unique.
            unsafe { &mut *self.lock.value.get() }
        }
    }
}

impl<T: Default> Default for ObjLock<T> {
    fn default() -> Self {
        ObjLock::new(T::default())
    }
}

/// A once-initialised slot for lazily computed, immutable data (cached hashes and the like).
pub struct OnceSlot<T>(std::sync::OnceLock<T>);

impl<T> OnceSlot<T> {
    pub const fn new() -> Self {
        OnceSlot(std::sync::OnceLock::new())
    }
    pub fn get_or_init(&self, f: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(f)
    }
}

impl<T> Default for OnceSlot<T> {
    fn default() -> Self {
        Self::new()
    }
}
