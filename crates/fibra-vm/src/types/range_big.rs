//! The arbitrary-precision side of `range` (CPython's PyLong paths): ranges with a bound
//! beyond i64 (`Payload::BigRange`), and the rare operations on i64 ranges whose arguments
//! or results do not fit in i64 (big indexes, slices with big bounds). The i64 fast paths
//! stay in `range.rs`; everything here works on a [`BigRangeObj`].

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::functions::index_bigint;
use crate::ctx::Ctx;
use crate::error::{index_error, overflow_error, type_error, value_error, PyResult};
use crate::object::hash::{hash_bigint, hash_builtin, hash_tuple_of};
use crate::object::{BigRangeObj, NativeIterator, RangeObj, SliceObj};
use crate::ops;
use crate::sync::ObjLock;
use crate::types::int::{big, is_int};
use crate::types::lookup;
use crate::value::Value;

impl BigRangeObj {
    /// An i64 range in arbitrary precision (for the operations that need it).
    pub(crate) fn from_small(r: &RangeObj) -> BigRangeObj {
        BigRangeObj::new(r.start.into(), r.stop.into(), r.step.into())
    }

    /// The value at position `k` (`0 <= k < len`).
    fn at(&self, k: &BigInt) -> BigInt {
        &self.start + k * &self.step
    }

    /// `len(r)`: OverflowError beyond `sys.maxsize`, as CPython.
    pub(crate) fn len_value(&self) -> PyResult<Value> {
        match self.len.to_i64() {
            Some(n) => Ok(Value::int(n)),
            None => Err(overflow_error(
                "Python int too large to convert to C ssize_t",
            )),
        }
    }

    /// `r[i]` for an int `i` (negative counts from the end).
    pub(crate) fn item(&self, i: BigInt) -> PyResult<Value> {
        let k = if i.is_negative() { i + &self.len } else { i };
        if k.is_negative() || k >= self.len {
            return Err(index_error("range object index out of range"));
        }
        Ok(Value::bigint(self.at(&k)))
    }

    /// `r[a:b:c]`: CPython's `compute_slice` (exact, whatever the sizes): the slice's
    /// indices are clamped to the range's length, then mapped to values.
    pub(crate) fn slice(&self, cx: &mut Ctx, sl: &SliceObj) -> PyResult<Value> {
        let step = if sl.step.is_none() {
            BigInt::from(1)
        } else {
            slice_index(cx, &sl.step)?
        };
        if step.is_zero() {
            return Err(value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step.is_negative() {
            (BigInt::from(-1), &self.len - 1)
        } else {
            (BigInt::from(0), self.len.clone())
        };
        let clamp = |i: BigInt| {
            if i.is_negative() {
                (i + &self.len).max(lower.clone())
            } else {
                i.min(upper.clone())
            }
        };
        let start = if sl.start.is_none() {
            if step.is_negative() {
                upper.clone()
            } else {
                lower.clone()
            }
        } else {
            clamp(slice_index(cx, &sl.start)?)
        };
        let stop = if sl.stop.is_none() {
            if step.is_negative() {
                lower.clone()
            } else {
                upper.clone()
            }
        } else {
            clamp(slice_index(cx, &sl.stop)?)
        };
        Ok(Value::big_range(
            self.at(&start),
            self.at(&stop),
            &self.step * step,
        ))
    }

    /// The position of the int `x` in the range, if present.
    pub(crate) fn position(&self, x: &BigInt) -> Option<BigInt> {
        let d = x - &self.start;
        if !(&d % &self.step).is_zero() {
            return None;
        }
        let k = d / &self.step;
        (!k.is_negative() && k < self.len).then_some(k)
    }

    /// Compares the values with `x` by `==` in order (CPython's iteration search, used for
    /// a non-int `x`): the number of matches, stopping at the first unless `all`, and the
    /// index of the first.
    pub(crate) fn scan(
        &self,
        cx: &mut Ctx,
        x: &Value,
        all: bool,
    ) -> PyResult<(BigInt, Option<BigInt>)> {
        let mut count = BigInt::zero();
        let mut first = None;
        let mut k = BigInt::zero();
        let mut v = self.start.clone();
        while k < self.len {
            if ops::eq(cx, &Value::bigint(v.clone()), x)? {
                count += 1;
                if first.is_none() {
                    first = Some(k.clone());
                }
                if !all {
                    break;
                }
            }
            k += 1;
            v += &self.step;
        }
        Ok((count, first))
    }

    /// `iter(r)`.
    pub(crate) fn iter(&self) -> Value {
        Value::native_iter(BigRangeIter::new(
            self.start.clone(),
            self.step.clone(),
            self.len.clone(),
        ))
    }

    /// `reversed(r)`: from the last value down by `step`.
    pub(crate) fn reversed(&self) -> Value {
        let last = if self.len.is_zero() {
            self.start.clone()
        } else {
            self.at(&(&self.len - 1))
        };
        Value::native_iter(BigRangeIter::new(last, -&self.step, self.len.clone()))
    }

    /// Equal as sequences: same length, and the same first value and step where they
    /// matter (CPython's `range_equals`).
    pub(crate) fn same(&self, other: &BigRangeObj) -> bool {
        let one = BigInt::from(1);
        self.len == other.len
            && (self.len.is_zero()
                || (self.start == other.start && (self.len == one || self.step == other.step)))
    }

    /// `hash(r)`: the hash of `(len, start, step)`, with None for what does not matter.
    pub(crate) fn hash(&self) -> i64 {
        let none = hash_builtin(&Value::NONE).unwrap_or(0);
        let len = hash_bigint(&self.len);
        let hs = if self.len.is_zero() {
            [len, none, none]
        } else if self.len == BigInt::from(1) {
            [len, hash_bigint(&self.start), none]
        } else {
            [len, hash_bigint(&self.start), hash_bigint(&self.step)]
        };
        hash_tuple_of(hs.into_iter())
    }

    /// `repr(r)`.
    pub(crate) fn repr(&self) -> String {
        if self.step == BigInt::from(1) {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }
    }
}

/// A slice bound as an int (`__index__` for other types), as CPython's
/// `_PySlice_GetLongIndices` reads it.
fn slice_index(cx: &mut Ctx, v: &Value) -> PyResult<BigInt> {
    if is_int(v) {
        return Ok(big(v));
    }
    if lookup(v.class(), "__index__").is_none() {
        return Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    index_bigint(cx, v)
}

/// An int index (`__index__` for other types) for `range.__getitem__`, or the TypeError
/// CPython raises for a key that is neither an int nor a slice.
pub(crate) fn item_index(cx: &mut Ctx, key: &Value) -> PyResult<BigInt> {
    if is_int(key) {
        return Ok(big(key));
    }
    if lookup(key.class(), "__index__").is_none() {
        return Err(type_error(format!(
            "range indices must be integers or slices, not {}",
            key.type_name()
        )));
    }
    index_bigint(cx, key)
}

/// Iterates a big range: `left` values from `next` by `step` (CPython's `longrangeiter`).
pub(crate) struct BigRangeIter {
    /// (next value, values left)
    state: ObjLock<(BigInt, BigInt)>,
    step: BigInt,
}

impl BigRangeIter {
    fn new(start: BigInt, step: BigInt, len: BigInt) -> BigRangeIter {
        BigRangeIter {
            state: ObjLock::new((start, len)),
            step,
        }
    }
}

impl NativeIterator for BigRangeIter {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        let v = {
            let mut g = self.state.lock();
            if !g.1.is_positive() {
                return Ok(None);
            }
            let v = g.0.clone();
            g.0 += &self.step;
            g.1 -= 1;
            v
        };
        Ok(Some(Value::bigint(v)))
    }
    fn length_hint(&self) -> Option<usize> {
        // Saturates: `list()` turns a hint beyond sys.maxsize into OverflowError.
        Some(self.state.lock().1.to_usize().unwrap_or(usize::MAX))
    }
}
