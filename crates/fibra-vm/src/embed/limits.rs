//! Resource limits: the operation budget, the interrupt handle and the memory cap.
//!
//! **Operations.** The dispatch loop counts one operation at every safepoint: each call
//! of a script function (and generator resumption) and each loop back-edge. The hot path
//! is `cx.tick -= 1; if cx.tick < 0 { slow path }` ([`Ctx::check_limits`]); the slow path
//! runs at most every [`CHUNK`] operations and checks the per-call budget, the per-VM
//! budget, the interrupt epoch and the memory flag.
//!
//! **Interrupts.** Each VM has an epoch counter; every context remembers the epoch it was
//! created in (each embedding call creates one). [`InterruptHandle::interrupt`] bumps the
//! epoch, so every context created before it — all code running at that moment, including
//! script threads it started — raises `fibra.Interrupted` at its next slow-path check
//! (within [`CHUNK`] operations, microseconds), while later calls run normally.
//!
//! **Memory** (an approximation, see [`charge`]): each object is charged its header plus
//! the payload bytes of immutable contents (str, bytes, tuple slots, big ints) when it is
//! allocated and credited the same amount when freed. The growable storage of lists, dicts,
//! sets and bytearrays is charged as it changes ([`crate::object::ChargedLock`]). Any single
//! sequence repetition (`[0] * n`, `'x' * n`) larger than what is left under the cap raises
//! `MemoryError` before allocating. Charges are batched per thread (flushed every 64 KiB) and checked at the
//! slow path, so a script may overshoot the cap by up to about [`CHUNK`] allocations.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use crate::ctx::{Ctx, Vm};
use crate::error::{memory_error, Exc, PyResult};
use crate::object::{Footprint, Obj, Payload};
use crate::value::Value;

/// Operations between two slow-path checks (the interrupt latency, in operations).
pub const CHUNK: i64 = 1024;

/// Per-VM limit state (a field of [`Vm`], see `Vm::host`).
#[derive(Default)]
pub struct VmLimits {
    /// Bumped by [`InterruptHandle::interrupt`].
    pub(crate) epoch: Arc<AtomicU64>,
    /// Operations run by all contexts of this VM (counted in [`CHUNK`]s at the slow path).
    pub(crate) ops_total: AtomicU64,
    /// Lifetime operation budget of the VM (0: none).
    pub(crate) ops_cap: AtomicU64,
    /// The memory account (charged while a context of this VM runs on a thread).
    pub(crate) mem: MemAccount,
}

/// Per-context limit state (a field of [`Ctx`]).
pub struct CtxLimits {
    /// The VM epoch when this context was created.
    pub(crate) epoch: u64,
    /// Operations left in this context's budget, beyond the current `tick` (`u64::MAX`:
    /// unlimited).
    pub(crate) budget: u64,
    /// Whether the budget ran out (it raises again at every later check).
    pub(crate) exhausted: bool,
    /// The memory account this thread charged before this context (restored on drop).
    prev_account: *const MemAccount,
}

// SAFETY: `prev_account` is only read back on the thread that created the context (a `Ctx`
// is used by one thread; it is `Send` only so that it can be built on one thread and moved
// to the one that runs it, before any allocation is charged).
unsafe impl Send for CtxLimits {}

impl CtxLimits {
    /// Limit state for a new context of `vm` on this thread: installs the VM's memory
    /// account as the thread's current one when the VM has a cap.
    pub(crate) fn new(vm: &Vm) -> CtxLimits {
        let prev_account = if vm.host.limits.mem.cap.load(Ordering::Relaxed) > 0 {
            switch_account(&vm.host.limits.mem)
        } else {
            CURRENT.with(|c| c.get())
        };
        CtxLimits {
            epoch: vm.host.limits.epoch.load(Ordering::Acquire),
            budget: u64::MAX,
            exhausted: false,
            prev_account,
        }
    }

    /// Restores the thread's previous memory account (called by `Ctx`'s `Drop`).
    pub(crate) fn release(&mut self) {
        if CURRENT.with(|c| c.get()) != self.prev_account {
            switch_account_ptr(self.prev_account);
        }
    }
}

impl Ctx {
    /// Counts one operation (a call or a loop iteration) and, every [`CHUNK`] operations,
    /// checks the budget, the interrupt flag and the memory cap. Called by the dispatch
    /// loop at its safepoints.
    #[inline(always)]
    pub fn check_limits(&mut self) -> PyResult<()> {
        self.tick -= 1;
        if self.tick < 0 {
            return slow_check(self);
        }
        Ok(())
    }

    /// Limits this context to `ops` more operations (calls and loop iterations).
    pub fn set_operation_budget(&mut self, ops: u64) {
        let first = ops.min(CHUNK as u64);
        self.tick = first as i64;
        self.limits.budget = ops - first;
        self.limits.exhausted = false;
    }

    /// Checks the per-VM interrupt flag now (for natives that wait in slices, like
    /// `time.sleep`).
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if self.vm.host.limits.epoch.load(Ordering::Acquire) != self.limits.epoch {
            return Err(interrupted_error());
        }
        Ok(())
    }
}

#[cold]
#[inline(never)]
fn slow_check(cx: &mut Ctx) -> PyResult<()> {
    // Keep raising on every check once stopped: a script's `except BaseException` cannot
    // swallow the stop and carry on.
    cx.tick = 0;
    // Every CHUNK safepoints: let the reclamation epoch advance (no object lock is held
    // at a safepoint).
    crate::sync::epoch::quiesce();
    cx.check_interrupt()?;
    if cx.limits.exhausted {
        return Err(budget_error());
    }
    let lim = &cx.vm.host.limits;
    let cap = lim.ops_cap.load(Ordering::Relaxed);
    let total = lim.ops_total.fetch_add(CHUNK as u64, Ordering::Relaxed) + CHUNK as u64;
    if cap > 0 && total > cap {
        cx.limits.exhausted = true;
        return Err(budget_error());
    }
    if take_over_cap() {
        cx.tick = CHUNK;
        return Err(memory_error());
    }
    if cx.limits.budget == 0 {
        cx.limits.exhausted = true;
        return Err(budget_error());
    }
    let next = cx.limits.budget.min(CHUNK as u64);
    if cx.limits.budget != u64::MAX {
        cx.limits.budget -= next;
    }
    cx.tick = next as i64;
    Ok(())
}

// ---- the two stop exceptions ----------------------------------------------------------------

/// The class of the exception raised in scripts stopped by an [`InterruptHandle`]:
/// `fibra.Interrupted`, a `BaseException` (so `except Exception` does not catch it).
pub fn interrupted_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        crate::modules::new_exception_class(
            "Interrupted",
            "fibra",
            &crate::types::types().base_exception,
        )
    })
}

/// The class of the exception raised when an operation budget runs out:
/// `fibra.OperationLimitExceeded`, a `BaseException`.
pub fn budget_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        crate::modules::new_exception_class(
            "OperationLimitExceeded",
            "fibra",
            &crate::types::types().base_exception,
        )
    })
}

fn interrupted_error() -> Exc {
    Exc::new(interrupted_type(), "interrupted by the host")
}

fn budget_error() -> Exc {
    Exc::new(budget_type(), "operation budget exhausted")
}

/// Stops the code running in one interpreter, from any thread. Cheap to clone.
///
/// ```
/// let py = fibra_vm::embed::Interpreter::new();
/// let stop = py.interrupt_handle();
/// let t = std::thread::spawn(move || {
///     std::thread::sleep(std::time::Duration::from_millis(50));
///     stop.interrupt();
/// });
/// let err = py.exec("while True: pass", "spin").unwrap_err();
/// assert!(err.is_interrupted());
/// t.join().unwrap();
/// assert_eq!(py.eval::<i64>("1 + 1").unwrap(), 2); // later calls run normally
/// ```
#[derive(Clone)]
pub struct InterruptHandle {
    pub(crate) epoch: Arc<AtomicU64>,
}

impl InterruptHandle {
    /// Stops every call running in the interpreter at this moment (and the script threads
    /// they started): each raises `fibra.Interrupted` within about a thousand operations
    /// and returns [`super::Error::Interrupted`]. Calls started afterwards are not affected.
    /// Code blocked in a native wait (a lock, a queue, `join`) sees it when the wait ends;
    /// `time.sleep` checks every 50 ms.
    pub fn interrupt(&self) {
        self.epoch.fetch_add(1, Ordering::AcqRel);
    }
}

// ---- memory accounting ------------------------------------------------------------------------

/// Set once any VM in the process has a memory cap; until then allocation pays one
/// relaxed load of this never-written flag.
static ANY_CAP: AtomicBool = AtomicBool::new(false);
/// Per-thread charges are flushed to the account when they reach this many bytes.
const FLUSH: i64 = 64 * 1024;

/// A VM's memory account.
#[derive(Default)]
pub struct MemAccount {
    used: AtomicI64,
    cap: AtomicUsize,
}

impl MemAccount {
    pub(crate) fn set_cap(&self, bytes: usize) {
        if bytes > 0 {
            ANY_CAP.store(true, Ordering::Relaxed);
        }
        self.cap.store(bytes, Ordering::Relaxed);
    }

    /// Bytes charged (approximately; see the module docs).
    pub fn used(&self) -> i64 {
        self.used.load(Ordering::Relaxed) + LOCAL.with(|l| l.get())
    }
}

thread_local! {
    static CURRENT: Cell<*const MemAccount> = const { Cell::new(std::ptr::null()) };
    static LOCAL: Cell<i64> = const { Cell::new(0) };
    static OVER: Cell<bool> = const { Cell::new(false) };
}

fn flush_local() {
    let p = CURRENT.with(|c| c.get());
    let l = LOCAL.with(|l| l.replace(0));
    if p.is_null() || l == 0 {
        return;
    }
    // SAFETY: a non-null current account belongs to a VM kept alive by a `Ctx` on this
    // thread (installed by `CtxLimits::new`, removed by `CtxLimits::release`).
    let acct = unsafe { &*p };
    let used = acct.used.fetch_add(l, Ordering::Relaxed) + l;
    let cap = acct.cap.load(Ordering::Relaxed);
    if l > 0 && cap > 0 && used > cap as i64 {
        OVER.with(|o| o.set(true));
    }
}

fn switch_account(acct: &MemAccount) -> *const MemAccount {
    let prev = CURRENT.with(|c| c.get());
    switch_account_ptr(acct);
    prev
}

fn switch_account_ptr(p: *const MemAccount) {
    flush_local();
    CURRENT.with(|c| c.set(p));
}

fn take_over_cap() -> bool {
    if !ANY_CAP.load(Ordering::Relaxed) {
        return false;
    }
    flush_local();
    OVER.with(|o| o.replace(false))
}

/// The bytes an object is charged: its header plus immutable payload contents (the same
/// at allocation and at freeing).
fn charged_size(obj: &Obj) -> i64 {
    let extra = match &obj.payload {
        Payload::Str(s) => s.as_str().len(),
        Payload::Bytes(b) => b.len(),
        Payload::Tuple(t) => t.len() * std::mem::size_of::<Value>(),
        Payload::Int(b) => (b.bits() / 8) as usize,
        // Growable storage: charged here as it is now, and by `ChargedLock`/`TableGuard`
        // each time it grows or shrinks in between.
        Payload::List(l) => l.items.lock().footprint(),
        Payload::Dict(d) => d.table.lock().footprint(),
        Payload::Set(s) | Payload::FrozenSet(s) => s.table.lock().footprint(),
        Payload::Native(n) => n.footprint(),
        // A fixed number of slots: it never grows, so this is the same at free.
        Payload::Instance(i) => i.slots.as_ref().map_or(0, |s| s.lock().footprint()),
        _ => 0,
    };
    (std::mem::size_of::<Obj>() + extra) as i64
}

/// Charges a new object to the current thread's memory account (no-op without caps).
#[inline(always)]
pub(crate) fn charge_alloc(obj: &Obj) {
    if ANY_CAP.load(Ordering::Relaxed) {
        charge(charged_size(obj));
    }
}

/// Credits a freed object back (no-op without caps).
#[inline(always)]
pub(crate) fn charge_free(obj: &Obj) {
    if ANY_CAP.load(Ordering::Relaxed) {
        charge(-charged_size(obj));
    }
}

/// True once any VM in the process has a memory cap (containers then measure growth).
#[inline(always)]
pub(crate) fn caps_on() -> bool {
    ANY_CAP.load(Ordering::Relaxed)
}

/// Charges a change in a live container's storage (negative: it shrank).
#[cold]
pub(crate) fn charge_delta(bytes: i64) {
    charge(bytes);
}

/// Adds `bytes` (negative: frees) to this thread's pending charge for its current account.
#[cold]
fn charge(bytes: i64) {
    let has = CURRENT.try_with(|c| !c.get().is_null()).unwrap_or(false);
    if !has {
        return;
    }
    let l = LOCAL.with(|l| l.get()) + bytes;
    LOCAL.with(|x| x.set(l));
    if l.abs() >= FLUSH {
        flush_local();
    }
}

/// Before one large allocation of `bytes`: `MemoryError` when the current thread's account
/// has a cap and the allocation would exceed what is left under it.
pub(crate) fn check_request(bytes: usize) -> PyResult<()> {
    if !ANY_CAP.load(Ordering::Relaxed) {
        return Ok(());
    }
    let p = CURRENT.with(|c| c.get());
    if p.is_null() {
        return Ok(());
    }
    // SAFETY: as in `flush_local`.
    let acct = unsafe { &*p };
    let cap = acct.cap.load(Ordering::Relaxed);
    if cap == 0 {
        return Ok(());
    }
    let used = acct.used().max(0) as u128;
    if used + bytes as u128 > cap as u128 {
        return Err(memory_error());
    }
    Ok(())
}
