//! The primitives [`super::stw`] and [`super::gil`] are written against. This is the real
//! (std / parking_lot) set, and every item is the plain std one, so the VM's code is
//! exactly what it would be without the shim. The loom models (`tests/loom_stw.rs`,
//! `tests/loom_gil.rs`) compile the same two files against loom versions of this module,
//! so they check the code the VM runs (as `brc_shim` does for `tests/loom_refcount.rs`).

pub(crate) use std::sync::atomic::AtomicU8;
// `std::thread_local!` itself; the loom versions strip `const { }` initialisers.
pub(crate) use std::thread_local;

// The stop-the-world registry (default build).
#[cfg(not(feature = "gil"))]
pub(crate) use std::sync::{Arc, Condvar, Mutex, MutexGuard};
pub(crate) use std::thread::yield_now;
#[cfg(not(feature = "gil"))]
pub(crate) use std::time::Instant;

/// The global interpreter lock's raw mutex (`gil` build): taken and released in different
/// functions, with timed and fair variants (the `lock_api` traits).
#[cfg(feature = "gil")]
pub(crate) use parking_lot::RawMutex as GilMutex;

/// How many times a holder that dropped the GIL on request yields its core, at most,
/// waiting for another thread to take it (`gil::yield_gil`).
#[cfg(feature = "gil")]
pub(crate) const HANDOFF_YIELDS: u32 = 1000;

/// Process-wide statics with `const` initialisers (loom: lazily created per execution).
macro_rules! statics {
    ($($(#[$attr:meta])* $vis:vis static $name:ident: $t:ty = $init:expr;)*) => {
        $($(#[$attr])* $vis static $name: $t = $init;)*
    };
}
pub(crate) use statics;
