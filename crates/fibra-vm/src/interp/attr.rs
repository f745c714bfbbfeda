//! Attribute access: the descriptor protocol for instances, classes and modules.

use crate::ctx::Ctx;
use crate::error::{attribute_error, type_error, PyResult};
use crate::interp::eval::as_dict;
use crate::object::Payload;
use crate::ops::{self, bind, bound_method, call, Bound};
use crate::types::{self, types};
use crate::value::Value;

/// `obj.name`.
pub fn get_attr(cx: &mut Ctx, obj: &Value, name: &str) -> PyResult<Value> {
    generic_get_attr(cx, obj, name, true)
}

/// `object.__getattribute__(obj, name)`, falling back to `__getattr__` when `use_getattr`.
pub fn generic_get_attr(
    cx: &mut Ctx,
    obj: &Value,
    name: &str,
    use_getattr: bool,
) -> PyResult<Value> {
    if obj.is_type() {
        return type_get_attr(cx, obj, name);
    }
    if let Some(Payload::Super(sp)) = obj.payload() {
        return super_get_attr(cx, sp, name);
    }
    let cls = obj.class().clone();
    let class_attr = cx.lookup.class_attr_str(&cls, name);
    if let Some(a) = &class_attr {
        // A script-defined data descriptor (`__get__` and `__set__`) wins over the
        // instance dict; a non-data one (`__get__` only) comes after it.
        if let Some(get) = script_descriptor(a, "__get__") {
            if script_descriptor(a, "__set__").is_some() {
                return call(cx, &get, &[a.clone(), obj.clone(), cls.clone()]);
            }
            if let Some(v) = obj.namespace().and_then(|ns| ns.get_str(name)) {
                return Ok(v);
            }
            return call(cx, &get, &[a.clone(), obj.clone(), cls.clone()]);
        }
        match a.payload() {
            Some(Payload::Property(_)) => {
                return match bind(cx, a, obj, &cls)? {
                    Bound::Method(f) => Ok(bound_method(&f, obj)),
                    Bound::Value(v) => Ok(v),
                };
            }
            // A slot: a data descriptor of the instance's own class.
            Some(Payload::Member(m)) => {
                super::slots::check_applies(m, obj)?;
                if let Some(v) = super::slots::read(obj, m) {
                    return Ok(v);
                }
                if use_getattr {
                    if let Some(ga) = cx.lookup.class_attr_str(&cls, "__getattr__") {
                        return call(cx, &ga, &[obj.clone(), Value::str(name)]);
                    }
                }
                return Err(no_attribute(obj, name));
            }
            _ => {}
        }
    }
    if let Some(ns) = obj.namespace() {
        if let Some(v) = ns.get_str(name) {
            return Ok(v);
        }
    }
    if let Some(a) = class_attr {
        return match bind(cx, &a, obj, &cls)? {
            Bound::Method(f) => Ok(bound_method(&f, obj)),
            Bound::Value(v) => Ok(v),
        };
    }
    match name {
        "__class__" => return Ok(cls),
        "__dict__" => {
            if let Some(d) = dict_of(obj) {
                return Ok(d);
            }
        }
        _ => {}
    }
    if let Some(v) = special_attr(cx, obj, name)? {
        return Ok(v);
    }
    if use_getattr {
        if let Some(ga) = cx.lookup.class_attr_str(&cls, "__getattr__") {
            return call(cx, &ga, &[obj.clone(), Value::str(name)]);
        }
    }
    Err(no_attribute(obj, name))
}

/// `super(ty, obj).name`: the MRO of `type(obj)` (or `obj` itself for a class) after `ty`.
fn super_get_attr(cx: &mut Ctx, sp: &crate::object::SuperObj, name: &str) -> PyResult<Value> {
    let start = if sp.obj.is_type() && types::is_subclass(&sp.obj, &sp.ty) {
        sp.obj.clone()
    } else {
        sp.obj.class().clone()
    };
    if name == "__class__" {
        return Ok(types().super_.clone());
    }
    if let Some(t) = start.as_type() {
        let mut after = false;
        for c in t.mro_with(&start) {
            if !after {
                after = c.is(&sp.ty);
                continue;
            }
            let Some(v) = c.namespace().and_then(|ns| ns.get_str(name)) else {
                continue;
            };
            // `super(C, cls)` in a classmethod: class-style access (no instance). A class
            // seen as an instance of its metaclass binds like any instance.
            if sp.obj.is(&start) {
                return Ok(match v.payload() {
                    Some(Payload::ClassMethod(f)) => bound_method(f, &sp.obj),
                    Some(Payload::StaticMethod(f)) => f.clone(),
                    _ => types::descriptor::unbound(v),
                });
            }
            return match bind(cx, &v, &sp.obj, &start)? {
                Bound::Method(f) => Ok(bound_method(&f, &sp.obj)),
                Bound::Value(v) => Ok(v),
            };
        }
    }
    Err(attribute_error(format!(
        "'super' object has no attribute '{name}'"
    )))
}

fn opt(v: &Value) -> Value {
    if v.is_null() {
        Value::NONE
    } else {
        v.clone()
    }
}

/// Attributes computed from an object's payload (`f.__name__`, `m.__self__`, ...).
fn special_attr(cx: &mut Ctx, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match (obj.payload(), name) {
        (Some(Payload::Function(f)), _) => match name {
            "__name__" => f.name.clone(),
            "__qualname__" => f.qualname.clone(),
            "__doc__" => match as_dict(&f.dict).and_then(|d| d.get_str("__doc__")) {
                Some(d) => d,
                None => f.code.obj.doc.as_deref().map_or(Value::NONE, Value::str),
            },
            "__module__" => as_dict(&f.globals)
                .and_then(|g| g.get_str("__name__"))
                .unwrap_or(Value::NONE),
            "__defaults__" => opt(&f.defaults),
            // Unannotated: an empty dict, made on first use and kept (as in CPython).
            "__annotations__" => match as_dict(&f.dict) {
                Some(d) => match d.get_str("__annotations__") {
                    Some(a) => a,
                    None => {
                        let a = Value::dict();
                        d.set_str("__annotations__", a.clone());
                        a
                    }
                },
                None => return Ok(None),
            },
            "__kwdefaults__" => opt(&f.kwdefaults),
            "__globals__" => f.globals.clone(),
            "__code__" => Value::new_obj(types().code.clone(), Payload::Code(f.code.clone())),
            "__closure__" => {
                if f.closure.is_empty() {
                    Value::NONE
                } else {
                    Value::tuple(f.closure.to_vec())
                }
            }
            _ => return Ok(None),
        },
        (Some(Payload::BoundMethod(bm)), _) => match name {
            "__self__" => bm.self_.clone(),
            "__func__" => bm.func.clone(),
            _ => return ops::getattr_opt(cx, &bm.func, name),
        },
        (Some(Payload::NativeFunction(nf)), _) => match name {
            "__name__" => Value::str(nf.name),
            "__qualname__" => {
                if nf.owner.is_empty() {
                    Value::str(nf.name)
                } else {
                    Value::string(format!("{}.{}", nf.owner, nf.name))
                }
            }
            "__self__" => opt(&nf.self_),
            "__doc__" => Value::NONE,
            "__module__" => Value::NONE,
            _ => return Ok(None),
        },
        (Some(Payload::Member(m)), _) => match super::slots::member_attr(m, name) {
            Some(v) => v,
            None => return Ok(None),
        },
        (Some(Payload::Property(p)), _) => match name {
            "fget" => opt(&p.fget),
            "fset" => opt(&p.fset),
            "fdel" => opt(&p.fdel),
            "__doc__" => opt(&p.doc),
            _ => return Ok(None),
        },
        (Some(Payload::StaticMethod(f)), "__func__" | "__wrapped__")
        | (Some(Payload::ClassMethod(f)), "__func__" | "__wrapped__") => f.clone(),
        (Some(Payload::Generator(g)), "__name__") => g.inner.name.clone(),
        (Some(Payload::Generator(g)), "__qualname__") => g.inner.qualname.clone(),
        (Some(Payload::Generator(_)), "gi_running" | "cr_running" | "ag_running") => {
            Value::bool(crate::interp::generator::is_running(obj))
        }
        (Some(Payload::Code(c)), "co_name") => c.name.clone(),
        (Some(Payload::Code(c)), "co_filename") => Value::str(&c.obj.filename),
        (Some(Payload::Code(c)), "co_firstlineno") => Value::int(c.obj.first_line as i64),
        (Some(Payload::Code(c)), "co_argcount") => Value::int(c.obj.argcount as i64),
        (Some(Payload::Code(c)), "co_varnames") => {
            Value::tuple(c.obj.varnames.iter().map(|n| Value::str(n)).collect())
        }
        (Some(Payload::Module(_)), "__doc__") => Value::NONE,
        (Some(Payload::Instance(_)), "__doc__") => Value::NONE,
        (Some(Payload::Exception(_)), "__doc__") => Value::NONE,
        _ => return Ok(None),
    }))
}

fn dict_of(obj: &Value) -> Option<Value> {
    Some(match obj.payload()? {
        Payload::Module(m) => m.dict.clone(),
        Payload::Type(t) => t.dict.clone(),
        // Plain `object()` instances have no `__dict__` in CPython.
        Payload::Instance(_) if obj.class().is(&types().object) => return None,
        // No `__dict__` when the class's `__slots__` leave it out.
        Payload::Instance(i) if i.dict.is_null() => return None,
        Payload::Instance(i) => i.dict.clone(),
        Payload::Exception(e) => e.dict.clone(),
        Payload::Function(f) => f.dict.clone(),
        _ => return None,
    })
}

pub(crate) fn no_attribute(obj: &Value, name: &str) -> crate::error::Exc {
    let exc = no_attribute_msg(obj, name);
    // For the traceback's "Did you mean" (interp/suggest.rs), as CPython's `name`/`obj`.
    exc.value().set_attr_str("name", Value::str(name));
    exc.value().set_attr_str("obj", obj.clone());
    exc
}

/// The AttributeError of an assignment or deletion: CPython leaves its `name` and `obj`
/// None (no "Did you mean").
fn no_attribute_to_set(obj: &Value, name: &str) -> crate::error::Exc {
    let exc = no_attribute_msg(obj, name);
    exc.value().set_attr_str("name", Value::NONE);
    exc.value().set_attr_str("obj", Value::NONE);
    exc
}

fn no_attribute_msg(obj: &Value, name: &str) -> crate::error::Exc {
    match obj.payload() {
        Some(Payload::Module(m)) => {
            attribute_error(format!("module '{}' has no attribute '{}'", m.name, name))
        }
        Some(Payload::Type(t)) => attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            t.tp_name(),
            name
        )),
        _ => attribute_error(format!(
            "'{}' object has no attribute '{}'",
            obj.type_name(),
            name
        )),
    }
}

/// `cls.name` for a class object.
fn type_get_attr(cx: &mut Ctx, cls: &Value, name: &str) -> PyResult<Value> {
    let meta = cls.class();
    // A metaclass other than `type`: its data descriptors (a property) come first.
    if !meta.is(&types().type_) {
        if let Some(v) = meta_data_descriptor(cx, cls, name)? {
            return Ok(v);
        }
    }
    if let Some(a) = cx.lookup.class_attr_str(cls, name) {
        if let Some(get) = script_descriptor(&a, "__get__") {
            return call(cx, &get, &[a.clone(), Value::NONE, cls.clone()]);
        }
        return Ok(match a.payload() {
            Some(Payload::ClassMethod(f)) => bound_method(f, cls),
            Some(Payload::StaticMethod(f)) => f.clone(),
            // A builtin type's method reached unbound checks its receiver when called.
            _ => types::descriptor::unbound(a),
        });
    }
    let t = cls.as_type().ok_or_else(|| no_attribute(cls, name))?;
    match name {
        "__name__" => return Ok(Value::str(&t.name)),
        "__qualname__" => return Ok(Value::str(&t.qualname)),
        "__module__" => return Ok(Value::str(&t.module)),
        "__dict__" => return Ok(t.dict.clone()),
        "__class__" => return Ok(cls.class().clone()),
        "__base__" => return Ok(t.base.clone().unwrap_or(Value::NONE)),
        "__bases__" => return Ok(Value::tuple(t.bases().to_vec())),
        "__mro__" => return Ok(Value::tuple(t.mro_with(cls).cloned().collect())),
        "__doc__" => return Ok(Value::NONE),
        _ => {}
    }
    // Attributes of the metaclass, e.g. `C.mro()`, bound to the class.
    let meta = cls.class().clone();
    if let Some(a) = cx.lookup.class_attr_str(&meta, name) {
        if let Some(get) = script_descriptor(&a, "__get__") {
            return call(cx, &get, &[a.clone(), cls.clone(), meta]);
        }
        return match bind(cx, &a, cls, &meta)? {
            Bound::Method(f) => Ok(bound_method(&f, cls)),
            Bound::Value(v) => Ok(v),
        };
    }
    if !meta.is(&types().type_) {
        if let Some(ga) = cx.lookup.class_attr_str(&meta, "__getattr__") {
            return call(cx, &ga, &[cls.clone(), Value::str(name)]);
        }
    }
    Err(no_attribute(cls, name))
}

/// `cls.name` where the metaclass defines `name` as a data descriptor (a property, or a
/// script class with `__get__` and `__set__`), which wins over the class's own attribute.
fn meta_data_descriptor(cx: &mut Ctx, cls: &Value, name: &str) -> PyResult<Option<Value>> {
    let meta = cls.class().clone();
    let Some(a) = cx.lookup.class_attr_str(&meta, name) else {
        return Ok(None);
    };
    if matches!(a.payload(), Some(Payload::Property(_))) {
        return match bind(cx, &a, cls, &meta)? {
            Bound::Method(f) => Ok(Some(bound_method(&f, cls))),
            Bound::Value(v) => Ok(Some(v)),
        };
    }
    if let Some(get) = script_descriptor(&a, "__get__") {
        if script_descriptor(&a, "__set__").is_some() {
            return call(cx, &get, &[a.clone(), cls.clone(), meta]).map(Some);
        }
    }
    Ok(None)
}

/// `obj.name = value`, through a script-defined `__setattr__` if the class has one (for
/// a class: if its metaclass has one).
pub fn set_attr(cx: &mut Ctx, obj: &Value, name: &str, value: Value) -> PyResult<()> {
    if obj.is_type() && !obj.class().is(&types().type_) {
        if let Some(sa) = cx.lookup.class_attr_str(obj.class(), "__setattr__") {
            if !matches!(sa.payload(), Some(Payload::NativeFunction(_))) {
                call(cx, &sa, &[obj.clone(), Value::str(name), value])?;
                return Ok(());
            }
        }
    }
    if !obj.is_type()
        && matches!(
            obj.payload(),
            Some(Payload::Instance(_) | Payload::Exception(_))
        )
    {
        if let Some(sa) = cx.lookup.class_attr_str(obj.class(), "__setattr__") {
            if !matches!(sa.payload(), Some(Payload::NativeFunction(_))) {
                call(cx, &sa, &[obj.clone(), Value::str(name), value])?;
                return Ok(());
            }
        }
    }
    generic_set_attr(cx, obj, name, value)
}

/// `object.__setattr__(obj, name, value)`.
pub fn generic_set_attr(cx: &mut Ctx, obj: &Value, name: &str, value: Value) -> PyResult<()> {
    if let Some(a) = cx.lookup.class_attr_str(obj.class(), name) {
        if let Some(set) = script_descriptor(&a, "__set__") {
            call(cx, &set, &[a.clone(), obj.clone(), value])?;
            return Ok(());
        }
        if let Some(Payload::Property(p)) = a.payload() {
            if p.fset.is_null() || p.fset.is_none() {
                return Err(attribute_error(format!(
                    "property '{name}' of '{}' object has no setter",
                    obj.type_name()
                )));
            }
            call(cx, &p.fset, &[obj.clone(), value])?;
            return Ok(());
        }
        if let Some(Payload::Member(m)) = a.payload() {
            super::slots::check_applies(m, obj)?;
            return super::slots::set(obj, m, value);
        }
        if obj.namespace().is_none() && slotted_instance(obj) {
            return Err(read_only(obj, name));
        }
    }
    if let Some(t) = obj.as_type() {
        if t.builtin {
            return Err(type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                t.tp_name()
            )));
        }
        if name == "__del__" {
            crate::object::finalize::note_finalizer_class();
        }
    }
    // CPython's `object` instances have no `__dict__`: they take no attributes.
    if obj.class().is(&types().object) {
        return Err(no_attribute_to_set(obj, name));
    }
    match obj.namespace() {
        Some(ns) => {
            ns.set_str(name, value);
            Ok(())
        }
        None => Err(no_attribute_to_set(obj, name)),
    }
}

/// `del obj.name`, through a script-defined `__delattr__` if the class has one (for a
/// class: if its metaclass has one).
pub fn del_attr(cx: &mut Ctx, obj: &Value, name: &str) -> PyResult<()> {
    if obj.is_type() && !obj.class().is(&types().type_) {
        if let Some(da) = cx.lookup.class_attr_str(obj.class(), "__delattr__") {
            if !matches!(da.payload(), Some(Payload::NativeFunction(_))) {
                call(cx, &da, &[obj.clone(), Value::str(name)])?;
                return Ok(());
            }
        }
    }
    if !obj.is_type()
        && matches!(
            obj.payload(),
            Some(Payload::Instance(_) | Payload::Exception(_))
        )
    {
        if let Some(da) = cx.lookup.class_attr_str(obj.class(), "__delattr__") {
            if !matches!(da.payload(), Some(Payload::NativeFunction(_))) {
                call(cx, &da, &[obj.clone(), Value::str(name)])?;
                return Ok(());
            }
        }
    }
    generic_del_attr(cx, obj, name)
}

/// `object.__delattr__(obj, name)`.
pub fn generic_del_attr(cx: &mut Ctx, obj: &Value, name: &str) -> PyResult<()> {
    if let Some(a) = cx.lookup.class_attr_str(obj.class(), name) {
        if let Some(Payload::Property(p)) = a.payload() {
            if p.fdel.is_null() || p.fdel.is_none() {
                return Err(attribute_error(format!(
                    "property '{name}' of '{}' object has no deleter",
                    obj.type_name()
                )));
            }
            call(cx, &p.fdel, std::slice::from_ref(obj))?;
            return Ok(());
        }
        if let Some(Payload::Member(m)) = a.payload() {
            super::slots::check_applies(m, obj)?;
            return super::slots::delete(obj, m);
        }
        if obj.namespace().is_none() && slotted_instance(obj) {
            return Err(read_only(obj, name));
        }
    }
    match obj.namespace() {
        Some(ns) if ns.remove_str(name).is_some() => Ok(()),
        _ => Err(no_attribute_to_set(obj, name)),
    }
}

/// An instance without a `__dict__` because of its class's `__slots__`.
fn slotted_instance(obj: &Value) -> bool {
    matches!(obj.payload(), Some(Payload::Instance(i)) if i.dict.is_null())
}

/// Assigning (or deleting) a plain class attribute through an instance without a
/// `__dict__`.
fn read_only(obj: &Value, name: &str) -> crate::error::Exc {
    attribute_error(format!(
        "'{}' object attribute '{name}' is read-only",
        obj.type_name()
    ))
}

/// The method `name` (`__get__`, `__set__`) of a class attribute that is an instance of a
/// script-defined class: the descriptor protocol for descriptors written in Python.
fn script_descriptor(attr: &Value, name: &str) -> Option<Value> {
    if !matches!(attr.payload(), Some(Payload::Instance(_))) {
        return None;
    }
    types::lookup(attr.class(), name).filter(|m| matches!(m.payload(), Some(Payload::Function(_))))
}
