//! `dict` and its views: mapping protocol (with `__missing__` for subclasses), the dict
//! methods, `|`/`|=`, equality, recursion-safe repr, and `keys()/values()/items()` views
//! with set operations on keys and items.

use super::common::{margs, other, recv, repr_enter};
use super::iter::DictIter;
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{key_error, type_error, value_error, PyResult};
use crate::object::{DictObj, DictViewKind, DictViewObj, Payload, SetObj};
use crate::ops;
use crate::types::{add_methods, set_ctor, types};
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.dict, dict_new);
    add_methods(
        &t.dict,
        "dict",
        &[
            ("__init__", d_init),
            ("__getitem__", d_getitem),
            ("__setitem__", d_setitem),
            ("__delitem__", d_delitem),
            ("__contains__", d_contains),
            ("__len__", d_len),
            ("__iter__", d_iter),
            ("__reversed__", d_reversed),
            ("__eq__", d_eq),
            ("__ne__", d_ne),
            ("__repr__", d_repr),
            ("__or__", d_or),
            ("__ror__", d_ror),
            ("__ior__", d_ior),
            ("get", d_get),
            ("setdefault", d_setdefault),
            ("pop", d_pop),
            ("popitem", d_popitem),
            ("update", d_update),
            ("keys", d_keys),
            ("values", d_values),
            ("items", d_items),
            ("copy", d_copy),
            ("clear", d_clear),
        ],
    );
    t.dict.set_attr_str("__hash__", Value::NONE);
    t.dict.set_attr_str(
        "fromkeys",
        Value::new_obj(
            types().classmethod.clone(),
            Payload::ClassMethod(Value::native_method("dict", "fromkeys", d_fromkeys)),
        ),
    );
    for (ty, name) in [
        (&t.dict_keys, "dict_keys"),
        (&t.dict_values, "dict_values"),
        (&t.dict_items, "dict_items"),
    ] {
        add_methods(
            ty,
            name,
            &[
                ("__iter__", v_iter),
                ("__len__", v_len),
                ("__contains__", v_contains),
                ("__repr__", v_repr),
                ("__reversed__", v_reversed),
            ],
        );
        if name != "dict_values" {
            add_methods(
                ty,
                name,
                &[
                    ("__and__", v_and),
                    ("__rand__", v_and),
                    ("__or__", v_or),
                    ("__ror__", v_or),
                    ("__sub__", v_sub),
                    ("__rsub__", v_rsub),
                    ("__xor__", v_xor),
                    ("__rxor__", v_xor),
                    ("__eq__", v_eq),
                    ("__ne__", v_ne),
                    ("isdisjoint", v_isdisjoint),
                ],
            );
            ty.set_attr_str("__hash__", Value::NONE);
        }
    }
}

fn dobj<'a>(args: &Args<'a>) -> PyResult<&'a DictObj> {
    as_dict(recv(args)).ok_or_else(|| type_error("descriptor requires a 'dict' object"))
}

fn as_dict(v: &Value) -> Option<&DictObj> {
    match v.payload() {
        Some(Payload::Dict(d)) => Some(d),
        _ => None,
    }
}

fn dict_new(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let cls = pos.first().cloned().unwrap_or_else(|| types().dict.clone());
    let v = if cls.is(&types().dict) {
        Value::dict()
    } else {
        Value::new_obj(cls.clone(), Payload::Dict(Box::default()))
    };
    let has_script_init = !cls.is(&types().dict)
        && crate::types::lookup(&cls, "__init__")
            .is_some_and(|i| matches!(i.payload(), Some(Payload::Function(_))));
    if has_script_init {
        return Ok(v);
    }
    let rest: Vec<Value> = std::iter::once(v.clone())
        .chain(args.values[1.min(args.values.len())..].iter().cloned())
        .collect();
    d_init(_cx, &Args::new(&rest, args.kwnames))?;
    Ok(v)
}

fn d_init(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let d = dobj(args)?;
    if let Some(src) = pos.first() {
        update_from(cx, d, src)?;
    }
    for (k, v) in args.kwargs() {
        d.set_str(k, v.clone());
    }
    Ok(Value::NONE)
}

/// `d.update(src)` for a mapping or an iterable of pairs.
pub(crate) fn update_from(cx: &mut Ctx, d: &DictObj, src: &Value) -> PyResult<()> {
    if let Some(s) = as_dict(src) {
        if src.class().is(&types().dict)
            || crate::types::lookup(src.class(), "keys").is_some_and(|k| is_dict_keys(&k))
        {
            for (k, v) in s.items() {
                d.set(cx, k, v)?;
            }
            return Ok(());
        }
    }
    if ops::getattr_opt(cx, src, "keys")?.is_some() {
        let keys = ops::call_method(cx, src, "keys", &[])?;
        let keys = ops::to_vec(cx, &keys)?;
        for k in keys {
            let v = ops::getitem(cx, src, &k)?;
            d.set(cx, k, v)?;
        }
        return Ok(());
    }
    let it = ops::iter(cx, src)?;
    let mut i = 0usize;
    while let Some(item) = ops::next(cx, &it)? {
        let pair = ops::to_vec(cx, &item).map_err(|e| {
            if e.matches(&types().type_error) {
                type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                ))
            } else {
                e
            }
        })?;
        if pair.len() != 2 {
            return Err(value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        let (k, v) = (p.next().unwrap_or_default(), p.next().unwrap_or_default());
        d.set(cx, k, v)?;
        i += 1;
    }
    Ok(())
}

fn is_dict_keys(k: &Value) -> bool {
    matches!(k.payload(), Some(Payload::NativeFunction(nf)) if nf.owner == "dict" && nf.name == "keys")
}

fn d_getitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let d = dobj(args)?;
    let key = other(args);
    if let Some(v) = d.get(cx, key)? {
        return Ok(v);
    }
    let me = recv(args);
    if !me.class().is(&types().dict) {
        if let Some(m) = crate::types::lookup(me.class(), "__missing__") {
            return ops::call(cx, &m, &[me.clone(), key.clone()]);
        }
    }
    Err(key_error(key.clone()))
}

fn d_setitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "__setitem__", 2, 2)?;
    dobj(args)?.set(cx, a[0].clone(), a[1].clone())?;
    Ok(Value::NONE)
}

fn d_delitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let key = other(args);
    match dobj(args)?.remove(cx, key)? {
        Some(_) => Ok(Value::NONE),
        None => Err(key_error(key.clone())),
    }
}

fn d_contains(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(dobj(args)?.contains(cx, other(args))?))
}

fn d_len(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(dobj(args)?.len() as i64))
}

fn d_iter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    dobj(args)?;
    Ok(Value::native_iter(DictIter::new(
        recv(args).clone(),
        DictViewKind::Keys,
    )))
}

fn d_reversed(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let keys = dobj(args)?.keys();
    Ok(Value::native_iter(super::iter::TupleIter::reversed(
        Value::tuple(keys),
    )))
}

/// `a == b` for two dicts.
fn dict_eq(cx: &mut Ctx, a: &DictObj, b: &DictObj) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, v) in a.items() {
        match b.get(cx, &k)? {
            Some(w) => {
                if !(v.is(&w) || ops::eq(cx, &v, &w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn d_eq(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let Some(b) = as_dict(other(args)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(Value::bool(dict_eq(cx, dobj(args)?, b)?))
}

fn d_ne(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let Some(b) = as_dict(other(args)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(Value::bool(!dict_eq(cx, dobj(args)?, b)?))
}

fn d_repr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let d = dobj(args)?;
    let items = d.items();
    if items.is_empty() {
        return Ok(Value::str("{}"));
    }
    let Some(_g) = repr_enter(recv(args)) else {
        return Ok(Value::str("{...}"));
    };
    let mut out = String::from("{");
    for (i, (k, v)) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&ops::repr(cx, k)?);
        out.push_str(": ");
        out.push_str(&ops::repr(cx, v)?);
    }
    out.push('}');
    Ok(Value::string(out))
}

fn d_or(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let Some(b) = as_dict(other(args)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let new = dobj(args)?.copy();
    for (k, v) in b.items() {
        new.set(cx, k, v)?;
    }
    Ok(Value::new_obj(
        types().dict.clone(),
        Payload::Dict(Box::new(new)),
    ))
}

fn d_ror(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let Some(b) = as_dict(other(args)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let new = b.copy();
    for (k, v) in dobj(args)?.items() {
        new.set(cx, k, v)?;
    }
    Ok(Value::new_obj(
        types().dict.clone(),
        Payload::Dict(Box::new(new)),
    ))
}

fn d_ior(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    update_from(cx, dobj(args)?, other(args))?;
    Ok(recv(args).clone())
}

fn d_get(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "get", 1, 2)?;
    Ok(dobj(args)?
        .get(cx, &a[0])?
        .unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::NONE)))
}

fn d_setdefault(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "setdefault", 1, 2)?;
    let d = dobj(args)?;
    if let Some(v) = d.get(cx, &a[0])? {
        return Ok(v);
    }
    let dv = a.get(1).cloned().unwrap_or(Value::NONE);
    d.set(cx, a[0].clone(), dv.clone())?;
    Ok(dv)
}

fn d_pop(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "pop", 1, 2)?;
    match dobj(args)?.remove(cx, &a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(dv) => Ok(dv.clone()),
            None => Err(key_error(a[0].clone())),
        },
    }
}

fn d_popitem(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "popitem", 0, 0)?;
    let e = dobj(args)?.table.lock().pop_last();
    match e {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn d_update(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let d = dobj(args)?;
    if let Some(src) = pos.first() {
        update_from(cx, d, src)?;
    }
    for (k, v) in args.kwargs() {
        d.set_str(k, v.clone());
    }
    Ok(Value::NONE)
}

fn view(args: &Args, kind: DictViewKind) -> PyResult<Value> {
    dobj(args)?;
    let t = types();
    let ty = match kind {
        DictViewKind::Keys => &t.dict_keys,
        DictViewKind::Values => &t.dict_values,
        DictViewKind::Items => &t.dict_items,
    };
    Ok(Value::new_obj(
        ty.clone(),
        Payload::DictView(DictViewObj {
            dict: recv(args).clone(),
            kind,
        }),
    ))
}

fn d_keys(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    view(args, DictViewKind::Keys)
}
fn d_values(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    view(args, DictViewKind::Values)
}
fn d_items(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    view(args, DictViewKind::Items)
}

fn d_copy(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let new = dobj(args)?.copy();
    Ok(Value::new_obj(
        types().dict.clone(),
        Payload::Dict(Box::new(new)),
    ))
}

fn d_clear(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    dobj(args)?.clear();
    Ok(Value::NONE)
}

fn d_fromkeys(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "fromkeys", 1, 2)?;
    let cls = recv(args);
    let value = a.get(1).cloned().unwrap_or(Value::NONE);
    let keys = ops::to_vec(cx, &a[0])?;
    let d = if cls.is(&types().dict) {
        Value::dict()
    } else {
        ops::call(cx, cls, &[])?
    };
    if let Some(dd) = as_dict(&d) {
        if d.class().is(&types().dict) {
            for k in keys {
                dd.set(cx, k, value.clone())?;
            }
            return Ok(d);
        }
    }
    for k in keys {
        ops::setitem(cx, &d, &k, value.clone())?;
    }
    Ok(d)
}

// ---- views --------------------------------------------------------------------------

fn vobj<'a>(args: &Args<'a>) -> PyResult<(&'a DictObj, DictViewKind)> {
    match recv(args).payload() {
        Some(Payload::DictView(v)) => match as_dict(&v.dict) {
            Some(d) => Ok((d, v.kind)),
            None => Err(type_error("bad dict view")),
        },
        _ => Err(type_error("descriptor requires a dict view")),
    }
}

fn view_dict(args: &Args) -> Value {
    match recv(args).payload() {
        Some(Payload::DictView(v)) => v.dict.clone(),
        _ => Value::NONE,
    }
}

/// The items a view yields, snapshotted.
fn view_items(d: &DictObj, kind: DictViewKind) -> Vec<Value> {
    match kind {
        DictViewKind::Keys => d.keys(),
        DictViewKind::Values => d.values(),
        DictViewKind::Items => d
            .items()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    }
}

fn v_iter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (_, kind) = vobj(args)?;
    Ok(Value::native_iter(DictIter::new(view_dict(args), kind)))
}

fn v_reversed(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (d, kind) = vobj(args)?;
    Ok(Value::native_iter(super::iter::TupleIter::reversed(
        Value::tuple(view_items(d, kind)),
    )))
}

fn v_len(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(vobj(args)?.0.len() as i64))
}

fn v_contains(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (d, kind) = vobj(args)?;
    let x = other(args);
    Ok(Value::bool(match kind {
        DictViewKind::Keys => d.contains(cx, x)?,
        DictViewKind::Values => super::tuple::seq_contains(cx, &d.values(), x)?,
        DictViewKind::Items => match x.as_tuple() {
            Some([k, v]) => match d.get(cx, k)? {
                Some(w) => w.is(v) || ops::eq(cx, &w, v)?,
                None => false,
            },
            _ => false,
        },
    }))
}

fn v_repr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (d, kind) = vobj(args)?;
    let name = recv(args).type_name().to_string();
    let Some(_g) = repr_enter(recv(args)) else {
        return Ok(Value::string(format!("{name}(...)")));
    };
    let items = view_items(d, kind);
    Ok(Value::string(format!(
        "{name}([{}])",
        super::tuple::join_reprs(cx, &items)?
    )))
}

/// A set of the items of any iterable (for view set operations).
fn to_set(cx: &mut Ctx, v: &Value) -> PyResult<SetObj> {
    let items = match v.payload() {
        Some(Payload::DictView(dv)) => match as_dict(&dv.dict) {
            Some(d) => view_items(d, dv.kind),
            None => Vec::new(),
        },
        _ => ops::to_vec(cx, v)?,
    };
    SetObj::from_values(cx, items)
}

fn iterable(v: &Value) -> bool {
    crate::types::lookup(v.class(), "__iter__").is_some()
}

fn v_and(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if !iterable(other(args)) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let a = to_set(cx, recv(args))?;
    let out = SetObj::new();
    for x in ops::to_vec(cx, other(args))? {
        if a.contains(cx, &x)? {
            out.add(cx, x)?;
        }
    }
    Ok(Value::set_from(out))
}

fn v_or(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if !iterable(other(args)) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let a = to_set(cx, recv(args))?;
    for x in ops::to_vec(cx, other(args))? {
        a.add(cx, x)?;
    }
    Ok(Value::set_from(a))
}

fn v_sub(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if !iterable(other(args)) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let a = to_set(cx, recv(args))?;
    for x in ops::to_vec(cx, other(args))? {
        a.remove(cx, &x)?;
    }
    Ok(Value::set_from(a))
}

fn v_rsub(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if !iterable(other(args)) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let a = to_set(cx, other(args))?;
    for x in view_items(vobj(args)?.0, vobj(args)?.1) {
        a.remove(cx, &x)?;
    }
    Ok(Value::set_from(a))
}

fn v_xor(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if !iterable(other(args)) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let a = to_set(cx, recv(args))?;
    let b = to_set(cx, other(args))?;
    let out = SetObj::new();
    for x in a.to_vec() {
        if !b.contains(cx, &x)? {
            out.add(cx, x)?;
        }
    }
    for x in b.to_vec() {
        if !a.contains(cx, &x)? {
            out.add(cx, x)?;
        }
    }
    Ok(Value::set_from(out))
}

fn view_set_eq(cx: &mut Ctx, args: &Args) -> PyResult<Option<bool>> {
    let o = other(args);
    let is_setlike = matches!(
        o.payload(),
        Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView(_))
    );
    if !is_setlike
        || matches!(o.payload(), Some(Payload::DictView(v)) if v.kind == DictViewKind::Values)
    {
        return Ok(None);
    }
    let a = to_set(cx, recv(args))?;
    let b = to_set(cx, o)?;
    if a.len() != b.len() {
        return Ok(Some(false));
    }
    for x in a.to_vec() {
        if !b.contains(cx, &x)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

fn v_eq(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(match view_set_eq(cx, args)? {
        Some(b) => Value::bool(b),
        None => Value::NOT_IMPLEMENTED,
    })
}

fn v_ne(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(match view_set_eq(cx, args)? {
        Some(b) => Value::bool(!b),
        None => Value::NOT_IMPLEMENTED,
    })
}

fn v_isdisjoint(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "isdisjoint", 1, 1)?;
    let s = to_set(cx, recv(args))?;
    for x in ops::to_vec(cx, &a[0])? {
        if s.contains(cx, &x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
