//! A native-stack guard for deep recursion.
//!
//! The recursion limit (`sys.setrecursionlimit`) bounds script recursion, but a script may
//! raise it far beyond what the thread's stack holds (each level costs about a kilobyte of
//! native stack), and a stack overflow aborts the process. [`exhausted`] reports when the
//! current thread is within a safety margin of the end of its stack, so
//! [`Ctx::enter_recursion`](crate::ctx::Ctx::enter_recursion) raises `RecursionError` instead.
//!
//! The stack bounds come from `pthread_getattr_np` (Linux), read once per thread; elsewhere,
//! or when they cannot be read, the guard never fires and only the recursion limit applies.

use std::cell::Cell;

thread_local! {
    /// The lowest stack address this thread may reach before refusing to recurse; 0 when
    /// not yet computed, 1 when unknown (the guard is off).
    static LOW_WATER: Cell<usize> = const { Cell::new(0) };
}

/// Headroom kept free below the guard: room to raise and report the RecursionError, and for
/// the native frames between two checks.
fn margin(size: usize) -> usize {
    (size / 8).clamp(32 << 10, 256 << 10)
}

#[cfg(target_os = "linux")]
fn compute_low_water() -> usize {
    // SAFETY: `attr` is initialised by pthread_getattr_np before it is read, and destroyed
    // once; the out-pointers point to valid locals.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return 1;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        if !ok || addr.is_null() || size == 0 {
            return 1;
        }
        (addr as usize).saturating_add(margin(size)).max(1)
    }
}

#[cfg(not(target_os = "linux"))]
fn compute_low_water() -> usize {
    1
}

/// The current stack pointer. Read from the register where we can: the address of a local
/// is not always on the stack (AddressSanitizer's use-after-return detection moves the
/// frames of functions whose locals have their address taken to a heap "fake stack", and
/// a heap address below the stack made this guard raise RecursionError at start-up).
#[inline(always)]
fn stack_pointer() -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        let sp: usize;
        // SAFETY: copies the stack pointer register into a general register; touches no
        // memory, no flags and not the stack.
        unsafe {
            std::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags))
        };
        sp
    }
    #[cfg(target_arch = "aarch64")]
    {
        let sp: usize;
        // SAFETY: as above (`sp` is the stack pointer register).
        unsafe {
            std::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags))
        };
        sp
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        let marker = 0u8;
        std::ptr::addr_of!(marker) as usize
    }
}

/// True when the current thread's native stack is nearly used up.
#[inline]
pub fn exhausted() -> bool {
    let sp = stack_pointer();
    LOW_WATER.with(|lw| {
        let mut low = lw.get();
        if low == 0 {
            low = compute_low_water();
            lw.set(low);
        }
        sp < low
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn not_exhausted_at_the_top_of_a_thread() {
        assert!(!super::exhausted());
        std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(|| assert!(!super::exhausted()))
            .unwrap()
            .join()
            .unwrap();
    }

    #[test]
    fn fires_before_the_stack_overflows() {
        fn dive(n: usize) -> usize {
            if super::exhausted() {
                return n;
            }
            let pad = [n as u8; 512];
            std::hint::black_box(&pad);
            dive(n + 1) + std::hint::black_box(0)
        }
        let depth = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(|| dive(0))
            .unwrap()
            .join()
            .unwrap();
        assert!(depth > 100);
    }
}
