//! Per-module import locks (CPython's `_ModuleLock`): a module is loaded and initialised by
//! one thread; another thread importing it meanwhile waits until its code has run, instead
//! of getting the half-initialised module from `sys.modules` or loading it a second time.
//!
//! - The thread that is initialising a module gets the partial module back when its own
//!   code imports it again (a circular import), as in CPython.
//! - A thread waits for another only if that would not close a cycle of threads waiting
//!   for each other's modules (thread A imports X, whose code imports Y, which thread B is
//!   initialising, whose code imports X): then, like CPython's deadlock detection, it
//!   takes the partial module instead of waiting forever.
//! - Waiting is a blocking call: the thread is detached (it does not hold up the cycle
//!   collector, and releases the GIL in the `gil` build).

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::thread::ThreadId;

use crate::ctx::Ctx;

/// The modules being initialised, by whom, and who waits for what.
#[derive(Default)]
pub struct ImportLocks {
    /// Number of modules being initialised: when 0 (almost always), `import` of a module
    /// already in `sys.modules` takes no lock.
    busy: AtomicUsize,
    state: Mutex<State>,
    done: Condvar,
}

#[derive(Default)]
struct State {
    /// Module name -> the thread initialising it.
    owners: HashMap<String, ThreadId>,
    /// Thread -> the module it is waiting for.
    waiting: HashMap<ThreadId, String>,
}

/// What `import` should do with a module name.
pub enum Claim {
    /// This thread now initialises the module: load it, then drop the claim.
    Mine(ImportClaim),
    /// Nobody is initialising it (any more), or this thread is (a circular import), or
    /// waiting would deadlock: use what `sys.modules` holds (load it if absent).
    Proceed,
}

/// Held while this thread initialises a module; releases the waiters when dropped.
pub struct ImportClaim {
    locks: std::sync::Arc<crate::ctx::Vm>,
    name: String,
}

impl ImportLocks {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether some thread is initialising some module right now (a relaxed hint: an
    /// import that misses a concurrent claim just sees the module as `sys.modules` has it,
    /// the pre-lock behaviour).
    #[inline]
    pub fn any_busy(&self) -> bool {
        self.busy.load(Ordering::Acquire) != 0
    }

    /// Would waiting for `name` (owned by `owner`) make `me` part of a cycle of waits?
    fn would_deadlock(st: &State, me: ThreadId, mut owner: ThreadId) -> bool {
        for _ in 0..=st.waiting.len() {
            if owner == me {
                return true;
            }
            let Some(m) = st.waiting.get(&owner) else {
                return false;
            };
            let Some(&next) = st.owners.get(m) else {
                return false;
            };
            owner = next;
        }
        true
    }
}

/// Claims `name` for this thread, or waits for the thread initialising it.
/// `present`: whether `sys.modules` has it now (then there is nothing to claim when
/// nobody is initialising it); asked again after each wait.
pub fn claim(cx: &mut Ctx, name: &str, present: impl Fn() -> bool) -> Claim {
    let vm = cx.vm.clone();
    let locks = &vm.imports;
    let me = std::thread::current().id();
    let mut st = locks.state();
    loop {
        match st.owners.get(name) {
            None if present() => return Claim::Proceed,
            None => {
                st.owners.insert(name.to_string(), me);
                locks.busy.fetch_add(1, Ordering::AcqRel);
                return Claim::Mine(ImportClaim {
                    locks: vm.clone(),
                    name: name.to_string(),
                });
            }
            Some(&owner) if owner == me => return Claim::Proceed,
            Some(&owner) => {
                if ImportLocks::would_deadlock(&st, me, owner) {
                    return Claim::Proceed;
                }
                st.waiting.insert(me, name.to_string());
                // Detached while waiting. The state mutex is let go before re-attaching:
                // re-attaching may wait for the GIL or for a collection, whose holder may
                // itself be waiting for this mutex.
                cx.blocking(move || {
                    let st = locks.done.wait(st).unwrap_or_else(|e| e.into_inner());
                    drop(st);
                });
                st = locks.state();
                st.waiting.remove(&me);
                // The owner finished (or failed, leaving no module: then this thread
                // claims it on the next turn): look again.
            }
        }
    }
}

impl Drop for ImportClaim {
    fn drop(&mut self) {
        let locks = &self.locks.imports;
        let mut st = locks.state();
        st.owners.remove(&self.name);
        locks.busy.fetch_sub(1, Ordering::AcqRel);
        drop(st);
        locks.done.notify_all();
    }
}
