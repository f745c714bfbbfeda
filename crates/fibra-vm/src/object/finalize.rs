//! `__del__`: finalisers of instances of classes that define one.
//!
//! CPython runs `__del__` inside the deallocation, on whatever call dropped the last
//! reference. Fibra never runs script code inside a deallocation (it may hold an object
//! lock there, or be detached, see docs/memory-model.md), so a dying instance whose class
//! has a `__del__` is *revived* instead: its weak references are cleared, its count is
//! set back to one reference, held by this thread's queue of deferred calls (the queue
//! weak-reference callbacks use), and `__del__(obj)` runs at the thread's next safepoint
//! (a script call, a loop back-edge, a `del` statement, `gc.collect()`). Dropping the
//! queue's reference then frees it, unless `__del__` stored it somewhere (resurrection).
//! Either way `__del__` runs once per object (PEP 442): [`InstanceObj::finalized`].
//!
//! The cycle collector treats garbage holding instances with a pending `__del__` the same
//! way: it queues their finalisers and leaves that garbage for its next collection, which
//! frees what the finalisers did not resurrect (`gc::run`).

use std::collections::{HashSet, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use super::{InstanceObj, Obj, Payload};
use crate::value::Value;

/// Set once any class has had a `__del__` (defined in its body or assigned later): until
/// then the end of a program need not look for instances to finalise.
static ANY_FINALIZER_CLASS: AtomicBool = AtomicBool::new(false);

/// A class was created with, or given, a `__del__`.
pub(crate) fn note_finalizer_class() {
    ANY_FINALIZER_CLASS.store(true, Ordering::Relaxed);
}

/// Per class: whether its instances have a `__del__`, valid while the namespaces along its
/// MRO keep the versions it was computed at (`TypeObj::mro_version_sum`). 0: not known;
/// otherwise `(sum + 1) << 1 | has_del`.
#[derive(Default)]
pub struct FinalizerCache(AtomicU64);

/// The `__del__` of instances of `ty`, if it has one (None also for `__del__ = None`).
/// Looks along the MRO only when a namespace on it changed since the last answer.
pub(crate) fn finalizer_of(ty: &Value) -> Option<Value> {
    let t = ty.as_type()?;
    let key = t.mro_version_sum(ty).wrapping_add(1) << 1;
    let cached = t.finalizer.0.load(Ordering::Relaxed);
    if cached == key {
        return None;
    }
    let found = crate::types::lookup(ty, "__del__").filter(|f| !f.is_none());
    // A concurrent change to a namespace makes the key stale, never wrong: the next
    // look compares with the new sum.
    t.finalizer
        .0
        .store(key | found.is_some() as u64, Ordering::Relaxed);
    found
}

/// The `__del__` to run on an instance of `class` now, marking the instance finalised;
/// None when its class has none or it already ran (or is queued) on it.
fn claim(inst: &InstanceObj, class: &Value) -> Option<Value> {
    if inst.finalized.load(Ordering::Relaxed) {
        return None;
    }
    let del = finalizer_of(class)?;
    inst.finalized.store(true, Ordering::Relaxed);
    Some(del)
}

/// Called by `free_one` for an instance whose count reached zero: when its class has a
/// `__del__` that has not run on it, revives it and queues the call. Returns true if it
/// did (the caller must not free the object now).
///
/// # Safety
/// `ptr` is a live `Obj` with no references left (the deallocator's contract), and `inst`
/// its payload.
pub(crate) unsafe fn defer_free(ptr: std::ptr::NonNull<Obj>, inst: &InstanceObj) -> bool {
    // SAFETY: live (the caller's contract).
    let obj = unsafe { ptr.as_ref() };
    let Some(del) = claim(inst, obj.class()) else {
        return false;
    };
    if obj.rc().has_weak() {
        // Clear the weak references first (as CPython's collector does before finalisers):
        // then no other thread can reach the object, so reviving its count races with
        // nothing.
        // SAFETY: `ptr` is live and unreferenced; its memory stays allocated (revived).
        unsafe { super::weakref::clear_on_free(ptr) };
    }
    // SAFETY: the count is zero and, its weak references cleared, nothing else can reach
    // the object.
    unsafe { obj.rc().revive() };
    // SAFETY: the reference `revive` created, handed to the queue.
    let v = unsafe { Value::from_bits(ptr.as_ptr() as u64) };
    super::weakref::queue_call(v, del);
    true
}

/// For the cycle collector: the instances among `garbage` whose `__del__` has not run,
/// marked as finalised, each with its `__del__`. The caller queues the calls and must not
/// break this garbage's cycles in this collection.
pub(crate) fn pending_in(garbage: &[Value]) -> Vec<(Value, Value)> {
    let mut calls = Vec::new();
    for v in garbage {
        if let Some(Payload::Instance(inst)) = v.payload() {
            if let Some(del) = claim(inst, v.class()) {
                calls.push((v.clone(), del));
            }
        }
    }
    calls
}

/// Queues the calls [`pending_in`] returned on this thread.
pub(crate) fn queue(calls: Vec<(Value, Value)>) {
    for (obj, del) in calls {
        super::weakref::queue_call(obj, del);
    }
}

/// Runs the `__del__` of `v` now, if it is an instance whose class has one that has not
/// run on it (the end of the program: `Ctx::finalize_modules`). An exception it raises is
/// reported as CPython reports it ("Exception ignored in: ...") and goes no further.
pub(crate) fn run_now(cx: &mut crate::ctx::Ctx, v: &Value) {
    let Some(Payload::Instance(inst)) = v.payload() else {
        return;
    };
    let Some(del) = claim(inst, v.class()) else {
        return;
    };
    super::weakref::queue_call(v.clone(), del);
    super::weakref::run_pending(cx);
}

/// The end of a program (`Ctx::finalize_modules`): runs the `__del__` of every instance
/// reachable from `roots` (the module namespaces), breadth first, before anything is torn
/// down, so finalisers still see every module intact, as CPython's last collection lets
/// them. Nothing to do (and no walk of the heap) while no class has a `__del__`.
pub(crate) fn run_reachable(cx: &mut crate::ctx::Ctx, roots: &[Value]) {
    if !ANY_FINALIZER_CLASS.load(Ordering::Relaxed) {
        return;
    }
    let mut seen: HashSet<usize> = HashSet::new();
    let mut queue: VecDeque<Value> = roots.iter().cloned().collect();
    let mut found = Vec::new();
    while let Some(v) = queue.pop_front() {
        let Some(o) = v.as_obj() else {
            continue;
        };
        if !seen.insert(o as *const Obj as usize) {
            continue;
        }
        if let Payload::Instance(inst) = &o.payload {
            if !inst.finalized.load(Ordering::Relaxed) && finalizer_of(o.class()).is_some() {
                found.push(v.clone());
            }
        }
        crate::gc::traverse::traverse(o, &mut |r| queue.push_back(r.clone()));
    }
    drop(queue);
    for v in found {
        run_now(cx, &v);
    }
}
