//! The global allocator: mimalloc (the system allocator with the `system-alloc` feature,
//! for sanitizers), refusing any single allocation larger than the machine's physical
//! memory.
//!
//! mimalloc reserves address space without committing it, so a request for 1 TiB "succeeds"
//! and the process is killed later while touching the pages. CPython gets a clean
//! `MemoryError` from `malloc` instead. Returning null here makes every fallible allocation
//! (`Vec::try_reserve`, which the VM uses for every size a script controls) fail at once, so
//! `bytes(2**40)` raises `MemoryError` as in CPython.

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering};

#[cfg(not(feature = "system-alloc"))]
use mimalloc::MiMalloc as Inner;
#[cfg(feature = "system-alloc")]
use std::alloc::System as Inner;

/// The largest single allocation allowed; `usize::MAX` until [`init_limit`] runs.
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);

pub struct CappedAlloc;

impl CappedAlloc {
    #[inline]
    fn too_big(size: usize) -> bool {
        size > LIMIT.load(Ordering::Relaxed)
    }
}

// SAFETY: every method forwards to the inner allocator with the caller's layout unchanged, or returns
// null, which the `GlobalAlloc` contract allows for any allocation request.
unsafe impl GlobalAlloc for CappedAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if Self::too_big(layout.size()) {
            return std::ptr::null_mut();
        }
        // SAFETY: forwarded with the caller's (valid, non-zero-size) layout.
        unsafe { Inner.alloc(layout) }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if Self::too_big(layout.size()) {
            return std::ptr::null_mut();
        }
        // SAFETY: as in `alloc`.
        unsafe { Inner.alloc_zeroed(layout) }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was returned by this allocator (hence by the inner one) with `layout`.
        unsafe { Inner.dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if Self::too_big(new_size) {
            return std::ptr::null_mut();
        }
        // SAFETY: `ptr`/`layout` come from this allocator; the caller guarantees `new_size`
        // is valid for `layout`'s alignment.
        unsafe { Inner.realloc(ptr, layout, new_size) }
    }
}

/// Sets the cap to the physical memory (`MemTotal` in /proc/meminfo); without it, no cap.
pub fn init_limit() {
    let Ok(info) = std::fs::read_to_string("/proc/meminfo") else {
        return;
    };
    let kib = info
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<usize>()
                .ok()
        });
    if let Some(kib) = kib {
        LIMIT.store(kib.saturating_mul(1024), Ordering::Relaxed);
    }
}
