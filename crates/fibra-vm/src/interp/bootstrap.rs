//! TEMPORARY shims so the interpreter can run scripts before the builtins/types work is
//! merged. DELETE THIS FILE AT MERGE (and its `install` call in `Vm::new` and the `mod`
//! line in `interp/mod.rs`). Every shim is only installed when the builtins module does not
//! already define the name (or, for `range`/`str`, when the type has no constructor), so
//! after the merge they are inert anyway.
//!
//! Shims: `print`, `len`, `repr`, `isinstance`, `iter`, `next`, `hasattr`, `getattr`,
//! `setattr`, `id`, `callable`, `range` (function), `str` (function); methods `str.__add__`,
//! `str.__eq__`, `str.__hash__`, `str.__repr__`, `str.__str__`, `str.upper`, `list.__repr__`,
//! `tuple.__repr__`, `list.append`, `list.__getitem__`, `bool.__repr__`.

use std::io::Write;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, PyResult};
use crate::object::NativeFn;
use crate::ops;
use crate::types::{self, types};
use crate::value::Value;

/// Installs the shims into `builtins` where the name is free.
pub fn install(builtins: &Value) {
    let Some(ns) = builtins.namespace() else {
        return;
    };
    let shims: [(&'static str, NativeFn); 11] = [
        ("print", shim_print),
        ("len", shim_len),
        ("repr", shim_repr),
        ("isinstance", shim_isinstance),
        ("iter", shim_iter),
        ("next", shim_next),
        ("hasattr", shim_hasattr),
        ("getattr", shim_getattr),
        ("setattr", shim_setattr),
        ("id", shim_id),
        ("callable", shim_callable),
    ];
    for (name, f) in shims {
        if ns.get_str(name).is_none() {
            ns.set_str(name, Value::native_fn(name, f));
        }
    }
    let t = types();
    let methods: [(&Value, &'static str, &'static str, NativeFn); 11] = [
        (&t.str, "str", "__add__", str_add),
        (&t.str, "str", "__eq__", str_eq),
        (&t.str, "str", "__hash__", str_hash),
        (&t.str, "str", "__repr__", str_repr),
        (&t.str, "str", "__str__", str_str),
        (&t.str, "str", "upper", str_upper),
        (&t.list, "list", "__repr__", seq_repr),
        (&t.tuple, "tuple", "__repr__", seq_repr),
        (&t.list, "list", "append", list_append),
        (&t.bool, "bool", "__repr__", bool_repr),
        (&t.list, "list", "__getitem__", list_getitem),
    ];
    for (ty, owner, name, f) in methods {
        if let Some(tns) = ty.namespace() {
            if tns.get_str(name).is_none() {
                tns.set_str(name, Value::native_method(owner, name, f));
            }
        }
    }
    if t.range.as_type().is_some_and(|x| x.ctor.is_none()) {
        ns.set_str("range", Value::native_fn("range", shim_range));
    }
    if t.str.as_type().is_some_and(|x| x.ctor.is_none()) {
        ns.set_str("str", Value::native_fn("str", shim_str));
    }
}

/// Writes to the process stdout (shim only).
pub fn write_stdout(_cx: &mut Ctx, s: &str) -> PyResult<()> {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(s.as_bytes());
    Ok(())
}

fn shim_print(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let mut s = String::new();
    let sep = match args.kwarg("sep") {
        Some(v) if !v.is_none() => ops::str(cx, v)?,
        _ => " ".into(),
    };
    let end = match args.kwarg("end") {
        Some(v) if !v.is_none() => ops::str(cx, v)?,
        _ => "\n".into(),
    };
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            s.push_str(&sep);
        }
        s.push_str(&ops::str(cx, v)?);
    }
    s.push_str(&end);
    write_stdout(cx, &s)?;
    Ok(Value::NONE)
}

fn shim_len(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("len", 1, 1)?;
    Ok(Value::int(ops::len(cx, &a[0])? as i64))
}

fn shim_repr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("repr", 1, 1)?;
    Ok(Value::string(ops::repr(cx, &a[0])?))
}

fn shim_str(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("str", 0, 1)?;
    match a.first() {
        Some(v) => ops::str_value(cx, v),
        None => Ok(Value::str("")),
    }
}

fn shim_isinstance(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("isinstance", 2, 2)?;
    Ok(Value::bool(ops::isinstance(&a[0], &a[1])?))
}

fn shim_iter(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("iter", 1, 1)?;
    ops::iter(cx, &a[0])
}

fn shim_next(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("next", 1, 2)?;
    match ops::next_raising(cx, &a[0]) {
        Ok(v) => Ok(v),
        Err(e) if e.matches(&types().stop_iteration) && a.len() > 1 => Ok(a[1].clone()),
        Err(e) => Err(e),
    }
}

fn shim_hasattr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("hasattr", 2, 2)?;
    let name = a[1]
        .as_str()
        .ok_or_else(|| type_error("hasattr(): attribute name must be string"))?;
    Ok(Value::bool(ops::getattr_opt(cx, &a[0], name)?.is_some()))
}

fn shim_getattr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("getattr", 2, 3)?;
    let name = a[1]
        .as_str()
        .ok_or_else(|| type_error("getattr(): attribute name must be string"))?;
    match a.get(2) {
        Some(d) => Ok(ops::getattr_opt(cx, &a[0], name)?.unwrap_or_else(|| d.clone())),
        None => ops::getattr(cx, &a[0], name),
    }
}

fn shim_setattr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("setattr", 3, 3)?;
    let name = a[1]
        .as_str()
        .ok_or_else(|| type_error("setattr(): attribute name must be string"))?;
    ops::setattr(cx, &a[0], name, a[2].clone())?;
    Ok(Value::NONE)
}

fn shim_id(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("id", 1, 1)?;
    Ok(Value::int((a[0].raw() >> 1) as i64))
}

fn shim_callable(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("callable", 1, 1)?;
    let v = &a[0];
    let c = v.is_type()
        || matches!(
            v.payload(),
            Some(
                crate::object::Payload::Function(_)
                    | crate::object::Payload::NativeFunction(_)
                    | crate::object::Payload::BoundMethod(_)
            )
        )
        || types::lookup(v.class(), "__call__").is_some();
    Ok(Value::bool(c))
}

fn shim_range(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("range", 1, 3)?;
    let mut n = Vec::new();
    for v in a {
        n.push(ops::index(cx, v)?);
    }
    Ok(match n.len() {
        1 => Value::range(0, n[0], 1),
        2 => Value::range(n[0], n[1], 1),
        _ => {
            if n[2] == 0 {
                return Err(crate::error::value_error("range() arg 3 must not be zero"));
            }
            Value::range(n[0], n[1], n[2])
        }
    })
}

fn str_add(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__add__", 2, 2)?;
    match (a[0].as_str(), a[1].as_str()) {
        (Some(x), Some(y)) => Ok(Value::string(format!("{x}{y}"))),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}
fn str_eq(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__eq__", 2, 2)?;
    match (a[0].as_str(), a[1].as_str()) {
        (Some(x), Some(y)) => Ok(Value::bool(x == y)),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}
fn str_hash(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__hash__", 1, 1)?;
    Ok(Value::int(crate::object::hash_str(
        a[0].as_str().unwrap_or(""),
    )))
}
fn str_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__repr__", 1, 1)?;
    Ok(Value::string(format!("'{}'", a[0].as_str().unwrap_or(""))))
}
fn str_str(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__str__", 1, 1)?;
    Ok(a[0].clone())
}
fn str_upper(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("upper", 1, 1)?;
    Ok(Value::string(a[0].as_str().unwrap_or("").to_uppercase()))
}
fn bool_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__repr__", 1, 1)?;
    Ok(Value::str(if a[0].is(&Value::TRUE) {
        "True"
    } else {
        "False"
    }))
}
fn seq_repr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__repr__", 1, 1)?;
    let (items, open, close) = match a[0].payload() {
        Some(crate::object::Payload::List(l)) => (l.items.lock().clone(), "[", "]"),
        Some(crate::object::Payload::Tuple(t)) => (t.to_vec(), "(", ")"),
        _ => (Vec::new(), "(", ")"),
    };
    cx.with_recursion(|cx| {
        let mut s = String::from(open);
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&ops::repr(cx, v)?);
        }
        if items.len() == 1 && open == "(" {
            s.push(',');
        }
        s.push_str(close);
        Ok(Value::string(s))
    })
}
fn list_append(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("append", 2, 2)?;
    if let Some(crate::object::Payload::List(l)) = a[0].payload() {
        l.items.lock().push(a[1].clone());
    }
    Ok(Value::NONE)
}
fn list_getitem(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__getitem__", 2, 2)?;
    let Some(crate::object::Payload::List(l)) = a[0].payload() else {
        return Ok(Value::NONE);
    };
    let items = l.items.lock();
    let i = a[1].as_int().unwrap_or(0);
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    match items.get(j as usize) {
        Some(v) if j >= 0 => Ok(v.clone()),
        _ => Err(crate::error::index_error("list index out of range")),
    }
}
