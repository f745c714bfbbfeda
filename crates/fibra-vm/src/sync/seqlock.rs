//! The writer's half of the sequence lock that dict/set tables and list items share
//! (`object/table.rs`, `object/list_slots.rs`): the version is odd while a writer is inside.

use std::sync::atomic::{fence, AtomicU64, Ordering};

/// Held inside a container's lock guard. The first mutable access makes the version odd
/// ([`SeqWriter::begin`]); dropping the writer after a write makes it even again. Declare
/// it before the lock guard in the guard struct, so it drops (ends the write) while the
/// lock is still held.
pub struct SeqWriter<'a> {
    version: &'a AtomicU64,
    writing: bool,
}

impl<'a> SeqWriter<'a> {
    #[inline]
    pub fn new(version: &'a AtomicU64) -> Self {
        SeqWriter {
            version,
            writing: false,
        }
    }

    /// Marks a write in progress (once per guard). The caller holds the container's lock,
    /// so a plain load + store is enough; the fence orders the odd version before the
    /// writes that follow.
    #[inline]
    pub fn begin(&mut self) {
        if !self.writing {
            self.writing = true;
            let v = self.version.load(Ordering::Relaxed);
            self.version.store(v.wrapping_add(1), Ordering::Relaxed);
            fence(Ordering::Release);
        }
    }

    /// The version as of now (under the lock).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Relaxed)
    }

    /// The version the container will have once this write ends (under the lock, so no
    /// other write can come between).
    #[inline]
    pub fn version_after(&self) -> u64 {
        self.version() + self.writing as u64
    }
}

impl Drop for SeqWriter<'_> {
    #[inline]
    fn drop(&mut self) {
        if self.writing {
            // Even again: Release, after all of the write's stores.
            let v = self.version.load(Ordering::Relaxed);
            self.version.store(v.wrapping_add(1), Ordering::Release);
        }
    }
}
