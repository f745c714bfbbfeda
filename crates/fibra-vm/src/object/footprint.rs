//! Charging the growable storage of containers to the memory cap.
//!
//! An object is charged its header and immutable contents when it is allocated and
//! credited the same when it is freed ([`crate::embed::limits`]). Lists, dicts, sets and
//! bytearrays also own storage that grows and shrinks while they live. [`ChargedLock`] (the
//! object lock around such storage) measures the storage's [`Footprint`] when a guard is
//! taken and again when it is dropped, and charges the difference, so every mutation path
//! is covered without each one having to remember. Without a memory cap in the process the
//! guard pays one relaxed load of a never-written flag.

use std::ops::{Deref, DerefMut};

use crate::embed::limits;
use crate::sync::{ObjGuard, ObjLock};
use crate::value::Value;

/// Heap bytes owned by a container's growable storage (beyond the object itself).
pub trait Footprint {
    fn footprint(&self) -> usize;
}

impl Footprint for Vec<Value> {
    #[inline]
    fn footprint(&self) -> usize {
        self.capacity() * std::mem::size_of::<Value>()
    }
}

impl Footprint for Vec<u8> {
    #[inline]
    fn footprint(&self) -> usize {
        self.capacity()
    }
}

/// An object lock whose guard charges growth of the contents to the memory cap.
pub struct ChargedLock<T: Footprint> {
    lock: ObjLock<T>,
}

/// The guard of a [`ChargedLock`]; dereferences to the contents.
pub struct ChargedGuard<'a, T: Footprint> {
    guard: ObjGuard<'a, T>,
    /// The footprint when the lock was taken; `usize::MAX` when no cap is in force.
    before: usize,
}

impl<T: Footprint> ChargedLock<T> {
    pub const fn new(value: T) -> Self {
        ChargedLock {
            lock: ObjLock::new(value),
        }
    }

    #[inline]
    pub fn lock(&self) -> ChargedGuard<'_, T> {
        let guard = self.lock.lock();
        let before = if limits::caps_on() {
            guard.footprint()
        } else {
            usize::MAX
        };
        ChargedGuard { guard, before }
    }

    /// See [`ObjLock::lock_elided`].
    ///
    /// # Safety
    /// As for [`ObjLock::lock_elided`].
    #[cfg(not(feature = "gil"))]
    #[inline]
    pub unsafe fn lock_elided<'a>(
        &'a self,
        busy: &'a std::sync::atomic::AtomicBool,
    ) -> ChargedGuard<'a, T> {
        // SAFETY: the caller's promise, passed on.
        let guard = unsafe { self.lock.lock_elided(busy) };
        let before = if limits::caps_on() {
            guard.footprint()
        } else {
            usize::MAX
        };
        ChargedGuard { guard, before }
    }

    pub fn into_inner(self) -> T {
        self.lock.into_inner()
    }

    pub fn get_mut(&mut self) -> &mut T {
        self.lock.get_mut()
    }

    /// See [`ObjLock::data_ptr`].
    #[inline]
    pub fn data_ptr(&self) -> *mut T {
        self.lock.data_ptr()
    }
}

impl<T: Footprint + Default> Default for ChargedLock<T> {
    fn default() -> Self {
        ChargedLock::new(T::default())
    }
}

impl<T: Footprint> ChargedGuard<'_, T> {
    /// Charges growth now (before a check that must see it, e.g. the cap itself).
    pub fn settle(&mut self) {
        if self.before != usize::MAX {
            let after = self.guard.footprint();
            if after != self.before {
                limits::charge_delta(after as i64 - self.before as i64);
                self.before = after;
            }
        }
    }
}

impl<T: Footprint> Drop for ChargedGuard<'_, T> {
    #[inline]
    fn drop(&mut self) {
        if self.before != usize::MAX {
            self.settle();
        }
    }
}

impl<T: Footprint> Deref for ChargedGuard<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        &self.guard
    }
}

impl<T: Footprint> DerefMut for ChargedGuard<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        &mut self.guard
    }
}
