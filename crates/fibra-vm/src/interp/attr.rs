//! Attribute access: the descriptor protocol for instances, classes and modules.

use crate::ctx::Ctx;
use crate::error::{attribute_error, type_error, PyResult};
use crate::object::Payload;
use crate::ops::{bind, bound_method, call, Bound};
use crate::types::{self, types};
use crate::value::Value;

/// `obj.name`.
pub fn get_attr(cx: &mut Ctx, obj: &Value, name: &str) -> PyResult<Value> {
    if obj.is_type() {
        return type_get_attr(cx, obj, name);
    }
    let cls = obj.class().clone();
    let class_attr = types::lookup(&cls, name);
    if let Some(a) = &class_attr {
        if matches!(a.payload(), Some(Payload::Property(_))) {
            return match bind(cx, a, obj, &cls)? {
                Bound::Method(f) => Ok(bound_method(&f, obj)),
                Bound::Value(v) => Ok(v),
            };
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
    if let Some(ga) = types::lookup(&cls, "__getattr__") {
        return call(cx, &ga, &[obj.clone(), Value::str(name)]);
    }
    Err(no_attribute(obj, name))
}

fn dict_of(obj: &Value) -> Option<Value> {
    Some(match obj.payload()? {
        Payload::Module(m) => m.dict.clone(),
        Payload::Type(t) => t.dict.clone(),
        Payload::Instance(i) => i.dict.clone(),
        Payload::Exception(e) => e.dict.clone(),
        Payload::Function(f) => f.dict.clone(),
        _ => return None,
    })
}

fn no_attribute(obj: &Value, name: &str) -> crate::error::Exc {
    match obj.payload() {
        Some(Payload::Module(m)) => {
            attribute_error(format!("module '{}' has no attribute '{}'", m.name, name))
        }
        Some(Payload::Type(t)) => {
            attribute_error(format!("type object '{}' has no attribute '{}'", t.name, name))
        }
        _ => attribute_error(format!(
            "'{}' object has no attribute '{}'",
            obj.type_name(),
            name
        )),
    }
}

/// `cls.name` for a class object.
fn type_get_attr(cx: &mut Ctx, cls: &Value, name: &str) -> PyResult<Value> {
    if let Some(a) = types::lookup(cls, name) {
        return Ok(match a.payload() {
            Some(Payload::ClassMethod(f)) => bound_method(f, cls),
            Some(Payload::StaticMethod(f)) => f.clone(),
            _ => a,
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
        "__bases__" => return Ok(Value::tuple(t.base.iter().cloned().collect())),
        "__mro__" => return Ok(Value::tuple(t.mro_with(cls).cloned().collect())),
        _ => {}
    }
    // Methods of the metaclass (`type`), e.g. `C.mro()`.
    if let Some(a) = types::lookup(&types().type_, name) {
        return match bind(cx, &a, cls, &types().type_)? {
            Bound::Method(f) => Ok(bound_method(&f, cls)),
            Bound::Value(v) => Ok(v),
        };
    }
    Err(no_attribute(cls, name))
}

/// `obj.name = value`.
pub fn set_attr(cx: &mut Ctx, obj: &Value, name: &str, value: Value) -> PyResult<()> {
    if let Some(a) = types::lookup(obj.class(), name) {
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
    }
    if let Some(t) = obj.as_type() {
        if t.builtin {
            return Err(type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                t.name
            )));
        }
    }
    match obj.namespace() {
        Some(ns) => {
            ns.set_str(name, value);
            Ok(())
        }
        None => Err(no_attribute(obj, name)),
    }
}

/// `del obj.name`.
pub fn del_attr(cx: &mut Ctx, obj: &Value, name: &str) -> PyResult<()> {
    if let Some(a) = types::lookup(obj.class(), name) {
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
    }
    match obj.namespace() {
        Some(ns) if ns.remove_str(name).is_some() => Ok(()),
        _ => Err(no_attribute(obj, name)),
    }
}
