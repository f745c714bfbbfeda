//! `set` and `frozenset`: construction, the set algebra (methods accept any iterable,
//! operators only sets), subset comparisons, repr, and CPython's frozenset hash.

use fibra_bytecode::CompareOp;

use super::common::{margs, other, recv};
use super::iter::SetIter;
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{key_error, type_error, PyResult};
use crate::object::{Payload, SetObj};
use crate::ops;
use crate::types::{add_methods, set_ctor, types};
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.set, set_new);
    set_ctor(&t.frozenset, frozenset_new);
    let common: &[(&'static str, crate::object::NativeFn)] = &[
        ("__len__", s_len),
        ("__contains__", s_contains),
        ("__iter__", s_iter),
        ("__repr__", s_repr),
        ("__or__", s_or),
        ("__ror__", s_ror),
        ("__and__", s_and),
        ("__rand__", s_rand),
        ("__sub__", s_sub),
        ("__rsub__", s_rsub),
        ("__xor__", s_xor),
        ("__rxor__", s_rxor),
        ("__eq__", s_eq),
        ("__ne__", s_ne),
        ("__le__", s_le),
        ("__lt__", s_lt),
        ("__ge__", s_ge),
        ("__gt__", s_gt),
        ("copy", s_copy),
        ("union", s_union),
        ("intersection", s_intersection),
        ("difference", s_difference),
        ("symmetric_difference", s_symmetric_difference),
        ("issubset", s_issubset),
        ("issuperset", s_issuperset),
        ("isdisjoint", s_isdisjoint),
    ];
    add_methods(&t.set, "set", common);
    add_methods(&t.frozenset, "frozenset", common);
    add_methods(
        &t.set,
        "set",
        &[
            ("__init__", s_init),
            ("__ior__", s_ior),
            ("__iand__", s_iand),
            ("__isub__", s_isub),
            ("__ixor__", s_ixor),
            ("add", s_add),
            ("remove", s_remove),
            ("discard", s_discard),
            ("pop", s_pop),
            ("clear", s_clear),
            ("update", s_update),
            ("intersection_update", s_intersection_update),
            ("difference_update", s_difference_update),
            ("symmetric_difference_update", s_symmetric_difference_update),
        ],
    );
    add_methods(&t.frozenset, "frozenset", &[("__hash__", fs_hash)]);
    t.set.set_attr_str("__hash__", Value::NONE);
}

fn as_set(v: &Value) -> Option<&SetObj> {
    match v.payload() {
        Some(Payload::Set(s) | Payload::FrozenSet(s)) => Some(s),
        _ => None,
    }
}

fn me<'a>(args: &Args<'a>) -> PyResult<&'a SetObj> {
    as_set(recv(args)).ok_or_else(|| type_error("descriptor requires a 'set' object"))
}

fn is_frozen(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::FrozenSet(_)))
}

/// A new set of the same kind (set/frozenset) as `like`.
fn make_like(like: &Value, s: SetObj) -> Value {
    if is_frozen(like) {
        Value::frozenset_from(s)
    } else {
        Value::set_from(s)
    }
}

/// Members of any iterable (sets without running script code).
fn members(cx: &mut Ctx, v: &Value) -> PyResult<Vec<Value>> {
    match as_set(v) {
        Some(s) => Ok(s.to_vec()),
        None => ops::to_vec(cx, v),
    }
}

/// A set for membership tests of an arbitrary iterable.
fn set_of(cx: &mut Ctx, v: &Value) -> PyResult<SetObj> {
    match as_set(v) {
        Some(s) => Ok(s.copy()),
        None => {
            let items = ops::to_vec(cx, v)?;
            SetObj::from_values(cx, items)
        }
    }
}

/// `x in s`, where an unhashable set key is looked up as a frozenset (as CPython does).
fn contains(cx: &mut Ctx, s: &SetObj, x: &Value) -> PyResult<bool> {
    match s.contains(cx, x) {
        Err(e)
            if e.matches(&types().type_error) && matches!(x.payload(), Some(Payload::Set(_))) =>
        {
            let fs = Value::frozenset_from(as_set(x).map(SetObj::copy).unwrap_or_default());
            s.contains(cx, &fs)
        }
        r => r,
    }
}

fn new_from(cx: &mut Ctx, args: &Args, name: &str) -> PyResult<(Value, SetObj)> {
    if args.has_kwargs() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let pos = args.pos();
    let cls = pos.first().cloned().unwrap_or_else(|| types().set.clone());
    if pos.len() > 2 {
        return Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let s = match pos.get(1) {
        Some(x) => {
            let items = members(cx, x)?;
            SetObj::from_values(cx, items)?
        }
        None => SetObj::new(),
    };
    Ok((cls, s))
}

fn set_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if let Some(cls) = pos.first() {
        if !cls.is(&types().set)
            && crate::types::lookup(cls, "__init__")
                .is_some_and(|i| matches!(i.payload(), Some(Payload::Function(_))))
        {
            return Ok(Value::new_obj(
                cls.clone(),
                Payload::Set(Box::new(SetObj::new())),
            ));
        }
    }
    let (cls, s) = new_from(cx, args, "set")?;
    Ok(Value::new_obj(cls, Payload::Set(Box::new(s))))
}

fn frozenset_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if let (Some(cls), Some(x)) = (pos.first(), pos.get(1)) {
        if cls.is(&types().frozenset) && x.class().is(&types().frozenset) && pos.len() == 2 {
            return Ok(x.clone());
        }
    }
    let (cls, s) = new_from(cx, args, "frozenset")?;
    Ok(Value::new_obj(cls, Payload::FrozenSet(Box::new(s))))
}

fn s_init(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "set", 0, 1)?;
    let s = me(args)?;
    s.clear();
    if let Some(x) = a.first() {
        for v in members(cx, x)? {
            s.add(cx, v)?;
        }
    }
    Ok(Value::NONE)
}

fn s_len(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(me(args)?.len() as i64))
}

fn s_contains(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(contains(cx, me(args)?, other(args))?))
}

fn s_iter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    me(args)?;
    Ok(Value::native_iter(SetIter::new(recv(args).clone())))
}

fn s_repr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let items = me(args)?.to_vec();
    let me_v = recv(args);
    let name = me_v.type_name().to_string();
    let plain_set = me_v.class().is(&types().set);
    if items.is_empty() {
        return Ok(Value::string(format!("{name}()")));
    }
    let Some(_g) = super::common::repr_enter(me_v) else {
        return Ok(Value::string(format!("{name}(...)")));
    };
    let inner = super::tuple::join_reprs(cx, &items)?;
    Ok(Value::string(if plain_set {
        format!("{{{inner}}}")
    } else {
        format!("{name}({{{inner}}})")
    }))
}

// ---- algebra ------------------------------------------------------------------------

fn union_into(cx: &mut Ctx, s: &SetObj, other: &Value) -> PyResult<()> {
    for v in members(cx, other)? {
        s.add(cx, v)?;
    }
    Ok(())
}

fn intersection(cx: &mut Ctx, s: &SetObj, other: &Value) -> PyResult<SetObj> {
    let out = SetObj::new();
    match as_set(other) {
        Some(o) => {
            for v in s.to_vec() {
                if o.contains(cx, &v)? {
                    out.add(cx, v)?;
                }
            }
        }
        None => {
            for v in ops::to_vec(cx, other)? {
                if s.contains(cx, &v)? {
                    out.add(cx, v)?;
                }
            }
        }
    }
    Ok(out)
}

fn difference(cx: &mut Ctx, s: &SetObj, other: &Value) -> PyResult<SetObj> {
    let o = set_of(cx, other)?;
    let out = SetObj::new();
    for v in s.to_vec() {
        if !o.contains(cx, &v)? {
            out.add(cx, v)?;
        }
    }
    Ok(out)
}

fn sym_difference(cx: &mut Ctx, s: &SetObj, other: &Value) -> PyResult<SetObj> {
    let o = set_of(cx, other)?;
    let out = SetObj::new();
    for v in s.to_vec() {
        if !o.contains(cx, &v)? {
            out.add(cx, v)?;
        }
    }
    for v in o.to_vec() {
        if !s.contains(cx, &v)? {
            out.add(cx, v)?;
        }
    }
    Ok(out)
}

fn binop(
    cx: &mut Ctx,
    args: &Args,
    reflected: bool,
    f: fn(&mut Ctx, &SetObj, &Value) -> PyResult<SetObj>,
) -> PyResult<Value> {
    let (a, b) = (recv(args), other(args));
    if as_set(b).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (l, r) = if reflected { (b, a) } else { (a, b) };
    let ls = as_set(l).map(SetObj::copy).unwrap_or_default();
    let out = f(cx, &ls, r)?;
    Ok(make_like(l, out))
}

fn or_op(cx: &mut Ctx, s: &SetObj, o: &Value) -> PyResult<SetObj> {
    let out = s.copy();
    union_into(cx, &out, o)?;
    Ok(out)
}

fn s_or(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    binop(cx, args, false, or_op)
}
fn s_ror(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    binop(cx, args, true, or_op)
}
fn s_and(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    binop(cx, args, false, intersection)
}
fn s_rand(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    binop(cx, args, true, intersection)
}
fn s_sub(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    binop(cx, args, false, difference)
}
fn s_rsub(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    binop(cx, args, true, difference)
}
fn s_xor(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    binop(cx, args, false, sym_difference)
}
fn s_rxor(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    binop(cx, args, true, sym_difference)
}

/// Replaces the contents of set `s` with `new`.
fn replace(s: &SetObj, new: SetObj) {
    let t = new.table.into_inner();
    let old = std::mem::replace(&mut *s.table.lock(), t);
    drop(old);
}

fn inplace(
    cx: &mut Ctx,
    args: &Args,
    f: fn(&mut Ctx, &SetObj, &Value) -> PyResult<SetObj>,
) -> PyResult<Value> {
    if as_set(other(args)).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let s = me(args)?;
    let new = f(cx, s, other(args))?;
    replace(s, new);
    Ok(recv(args).clone())
}

fn s_ior(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if as_set(other(args)).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    union_into(cx, me(args)?, other(args))?;
    Ok(recv(args).clone())
}
fn s_iand(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    inplace(cx, args, intersection)
}
fn s_isub(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    inplace(cx, args, difference)
}
fn s_ixor(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    inplace(cx, args, sym_difference)
}

fn multi(
    cx: &mut Ctx,
    args: &Args,
    name: &str,
    f: fn(&mut Ctx, &SetObj, &Value) -> PyResult<SetObj>,
) -> PyResult<SetObj> {
    if args.has_kwargs() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let mut cur = me(args)?.copy();
    for o in &args.pos()[1..] {
        cur = f(cx, &cur, o)?;
    }
    Ok(cur)
}

fn s_union(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = multi(cx, args, "union", or_op)?;
    Ok(make_like(recv(args), s))
}
fn s_intersection(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = multi(cx, args, "intersection", intersection)?;
    Ok(make_like(recv(args), s))
}
fn s_difference(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = multi(cx, args, "difference", difference)?;
    Ok(make_like(recv(args), s))
}
fn s_symmetric_difference(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "symmetric_difference", 1, 1)?;
    let s = sym_difference(cx, me(args)?, &a[0])?;
    Ok(make_like(recv(args), s))
}

fn s_update(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = me(args)?;
    for o in &args.pos()[1..] {
        union_into(cx, s, o)?;
    }
    Ok(Value::NONE)
}
fn s_intersection_update(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let new = multi(cx, args, "intersection_update", intersection)?;
    replace(me(args)?, new);
    Ok(Value::NONE)
}
fn s_difference_update(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let new = multi(cx, args, "difference_update", difference)?;
    replace(me(args)?, new);
    Ok(Value::NONE)
}
fn s_symmetric_difference_update(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "symmetric_difference_update", 1, 1)?;
    let new = sym_difference(cx, me(args)?, &a[0])?;
    replace(me(args)?, new);
    Ok(Value::NONE)
}

fn subset(cx: &mut Ctx, a: &SetObj, b: &SetObj) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for v in a.to_vec() {
        if !b.contains(cx, &v)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn s_issubset(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "issubset", 1, 1)?;
    let o = set_of(cx, &a[0])?;
    Ok(Value::bool(subset(cx, me(args)?, &o)?))
}
fn s_issuperset(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "issuperset", 1, 1)?;
    let o = set_of(cx, &a[0])?;
    Ok(Value::bool(subset(cx, &o, me(args)?)?))
}
fn s_isdisjoint(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "isdisjoint", 1, 1)?;
    let s = me(args)?;
    for v in members(cx, &a[0])? {
        if s.contains(cx, &v)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn compare(cx: &mut Ctx, args: &Args, op: CompareOp) -> PyResult<Value> {
    let Some(b) = as_set(other(args)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let a = me(args)?;
    let (la, lb) = (a.len(), b.len());
    Ok(Value::bool(match op {
        CompareOp::Eq => la == lb && subset(cx, a, b)?,
        CompareOp::Ne => !(la == lb && subset(cx, a, b)?),
        CompareOp::Le => subset(cx, a, b)?,
        CompareOp::Lt => la < lb && subset(cx, a, b)?,
        CompareOp::Ge => subset(cx, b, a)?,
        CompareOp::Gt => la > lb && subset(cx, b, a)?,
    }))
}

fn s_eq(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    compare(cx, args, CompareOp::Eq)
}
fn s_ne(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    compare(cx, args, CompareOp::Ne)
}
fn s_le(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    compare(cx, args, CompareOp::Le)
}
fn s_lt(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    compare(cx, args, CompareOp::Lt)
}
fn s_ge(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    compare(cx, args, CompareOp::Ge)
}
fn s_gt(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    compare(cx, args, CompareOp::Gt)
}

fn s_copy(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let me_v = recv(args);
    if me_v.class().is(&types().frozenset) {
        return Ok(me_v.clone());
    }
    Ok(make_like(me_v, me(args)?.copy()))
}

fn s_add(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "add", 1, 1)?;
    me(args)?.add(cx, a[0].clone())?;
    Ok(Value::NONE)
}

fn s_remove(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "remove", 1, 1)?;
    if me(args)?.remove(cx, &a[0])? {
        Ok(Value::NONE)
    } else {
        Err(key_error(a[0].clone()))
    }
}

fn s_discard(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "discard", 1, 1)?;
    me(args)?.remove(cx, &a[0])?;
    Ok(Value::NONE)
}

fn s_pop(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "pop", 0, 0)?;
    match me(args)?.pop_first() {
        Some(k) => Ok(k),
        None => Err(key_error(Value::str("pop from an empty set"))),
    }
}

fn s_clear(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    me(args)?.clear();
    Ok(Value::NONE)
}

fn fs_hash(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = me(args)?;
    let g = s.table.lock();
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let mut hash: u64 = 0;
    for e in g.iter() {
        hash ^= shuffle(e.hash as u64);
    }
    hash ^= (g.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    Ok(Value::int(if h == -1 { 590923713 } else { h }))
}
