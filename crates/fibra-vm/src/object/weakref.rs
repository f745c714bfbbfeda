//! Weak references: the protocol of docs/memory-model.md, "Weak references".
//!
//! A weak reference (`Payload::WeakRef`) holds an *uncounted* pointer to its referent.
//! The referent's weak references are listed in a process-wide side table (no header
//! field: objects stay 80 bytes), keyed by the referent's address and split into
//! [`STRIPES`] mutexes. The invariants:
//!
//! 1. A referent with weak references is marked (`RefCount::mark_weak`, set by a holder of
//!    a strong reference before the first weak reference is listed). Freeing a marked
//!    object first calls [`clear_on_free`], which, under the stripe lock, removes the
//!    object's list from the table and nulls every listed weak reference's pointer. Only
//!    then is the object torn down and its memory freed.
//! 2. A weak reference's pointer is read only under its stripe lock, and is non-null only
//!    while the referent's memory is allocated (by 1). The referent may be *dying* (count
//!    already zero, waiting for the lock in `clear_on_free`): [`upgrade`] therefore takes
//!    its reference with `RefCount::try_incref`, which refuses a count that reached zero
//!    (a final state for marked objects). So an upgrade returns a live object or None.
//! 3. Weak-reference objects are marked too, so that `clear_on_free` can take a strong
//!    reference to one (to call its callback) with `try_incref` even while it is dying on
//!    another thread; a dying weak reference removes itself from its referent's list
//!    (under the same stripe lock) before its memory is freed, so a listed pointer is
//!    always allocated while the lock is held.
//! 4. No `Value` is dropped and no script code runs under a stripe lock (drops can free
//!    objects, which takes stripe locks). Callbacks are queued on the freeing thread and
//!    run at its next safepoint (a script call, a loop back-edge, a `del` statement,
//!    `gc.collect()` or a call into the weakref API), never inside the deallocator.
//!    Callbacks left on a thread that ends are run by the next thread that drains
//!    callbacks explicitly (`gc.collect()`, the weakref API, the end of a thread).
//! 5. The cycle collector clears the weak references to its garbage while the world is
//!    stopped ([`clear_garbage`]), before anything of the garbage is torn down, and does
//!    not call the callbacks of weak references that are garbage themselves.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicI64, AtomicPtr, Ordering};
use std::sync::LazyLock;

use parking_lot::Mutex;

use super::{Obj, Payload};
use crate::ctx::Ctx;
use crate::sync::ObjLock;
use crate::value::Value;

/// A weak reference object (`weakref.ref` or a subclass).
pub struct WeakRefObj {
    /// The referent, or null once it died. Read and written only under the stripe lock of
    /// `key` (invariant 2); atomic only so that it needs no `UnsafeCell`.
    referent: AtomicPtr<Obj>,
    /// The referent's address: its key in the side table (stays after the pointer is
    /// cleared, for `repr` and to find the stripe).
    key: usize,
    /// The callback (NULL for none); taken when the referent dies or by the collector.
    pub callback: ObjLock<Value>,
    /// The referent's hash once computed (`HASH_UNSET` before): kept after its death.
    hash: AtomicI64,
    /// The instance `__dict__` of a subclass (`KeyedRef`, `WeakMethod`); NULL for `ref`.
    pub dict: Value,
}

const HASH_UNSET: i64 = i64::MIN;
const STRIPES: usize = 64;

/// A listed weak-reference object: its `Obj` (whose payload is `WeakRef`) and the
/// `WeakRefObj` inside it (compared by address, without a reference, when it removes
/// itself from the list in its `Drop`).
#[derive(Clone, Copy)]
struct Listed(NonNull<Obj>, *const WeakRefObj);

// SAFETY: the pointers are only dereferenced under the stripe lock, while invariant 3
// keeps the objects allocated; the objects themselves are `Sync`.
unsafe impl Send for Listed {}

type Stripe = Mutex<HashMap<usize, Vec<Listed>>>;

static TABLE: LazyLock<Vec<Stripe>> =
    LazyLock::new(|| (0..STRIPES).map(|_| Mutex::new(HashMap::new())).collect());

fn stripe(key: usize) -> &'static Stripe {
    &TABLE[((key >> 4) ^ (key >> 10)) % STRIPES]
}

/// This thread's waiting callbacks: (weak reference, callback), strong references.
///
/// A `Cell` taken and put back, never borrowed: dropping values may free objects whose
/// weak references queue more callbacks here, and no borrow can then be outstanding.
struct Pending(Cell<Vec<(Value, Value)>>);

impl Drop for Pending {
    /// At thread exit (the thread-local dies): callbacks queued after the thread's last
    /// chance to run them (deferred drops the epoch runs while the thread leaves) move to
    /// [`ORPHANS`], for the next thread that drains callbacks. Moved, not dropped: the
    /// thread is detached, and dropping values detached could free objects that a
    /// collection in another thread is scanning.
    fn drop(&mut self) {
        let left = std::mem::take(self.0.get_mut());
        if !left.is_empty() {
            orphan(left);
        }
    }
}

/// Callbacks whose thread could not run them; run by the next [`run_pending`] anywhere.
static ORPHANS: Mutex<Vec<(Value, Value)>> = Mutex::new(Vec::new());
static HAS_ORPHANS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn orphan(items: Vec<(Value, Value)>) {
    ORPHANS.lock().extend(items);
    HAS_ORPHANS.store(true, Ordering::Release);
}

thread_local! {
    /// Weak references whose referent died on this thread, with their callbacks, waiting
    /// for [`run_pending`] (invariant 4).
    static PENDING: Pending = const { Pending(Cell::new(Vec::new())) };
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// How many callbacks wait on this thread (see [`discard_pending_after`]).
pub(crate) fn pending_len() -> usize {
    PENDING.with(|p| {
        let v = p.0.take();
        let n = v.len();
        p.0.set(v);
        n
    })
}

/// Drops the callbacks queued on this thread after the first `keep`, without running them
/// (an interpreter being torn down queued them: see `Vm::clear_module_namespaces`).
pub(crate) fn discard_pending_after(keep: usize) {
    let dropped = PENDING.with(|p| {
        let mut v = p.0.take();
        let dropped = v.split_off(keep.min(v.len()));
        p.0.set(v);
        dropped
    });
    drop(dropped);
}

impl WeakRefObj {
    fn of(o: &Obj) -> Option<&WeakRefObj> {
        match &o.payload {
            Payload::WeakRef(w) => Some(w),
            _ => None,
        }
    }

    /// Whether this is a plain `ref` without callback (shared by every `ref(obj)` call).
    fn is_basic(o: &Obj) -> bool {
        matches!(WeakRefObj::of(o), Some(w) if w.dict.is_null() && w.callback.lock().is_null())
            && o.class().is(weakref_type())
    }

    /// The referent's address (for `repr`), whether or not it is alive.
    pub fn key(&self) -> usize {
        self.key
    }

    /// The cached hash, if computed.
    pub fn cached_hash(&self) -> Option<i64> {
        let h = self.hash.load(Ordering::Relaxed);
        (h != HASH_UNSET).then_some(h)
    }

    pub fn set_hash(&self, h: i64) {
        self.hash.store(h, Ordering::Relaxed);
    }
}

impl Drop for WeakRefObj {
    /// Invariant 3: a dying weak reference leaves its referent's list under the lock.
    fn drop(&mut self) {
        let me = self as *const WeakRefObj;
        let mut map = stripe(self.key).lock();
        if self.referent.load(Ordering::Relaxed).is_null() {
            return;
        }
        if let Some(list) = map.get_mut(&self.key) {
            list.retain(|l| !std::ptr::eq(l.1, me));
            if list.is_empty() {
                map.remove(&self.key);
            }
        }
    }
}

/// The `weakref.ReferenceType` class (set by `modules::weakref`).
pub(crate) fn weakref_type() -> &'static Value {
    crate::modules::weakref::ref_type()
}

/// Whether CPython lets `obj` be weakly referenced (its type has a weak-list slot).
pub fn weakrefable(obj: &Value) -> bool {
    let Some(o) = obj.as_obj() else {
        return false;
    };
    // A class whose `__slots__` leave out `__weakref__` (and every base's) refuses them.
    let user_class = o
        .class()
        .as_type()
        .is_some_and(|t| !t.builtin && t.layout.weakref);
    let slots_refuse = o
        .class()
        .as_type()
        .is_some_and(|t| !t.builtin && !t.layout.weakref);
    match &o.payload {
        Payload::Instance(_) => !o.class().is(&crate::types::types().object) && !slots_refuse,
        Payload::Type(_)
        | Payload::Function(_)
        | Payload::NativeFunction(_)
        | Payload::BoundMethod(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Generator(_)
        | Payload::Code(_)
        | Payload::Module(_) => true,
        Payload::List(_) | Payload::Dict(_) | Payload::Str(_) | Payload::Exception(_) => user_class,
        // Subclasses of `ref` get a weak-list slot (`WeakMethod` refers to itself weakly).
        Payload::Native(_) | Payload::WeakRef(_) => user_class,
        _ => false,
    }
}

/// Creates a weak reference of class `cls` to `obj` (checked by the caller with
/// [`weakrefable`]). A plain `ref` without callback is shared, as in CPython.
pub fn new_ref(cls: &Value, obj: &Value, callback: Value) -> Value {
    let o = obj.as_obj().expect("weakrefable objects are heap objects");
    let callback = if callback.is_none() {
        Value::NULL
    } else {
        callback
    };
    let exact = cls.is(weakref_type());
    let basic = exact && callback.is_null();
    // Invariant 1: marked by a holder of a strong reference (the caller's `obj`).
    o.rc().mark_weak();
    let key = o as *const Obj as usize;
    if basic {
        let map = stripe(key).lock();
        if let Some(first) = map.get(&key).and_then(|l| l.first()) {
            // SAFETY: listed objects are allocated under the lock (invariant 3).
            let f = unsafe { first.0.as_ref() };
            if WeakRefObj::is_basic(f) && f.rc().try_incref() {
                // SAFETY: `try_incref` just gave us the reference the value owns.
                return unsafe { Value::from_bits(f as *const Obj as u64) };
            }
        }
    }
    let dict = if exact { Value::NULL } else { Value::dict() };
    let r = Value::new_obj(
        cls.clone(),
        Payload::WeakRef(Box::new(WeakRefObj {
            referent: AtomicPtr::new(o as *const Obj as *mut Obj),
            key,
            callback: ObjLock::new(callback),
            hash: AtomicI64::new(HASH_UNSET),
            dict,
        })),
    );
    let ro = r.as_obj().expect("a new object");
    // Invariant 3.
    ro.rc().mark_weak();
    let mut map = stripe(key).lock();
    let list = map.entry(key).or_default();
    // CPython's order: the shared basic ref first, then the others, newest first.
    let at = if basic {
        0
    } else {
        // SAFETY: as above.
        usize::from(
            list.first()
                .is_some_and(|f| WeakRefObj::is_basic(unsafe { f.0.as_ref() })),
        )
    };
    let inner = match &ro.payload {
        Payload::WeakRef(w) => &**w as *const WeakRefObj,
        _ => unreachable!("a new weak reference"),
    };
    list.insert(at, Listed(NonNull::from(ro), inner));
    drop(map);
    r
}

/// The referent of `w`, as a new strong reference, or None if it died (invariant 2).
pub fn upgrade(w: &WeakRefObj) -> Option<Value> {
    let _map = stripe(w.key).lock();
    let p = w.referent.load(Ordering::Relaxed);
    if p.is_null() {
        return None;
    }
    // SAFETY: a non-null pointer read under the lock points to allocated memory
    // (invariant 2); `try_incref` decides whether the object is still alive.
    let o = unsafe { &*p };
    if o.rc().try_incref() {
        // SAFETY: the successful `try_incref` is the reference the value owns.
        Some(unsafe { Value::from_bits(p as u64) })
    } else {
        None
    }
}

/// The live weak references to `obj` (`weakref.getweakrefs`), in CPython's order.
pub fn refs_to(obj: &Value) -> Vec<Value> {
    let Some(o) = obj.as_obj() else {
        return Vec::new();
    };
    if !o.rc().has_weak() {
        return Vec::new();
    }
    let key = o as *const Obj as usize;
    let map = stripe(key).lock();
    let mut out = Vec::new();
    for l in map.get(&key).map(|v| v.as_slice()).unwrap_or(&[]) {
        // SAFETY: listed objects are allocated under the lock (invariant 3).
        let r = unsafe { l.0.as_ref() };
        if r.rc().try_incref() {
            // SAFETY: the reference `try_incref` took.
            out.push(unsafe { Value::from_bits(r as *const Obj as u64) });
        }
    }
    drop(map);
    out
}

/// How many weak references `obj` has (`weakref.getweakrefcount`).
pub fn count_to(obj: &Value) -> usize {
    match obj.as_obj() {
        Some(o) if o.rc().has_weak() => {
            let key = o as *const Obj as usize;
            stripe(key).lock().get(&key).map_or(0, |l| l.len())
        }
        _ => 0,
    }
}

/// Detaches every weak reference of `key` (under its stripe lock) and returns strong
/// references to those that are still alive and not in `skip`.
fn detach_all(key: usize, skip: Option<&HashSet<usize>>) -> Vec<Value> {
    let mut map = stripe(key).lock();
    let Some(list) = map.remove(&key) else {
        return Vec::new();
    };
    let mut live = Vec::new();
    for l in list {
        // SAFETY: listed objects are allocated under the lock (invariant 3).
        let r = unsafe { l.0.as_ref() };
        // SAFETY: the `WeakRefObj` is allocated with its object (invariant 3); only its
        // atomic pointer is touched, which its own `Drop` reads under this same lock.
        unsafe {
            (*l.1)
                .referent
                .store(std::ptr::null_mut(), Ordering::Relaxed)
        };
        let addr = r as *const Obj as usize;
        if skip.is_some_and(|s| s.contains(&addr)) {
            continue;
        }
        if r.rc().try_incref() {
            // SAFETY: the reference `try_incref` took.
            live.push(unsafe { Value::from_bits(addr as u64) });
        }
    }
    drop(map);
    live
}

/// Queues the call `f(arg)` on this thread, to run with the weak-reference callbacks at
/// its next safepoint (how `__del__` runs: see `object::finalize`).
pub(crate) fn queue_call(arg: Value, f: Value) {
    if push_pending((arg, f)) {
        crate::sync::request_poll();
    }
}

/// Queues the callbacks of the (strongly held) weak references `refs` on this thread.
fn queue_callbacks(refs: Vec<Value>) {
    let mut queued = false;
    for r in refs {
        let cb = match r.payload() {
            Some(Payload::WeakRef(w)) => std::mem::replace(&mut *w.callback.lock(), Value::NULL),
            _ => Value::NULL,
        };
        if !cb.is_null() {
            queued |= push_pending((r, cb));
        }
    }
    if queued {
        crate::sync::request_poll();
    }
}

/// Appends `cb(arg)` to this thread's queue; false when the thread-local is gone (thread
/// exit), and then another thread runs it ([`ORPHANS`]).
fn push_pending(item: (Value, Value)) -> bool {
    let mut item = Some(item);
    let queued = PENDING
        .try_with(|p| {
            let mut list = p.0.take();
            list.extend(item.take());
            p.0.set(list);
        })
        .is_ok();
    if let Some(item) = item {
        orphan(vec![item]);
    }
    queued
}

/// Invariant 1: clears the weak references of `obj`, which is being freed (its count
/// reached zero and it is marked), and queues their callbacks.
///
/// # Safety
/// `obj` is allocated and unreferenced; its memory is not freed before this returns.
pub(crate) unsafe fn clear_on_free(obj: NonNull<Obj>) {
    let refs = detach_all(obj.as_ptr() as usize, None);
    if !refs.is_empty() {
        queue_callbacks(refs);
    }
}

/// Invariant 5: with the world stopped, detaches the weak references to every object of
/// `garbage`. Returns the live, non-garbage weak references whose callbacks must run
/// (queue them with [`queue_after_collect`] once the world runs again).
pub(crate) fn clear_garbage(garbage: &[Value]) -> Vec<Value> {
    let marked: Vec<usize> = garbage
        .iter()
        .filter_map(|v| v.as_obj())
        .filter(|o| o.rc().has_weak())
        .map(|o| o as *const Obj as usize)
        .collect();
    if marked.is_empty() {
        return Vec::new();
    }
    let all: HashSet<usize> = garbage
        .iter()
        .filter_map(|v| v.as_obj())
        .map(|o| o as *const Obj as usize)
        .collect();
    let mut out = Vec::new();
    for key in marked {
        out.extend(detach_all(key, Some(&all)));
    }
    out
}

/// Queues the callbacks [`clear_garbage`] found (the world runs again).
pub(crate) fn queue_after_collect(refs: Vec<Value>) {
    if !refs.is_empty() {
        queue_callbacks(refs);
    }
}

/// Runs this thread's queued callbacks (not re-entrantly). A callback's exception is
/// printed ("Exception ignored in: ...") and does not propagate.
///
/// Cold and out of line: it is called from the interpreter's safepoints (loop back-edges,
/// calls), and inlined there it made the hot loop measurably slower.
#[cold]
#[inline(never)]
pub fn run_pending(cx: &mut Ctx) {
    if RUNNING.with(|r| r.replace(true)) {
        return;
    }
    loop {
        let mut batch = PENDING.with(|p| p.0.take());
        if HAS_ORPHANS.load(Ordering::Acquire) {
            let mut o = ORPHANS.lock();
            HAS_ORPHANS.store(false, Ordering::Relaxed);
            batch.append(&mut o);
        }
        if batch.is_empty() {
            break;
        }
        for (r, cb) in batch {
            if let Err(e) = crate::ops::call(cx, &cb, &[r]) {
                let name = crate::ops::repr(cx, &cb).unwrap_or_default();
                crate::modules::flush_stdio();
                let text = cx.format_exception(&e);
                eprint!("Exception ignored in: {name}\n{text}");
            }
        }
    }
    RUNNING.with(|r| r.set(false));
}

/// For the cycle collector: the references a weak reference holds (its callback and a
/// subclass's `__dict__`; never the referent).
pub(crate) fn gc_traverse(w: &WeakRefObj, visit: &mut dyn FnMut(&Value)) {
    visit(&w.callback.lock());
    visit(&w.dict);
}

/// For the cycle collector: drops the callback of a garbage weak reference.
pub(crate) fn gc_clear(w: &WeakRefObj) {
    let cb = std::mem::replace(&mut *w.callback.lock(), Value::NULL);
    drop(cb);
}
