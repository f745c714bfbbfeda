//! Unbound methods of the builtin types (`str.upper`, `list.__init__`): CPython's
//! `method_descriptor` / `wrapper_descriptor`, which check that the first argument is an
//! instance of the type defining the method before running it.
//!
//! Design: the type dicts keep the plain native functions, so a bound call (`x.upper()`,
//! reached through `LoadMethod` or `call_method`) runs them directly and pays nothing for
//! the check. Reaching one *through a type* (`str.upper`, `getattr(str, "upper")`,
//! `super(C, C).m`) returns a descriptor instead: one immortal [`MethodDescriptor`] per
//! method, created when the builtin types are registered and found by binary search in an
//! immutable table (no lock), so `str.upper is str.upper` holds. Calling it (`ops::call_kw`
//! recognises it; its `__call__` does the same) checks the receiver (subclass instances are
//! accepted) and then runs the native function. Methods of native-module classes (`re`,
//! `struct`, `array`, `_thread`) are not covered: they check their receiver themselves. `str.__dict__["upper"]` is still the plain function
//! and does not check (Fibra has no mappingproxy to hand out descriptors there).

use std::any::Any;
use std::sync::OnceLock;

use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, PyResult};
use crate::object::{NativeFn, NativeObject, Payload};
use crate::types::is_instance;
use crate::value::Value;

/// An unbound method of a builtin type.
pub struct MethodDescriptor {
    /// The native function (a `NativeFunction` without `self`).
    func: Value,
    /// Its code, name and owner, copied out of `func` for the call path.
    code: NativeFn,
    name: &'static str,
    owner: &'static str,
    /// The type whose dict holds it: receivers must be instances of it.
    objclass: Value,
    /// A slot wrapper (most dunders): CPython words its error differently.
    slot: bool,
}

impl NativeObject for MethodDescriptor {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Dunders that CPython defines as ordinary methods (`method_descriptor`), not slot wrappers.
const METHOD_DUNDERS: &[&str] = &[
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__round__",
    "__getnewargs__",
    "__format__",
    "__sizeof__",
    "__bytes__",
    "__alloc__",
    "__reduce__",
    "__reduce_ex__",
    "__reversed__",
    "__subclasses__",
    "__instancecheck__",
    "__subclasscheck__",
    "__dir__",
    "__getstate__",
    "__setstate__",
];

/// Is `name` of type `owner` a slot wrapper in CPython?
fn is_slot(owner: &str, name: &str) -> bool {
    if !(name.len() > 4 && name.starts_with("__") && name.ends_with("__")) {
        return false;
    }
    if METHOD_DUNDERS.contains(&name) {
        return false;
    }
    match name {
        "__getitem__" => !matches!(owner, "list" | "dict"),
        "__contains__" => !matches!(owner, "dict" | "set" | "frozenset"),
        _ => true,
    }
}

/// The class of descriptors (`method_descriptor` or `wrapper_descriptor`).
fn descriptor_class(slot: bool) -> &'static Value {
    static METHOD: OnceLock<Value> = OnceLock::new();
    static WRAPPER: OnceLock<Value> = OnceLock::new();
    let (cell, name) = if slot {
        (&WRAPPER, "wrapper_descriptor")
    } else {
        (&METHOD, "method_descriptor")
    };
    cell.get_or_init(|| {
        super::native_type_with_ctor(
            name,
            "builtins",
            None,
            &[
                ("__call__", md_call),
                ("__get__", md_get),
                ("__repr__", md_repr),
                // Not properties: those would shadow `method_descriptor.__name__` itself.
                ("__getattr__", md_getattr),
            ],
        )
    })
}

/// (address of the native function object, its descriptor), sorted by address.
static TABLE: OnceLock<Vec<(u64, Value)>> = OnceLock::new();

/// Creates the descriptor of every native method in the builtin types' dicts (once, at the
/// end of `types::init`). `object`'s methods apply to every value and need none.
pub(crate) fn build(t: &BuiltinTypes) {
    TABLE.get_or_init(|| {
        let mut table = Vec::new();
        for ty in t.iter() {
            if ty.is(&t.object) {
                continue;
            }
            let Some(ns) = ty.namespace() else { continue };
            for (_, v) in ns.items() {
                let Some(Payload::NativeFunction(nf)) = v.payload() else {
                    continue;
                };
                if !nf.self_.is_null() || nf.owner.is_empty() {
                    continue;
                }
                let slot = is_slot(nf.owner, nf.name);
                let d = Value::native_obj(
                    descriptor_class(slot).clone(),
                    MethodDescriptor {
                        func: v.clone(),
                        code: nf.func,
                        name: nf.name,
                        owner: nf.owner,
                        objclass: ty.clone(),
                        slot,
                    },
                );
                if let Some(o) = d.as_obj() {
                    o.make_immortal();
                }
                table.push((v.raw(), d));
            }
        }
        table.sort_by_key(|e| e.0);
        table
    });
}

/// What `Type.name` gives for a class attribute `a`: the descriptor of a builtin type's
/// native method, anything else unchanged.
pub(crate) fn unbound(a: Value) -> Value {
    let Some(Payload::NativeFunction(nf)) = a.payload() else {
        return a;
    };
    if !nf.self_.is_null() || nf.owner.is_empty() {
        return a;
    }
    let Some(table) = TABLE.get() else { return a };
    match table.binary_search_by_key(&a.raw(), |e| e.0) {
        Ok(i) => table[i].1.clone(),
        Err(_) => a,
    }
}

/// The descriptor behind a `__get__`/`__call__` receiver.
fn this<'a>(args: &Args<'a>) -> PyResult<&'a MethodDescriptor> {
    args.values
        .first()
        .and_then(|v| v.downcast_native::<MethodDescriptor>())
        .ok_or_else(|| type_error("descriptor requires a 'method_descriptor' object"))
}

/// Name and owner of the wrapped function.
fn names(d: &MethodDescriptor) -> (&'static str, &'static str) {
    (d.name, d.owner)
}

/// The TypeError for a receiver that is not an instance of the defining type.
fn wrong_receiver(d: &MethodDescriptor, recv: &Value) -> crate::error::Exc {
    let (name, _) = names(d);
    let owner = d.objclass.as_type().map_or("?", |t| t.tp_name());
    if d.slot {
        type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            recv.type_name()
        ))
    } else {
        type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            recv.type_name()
        ))
    }
}

/// `descriptor(receiver, *args, **kwargs)` (its `__call__`).
fn md_call(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    call_unbound(cx, this(args)?, &args.values[1..], args.kwnames)
}

/// Calls the descriptor `d` with `values` (receiver first, keyword values last): checks
/// the receiver, then runs the method. `ops::call_kw` comes here directly.
#[inline]
pub(crate) fn call_unbound(
    cx: &mut Ctx,
    d: &MethodDescriptor,
    values: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    match values.first() {
        Some(recv) if values.len() > kwnames.len() => {
            if !recv.class().is(&d.objclass) && !is_instance(recv, &d.objclass) {
                return Err(wrong_receiver(d, recv));
            }
        }
        _ => {
            return Err(type_error(format!(
                "unbound method {}.{}() needs an argument",
                d.owner, d.name
            )))
        }
    }
    (d.code)(cx, &Args::new(values, kwnames))
}

/// `descriptor.__get__(obj, type=None)`: itself for no instance, else a bound method.
fn md_get(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let d = this(args)?;
    let a = args.check("__get__", 2, 3)?;
    let obj = &a[1];
    if obj.is_none() {
        return Ok(a[0].clone());
    }
    if !is_instance(obj, &d.objclass) {
        return Err(wrong_receiver(d, obj));
    }
    Ok(crate::ops::bound_method(&d.func, obj))
}

fn md_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let d = this(args)?;
    let (name, _) = names(d);
    let owner = d.objclass.as_type().map_or("?", |t| t.tp_name());
    Ok(Value::string(if d.slot {
        format!("<slot wrapper '{name}' of '{owner}' objects>")
    } else {
        format!("<method '{name}' of '{owner}' objects>")
    }))
}

/// `__name__`, `__qualname__`, `__objclass__`, `__doc__` of a descriptor.
fn md_getattr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let d = this(args)?;
    let name = args.values.get(1).and_then(|v| v.as_str()).unwrap_or("");
    Ok(match name {
        "__name__" => Value::str(names(d).0),
        "__qualname__" => {
            let owner = d.objclass.as_type().map_or("?", |t| t.qualname.as_str());
            Value::string(format!("{owner}.{}", names(d).0))
        }
        "__objclass__" => d.objclass.clone(),
        "__doc__" | "__text_signature__" => Value::NONE,
        _ => {
            return Err(crate::error::attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                args.values[0].type_name()
            )))
        }
    })
}

/// Is `v` an unbound-method descriptor? (For `ops::bind`: it binds like a function.)
pub(crate) fn is_descriptor(v: &Value) -> bool {
    v.downcast_native::<MethodDescriptor>().is_some()
}
