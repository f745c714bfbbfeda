//! Ctrl-C: a request to raise `KeyboardInterrupt` in the main script thread.
//!
//! A SIGINT handler (installed by the embedder, e.g. the `fibra` command) calls
//! [`request`]; the dispatch loop checks [`pending`] at loop back-edges (one relaxed load)
//! and, on the thread marked with [`set_main_thread`], takes the request and raises
//! `KeyboardInterrupt` through the normal exception path, so `try/except KeyboardInterrupt`
//! and `finally` blocks run.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::Exc;
use crate::types::types;

static REQUESTED: AtomicBool = AtomicBool::new(false);

thread_local! {
    static MAIN: Cell<bool> = const { Cell::new(false) };
}

/// Asks the main script thread to raise `KeyboardInterrupt` (callable from any thread,
/// e.g. a signal-handling thread).
pub fn request() {
    REQUESTED.store(true, Ordering::Relaxed);
}

/// Whether a request is waiting (not yet taken by the main thread).
pub fn is_requested() -> bool {
    REQUESTED.load(Ordering::Relaxed)
}

/// Takes a waiting request (clears it); `true` if there was one.
pub fn take() -> bool {
    REQUESTED.swap(false, Ordering::Relaxed)
}

/// Forgets a waiting request (before running new code).
pub fn clear() {
    REQUESTED.store(false, Ordering::Relaxed);
}

/// Marks the current thread as the one that receives `KeyboardInterrupt`.
pub fn set_main_thread() {
    MAIN.with(|m| m.set(true));
}

/// Checked by the dispatch loop: `true` (and the request is taken) when this thread must
/// raise `KeyboardInterrupt` now.
#[inline(always)]
pub fn pending() -> bool {
    REQUESTED.load(Ordering::Relaxed) && pending_slow()
}

#[cold]
fn pending_slow() -> bool {
    MAIN.with(|m| m.get()) && take()
}

/// A new `KeyboardInterrupt` exception.
pub fn keyboard_interrupt() -> Exc {
    Exc::with_args(&types().keyboard_interrupt, Vec::new())
}
