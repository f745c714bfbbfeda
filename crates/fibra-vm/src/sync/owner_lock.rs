//! Owner lock elision (default build): the thread that created a dict or set table, or a
//! list, writes it without the compare-and-swap of its object lock until another thread
//! first locks it.
//!
//! Why: most containers (instance `__dict__`s, module globals of a one-thread script, a
//! function's temporary lists) are only ever touched by the thread that made them, and on the
//! machines measured a locked instruction costs 20-40 cycles, on every attribute store and
//! every `d[k] = v`. That was the largest single cost of the free-threaded build over the
//! `gil` build (docs/memory-model.md, "Owner lock elision").
//!
//! The protocol (per container: a state and a `busy` flag; `object::table` keeps the state
//! in a byte, `object::list_slots` in its owner word):
//! - *Owner* (the creating thread, while `state` is [`ELIDABLE`]): store `busy = true`,
//!   then re-check `state`; if still elidable, the section runs with no lock, and ends
//!   with a `Release` store of `busy = false`. No locked instruction, no fence: only a
//!   compiler fence keeps the store before the re-check.
//! - *Revoker* (any other thread, the first time it locks the table): take the lock (the
//!   CAS), set `state` to [`LOCKED`] (the owner must lock from now on), then
//!   [`revoke_barrier`]: a `membarrier(PRIVATE_EXPEDITED)` system call, which makes every
//!   running thread of the process execute a full memory barrier before it returns. Then
//!   wait until `busy` is false.
//! - After the barrier, the owner is in one of three places: before its `busy` store (its
//!   re-check then sees `LOCKED`, so it takes the lock and waits for the revoker), between
//!   the store and the end of its section (the revoker sees `busy` and waits), or past
//!   the section (the revoker's `Acquire` load of `busy` sees its writes). The barrier is
//!   what a store-then-load handshake (Dekker) would otherwise need on *every* owner
//!   section: a full fence, which costs what the CAS costs. Here the rare side pays it.
//!
//! A revocation costs one system call (~0.5-1 us measured). A program that keeps handing
//! fresh tables from one thread to another (a producer making objects that consumers then
//! write to) would pay it per table, so after [`REVOCATION_BUDGET`] revocations elision
//! ends for the process: [`ELISION_ON`] goes false, one last barrier makes every owner see
//! it (owners re-check it after their `busy` store, like the state), and from then on a
//! revoker only waits for `busy`. Without `membarrier` (not Linux, an old kernel, a
//! sandbox that forbids it) no thread ever elides.

use std::sync::atomic::{compiler_fence, AtomicBool, AtomicU32, Ordering};
use std::sync::OnceLock;

/// Table state: private to its creator, which writes without the lock.
pub const ELIDABLE: u8 = 0;
/// Table state while another thread revokes the creator's elision (it holds the lock
/// from setting this until [`SHARED`]): the creator must take the lock too.
pub const LOCKED: u8 = 1;
/// Table state: another thread has locked it; every thread may read without the lock and
/// writers retire what they let go of (see `object::table`).
pub const SHARED: u8 = 2;

/// Revocations before elision ends for the process. Each costs its caller a system call
/// and every other running thread of the process an interrupt, so this bounds the total
/// to well under a millisecond per core.
pub const REVOCATION_BUDGET: u32 = 256;

static REVOCATIONS: AtomicU32 = AtomicU32::new(0);
/// True while owners may elide. Cleared once (see the module documentation).
static ELISION_ON: AtomicBool = AtomicBool::new(true);
/// Set after the barrier that followed clearing [`ELISION_ON`]: no owner section can start
/// any more, and every one still running has its `busy` flag visible.
static ELISION_ENDED: AtomicBool = AtomicBool::new(false);

/// Whether owners may still elide (checked before and after the `busy` store).
#[inline]
pub fn elision_on() -> bool {
    ELISION_ON.load(Ordering::Relaxed)
}

/// This thread's tag ([`super::epoch::thread_tag`]) when it may elide, else 0 (which no
/// table's creator is). Tags that could repeat (a wrapped counter, the teardown value)
/// never elide: two threads with one tag would both write without the lock.
#[inline]
pub fn owner_tag() -> u32 {
    OWNER
        .try_with(|o| {
            let v = o.get();
            if v != u32::MAX {
                v
            } else {
                first_owner_tag(o)
            }
        })
        .unwrap_or(0)
}

std::thread_local! {
    /// This thread's [`owner_tag`]; u32::MAX until computed.
    static OWNER: std::cell::Cell<u32> = const { std::cell::Cell::new(u32::MAX) };
}

#[cold]
#[inline(never)]
fn first_owner_tag(o: &std::cell::Cell<u32>) -> u32 {
    let tag = super::epoch::thread_tag();
    let v = if barrier_available() && tag < u32::MAX / 2 {
        tag
    } else {
        0
    };
    o.set(v);
    v
}

/// The owner's side: starts a section without the lock when `may_elide` (this thread
/// created the container, which is still private, and elision is on) and `still_private()`
/// holds after `busy` is set. On `true` the caller runs the section and ends it by clearing
/// `busy` with a `Release` store (the elided guard's drop); on `false` it takes the lock.
#[inline(always)]
pub fn try_enter(busy: &AtomicBool, may_elide: bool, still_private: impl Fn() -> bool) -> bool {
    if !may_elide {
        return false;
    }
    busy.store(true, Ordering::Relaxed);
    // Keeps the store before the re-check; the revoker's membarrier orders them for the
    // hardware.
    compiler_fence(Ordering::SeqCst);
    if still_private() {
        return true;
    }
    busy.store(false, Ordering::Relaxed);
    false
}

/// The revoker's side, holding the container's lock: `mark_locked` makes the owner take
/// the lock from now on, then the barrier, then the wait for the owner's last section.
#[cold]
pub fn revoke(busy: &AtomicBool, mark_locked: impl FnOnce()) {
    mark_locked();
    revoke_barrier();
    let mut spins = 0u32;
    // Acquire: the owner's last section, released by its `busy` store, is visible from
    // here on.
    while busy.load(Ordering::Acquire) {
        if spins < 64 {
            std::hint::spin_loop();
            spins += 1;
        } else {
            std::thread::yield_now();
        }
    }
}

/// Called by a revoker after it has set the state to [`LOCKED`] and before it waits for
/// the owner's `busy` flag: see the module documentation.
fn revoke_barrier() {
    if !barrier_available() || ELISION_ENDED.load(Ordering::Acquire) {
        // Nothing was elided, or no owner section can start any more.
        return;
    }
    if REVOCATIONS.fetch_add(1, Ordering::Relaxed) + 1 >= REVOCATION_BUDGET {
        ELISION_ON.store(false, Ordering::SeqCst);
        membarrier::private_expedited();
        ELISION_ENDED.store(true, Ordering::Release);
        return;
    }
    membarrier::private_expedited();
}

/// Sets lock elision up now. Registering for `membarrier` costs about 10 ms once the
/// process has a second thread (the kernel waits for an RCU grace period) and next to
/// nothing before: a host calls this first thing in `main`, before it starts threads. Later
/// calls (and the lazy set-up, without it) are harmless.
pub fn prepare_process() {
    barrier_available();
}

/// Whether `membarrier(PRIVATE_EXPEDITED)` works here (registered once per process).
/// Every thread that elides or revokes goes through this `OnceLock`, so all of them agree.
fn barrier_available() -> bool {
    static AVAILABLE: OnceLock<bool> = OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        let ok = membarrier::register();
        if !ok {
            ELISION_ON.store(false, Ordering::Relaxed);
        }
        ok
    })
}

#[cfg(target_os = "linux")]
mod membarrier {
    const CMD_QUERY: libc::c_long = 0;
    const CMD_PRIVATE_EXPEDITED: libc::c_long = 1 << 3;
    const CMD_REGISTER_PRIVATE_EXPEDITED: libc::c_long = 1 << 4;

    fn call(cmd: libc::c_long) -> libc::c_long {
        // SAFETY: membarrier(cmd, flags = 0, cpu_id = 0) reads and writes no memory of
        // ours; an unknown command only returns an error.
        unsafe {
            libc::syscall(
                libc::SYS_membarrier,
                cmd,
                0 as libc::c_long,
                0 as libc::c_long,
            )
        }
    }

    pub fn register() -> bool {
        if std::env::var_os("FIBRA_NO_ELISION").is_some() {
            return false;
        }
        let supported = call(CMD_QUERY);
        supported >= 0
            && supported & CMD_PRIVATE_EXPEDITED != 0
            && call(CMD_REGISTER_PRIVATE_EXPEDITED) == 0
    }

    pub fn private_expedited() {
        // Registered (checked by the caller), so this cannot fail; if a kernel ever made
        // it fail, continuing would let the owner race us: stop instead.
        if call(CMD_PRIVATE_EXPEDITED) != 0 {
            eprintln!("fibra: membarrier(PRIVATE_EXPEDITED) failed after registering");
            std::process::abort();
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod membarrier {
    pub fn register() -> bool {
        false
    }
    pub fn private_expedited() {}
}
