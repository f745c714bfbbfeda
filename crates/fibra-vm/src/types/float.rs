//! `float`: IEEE arithmetic with Python's floor-division/modulo/power rules, exact
//! comparisons with ints, CPython's repr, formatting, rounding and parsing.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::common::{binary_dunders, margs, other, recv};
use super::format::{float_repr, format_float};
use super::int::{big, cmp_int_float, int_from_f64, is_int};
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{overflow_error, type_error, value_error, zero_division_error, PyResult};
use crate::object::hash::hash_f64;
use crate::object::Payload;
use crate::ops;
use crate::types::{add_methods, set_ctor, types};
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.float, float_new);
    add_methods(
        &t.float,
        "float",
        &[
            ("__add__", f_add),
            ("__radd__", f_radd),
            ("__sub__", f_sub),
            ("__rsub__", f_rsub),
            ("__mul__", f_mul),
            ("__rmul__", f_rmul),
            ("__truediv__", f_truediv),
            ("__rtruediv__", f_rtruediv),
            ("__floordiv__", f_floordiv),
            ("__rfloordiv__", f_rfloordiv),
            ("__mod__", f_mod),
            ("__rmod__", f_rmod),
            ("__divmod__", f_divmod),
            ("__rdivmod__", f_rdivmod),
            ("__pow__", f_pow),
            ("__rpow__", f_rpow),
            ("__neg__", f_neg),
            ("__pos__", f_pos),
            ("__abs__", f_abs),
            ("__eq__", f_eq),
            ("__ne__", f_ne),
            ("__lt__", f_lt),
            ("__le__", f_le),
            ("__gt__", f_gt),
            ("__ge__", f_ge),
            ("__hash__", f_hash),
            ("__bool__", f_bool),
            ("__int__", f_int),
            ("__trunc__", f_int),
            ("__floor__", f_floor),
            ("__ceil__", f_ceil),
            ("__float__", f_pos),
            ("__repr__", f_repr),
            ("__str__", f_repr),
            ("__format__", f_format),
            ("__round__", f_round),
            ("is_integer", f_is_integer),
            ("hex", super::float_hex::f_hex),
            ("as_integer_ratio", f_as_integer_ratio),
            ("conjugate", f_pos),
            ("__getnewargs__", f_getnewargs),
        ],
    );
    t.float.set_attr_str(
        "fromhex",
        Value::new_obj(
            types().classmethod.clone(),
            Payload::ClassMethod(Value::native_method(
                "float",
                "fromhex",
                super::float_hex::f_fromhex,
            )),
        ),
    );
    t.float
        .set_attr_str("real", super::slice::property("float", "real", f_pos));
    t.float.set_attr_str(
        "imag",
        super::slice::property("float", "imag", |_, _| Ok(Value::float(0.0))),
    );
}

/// The float value of self (floats and float subclasses).
#[inline]
fn me(args: &Args) -> f64 {
    recv(args).as_float().unwrap_or(0.0)
}

/// The other operand as f64: floats, ints (OverflowError when huge); None otherwise.
fn operand(v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = v.as_float() {
        return Ok(Some(f));
    }
    if let Some(i) = v.as_int() {
        return Ok(Some(i as f64));
    }
    if is_int(v) {
        return super::int::to_f64(&big(v)).map(Some);
    }
    Ok(None)
}

#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    DivMod,
    Pow,
}

/// Python's `divmod` for floats (CPython's `float_divmod`).
pub(crate) fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    let fd = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0f64.copysign(vx / wx)
    };
    (fd, m)
}

/// `x ** y` with CPython's error rules.
pub(crate) fn float_pow(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(zero_division_error(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() {
        return Err(value_error(
            "complex numbers are not supported: a negative number cannot be raised to a fractional power",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

fn float_op(x: f64, y: f64, op: Op) -> PyResult<Value> {
    Ok(Value::float(match op {
        Op::Add => x + y,
        Op::Sub => x - y,
        Op::Mul => x * y,
        Op::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            x / y
        }
        Op::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division_error("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        Op::Mod => {
            if y == 0.0 {
                return Err(zero_division_error("float modulo"));
            }
            float_divmod(x, y).1
        }
        Op::DivMod => {
            if y == 0.0 {
                return Err(zero_division_error("float divmod()"));
            }
            let (q, r) = float_divmod(x, y);
            return Ok(Value::tuple(vec![Value::float(q), Value::float(r)]));
        }
        Op::Pow => {
            // A negative base and a fractional exponent: the result is complex.
            if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() {
                return super::complex::float_pow_complex(x, y);
            }
            float_pow(x, y)?
        }
    }))
}

fn binary(args: &Args, op: Op, reflected: bool) -> PyResult<Value> {
    let x = me(args);
    let Some(y) = operand(other(args))? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if reflected {
        float_op(y, x, op)
    } else {
        float_op(x, y, op)
    }
}

binary_dunders! {
    f_add, f_radd, Op::Add;
    f_sub, f_rsub, Op::Sub;
    f_mul, f_rmul, Op::Mul;
    f_truediv, f_rtruediv, Op::TrueDiv;
    f_floordiv, f_rfloordiv, Op::FloorDiv;
    f_mod, f_rmod, Op::Mod;
    f_divmod, f_rdivmod, Op::DivMod;
    f_rpow_fwd, f_rpow, Op::Pow;
}

fn f_pow(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if args.pos().get(2).is_some_and(|m| !m.is_none()) {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    f_rpow_fwd(_cx, args)
}

fn f_neg(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::float(-me(args)))
}

fn f_pos(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = recv(args);
    if a.class().is(&types().float) {
        return Ok(a.clone());
    }
    Ok(Value::float(me(args)))
}

fn f_abs(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::float(me(args).abs()))
}

/// Compares self with an int or float; None if unordered (NaN) or not a number.
fn compare(args: &Args) -> Option<Option<Ordering>> {
    let x = me(args);
    let b = other(args);
    if let Some(y) = b.as_float() {
        return Some(x.partial_cmp(&y));
    }
    if let Some(i) = b.as_int() {
        if i.unsigned_abs() < (1 << 53) {
            return Some(x.partial_cmp(&(i as f64)));
        }
    }
    if is_int(b) {
        return Some(cmp_int_float(&big(b), x).map(Ordering::reverse));
    }
    None
}

macro_rules! cmps {
    ($($name:ident, $test:expr, $nan:expr;)*) => {$(
        fn $name(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
            let t: fn(Ordering) -> bool = $test;
            Ok(match compare(args) {
                None => Value::NOT_IMPLEMENTED,
                Some(None) => Value::bool($nan),
                Some(Some(o)) => Value::bool(t(o)),
            })
        }
    )*};
}

cmps! {
    f_eq, |o| o == Ordering::Equal, false;
    f_ne, |o| o != Ordering::Equal, true;
    f_lt, |o| o == Ordering::Less, false;
    f_le, |o| o != Ordering::Greater, false;
    f_gt, |o| o == Ordering::Greater, false;
    f_ge, |o| o != Ordering::Less, false;
}

fn f_hash(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(hash_f64(me(args), recv(args).raw())))
}

fn f_bool(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(me(args) != 0.0))
}

fn f_int(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let f = me(args);
    if f.abs() < 4e18 {
        return Ok(Value::int(f as i64));
    }
    Ok(Value::bigint(int_from_f64(f)?))
}

fn f_floor(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bigint(int_from_f64(me(args).floor())?))
}

fn f_ceil(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bigint(int_from_f64(me(args).ceil())?))
}

fn f_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::string(float_repr(me(args))))
}

fn f_format(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "__format__", 1, 1)?;
    let spec = a[0]
        .as_str()
        .ok_or_else(|| type_error("format() argument 2 must be str"))?;
    if spec.is_empty() {
        return ops::str_value(cx, recv(args));
    }
    Ok(Value::string(format_float(me(args), spec)?))
}

/// Round half to even.
fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `round(x, ndigits)` for floats, correctly rounded via exact decimal formatting.
pub(crate) fn round_float(x: f64, nd: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if nd > 330 {
        return x;
    }
    if nd >= 0 {
        let s = format!("{:.*}", nd as usize, x);
        return s.parse().unwrap_or(x);
    }
    // `nd` may be i64::MIN: compare before negating.
    if nd < -330 {
        return 0.0f64.copysign(x);
    }
    let k = -nd;
    if k > 330 {
        return 0.0f64.copysign(x);
    }
    let p = 10f64.powi(k as i32);
    let y = x / p;
    let r = format!("{:.0}", y).parse::<f64>().unwrap_or(0.0) * p;
    if r == 0.0 {
        0.0f64.copysign(x)
    } else {
        r
    }
}

fn f_round(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "__round__", 0, 1)?;
    let x = me(args);
    match a.first() {
        Some(nd) if !nd.is_none() => {
            let n = super::common::index_arg(cx, nd)?;
            Ok(Value::float(round_float(x, n)))
        }
        _ => {
            let r = round_half_even(x);
            Ok(Value::bigint(int_from_f64(r)?))
        }
    }
}

fn f_is_integer(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let x = me(args);
    Ok(Value::bool(x.is_finite() && x == x.trunc()))
}

fn f_as_integer_ratio(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let x = me(args);
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut e = exp - 1075;
    let mut m = BigInt::from(mant);
    if x < 0.0 {
        m = -m;
    }
    if m.is_zero() {
        return Ok(Value::tuple(vec![Value::int(0), Value::int(1)]));
    }
    let tz = m.trailing_zeros().unwrap_or(0) as i64;
    let shift = if e < 0 { tz.min(-e) } else { 0 };
    m >>= shift as u64;
    e += shift;
    let (num, den) = if e >= 0 {
        (m << e as u64, BigInt::from(1))
    } else {
        (m, BigInt::from(1) << (-e) as u64)
    };
    Ok(Value::tuple(vec![Value::bigint(num), Value::bigint(den)]))
}

fn f_getnewargs(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::float(me(args))]))
}

/// Parses a float literal as `float(str)` does; None if invalid.
pub(crate) fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty()
                || !body.bytes().all(|b| {
                    b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'_' | b'+' | b'-')
                })
            {
                return None;
            }
            let b = body.as_bytes();
            // Underscores only between digits.
            for (i, &c) in b.iter().enumerate() {
                if c == b'_' {
                    let ok = i > 0
                        && b[i - 1].is_ascii_digit()
                        && b.get(i + 1).is_some_and(|n| n.is_ascii_digit());
                    if !ok {
                        return None;
                    }
                }
            }
            let clean: String = body.chars().filter(|&c| c != '_').collect();
            if clean.starts_with(['+', '-']) {
                return None;
            }
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

fn make_float(cls: &Value, f: f64) -> Value {
    if cls.is(&types().float) {
        Value::float(f)
    } else {
        Value::new_obj(cls.clone(), Payload::Float(f))
    }
}

fn float_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("float", 1, 2).map_err(|_| {
        type_error(format!(
            "float expected at most 1 argument, got {}",
            args.pos().len().saturating_sub(1)
        ))
    })?;
    let cls = &a[0];
    let Some(x) = a.get(1) else {
        return Ok(make_float(cls, 0.0));
    };
    if let Some(f) = x.as_float() {
        return Ok(make_float(cls, f));
    }
    if is_int(x) {
        let f = match x.as_int() {
            Some(i) => i as f64,
            None => super::int::to_f64(&big(x))?,
        };
        return Ok(make_float(cls, f));
    }
    let text = match x.payload() {
        Some(Payload::Str(s)) => Some(s.as_str().to_string()),
        Some(Payload::Bytes(b)) => Some(String::from_utf8_lossy(b).into_owned()),
        // bytearray and memoryview are parsed like bytes (CPython's buffer protocol).
        Some(Payload::Native(_)) => {
            super::bytearray::bytes_like(x).map(|b| String::from_utf8_lossy(&b).into_owned())
        }
        _ => None,
    };
    if let Some(t) = text {
        let parsed = if x.as_str().is_some() {
            parse_float(&super::str_methods::decimal_and_space_to_ascii(&t))
        } else {
            parse_float(&t)
        };
        return match parsed {
            Some(f) => Ok(make_float(cls, f)),
            None => {
                let r = match x.payload() {
                    Some(Payload::Bytes(b)) => super::bytes::repr_bytes(b),
                    Some(Payload::Native(_)) => ops::repr(cx, x)?,
                    _ => super::str::repr_str(&t),
                };
                Err(value_error(format!(
                    "could not convert string to float: {r}"
                )))
            }
        };
    }
    if let Some(r) = ops::call_special(cx, x, "__float__", &[])? {
        return match r.as_float() {
            Some(f) => Ok(make_float(cls, f)),
            None => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                x.type_name(),
                r.type_name()
            ))),
        };
    }
    if let Some(r) = ops::call_special(cx, x, "__index__", &[])? {
        if is_int(&r) {
            return Ok(make_float(cls, big(&r).to_f64().unwrap_or(f64::INFINITY)));
        }
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        x.type_name()
    )))
}

#[cfg(test)]
#[allow(clippy::approx_constant)]
mod tests {
    use super::*;

    #[test]
    fn divmod_signs() {
        assert_eq!(float_divmod(7.0, -2.0), (-4.0, -1.0));
        assert_eq!(float_divmod(-7.0, 2.0), (-4.0, 1.0));
        assert_eq!(float_divmod(7.5, 2.0), (3.0, 1.5));
        assert!(float_divmod(-0.0, 1.0).1 == 0.0);
    }

    #[test]
    fn rounding() {
        assert_eq!(round_half_even(0.5), 0.0);
        assert_eq!(round_half_even(1.5), 2.0);
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(-1.5), -2.0);
        assert_eq!(round_half_even(-0.5), -0.0);
        assert_eq!(round_float(2.675, 2), 2.67);
        assert_eq!(round_float(0.125, 2), 0.12);
        assert_eq!(round_float(0.375, 2), 0.38);
        assert_eq!(round_float(1234.5, -2), 1200.0);
        assert_eq!(round_float(3.14159, 0), 3.0);
    }

    #[test]
    fn parsing() {
        assert_eq!(parse_float(" 1e5 "), Some(1e5));
        assert_eq!(parse_float("-inf"), Some(f64::NEG_INFINITY));
        assert!(parse_float("nan").unwrap().is_nan());
        assert_eq!(parse_float("1_000.5"), Some(1000.5));
        assert_eq!(parse_float(".5"), Some(0.5));
        assert_eq!(parse_float("1."), Some(1.0));
        assert!(parse_float("abc").is_none());
        assert!(parse_float("1__0").is_none());
        assert!(parse_float("").is_none());
        assert!(parse_float("--1").is_none());
        assert!(parse_float("infinit").is_none());
    }
}
