//! The synchronisation primitives, switched by the `gil` cargo feature.
//!
//! This is the only place where the free-threaded build and the `gil` build differ in how
//! objects are shared: the reference count and the per-object lock. The rest of the VM is
//! written once against [`RefCount`] and [`ObjLock`].
//!
//! - Default build: the reference count is an `AtomicUsize`; objects that are never freed
//!   (builtin types, interned constants, None/True/False are immediates anyway) carry the
//!   IMMORTAL bit and skip the count entirely, so shared constants never become a contended
//!   cache line.
//! - `gil` build: the count is a plain integer. It is only touched by the thread holding the
//!   global lock (threads arrive with the threads issue; until then there is one thread).

/// Set on objects that live for the whole process: incref/decref are no-ops.
const IMMORTAL: usize = 1 << (usize::BITS - 1);

#[cfg(not(feature = "gil"))]
mod imp {
    use super::IMMORTAL;
    use std::sync::atomic::{fence, AtomicUsize, Ordering};

    pub struct RefCount(AtomicUsize);

    impl RefCount {
        pub const fn new() -> RefCount {
            RefCount(AtomicUsize::new(1))
        }
        pub const fn immortal() -> RefCount {
            RefCount(AtomicUsize::new(IMMORTAL))
        }
        #[inline]
        pub fn incref(&self) {
            // Relaxed is enough for an increment: the caller already holds a reference.
            if self.0.load(Ordering::Relaxed) & IMMORTAL == 0 {
                self.0.fetch_add(1, Ordering::Relaxed);
            }
        }
        /// Returns true when this was the last reference.
        #[inline]
        pub fn decref(&self) -> bool {
            if self.0.load(Ordering::Relaxed) & IMMORTAL != 0 {
                return false;
            }
            if self.0.fetch_sub(1, Ordering::Release) == 1 {
                // Synchronise with every other thread's earlier decrement before teardown.
                fence(Ordering::Acquire);
                return true;
            }
            false
        }
        pub fn get(&self) -> usize {
            self.0.load(Ordering::Relaxed) & !IMMORTAL
        }
        pub fn is_immortal(&self) -> bool {
            self.0.load(Ordering::Relaxed) & IMMORTAL != 0
        }
        pub fn make_immortal(&self) {
            self.0.fetch_or(IMMORTAL, Ordering::Relaxed);
        }
    }
}

#[cfg(feature = "gil")]
mod imp {
    use super::IMMORTAL;
    use std::cell::Cell;

    pub struct RefCount(Cell<usize>);

    // SAFETY: in the `gil` build every reference-count update happens while the updating
    // thread holds the global interpreter lock, so there are never two concurrent accesses.
    unsafe impl Sync for RefCount {}

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
            n == 1
        }
        pub fn get(&self) -> usize {
            self.0.get() & !IMMORTAL
        }
        pub fn is_immortal(&self) -> bool {
            self.0.get() & IMMORTAL != 0
        }
        pub fn make_immortal(&self) {
            self.0.set(self.0.get() | IMMORTAL);
        }
    }
}

pub use imp::RefCount;

/// The lock guarding a mutable object's contents, taken for reads and writes of the
/// contents. Never call script code while holding one: snapshot under the lock, release,
/// then call out.
///
/// Both builds currently use a one-byte parking_lot mutex; lock-free reads of list and dict
/// slots (and a no-op lock in the `gil` build) arrive with the threads issue.
pub struct ObjLock<T>(parking_lot::Mutex<T>);

pub type ObjGuard<'a, T> = parking_lot::MutexGuard<'a, T>;

impl<T> ObjLock<T> {
    pub const fn new(value: T) -> ObjLock<T> {
        ObjLock(parking_lot::const_mutex(value))
    }
    #[inline]
    pub fn lock(&self) -> ObjGuard<'_, T> {
        self.0.lock()
    }
    pub fn into_inner(self) -> T {
        self.0.into_inner()
    }
    pub fn get_mut(&mut self) -> &mut T {
        self.0.get_mut()
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
