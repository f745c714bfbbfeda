//! `slice` objects and the shared index arithmetic of slicing (`slice_indices`), used by
//! list, tuple, str, bytes and range.

use num_bigint::Sign;

use super::common::{margs, recv};
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, value_error, PyResult};
use crate::object::{Payload, PropertyObj, SliceObj};
use crate::ops;
use crate::types::{add_methods, set_ctor, types};
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.slice, slice_new);
    add_methods(
        &t.slice,
        "slice",
        &[
            ("indices", slice_indices_m),
            ("__repr__", slice_repr),
            ("__eq__", slice_eq),
        ],
    );
    t.slice.set_attr_str("__hash__", Value::NONE);
    t.slice.set_attr_str(
        "start",
        property("slice", "start", |_, a| {
            Ok(as_slice(recv(a)).map_or(Value::NONE, |s| s.start.clone()))
        }),
    );
    t.slice.set_attr_str(
        "stop",
        property("slice", "stop", |_, a| {
            Ok(as_slice(recv(a)).map_or(Value::NONE, |s| s.stop.clone()))
        }),
    );
    t.slice.set_attr_str(
        "step",
        property("slice", "step", |_, a| {
            Ok(as_slice(recv(a)).map_or(Value::NONE, |s| s.step.clone()))
        }),
    );
}

/// Exposes a read-only data attribute of a builtin type as a property over a native getter.
pub(crate) fn property(
    owner: &'static str,
    name: &'static str,
    f: crate::object::NativeFn,
) -> Value {
    let v = Value::new_obj(
        types().property.clone(),
        Payload::Property(Box::new(PropertyObj {
            fget: Value::native_method(owner, name, f),
            fset: Value::NULL,
            fdel: Value::NULL,
            doc: Value::NONE,
        })),
    );
    if let Some(o) = v.as_obj() {
        o.make_immortal();
    }
    v
}

fn as_slice(v: &Value) -> Option<&SliceObj> {
    match v.payload() {
        Some(Payload::Slice(s)) => Some(s),
        _ => None,
    }
}

fn slice_new(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("slice", 2, 4).map_err(|_| {
        let n = args.pos().len().saturating_sub(1);
        if n == 0 {
            type_error("slice expected at least 1 argument, got 0")
        } else {
            type_error(format!("slice expected at most 3 arguments, got {n}"))
        }
    })?;
    let a = &a[1..];
    Ok(match a.len() {
        1 => Value::slice(Value::NONE, a[0].clone(), Value::NONE),
        2 => Value::slice(a[0].clone(), a[1].clone(), Value::NONE),
        _ => Value::slice(a[0].clone(), a[1].clone(), a[2].clone()),
    })
}

/// A slice bound as i64 (BigInts saturate), via `__index__` for other types.
fn bound(cx: &mut Ctx, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_int() {
        return Ok(i);
    }
    if let Some(Payload::Int(b)) = v.payload() {
        return Ok(if b.sign() == Sign::Minus {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        });
    }
    if crate::types::lookup(v.class(), "__index__").is_none() {
        return Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    ops::index(cx, v)
}

/// CPython's `PySlice_GetIndicesEx`: (start, stop, step, count) for a sequence of `len`.
pub fn slice_indices(cx: &mut Ctx, s: &SliceObj, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let step = if s.step.is_none() {
        1
    } else {
        bound(cx, &s.step)?
    };
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |cx: &mut Ctx, v: &Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let mut i = bound(cx, v)?;
        if i < 0 {
            i = i.saturating_add(len);
            if i < lower {
                i = lower;
            }
        } else if i > upper {
            i = upper;
        }
        Ok(i)
    };
    let start = clamp(cx, &s.start, if step < 0 { upper } else { lower })?;
    let stop = clamp(cx, &s.stop, if step < 0 { lower } else { upper })?;
    let count = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

/// The positions selected by a slice, in order.
pub(crate) fn positions(start: i64, step: i64, count: usize) -> impl Iterator<Item = usize> {
    (0..count).map(move |k| (start + k as i64 * step) as usize)
}

fn slice_indices_m(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "indices", 1, 1)?;
    let Some(s) = as_slice(recv(args)) else {
        return Err(type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let n = ops::index(cx, &a[0])?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step, _) = slice_indices(cx, s, n as usize)?;
    Ok(Value::tuple(vec![
        Value::int(start),
        Value::int(stop),
        Value::int(step),
    ]))
}

fn slice_repr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let Some(s) = as_slice(recv(args)) else {
        return Ok(Value::str("slice(?)"));
    };
    Ok(Value::string(format!(
        "slice({}, {}, {})",
        ops::repr(cx, &s.start)?,
        ops::repr(cx, &s.stop)?,
        ops::repr(cx, &s.step)?
    )))
}

fn slice_eq(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (Some(a), Some(b)) = (as_slice(recv(args)), as_slice(super::common::other(args))) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let x = [a.start.clone(), a.stop.clone(), a.step.clone()];
    let y = [b.start.clone(), b.stop.clone(), b.step.clone()];
    Ok(Value::bool(super::common::seq_compare(
        cx,
        &x,
        &y,
        fibra_bytecode::CompareOp::Eq,
    )?))
}
