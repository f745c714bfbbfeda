//! `list`: the mutable sequence protocol (indexing, slice assignment and deletion),
//! concatenation/repetition (in place too), comparisons, repr, and the list methods
//! including a stable, fallible merge sort. The lock is never held while script code runs.

use fibra_bytecode::CompareOp;

use super::common::{
    margs, norm_index, other, recv, repeat_count, repeat_vec, repr_enter, seq_compare,
};
use super::slice::{positions, slice_indices};
use super::tuple::{join_reprs, seq_count, seq_getitem, seq_index};
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{index_error, memory_error, type_error, value_error, PyResult};
use crate::object::{ListObj, Payload};
use crate::ops;
use crate::types::{add_methods, set_ctor, types};
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.list, list_new);
    add_methods(
        &t.list,
        "list",
        &[
            ("__init__", l_init),
            ("__len__", l_len),
            ("__getitem__", l_getitem),
            ("__setitem__", l_setitem),
            ("__delitem__", l_delitem),
            ("__contains__", l_contains),
            ("__iter__", l_iter),
            ("__reversed__", l_reversed),
            ("__add__", l_add),
            ("__iadd__", l_iadd),
            ("__mul__", l_mul),
            ("__rmul__", l_mul),
            ("__imul__", l_imul),
            ("__eq__", l_eq),
            ("__ne__", l_ne),
            ("__lt__", l_lt),
            ("__le__", l_le),
            ("__gt__", l_gt),
            ("__ge__", l_ge),
            ("__repr__", l_repr),
            ("append", l_append),
            ("extend", l_extend),
            ("insert", l_insert),
            ("remove", l_remove),
            ("pop", l_pop),
            ("clear", l_clear),
            ("index", l_index),
            ("count", l_count),
            ("reverse", l_reverse),
            ("copy", l_copy),
            ("sort", l_sort),
        ],
    );
    t.list.set_attr_str("__hash__", Value::NONE);
}

fn lobj<'a>(args: &Args<'a>) -> PyResult<&'a ListObj> {
    match recv(args).payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(type_error("descriptor requires a 'list' object")),
    }
}

fn snapshot(l: &ListObj) -> Vec<Value> {
    l.items.lock().to_vec()
}

fn item_at(l: &ListObj, i: usize) -> Option<Value> {
    l.items.get(i64::try_from(i).ok()?)
}

fn list_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let cls = pos.first().cloned().unwrap_or_else(|| types().list.clone());
    let exact = cls.is(&types().list);
    if !exact {
        // A subclass's own `__init__` receives the arguments (and may call list.__init__).
        if let Some(init) = crate::types::lookup(&cls, "__init__") {
            if matches!(init.payload(), Some(Payload::Function(_))) {
                return Ok(Value::new_obj(cls, Payload::List(ListObj::new(Vec::new()))));
            }
        }
    }
    if args.has_kwargs() {
        return Err(type_error("list() takes no keyword arguments"));
    }
    if pos.len() > 2 {
        return Err(type_error(format!(
            "list expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let items = match pos.get(1) {
        Some(x) => ops::to_vec(cx, x)?,
        None => Vec::new(),
    };
    if exact {
        Ok(Value::list(items))
    } else {
        Ok(Value::new_obj(cls, Payload::List(ListObj::new(items))))
    }
}

fn l_init(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "list", 0, 1)?;
    let l = lobj(args)?;
    let items = match a.first() {
        Some(x) => ops::to_vec(cx, x)?,
        None => Vec::new(),
    };
    let old = l.items.lock().replace_all(items);
    drop(old);
    Ok(Value::NONE)
}

fn l_len(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(lobj(args)?.items.len() as i64))
}

fn l_getitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let l = lobj(args)?;
    let key = other(args);
    if let Some(i) = key.as_int() {
        return l
            .items
            .get(i)
            .ok_or_else(|| index_error("list index out of range"));
    }
    if let Some(Payload::Slice(sl)) = key.payload() {
        let len = l.items.lock().len();
        let (start, _, step, count) = slice_indices(cx, sl, len)?;
        let items = l.items.lock();
        let out: Vec<Value> = positions(start, step, count)
            .filter_map(|p| items.get(p).cloned())
            .collect();
        return Ok(Value::list(out));
    }
    let snap = snapshot(l);
    seq_getitem(cx, &snap, key, "list", Value::list)
}

/// An index for item assignment/deletion (no slices).
fn assign_index(cx: &mut Ctx, key: &Value) -> PyResult<i64> {
    if key.as_float().is_some() || key.as_str().is_some() {
        return Err(type_error(format!(
            "list indices must be integers or slices, not {}",
            key.type_name()
        )));
    }
    if !super::int::is_int(key) && crate::types::lookup(key.class(), "__index__").is_none() {
        return Err(type_error(format!(
            "list indices must be integers or slices, not {}",
            key.type_name()
        )));
    }
    ops::index(cx, key)
}

fn l_setitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "__setitem__", 2, 2)?;
    let l = lobj(args)?;
    let (key, value) = (&a[0], &a[1]);
    if let Some(Payload::Slice(sl)) = key.payload() {
        let new = ops::to_vec(cx, value).map_err(|e| {
            if e.matches(&types().type_error) {
                type_error("can only assign an iterable")
            } else {
                e
            }
        })?;
        let len = l.items.lock().len();
        let (start, stop, step, count) = slice_indices(cx, sl, len)?;
        let mut items = l.items.lock();
        let n = items.len();
        if step == 1 {
            let s = (start.max(0) as usize).min(n);
            let e = (stop.max(start).max(0) as usize).min(n).max(s);
            let old = items.splice(s..e, new);
            drop(items);
            drop(old);
            return Ok(Value::NONE);
        }
        if new.len() != count {
            return Err(value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new.len(),
                count
            )));
        }
        let mut old = Vec::with_capacity(count);
        for (p, v) in positions(start, step, count).zip(new) {
            if p < items.len() {
                old.push(items.replace(p, v));
            }
        }
        drop(items);
        drop(old);
        return Ok(Value::NONE);
    }
    let i = assign_index(cx, key)?;
    store_at(l, i, value.clone())?;
    Ok(Value::NONE)
}

/// `lst[i] = value` for an int index (negative counts from the end).
pub(crate) fn store_at(l: &ListObj, i: i64, value: Value) -> PyResult<()> {
    let mut items = l.items.lock();
    let Some(j) = norm_index(i, items.len()) else {
        return Err(index_error("list assignment index out of range"));
    };
    let old = items.replace(j, value);
    drop(items);
    drop(old); // after unlocking: freeing a big tree does not hold the lock
    Ok(())
}

fn l_delitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let l = lobj(args)?;
    let key = other(args);
    if let Some(Payload::Slice(sl)) = key.payload() {
        let len = l.items.lock().len();
        let (start, _, step, count) = slice_indices(cx, sl, len)?;
        if count == 0 {
            return Ok(Value::NONE);
        }
        let mut items = l.items.lock();
        let removed: Vec<Value> = if step == 1 {
            let s = (start as usize).min(items.len());
            let e = (s + count).min(items.len());
            items.drain(s..e)
        } else {
            let mut doomed: Vec<usize> = positions(start, step, count).collect();
            doomed.sort_unstable();
            items.rebuild(|old| {
                let mut keep = Vec::with_capacity(old.len());
                let mut out = Vec::with_capacity(doomed.len());
                let mut k = 0;
                for (idx, v) in old.into_iter().enumerate() {
                    if k < doomed.len() && doomed[k] == idx {
                        out.push(v);
                        k += 1;
                    } else {
                        keep.push(v);
                    }
                }
                (keep, out)
            })
        };
        drop(items);
        drop(removed);
        return Ok(Value::NONE);
    }
    let i = assign_index(cx, key)?;
    let mut items = l.items.lock();
    match norm_index(i, items.len()) {
        Some(j) => {
            let old = items.remove(j);
            drop(items);
            drop(old);
            Ok(Value::NONE)
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

fn l_contains(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let l = lobj(args)?;
    let x = other(args);
    let mut i = 0;
    while let Some(it) = item_at(l, i) {
        if it.is(x) || ops::eq(cx, &it, x)? {
            return Ok(Value::TRUE);
        }
        i += 1;
    }
    Ok(Value::FALSE)
}

fn l_iter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    lobj(args)?;
    Ok(Value::native_iter(super::iter::ListIter::new(
        recv(args).clone(),
    )))
}

fn l_reversed(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let n = lobj(args)?.items.lock().len();
    Ok(Value::native_iter(super::iter::ListRevIter::new(
        recv(args).clone(),
        n,
    )))
}

fn l_add(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let l = lobj(args)?;
    let Some(Payload::List(o)) = other(args).payload() else {
        return Err(type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            other(args).type_name()
        )));
    };
    let mut v = snapshot(l);
    let ov = snapshot(o);
    v.try_reserve(ov.len()).map_err(|_| memory_error())?;
    v.extend(ov);
    Ok(Value::list(v))
}

fn l_iadd(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let l = lobj(args)?;
    let new = ops::to_vec(cx, other(args))?;
    let mut items = l.items.lock();
    items.try_reserve(new.len()).map_err(|_| memory_error())?;
    items.extend(new);
    drop(items);
    Ok(recv(args).clone())
}

fn l_mul(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let l = lobj(args)?;
    let Some(n) = repeat_count(cx, other(args))? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let snap = snapshot(l);
    Ok(Value::list(repeat_vec(&snap, n)?))
}

fn l_imul(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let l = lobj(args)?;
    let Some(n) = repeat_count(cx, other(args))? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let snap = snapshot(l);
    let new = repeat_vec(&snap, n)?;
    let old = l.items.lock().replace_all(new);
    drop(old);
    Ok(recv(args).clone())
}

fn cmp(cx: &mut Ctx, args: &Args, op: CompareOp) -> PyResult<Value> {
    let l = lobj(args)?;
    let Some(Payload::List(o)) = other(args).payload() else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (a, b) = (snapshot(l), snapshot(o));
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && a.len() != b.len() {
        return Ok(Value::bool(op == CompareOp::Ne));
    }
    Ok(Value::bool(seq_compare(cx, &a, &b, op)?))
}

fn l_eq(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    cmp(cx, args, CompareOp::Eq)
}
fn l_ne(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    cmp(cx, args, CompareOp::Ne)
}
fn l_lt(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    cmp(cx, args, CompareOp::Lt)
}
fn l_le(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    cmp(cx, args, CompareOp::Le)
}
fn l_gt(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    cmp(cx, args, CompareOp::Gt)
}
fn l_ge(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    cmp(cx, args, CompareOp::Ge)
}

fn l_repr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let l = lobj(args)?;
    let snap = snapshot(l);
    if snap.is_empty() {
        return Ok(Value::str("[]"));
    }
    let Some(_g) = repr_enter(recv(args)) else {
        return Ok(Value::str("[...]"));
    };
    Ok(Value::string(format!("[{}]", join_reprs(cx, &snap)?)))
}

fn l_append(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "append", 1, 1)?;
    let l = lobj(args)?;
    let mut items = l.items.lock();
    items.try_reserve(1).map_err(|_| memory_error())?;
    items.push(a[0].clone());
    Ok(Value::NONE)
}

fn l_extend(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "extend", 1, 1)?;
    let l = lobj(args)?;
    let new = ops::to_vec(cx, &a[0])?;
    let mut items = l.items.lock();
    items.try_reserve(new.len()).map_err(|_| memory_error())?;
    items.extend(new);
    Ok(Value::NONE)
}

fn l_insert(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "insert", 2, 2)?;
    let l = lobj(args)?;
    let i = super::common::ssize_arg(cx, &a[0])?;
    let mut items = l.items.lock();
    let n = items.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(j as usize, a[1].clone());
    Ok(Value::NONE)
}

fn l_remove(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "remove", 1, 1)?;
    let l = lobj(args)?;
    let mut i = 0;
    while let Some(it) = item_at(l, i) {
        if it.is(&a[0]) || ops::eq(cx, &it, &a[0])? {
            let mut items = l.items.lock();
            // Remove the matched object (the list may have changed while comparing).
            let pos = if items.get(i).is_some_and(|v| v.is(&it)) {
                Some(i)
            } else {
                items.iter().position(|v| v.is(&it))
            };
            let old = pos.map(|p| items.remove(p));
            drop(items);
            drop(old);
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn l_pop(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "pop", 0, 1)?;
    let l = lobj(args)?;
    let i = match a.first() {
        Some(v) => super::common::ssize_arg(cx, v)?,
        None => -1,
    };
    let mut items = l.items.lock();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    match norm_index(i, items.len()) {
        Some(j) => items
            .remove(j)
            .ok_or_else(|| index_error("pop index out of range")),
        None => Err(index_error("pop index out of range")),
    }
}

fn l_clear(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let l = lobj(args)?;
    let old = l.items.lock().take_all();
    drop(old);
    Ok(Value::NONE)
}

fn l_index(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "index", 1, 3)?;
    let snap = snapshot(lobj(args)?);
    seq_index(cx, &snap, a, "list")
}

fn l_count(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "count", 1, 1)?;
    let snap = snapshot(lobj(args)?);
    seq_count(cx, &snap, &a[0])
}

fn l_reverse(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "reverse", 0, 0)?;
    lobj(args)?.items.lock().reverse();
    Ok(Value::NONE)
}

fn l_copy(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "copy", 0, 0)?;
    Ok(Value::list(snapshot(lobj(args)?)))
}

/// A stable merge sort whose comparison (`lt`) may fail; the first error aborts it.
pub(crate) fn merge_sort<T: Clone>(
    v: &mut [T],
    lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    // Binary insertion sort for small inputs / runs.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i].clone();
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(&x, &v[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v[lo..=i].rotate_right(1);
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<T> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    if lt(&v[j], &v[i])? {
                        buf.push(v[j].clone());
                        j += 1;
                    } else {
                        buf.push(v[i].clone());
                        i += 1;
                    }
                }
                buf.extend_from_slice(&v[i..mid]);
                buf.extend_from_slice(&v[j..hi]);
                v[lo..hi].clone_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

/// Sorts `items` in place (stable), by `key` if given, descending if `reverse`.
pub fn sort_values(
    cx: &mut Ctx,
    items: &mut [Value],
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    if reverse {
        items.reverse();
    }
    let result = (|| -> PyResult<()> {
        match key {
            None => sort_plain(cx, items),
            Some(kf) => {
                let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
                for it in items.iter() {
                    keyed.push((ops::call(cx, kf, std::slice::from_ref(it))?, it.clone()));
                }
                if keyed.iter().all(|(k, _)| k.is_small_int()) {
                    keyed.sort_by_key(|(k, _)| k.as_small_int().unwrap_or(0));
                } else if keyed
                    .iter()
                    .all(|(k, _)| k.as_str().is_some() && k.class().is(&types().str))
                {
                    keyed.sort_by(|(a, _), (b, _)| a.as_str().cmp(&b.as_str()));
                } else if same_order_shape(keyed.iter().map(|(k, _)| k)) {
                    keyed.sort_by(|(a, _), (b, _)| builtin_order_total(a, b));
                } else if let Some(fs) = float_keys(keyed.iter().map(|(k, _)| k)) {
                    let mut pairs: Vec<(f64, Value)> = fs
                        .into_iter()
                        .zip(keyed.iter_mut().map(|(_, v)| std::mem::take(v)))
                        .collect();
                    sort_by_float(&mut pairs);
                    for ((_, slot), (_, v)) in keyed.iter_mut().zip(pairs) {
                        *slot = v;
                    }
                } else {
                    merge_sort(&mut keyed, &mut |a, b| ops::lt(cx, &a.0, &b.0))?;
                }
                for (slot, (_, v)) in items.iter_mut().zip(keyed) {
                    *slot = v;
                }
                Ok(())
            }
        }
    })();
    if reverse {
        items.reverse();
    }
    result
}

fn sort_plain(cx: &mut Ctx, items: &mut [Value]) -> PyResult<()> {
    if items.iter().all(|v| v.is_small_int()) {
        items.sort_by_key(|v| v.as_small_int().unwrap_or(0));
        return Ok(());
    }
    if items
        .iter()
        .all(|v| v.as_str().is_some() && v.class().is(&types().str))
    {
        items.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
        return Ok(());
    }
    if same_order_shape(items.iter()) {
        items.sort_by(builtin_order_total);
        return Ok(());
    }
    if let Some(fs) = float_keys(items.iter()) {
        let mut pairs: Vec<(f64, Value)> = fs
            .into_iter()
            .zip(items.iter_mut().map(std::mem::take))
            .collect();
        sort_by_float(&mut pairs);
        for (slot, (_, v)) in items.iter_mut().zip(pairs) {
            *slot = v;
        }
        return Ok(());
    }
    merge_sort(items, &mut |a, b| ops::lt(cx, a, b))
}

/// The values as f64 when every one is an exact float and none is a NaN (then `<` on
/// them is a total order, and Rust's stable sort by it is what CPython's is: a NaN
/// compares false both ways, which the merge sort handles as CPython's `<` does).
fn float_keys<'a>(values: impl Iterator<Item = &'a Value>) -> Option<Vec<f64>> {
    let t = types();
    values
        .map(|v| match v.payload() {
            Some(Payload::Float(f)) if !f.is_nan() && v.class().is(&t.float) => Some(*f),
            _ => None,
        })
        .collect()
}

/// Stable sort by the float (no NaN: see [`float_keys`]); `-0.0` and `0.0` are equal,
/// as for `<`.
fn sort_by_float(pairs: &mut [(f64, Value)]) {
    pairs.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal));
}

/// What a value is for [`same_order_shape`]: an inline int, an exact str, an exact tuple
/// of those (item by item), or something else.
enum OrderShape {
    Int,
    Str,
    Tuple(Vec<OrderShape>),
}

fn order_shape(v: &Value, nested: bool) -> Option<OrderShape> {
    if v.is_small_int() {
        return Some(OrderShape::Int);
    }
    let t = types();
    match v.payload()? {
        Payload::Str(_) if v.class().is(&t.str) => Some(OrderShape::Str),
        Payload::Tuple(items) if !nested && v.class().is(&t.tuple) => items
            .iter()
            .map(|x| order_shape(x, true))
            .collect::<Option<Vec<_>>>()
            .map(OrderShape::Tuple),
        _ => None,
    }
}

/// Whether every value has the same [`OrderShape`] (ints, strs, or tuples of one length
/// with an int or a str at each position): then any two of them compare by
/// [`ops::builtin_order`], which runs no script code and cannot fail, and the list can be
/// sorted by Rust's stable sort (sorting `(count, name)` pairs or `key=lambda t: (t[0],
/// t[1])` went through a rich comparison per pair).
fn same_order_shape<'a>(mut values: impl Iterator<Item = &'a Value>) -> bool {
    let Some(first) = values.next().and_then(|v| order_shape(v, false)) else {
        return false;
    };
    values.all(|v| fits_shape(v, &first))
}

/// `order_shape(v, false) == Some(shape)`, without building the shape.
fn fits_shape(v: &Value, shape: &OrderShape) -> bool {
    let t = types();
    match shape {
        OrderShape::Int => v.is_small_int(),
        OrderShape::Str => v.as_str().is_some() && v.class().is(&t.str),
        OrderShape::Tuple(shapes) => match v.payload() {
            Some(Payload::Tuple(items)) if v.class().is(&t.tuple) => {
                items.len() == shapes.len()
                    && items
                        .iter()
                        .zip(shapes)
                        .all(|(x, s)| !matches!(s, OrderShape::Tuple(_)) && fits_shape(x, s))
            }
            _ => false,
        },
    }
}

fn builtin_order_total(a: &Value, b: &Value) -> std::cmp::Ordering {
    ops::builtin_order(a, b, 1).unwrap_or(std::cmp::Ordering::Equal)
}

fn l_sort(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if args.pos().len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    args.check_kwargs("sort", &["key", "reverse"])?;
    let l = lobj(args)?;
    let key = args.kwarg("key").filter(|k| !k.is_none()).cloned();
    let reverse = match args.kwarg("reverse") {
        Some(v) => ops::truthy(cx, v)?,
        None => false,
    };
    let mut items = l.items.lock().take_all();
    let original = if key.is_some() {
        Vec::new()
    } else {
        items.clone()
    };
    let r = sort_values(cx, &mut items, key.as_ref(), reverse);
    let restore = if r.is_err() && !original.is_empty() {
        original
    } else {
        items
    };
    let added = l.items.lock().replace_all(restore);
    r?;
    if !added.is_empty() {
        drop(added);
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}
