//! `range`: O(1) length, indexing, slicing (to a new range) and membership for ints, a
//! native iterator, equality/hash by the sequence it denotes, and the start/stop/step
//! attributes exposed as properties.
//!
//! A range whose bounds fit in i64 is a `Payload::Range` and takes the i64 paths below;
//! one with a bound beyond i64 is a boxed `Payload::BigRange`, handled (like the rare
//! big-int cases of i64 ranges) in `range_big.rs`.

use std::borrow::Cow;

use num_bigint::BigInt;

use super::common::{margs, norm_index, other, recv};
use super::iter::RangeIter;
use super::range_big::item_index;
use super::slice::{property, slice_indices};
use super::BuiltinTypes;
use crate::args::Args;
use crate::builtins::functions::index_bigint;
use crate::ctx::Ctx;
use crate::error::{index_error, overflow_error, type_error, value_error, PyResult};
use crate::object::hash::hash_tuple_of;
use crate::object::{BigRangeObj, Payload, RangeObj};
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
            Ok(match this(a) {
                Ok(R::Small(r)) => Value::int(r.start),
                Ok(R::Big(b)) => Value::bigint(b.start.clone()),
                Err(_) => Value::int(0),
            })
        }),
    );
    t.range.set_attr_str(
        "stop",
        property("range", "stop", |_, a| {
            Ok(match this(a) {
                Ok(R::Small(r)) => Value::int(r.stop),
                Ok(R::Big(b)) => Value::bigint(b.stop.clone()),
                Err(_) => Value::int(0),
            })
        }),
    );
    t.range.set_attr_str(
        "step",
        property("range", "step", |_, a| {
            Ok(match this(a) {
                Ok(R::Small(r)) => Value::int(r.step),
                Ok(R::Big(b)) => Value::bigint(b.step.clone()),
                Err(_) => Value::int(1),
            })
        }),
    );
}

/// The receiver: an i64 range or a big one.
#[derive(Clone, Copy)]
enum R<'a> {
    Small(&'a RangeObj),
    Big(&'a BigRangeObj),
}

#[inline]
fn range_of(v: &Value) -> Option<R<'_>> {
    match v.payload() {
        Some(Payload::Range(r)) => Some(R::Small(r)),
        Some(Payload::BigRange(b)) => Some(R::Big(b)),
        _ => None,
    }
}

#[inline]
fn this<'a>(args: &Args<'a>) -> PyResult<R<'a>> {
    range_of(recv(args)).ok_or_else(|| type_error("descriptor requires a 'range' object"))
}

/// Any range in arbitrary precision (built for an i64 range: the slow paths only).
fn big_of(r: R<'_>) -> Cow<'_, BigRangeObj> {
    match r {
        R::Small(r) => Cow::Owned(BigRangeObj::from_small(r)),
        R::Big(b) => Cow::Borrowed(b),
    }
}

/// The number of values in an i64 range (exact, computed in i128).
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

/// The length of any range for preallocating its items (`list(r)`): OverflowError
/// beyond `sys.maxsize`, as CPython's length hint.
pub fn range_len_hint(v: &Value) -> Option<PyResult<usize>> {
    let too_big = || overflow_error("Python int too large to convert to C ssize_t");
    match range_of(v)? {
        R::Small(r) => {
            let n = range_len(r);
            Some(if n > i64::MAX as u64 {
                Err(too_big())
            } else {
                Ok(n as usize)
            })
        }
        R::Big(b) => Some(
            num_traits::ToPrimitive::to_i64(&b.len)
                .map_or_else(|| Err(too_big()), |n| Ok(n as usize)),
        ),
    }
}

fn range_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let a = &args.pos()[1.min(args.pos().len())..];
    if a.is_empty() || a.len() > 3 {
        return Err(type_error(if a.is_empty() {
            "range expected at least 1 argument, got 0".to_string()
        } else {
            format!("range expected at most 3 arguments, got {}", a.len())
        }));
    }
    // The common case: every argument an int that fits in i64.
    let int = |i: usize| a.get(i).and_then(|v| v.as_int());
    let small = match a.len() {
        1 => (Some(0), int(0), Some(1)),
        2 => (int(0), int(1), Some(1)),
        _ => (int(0), int(1), int(2)),
    };
    if let (Some(start), Some(stop), Some(step)) = small {
        if step == 0 {
            return Err(value_error("range() arg 3 must not be zero"));
        }
        return Ok(Value::range(start, stop, step));
    }
    let mut big = Vec::with_capacity(3);
    for v in a {
        big.push(index_bigint(cx, v)?);
    }
    let one = BigInt::from(1);
    let (start, stop, step) = match big.as_slice() {
        [stop] => (BigInt::from(0), stop.clone(), one),
        [start, stop] => (start.clone(), stop.clone(), one),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => (BigInt::from(0), BigInt::from(0), one),
    };
    if step == BigInt::from(0) {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::big_range(start, stop, step))
}

fn r_len(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    match this(args)? {
        R::Small(r) => {
            let n = range_len(r);
            if n > i64::MAX as u64 {
                return Err(overflow_error(
                    "Python int too large to convert to C ssize_t",
                ));
            }
            Ok(Value::int(n as i64))
        }
        R::Big(b) => b.len_value(),
    }
}

fn r_bool(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(match this(args)? {
        R::Small(r) => range_len(r) > 0,
        R::Big(b) => b.len != BigInt::from(0),
    }))
}

fn at(r: &RangeObj, i: u64) -> i64 {
    (r.start as i128 + i as i128 * r.step as i128) as i64
}

/// A range from i128 bounds (slicing an i64 range can step past i64).
fn range_i128(start: i128, stop: i128, step: i128) -> Value {
    match (
        i64::try_from(start),
        i64::try_from(stop),
        i64::try_from(step),
    ) {
        (Ok(a), Ok(b), Ok(c)) => Value::range(a, b, c),
        _ => Value::big_range(start.into(), stop.into(), step.into()),
    }
}

/// A slice part the i64 slicing path handles exactly: None or an inline int.
fn small_part(v: &Value) -> bool {
    v.is_none() || v.as_small_int().is_some()
}

fn r_getitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let r = this(args)?;
    let key = other(args);
    if let R::Small(r) = r {
        let len = range_len(r);
        if len <= i64::MAX as u64 {
            if let Some(i) = key.as_int() {
                return match norm_index(i, len as usize) {
                    Some(j) => Ok(Value::int(at(r, j as u64))),
                    None => Err(index_error("range object index out of range")),
                };
            }
            if let Some(Payload::Slice(sl)) = key.payload() {
                if small_part(&sl.start) && small_part(&sl.stop) && small_part(&sl.step) {
                    let (s, e, st, _) = slice_indices(cx, sl, len as usize)?;
                    let (start, step) = (r.start as i128, r.step as i128);
                    return Ok(range_i128(
                        start + s as i128 * step,
                        start + e as i128 * step,
                        step * st as i128,
                    ));
                }
            }
        }
    }
    // Big ranges, big or `__index__` keys, slices with big parts.
    let b = big_of(r);
    if let Some(Payload::Slice(sl)) = key.payload() {
        return b.slice(cx, sl);
    }
    let i = item_index(cx, key)?;
    b.item(i)
}

/// Position of int `x` in an i64 range, if present.
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

/// Whether the int `x` is in the big range `b`.
#[cold]
fn big_has(b: &BigRangeObj, x: &Value) -> bool {
    b.position(&super::int::big(x)).is_some()
}

/// Position of the int `x` in any range, as an int (ints beyond i64 are never in an i64
/// range).
fn int_position(r: R<'_>, x: &Value) -> Option<Value> {
    match r {
        R::Small(r) => x
            .as_int()
            .and_then(|i| position(r, i))
            .map(|k| match i64::try_from(k) {
                Ok(k) => Value::int(k),
                Err(_) => Value::bigint(k.into()),
            }),
        R::Big(b) => b.position(&super::int::big(x)).map(Value::bigint),
    }
}

fn r_contains(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let r = this(args)?;
    // An explicit argument: `r.__contains__()` must not search the range for None.
    let x = &margs(args, "__contains__", 1, 1)?[0];
    if super::int::is_int(x) {
        // Spelled out per variant: this is the hot `i in range(...)` path.
        return Ok(Value::bool(match r {
            R::Small(r) => x.as_int().is_some_and(|i| position(r, i).is_some()),
            R::Big(b) => big_has(b, x),
        }));
    }
    match r {
        R::Small(r) => {
            for k in 0..range_len(r) {
                if ops::eq(cx, &Value::int(at(r, k)), x)? {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }
        R::Big(b) => Ok(Value::bool(b.scan(cx, x, false)?.1.is_some())),
    }
}

fn r_iter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    match this(args)? {
        R::Small(r) => {
            let n = usize::try_from(range_len(r)).unwrap_or(usize::MAX);
            Ok(Value::native_iter(RangeIter::new(r.start, r.step, n)))
        }
        R::Big(b) => Ok(b.iter()),
    }
}

fn r_reversed(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let r = match this(args)? {
        R::Small(r) => r,
        R::Big(b) => return Ok(b.reversed()),
    };
    let len = range_len(r);
    let n = usize::try_from(len).unwrap_or(usize::MAX);
    if len == 0 {
        return Ok(Value::native_iter(RangeIter::new(0, 1, 0)));
    }
    let last = at(r, len - 1);
    // Wrapping is exact here: every value produced lies within the range's i64 bounds.
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

/// `a == b` for two ranges; None if `b` is not a range.
fn equal(args: &Args) -> PyResult<Option<bool>> {
    let a = this(args)?;
    let Some(b) = range_of(other(args)) else {
        return Ok(None);
    };
    Ok(Some(match (a, b) {
        (R::Small(a), R::Small(b)) => same(a, b),
        (a, b) => big_of(a).same(&big_of(b)),
    }))
}

fn r_eq(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(equal(args)?.map_or(Value::NOT_IMPLEMENTED, Value::bool))
}

fn r_ne(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(equal(args)?.map_or(Value::NOT_IMPLEMENTED, |e| Value::bool(!e)))
}

fn r_hash(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    use crate::object::hash::{hash_builtin, hash_i64};
    let r = match this(args)? {
        R::Small(r) if range_len(r) <= i64::MAX as u64 => r,
        r => return Ok(Value::int(big_of(r).hash())),
    };
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
    let r = match this(args)? {
        R::Small(r) => r,
        R::Big(b) => return Ok(Value::string(b.repr())),
    };
    Ok(Value::string(if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

fn r_index(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "index", 1, 1)?;
    let r = this(args)?;
    if super::int::is_int(&a[0]) {
        if let Some(k) = int_position(r, &a[0]) {
            return Ok(k);
        }
    } else {
        match r {
            R::Small(r) => {
                for k in 0..range_len(r) {
                    if ops::eq(cx, &Value::int(at(r, k)), &a[0])? {
                        return Ok(Value::int(k as i64));
                    }
                }
            }
            R::Big(b) => {
                if let Some(k) = b.scan(cx, &a[0], false)?.1 {
                    return Ok(Value::bigint(k));
                }
            }
        }
        // CPython searches by iteration for a non-int, with the generic message.
        return Err(value_error("sequence.index(x): x not in sequence"));
    }
    let rep = ops::repr(cx, &a[0])?;
    Err(value_error(format!("{rep} is not in range")))
}

fn r_count(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "count", 1, 1)?;
    let r = this(args)?;
    if super::int::is_int(&a[0]) {
        let found = match r {
            R::Small(r) => a[0].as_int().is_some_and(|i| position(r, i).is_some()),
            R::Big(b) => big_has(b, &a[0]),
        };
        return Ok(Value::int(found as i64));
    }
    let r = match r {
        R::Small(r) => r,
        R::Big(b) => return Ok(Value::bigint(b.scan(cx, &a[0], true)?.0)),
    };
    let mut n = 0;
    for k in 0..range_len(r) {
        if ops::eq(cx, &Value::int(at(r, k)), &a[0])? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}
