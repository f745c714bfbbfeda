//! The primitives [`super::brc`] is written against. This is the real (std) set; the loom
//! model (`tests/loom_refcount.rs`) compiles the same `brc.rs` against loom's versions, so
//! the model checks the code the VM runs.

pub(crate) use std::sync::atomic::{fence, AtomicBool, AtomicU32, Ordering};
pub(crate) use std::sync::{Arc, Mutex, MutexGuard};

/// Locks `m`, ignoring poisoning (nothing in `brc` panics while holding a lock).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs `f` attached to the interpreter (`sync::stw`), as freeing objects requires: with
/// the thread detached, a cycle collection could be scanning them. None, without running
/// `f`, when the thread can no longer attach (late in its exit).
pub(crate) fn attached<R>(f: impl FnOnce() -> R) -> Option<R> {
    if !crate::sync::stw::try_attach() {
        return None;
    }
    let r = f();
    crate::sync::detach();
    Some(r)
}

/// `thread_local!` with `const` initialisers (no lazy-init check on access).
macro_rules! brc_thread_local {
    ($($(#[$attr:meta])* static $name:ident: $t:ty = $init:expr;)*) => {
        thread_local! { $($(#[$attr])* static $name: $t = const { $init };)* }
    };
}
pub(crate) use brc_thread_local;

/// Process-wide statics with `const` initialisers.
macro_rules! brc_statics {
    ($($(#[$attr:meta])* static $name:ident: $t:ty = $init:expr;)*) => {
        $($(#[$attr])* static $name: $t = $init;)*
    };
}
pub(crate) use brc_statics;
