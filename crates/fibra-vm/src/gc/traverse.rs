//! What the collector needs from each kind of container: which references it holds
//! ([`traverse`]) and how to drop them to break a cycle ([`clear`]).
//!
//! `traverse` must report each counted reference the object owns exactly once (reporting
//! one it does not own would make the collector free a live object; missing one only
//! keeps its target alive). Both take the object's locks one at a time, as any reader
//! does; `clear` drops what it took only after releasing the lock.

use crate::object::{Obj, Payload};
use crate::value::Value;

/// Whether objects with this payload are allocated tracked (in a `GcBox`). A pure function
/// of the variant (for `Native`, of the native type: `NativeObject::gc_tracked`), which
/// never changes during an object's life: `object::alloc` and `object::free_one` must
/// agree on it.
#[inline]
pub(crate) fn is_tracked_kind(p: &Payload) -> bool {
    matches!(
        p,
        Payload::Tuple(_)
            | Payload::List(_)
            | Payload::Dict(_)
            | Payload::DictView(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Function(_)
            | Payload::NativeFunction(_)
            | Payload::BoundMethod(_)
            | Payload::Cell(_)
            | Payload::Type(_)
            | Payload::Instance(_)
            | Payload::Exception(_)
            | Payload::Module(_)
            | Payload::Generator(_)
            | Payload::AsyncOp(_)
            | Payload::Property(_)
            | Payload::Member(_)
            | Payload::StaticMethod(_)
            | Payload::ClassMethod(_)
            | Payload::Super(_)
            | Payload::Frame(_)
            | Payload::Traceback(_)
            | Payload::WeakRef(_)
    ) || matches!(p, Payload::Native(n) if n.gc_tracked())
}

/// Whether `v` is outside the registry for good: not an object, not of a tracked kind,
/// immortal, or untracked (an atomic tuple). Such a value can never be part of a cycle.
/// Stable while the caller holds a reference: only a collection (world stopped) untracks
/// a live object.
pub(crate) fn is_untracked(v: &Value) -> bool {
    match v.as_obj() {
        None => true,
        Some(o) if o.is_immortal() || !is_tracked_kind(&o.payload) => true,
        Some(o) => {
            // SAFETY: objects of a tracked kind live in a `GcBox`.
            let head = unsafe { super::registry::head_of(o) };
            head.slot.load(std::sync::atomic::Ordering::Relaxed) == super::registry::UNTRACKED
        }
    }
}

/// A new tuple (of class `ty`) that can never be part of a cycle, because everything it
/// refers to is untracked and a tuple never changes: it need not enter the registry (the
/// first collection would take it out anyway), which saves the registry and the
/// collection trigger most of the short-lived tuples (`str.partition`, `divmod`, tuples
/// of strings and numbers).
pub(crate) fn is_atomic_new_tuple(ty: &Value, p: &Payload) -> bool {
    match p {
        Payload::Tuple(items) => is_untracked(ty) && items.iter().all(is_untracked),
        _ => false,
    }
}

/// Calls `visit` on every reference `obj` holds (its class included).
pub(crate) fn traverse(obj: &Obj, visit: &mut dyn FnMut(&Value)) {
    let ty = obj.class_field();
    if !ty.is_null() {
        visit(ty);
    }
    match &obj.payload {
        Payload::Tuple(items) => items.iter().for_each(visit),
        Payload::List(l) => l.items.lock_for_collector().iter().for_each(visit),
        Payload::Dict(d) => {
            for e in d.table.lock_for_collector().iter() {
                visit(&e.key);
                visit(&e.value);
            }
        }
        Payload::Set(s) | Payload::FrozenSet(s) => {
            for e in s.table.lock_for_collector().iter() {
                visit(&e.key);
            }
        }
        Payload::DictView(v) => visit(&v.dict),
        Payload::Function(f) => {
            for v in [
                &f.globals,
                &f.name,
                &f.qualname,
                &f.defaults,
                &f.kwdefaults,
                &f.dict,
            ] {
                visit(v);
            }
            f.closure.iter().for_each(visit);
        }
        Payload::NativeFunction(n) => visit(&n.self_),
        Payload::BoundMethod(b) => {
            visit(&b.func);
            visit(&b.self_);
        }
        Payload::Cell(c) => c.visit(visit),
        Payload::Type(t) => {
            if let Some(b) = &t.base {
                visit(b);
            }
            t.bases.iter().for_each(&mut *visit);
            t.mro.iter().for_each(&mut *visit);
            visit(&t.dict);
        }
        Payload::Instance(i) => {
            visit(&i.dict);
            if let Some(slots) = &i.slots {
                slots.lock_for_collector().iter().for_each(visit);
            }
        }
        Payload::Member(m) => {
            visit(&m.name);
            visit(&m.objclass);
        }
        Payload::Exception(e) => {
            visit(&e.dict);
            let st = e.state.lock();
            visit(&st.args);
            visit(&st.cause);
            visit(&st.context);
            if let Some((m, excs)) = &st.group {
                visit(m);
                visit(excs);
            }
            for t in &st.traceback {
                t.gc_traverse(visit);
            }
        }
        Payload::Module(m) => visit(&m.dict),
        Payload::Generator(g) => g.inner.gc_traverse(visit),
        Payload::AsyncOp(o) => o.gc_traverse(visit),
        Payload::Property(p) => {
            for v in [&p.fget, &p.fset, &p.fdel, &p.doc] {
                visit(v);
            }
        }
        Payload::StaticMethod(v) | Payload::ClassMethod(v) => visit(v),
        Payload::Super(s) => {
            visit(&s.ty);
            visit(&s.obj);
        }
        Payload::Frame(f) => f.gc_traverse(visit),
        Payload::Traceback(t) => visit(&t.exc),
        // The callback and a subclass's `__dict__`; never the referent (not counted).
        Payload::WeakRef(w) => crate::object::weakref::gc_traverse(w, visit),
        Payload::Native(n) => n.gc_traverse(visit),
        _ => {}
    }
}

/// Drops the references of a garbage container that can change after creation (list
/// items, dict and set entries, cell contents, exception state, a suspended generator's
/// frame), which breaks every cycle the object is part of. Immutable containers (tuples,
/// functions, bound methods...) are left as they are: each cycle through them also goes
/// through a mutable one. Called with the world running, holding a strong reference to
/// every garbage object, and never under a lock when the dropped values are released.
pub(crate) fn clear(obj: &Obj) {
    match &obj.payload {
        // Garbage: no reader can reach these containers, so they drop what they hold at
        // once instead of retiring it through the epoch (and stay private).
        Payload::List(l) => {
            let items = l.items.clear_unreachable();
            drop(items);
        }
        Payload::Dict(d) => {
            let old = d.table.clear_unreachable();
            drop(old);
        }
        Payload::Set(s) | Payload::FrozenSet(s) => {
            let old = s.table.clear_unreachable();
            drop(old);
        }
        Payload::Cell(c) => drop(c.take_unreachable()),
        // The slot values (a cycle through slots alone has no dict to clear).
        Payload::Instance(i) => {
            if let Some(slots) = &i.slots {
                drop(slots.unset_unreachable());
            }
        }
        Payload::Exception(e) => {
            // `args` stays a tuple (code may rely on it), an empty one.
            let empty = Value::tuple(Vec::new());
            let old = {
                let mut st = e.state.lock();
                (
                    std::mem::replace(&mut st.args, empty),
                    std::mem::replace(&mut st.cause, Value::NULL),
                    std::mem::replace(&mut st.context, Value::NULL),
                    // Frame objects and kept locals (the traceback's frames).
                    std::mem::take(&mut st.traceback),
                    st.group.take(),
                )
            };
            drop(old);
        }
        Payload::Generator(g) => g.inner.gc_clear(),
        Payload::AsyncOp(o) => o.gc_clear(),
        Payload::Frame(f) => f.gc_clear(),
        Payload::WeakRef(w) => crate::object::weakref::gc_clear(w),
        Payload::Native(n) => n.gc_clear(),
        _ => {}
    }
}
