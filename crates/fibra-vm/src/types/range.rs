//! `range`: O(1) length, indexing, slicing (to a new range) and membership for ints, a
//! native iterator, equality/hash by the sequence it denotes, and the start/stop/step
//! attributes exposed as properties.

use super::common::{margs, norm_index, other, recv};
use super::iter::RangeIter;
use super::slice::{property, slice_indices};
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{index_error, overflow_error, type_error, value_error, PyResult};
use crate::object::hash::hash_tuple_of;
use crate::object::{Payload, RangeObj};
use crate::ops;
use crate::types::{add_methods, set_ctor};
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.range, range_new);
    add_methods(
        &t.range,
        "range",
        &[
            ("__len__", r_len),
            ("__getitem__", r_getitem),
            ("__contains__", r_contains),
            ("__iter__", r_iter),
            ("__reversed__", r_reversed),
            ("__eq__", r_eq),
            ("__ne__", r_ne),
            ("__hash__", r_hash),
            ("__bool__", r_bool),
            ("__repr__", r_repr),
            ("index", r_index),
            ("count", r_count),
        ],
    );
    t.range.set_attr_str(
        "start",
        property("range", "start", |_, a| {
            Ok(Value::int(robj(a).map_or(0, |r| r.start)))
        }),
    );
    t.range.set_attr_str(
        "stop",
        property("range", "stop", |_, a| {
            Ok(Value::int(robj(a).map_or(0, |r| r.stop)))
        }),
    );
    t.range.set_attr_str(
        "step",
        property("range", "step", |_, a| {
            Ok(Value::int(robj(a).map_or(1, |r| r.step)))
        }),
    );
}

fn robj<'a>(args: &Args<'a>) -> Option<&'a RangeObj> {
    match recv(args).payload() {
        Some(Payload::Range(r)) => Some(r),
        _ => None,
    }
}

fn me<'a>(args: &Args<'a>) -> PyResult<&'a RangeObj> {
    robj(args).ok_or_else(|| type_error("descriptor requires a 'range' object"))
}

/// The number of values in a range (exact, computed in i128).
pub fn range_len(r: &RangeObj) -> u64 {
    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n as u64
}

fn range_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let a = &args.pos()[1.min(args.pos().len())..];
    let idx = |cx: &mut Ctx, v: &Value| -> PyResult<i64> {
        if let Some(Payload::Int(_)) = v.payload() {
            if v.as_int().is_none() {
                return Err(overflow_error(
                    "range() arguments beyond 64 bits are not supported",
                ));
            }
        }
        ops::index(cx, v)
    };
    let (start, stop, step) = match a.len() {
        1 => (0, idx(cx, &a[0])?, 1),
        2 => (idx(cx, &a[0])?, idx(cx, &a[1])?, 1),
        3 => (idx(cx, &a[0])?, idx(cx, &a[1])?, idx(cx, &a[2])?),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::range(start, stop, step))
}

fn r_len(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let n = range_len(me(args)?);
    if n > i64::MAX as u64 {
        return Err(overflow_error(
            "Python int too large to convert to C ssize_t",
        ));
    }
    Ok(Value::int(n as i64))
}

fn r_bool(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(range_len(me(args)?) > 0))
}

fn at(r: &RangeObj, i: u64) -> i64 {
    (r.start as i128 + i as i128 * r.step as i128) as i64
}

fn fit(v: i128) -> PyResult<i64> {
    i64::try_from(v).map_err(|_| overflow_error("range slice result beyond 64 bits"))
}

fn r_getitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let r = me(args)?;
    let key = other(args);
    let len = range_len(r);
    if let Some(Payload::Slice(sl)) = key.payload() {
        let n = usize::try_from(len).map_err(|_| overflow_error("range too large"))?;
        let (s, e, st, _) = slice_indices(cx, sl, n)?;
        let (start, step) = (r.start as i128, r.step as i128);
        return Ok(Value::range(
            fit(start + s as i128 * step)?,
            fit(start + e as i128 * step)?,
            fit(step * st as i128)?,
        ));
    }
    if key.as_float().is_some() || key.as_str().is_some() {
        return Err(type_error(format!(
            "range indices must be integers or slices, not {}",
            key.type_name()
        )));
    }
    let i = super::common::index_arg(cx, key)?;
    let n = usize::try_from(len).unwrap_or(usize::MAX);
    match norm_index(i, n) {
        Some(j) => Ok(Value::int(at(r, j as u64))),
        None => Err(index_error("range object index out of range")),
    }
}

/// Position of int `x` in the range, if present.
fn position(r: &RangeObj, x: i64) -> Option<u64> {
    let (start, step, x) = (r.start as i128, r.step as i128, x as i128);
    let d = x - start;
    if d % step != 0 {
        return None;
    }
    let k = d / step;
    if k >= 0 && (k as u64) < range_len(r) {
        Some(k as u64)
    } else {
        None
    }
}

fn r_contains(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let r = me(args)?;
    // An explicit argument: `r.__contains__()` must not search the range for None.
    let x = &margs(args, "__contains__", 1, 1)?[0];
    if super::int::is_int(x) {
        return Ok(Value::bool(match x.as_int() {
            Some(i) => position(r, i).is_some(),
            None => false,
        }));
    }
    let len = range_len(r);
    for k in 0..len {
        if ops::eq(cx, &Value::int(at(r, k)), x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn r_iter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let r = me(args)?;
    let n = usize::try_from(range_len(r)).unwrap_or(usize::MAX);
    Ok(Value::native_iter(RangeIter::new(r.start, r.step, n)))
}

fn r_reversed(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let r = me(args)?;
    let len = range_len(r);
    let n = usize::try_from(len).unwrap_or(usize::MAX);
    if len == 0 {
        return Ok(Value::native_iter(RangeIter::new(0, 1, 0)));
    }
    let last = at(r, len - 1);
    Ok(Value::native_iter(RangeIter::new(
        last,
        r.step.wrapping_neg(),
        n,
    )))
}

fn same(a: &RangeObj, b: &RangeObj) -> bool {
    let (la, lb) = (range_len(a), range_len(b));
    la == lb && (la == 0 || (a.start == b.start && (la == 1 || a.step == b.step)))
}

fn r_eq(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    match other(args).payload() {
        Some(Payload::Range(b)) => Ok(Value::bool(same(me(args)?, b))),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn r_ne(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    match other(args).payload() {
        Some(Payload::Range(b)) => Ok(Value::bool(!same(me(args)?, b))),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn r_hash(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    use crate::object::hash::{hash_builtin, hash_i64};
    let r = me(args)?;
    let len = range_len(r);
    let none = hash_builtin(&Value::NONE).unwrap_or(0);
    let hs = match len {
        0 => [hash_i64(0), none, none],
        1 => [hash_i64(1), hash_i64(r.start), none],
        _ => [hash_i64(len as i64), hash_i64(r.start), hash_i64(r.step)],
    };
    Ok(Value::int(hash_tuple_of(hs.into_iter())))
}

fn r_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let r = me(args)?;
    Ok(Value::string(if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

fn r_index(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "index", 1, 1)?;
    let r = me(args)?;
    if super::int::is_int(&a[0]) {
        if let Some(k) = a[0].as_int().and_then(|i| position(r, i)) {
            return Ok(Value::int(k as i64));
        }
    } else {
        for k in 0..range_len(r) {
            if ops::eq(cx, &Value::int(at(r, k)), &a[0])? {
                return Ok(Value::int(k as i64));
            }
        }
    }
    let rep = ops::repr(cx, &a[0])?;
    Err(value_error(format!("{rep} is not in range")))
}

fn r_count(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "count", 1, 1)?;
    let r = me(args)?;
    if super::int::is_int(&a[0]) {
        return Ok(Value::int(
            a[0].as_int().and_then(|i| position(r, i)).is_some() as i64,
        ));
    }
    let mut n = 0;
    for k in 0..range_len(r) {
        if ops::eq(cx, &Value::int(at(r, k)), &a[0])? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}
