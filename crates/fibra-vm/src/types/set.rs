//! `set` and `frozenset`: construction, the set algebra (methods accept any iterable,
//! operators only sets), subset comparisons, repr, and CPython's frozenset hash.

use fibra_bytecode::CompareOp;

use super::common::{margs, other, recv};
use super::iter::SetIter;
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{key_error, type_error, PyResult};
use crate::object::{DictObj, Payload, SetObj};
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
        Some(s) => Ok(s.copy_unordered()),
        None => {
            let items = ops::to_vec(cx, v)?;
            SetObj::from_values(cx, items)
        }
    }
}

/// An exact `dict` (CPython's `PyDict_CheckExact`).
fn exact_dict(v: &Value) -> Option<&DictObj> {
    match v.payload() {
        Some(Payload::Dict(d)) if v.class().is(&types().dict) => Some(d),
        _ => None,
    }
}

/// CPython's `set_update_internal`: a set is merged slot by slot (`set_merge`), an exact
/// dict presizes the table once, anything else is added item by item.
pub(crate) fn update_from(cx: &mut Ctx, s: &SetObj, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        return s.merge_from(cx, o);
    }
    if let Some(d) = exact_dict(other) {
        s.presize(d.len());
    }
    for v in ops::to_vec(cx, other)? {
        s.add(cx, v)?;
    }
    Ok(())
}

/// `x in s`, where an unhashable set key is looked up as a frozenset (as CPython does).
fn contains(cx: &mut Ctx, s: &SetObj, x: &Value) -> PyResult<bool> {
    match s.contains(cx, x) {
        Err(e)
            if e.matches(&types().type_error) && matches!(x.payload(), Some(Payload::Set(_))) =>
        {
            let fs =
                Value::frozenset_from(as_set(x).map(SetObj::copy_unordered).unwrap_or_default());
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
    let s = SetObj::new();
    if let Some(x) = pos.get(1) {
        update_from(cx, &s, x)?;
    }
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
        update_from(cx, s, x)?;
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
    let items = me(args)?.to_vec_ordered();
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
//
// Each operation walks the operand CPython walks, in slot order, and builds its result the
// way CPython does, so that the result's iteration order matches (see `object::set`).

fn same(s: &SetObj, other: &Value) -> bool {
    as_set(other).is_some_and(|o| std::ptr::eq(s, o))
}

/// `set_intersection`: walks the smaller set (the right one on a tie), or the iterable.
fn intersection(cx: &mut Ctx, s: &SetObj, other: &Value) -> PyResult<SetObj> {
    if same(s, other) {
        return Ok(s.copy());
    }
    let out = SetObj::new();
    match as_set(other) {
        Some(o) => {
            let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
            for (k, h) in small.entries_ordered() {
                if big.contains_hashed(cx, &k, h)? {
                    out.add_hashed(cx, k, h)?;
                }
            }
        }
        None => {
            for v in ops::to_vec(cx, other)? {
                let h = ops::hash(cx, &v)?;
                if s.contains_hashed(cx, &v, h)? {
                    out.add_hashed(cx, v, h)?;
                }
            }
        }
    }
    Ok(out)
}

/// `set_difference_update_internal`: discards in the other set's slot order (or the
/// iterable's order), then purges dummies if more than a quarter of the table.
fn difference_update(cx: &mut Ctx, s: &SetObj, other: &Value) -> PyResult<()> {
    if same(s, other) {
        s.clear();
        return Ok(());
    }
    match as_set(other) {
        Some(o) => {
            let items = if (o.len() >> 3) > s.len() {
                intersection(cx, s, other)?.entries_ordered()
            } else {
                o.entries_ordered()
            };
            for (k, h) in items {
                s.remove_hashed(cx, &k, h)?;
            }
        }
        None => {
            for v in ops::to_vec(cx, other)? {
                s.remove(cx, &v)?;
            }
        }
    }
    s.purge_dummies();
    Ok(())
}

/// `set_difference`: a copy then `difference_update` when `other` is an arbitrary
/// iterable or much smaller, else the members of `s` not in `other`, in slot order.
fn difference(cx: &mut Ctx, s: &SetObj, other: &Value) -> PyResult<SetObj> {
    let other_size = match (as_set(other), exact_dict(other)) {
        (Some(o), _) => Some(o.len()),
        (None, Some(d)) => Some(d.len()),
        _ => None,
    };
    match other_size {
        Some(n) if (s.len() >> 2) <= n => {}
        _ => {
            let out = s.copy();
            difference_update(cx, &out, other)?;
            return Ok(out);
        }
    }
    let out = SetObj::new();
    for (k, h) in s.entries_ordered() {
        let inside = match (as_set(other), exact_dict(other)) {
            (Some(o), _) => o.contains_hashed(cx, &k, h)?,
            (None, Some(d)) => d.contains(cx, &k)?,
            _ => false,
        };
        if !inside {
            out.add_hashed(cx, k, h)?;
        }
    }
    Ok(out)
}

/// `set_symmetric_difference_update` with the other operand's members already listed.
fn sym_update_with(cx: &mut Ctx, s: &SetObj, items: Vec<(Value, i64)>) -> PyResult<()> {
    for (k, h) in items {
        if !s.remove_hashed(cx, &k, h)? {
            s.add_hashed(cx, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference_update`: walks a dict in its order, a set in slot order, any
/// other iterable as a new set of it.
fn sym_difference_update(cx: &mut Ctx, s: &SetObj, other: &Value) -> PyResult<()> {
    if same(s, other) {
        s.clear();
        return Ok(());
    }
    let items = if exact_dict(other).is_some() {
        let mut items = Vec::new();
        for k in ops::to_vec(cx, other)? {
            let h = ops::hash(cx, &k)?;
            items.push((k, h));
        }
        items
    } else if let Some(o) = as_set(other) {
        o.entries_ordered()
    } else {
        let t = SetObj::new();
        update_from(cx, &t, other)?;
        t.entries_ordered()
    };
    sym_update_with(cx, s, items)
}

/// `set_symmetric_difference`: a new set of `other`, updated with the members of `s`.
fn sym_difference(cx: &mut Ctx, s: &SetObj, other: &Value) -> PyResult<SetObj> {
    let out = SetObj::new();
    update_from(cx, &out, other)?;
    sym_update_with(cx, &out, s.entries_ordered())?;
    Ok(out)
}

/// `set_or` / `set_union`: a copy of `s`, then `other` merged in.
fn or_op(cx: &mut Ctx, s: &SetObj, other: &Value) -> PyResult<SetObj> {
    let out = s.copy();
    if !same(s, other) {
        update_from(cx, &out, other)?;
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
    let Some(ls) = as_set(l) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let out = f(cx, ls, r)?;
    Ok(make_like(l, out))
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

fn s_ior(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if as_set(other(args)).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    update_from(cx, me(args)?, other(args))?;
    Ok(recv(args).clone())
}
fn s_iand(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if as_set(other(args)).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let s = me(args)?;
    let new = intersection(cx, s, other(args))?;
    s.replace_with(new);
    Ok(recv(args).clone())
}
fn s_isub(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if as_set(other(args)).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    difference_update(cx, me(args)?, other(args))?;
    Ok(recv(args).clone())
}
fn s_ixor(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if as_set(other(args)).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    sym_difference_update(cx, me(args)?, other(args))?;
    Ok(recv(args).clone())
}

fn no_kwargs(args: &Args, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// `set_intersection_multi`.
fn intersection_multi(cx: &mut Ctx, args: &Args, name: &str) -> PyResult<SetObj> {
    no_kwargs(args, name)?;
    let s = me(args)?;
    let others = &args.pos()[1..];
    let Some((first, rest)) = others.split_first() else {
        return Ok(s.copy());
    };
    let mut cur = intersection(cx, s, first)?;
    for o in rest {
        cur = intersection(cx, &cur, o)?;
    }
    Ok(cur)
}

fn s_union(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    no_kwargs(args, "union")?;
    let s = me(args)?;
    let out = s.copy();
    for o in &args.pos()[1..] {
        if !same(s, o) {
            update_from(cx, &out, o)?;
        }
    }
    Ok(make_like(recv(args), out))
}
fn s_intersection(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = intersection_multi(cx, args, "intersection")?;
    Ok(make_like(recv(args), s))
}
fn s_difference(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    no_kwargs(args, "difference")?;
    let s = me(args)?;
    let others = &args.pos()[1..];
    let out = match others.split_first() {
        None => s.copy(),
        Some((first, rest)) => {
            let out = difference(cx, s, first)?;
            for o in rest {
                difference_update(cx, &out, o)?;
            }
            out
        }
    };
    Ok(make_like(recv(args), out))
}
fn s_symmetric_difference(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "symmetric_difference", 1, 1)?;
    let s = sym_difference(cx, me(args)?, &a[0])?;
    Ok(make_like(recv(args), s))
}

fn s_update(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    no_kwargs(args, "update")?;
    let s = me(args)?;
    for o in &args.pos()[1..] {
        update_from(cx, s, o)?;
    }
    Ok(Value::NONE)
}
fn s_intersection_update(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let new = intersection_multi(cx, args, "intersection_update")?;
    me(args)?.replace_with(new);
    Ok(Value::NONE)
}
fn s_difference_update(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    no_kwargs(args, "difference_update")?;
    let s = me(args)?;
    for o in &args.pos()[1..] {
        difference_update(cx, s, o)?;
    }
    Ok(Value::NONE)
}
fn s_symmetric_difference_update(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "symmetric_difference_update", 1, 1)?;
    sym_difference_update(cx, me(args)?, &a[0])?;
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
    match me(args)?.pop() {
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
