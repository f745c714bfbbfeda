//! The `_weakref` module: `ref` (`weakref.ReferenceType`), `getweakrefcount`,
//! `getweakrefs`. The protocol is `object::weakref`; proxies and the weak containers are
//! written in Fibra (`stdlib/weakref.py`).

use std::sync::OnceLock;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, PyResult};
use crate::object::weakref::{self, WeakRefObj};
use crate::object::Payload;
use crate::ops;
use crate::value::Value;

/// The `weakref.ReferenceType` class (`weakref.ref`).
pub(crate) fn ref_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        let ty = crate::builtins::native_class(
            "ReferenceType",
            "weakref",
            Some(ref_new),
            &[
                ("__call__", ref_call),
                ("__hash__", ref_hash),
                ("__eq__", ref_eq),
                ("__ne__", ref_ne),
                ("__repr__", ref_repr),
            ],
        );
        crate::builtins::add_properties(&ty, &[("__callback__", ref_callback)]);
        ty
    })
}

pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("_weakref");
    m.set_attr_str("ref", ref_type().clone());
    m.set_attr_str("ReferenceType", ref_type().clone());
    m.add_fn("getweakrefcount", getweakrefcount);
    m.add_fn("getweakrefs", getweakrefs);
    m.add_fn("_run_callbacks", run_callbacks);
    Ok(m)
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a WeakRefObj> {
    match args.pos().first().and_then(|v| v.payload()) {
        Some(Payload::WeakRef(w)) => Ok(w),
        _ => Err(type_error(
            "descriptor requires a 'weakref.ReferenceType' object",
        )),
    }
}

/// `ref(obj[, callback])` (`args[0]` is the class, possibly a subclass).
fn ref_new(cx: &mut Ctx, args: &Args) -> PyResult {
    weakref::run_pending(cx);
    let pos = args.pos();
    let cls = &pos[0];
    let exact = cls.is(ref_type());
    if exact && args.has_kwargs() {
        return Err(type_error("ref() takes no keyword arguments"));
    }
    let n = pos.len() - 1;
    if n == 0 {
        return Err(type_error("__new__ expected at least 1 argument, got 0"));
    }
    if exact && n > 2 {
        return Err(type_error(format!(
            "__new__ expected at most 2 arguments, got {n}"
        )));
    }
    let obj = &pos[1];
    if !weakref::weakrefable(obj) {
        return Err(type_error(format!(
            "cannot create weak reference to '{}' object",
            obj.type_name()
        )));
    }
    let callback = pos.get(2).cloned().unwrap_or(Value::NONE);
    Ok(weakref::new_ref(cls, obj, callback))
}

fn ref_call(cx: &mut Ctx, args: &Args) -> PyResult {
    let w = this(args)?;
    if args.pos().len() > 1 || args.has_kwargs() {
        return Err(type_error(format!(
            "weakref() takes no arguments ({} given)",
            args.pos().len() - 1
        )));
    }
    weakref::run_pending(cx);
    Ok(weakref::upgrade(w).unwrap_or(Value::NONE))
}

/// The referent's hash, computed once and kept after its death (CPython's rule).
fn ref_hash(cx: &mut Ctx, args: &Args) -> PyResult {
    let w = this(args)?;
    if let Some(h) = w.cached_hash() {
        return Ok(Value::int(h));
    }
    let Some(obj) = weakref::upgrade(w) else {
        return Err(type_error("weak object has gone away"));
    };
    let h = ops::hash(cx, &obj)?;
    w.set_hash(h);
    Ok(Value::int(h))
}

/// Equal when both referents are alive and equal; otherwise only to itself.
fn ref_eq_bool(cx: &mut Ctx, args: &Args) -> PyResult<Option<bool>> {
    let a = this(args)?;
    let other = args.pos().get(1).cloned().unwrap_or(Value::NONE);
    let Some(Payload::WeakRef(b)) = other.payload() else {
        return Ok(None);
    };
    match (weakref::upgrade(a), weakref::upgrade(b)) {
        (Some(x), Some(y)) => Ok(Some(ops::eq(cx, &x, &y)?)),
        _ => Ok(Some(args.pos()[0].is(&other))),
    }
}

fn ref_eq(cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(match ref_eq_bool(cx, args)? {
        Some(b) => Value::bool(b),
        None => Value::NOT_IMPLEMENTED,
    })
}

fn ref_ne(cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(match ref_eq_bool(cx, args)? {
        Some(b) => Value::bool(!b),
        None => Value::NOT_IMPLEMENTED,
    })
}

fn ref_repr(_cx: &mut Ctx, args: &Args) -> PyResult {
    let w = this(args)?;
    let me = args.pos()[0].raw();
    Ok(Value::str(&match weakref::upgrade(w) {
        Some(obj) => format!(
            "<weakref at {me:#x}; to '{}' at {:#x}>",
            obj.type_name(),
            obj.raw()
        ),
        None => format!("<weakref at {me:#x}; dead>"),
    }))
}

fn ref_callback(_cx: &mut Ctx, args: &Args) -> PyResult {
    let w = this(args)?;
    let cb = w.callback.lock().clone();
    Ok(if cb.is_null() { Value::NONE } else { cb })
}

fn getweakrefcount(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("getweakrefcount", 1, 1)?;
    weakref::run_pending(cx);
    Ok(Value::int(weakref::count_to(&a[0]) as i64))
}

fn getweakrefs(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("getweakrefs", 1, 1)?;
    weakref::run_pending(cx);
    Ok(Value::list(weakref::refs_to(&a[0])))
}

/// Runs the callbacks waiting on this thread (used by `weakref.py` at points where
/// CPython would already have run them).
fn run_callbacks(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("_run_callbacks", 0, 0)?;
    weakref::run_pending(cx);
    Ok(Value::NONE)
}
