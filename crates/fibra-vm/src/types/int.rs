//! `int` and `bool`: arithmetic on inline small ints with a BigInt fallback, comparisons,
//! conversions, formatting, parsing (`int(str, base)`) and the int methods.

use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use super::common::{binary_dunders, margs, other, recv};
use super::format::format_int;
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{
    memory_error, overflow_error, type_error, value_error, zero_division_error, PyResult,
};
use crate::object::hash::{hash_bigint, hash_i64};
use crate::object::Payload;
use crate::ops;
use crate::types::{add_methods, set_ctor, types};
use crate::value::Value;

/// Results larger than this many bits raise MemoryError instead of being attempted.
const MAX_BITS: u64 = 1 << 28;

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.int, int_new);
    add_methods(
        &t.int,
        "int",
        &[
            ("__add__", int_add),
            ("__radd__", int_radd),
            ("__sub__", int_sub),
            ("__rsub__", int_rsub),
            ("__mul__", int_mul),
            ("__rmul__", int_rmul),
            ("__truediv__", int_truediv),
            ("__rtruediv__", int_rtruediv),
            ("__floordiv__", int_floordiv),
            ("__rfloordiv__", int_rfloordiv),
            ("__mod__", int_mod),
            ("__rmod__", int_rmod),
            ("__divmod__", int_divmod),
            ("__rdivmod__", int_rdivmod),
            ("__pow__", int_pow),
            ("__rpow__", int_rpow),
            ("__lshift__", int_lshift),
            ("__rlshift__", int_rlshift),
            ("__rshift__", int_rshift),
            ("__rrshift__", int_rrshift),
            ("__and__", int_and),
            ("__rand__", int_rand),
            ("__or__", int_or),
            ("__ror__", int_ror),
            ("__xor__", int_xor),
            ("__rxor__", int_rxor),
            ("__neg__", int_neg),
            ("__pos__", int_int),
            ("__abs__", int_abs),
            ("__invert__", int_invert),
            ("__eq__", int_eq),
            ("__ne__", int_ne),
            ("__lt__", int_lt),
            ("__le__", int_le),
            ("__gt__", int_gt),
            ("__ge__", int_ge),
            ("__hash__", int_hash),
            ("__bool__", int_bool),
            ("__index__", int_int),
            ("__int__", int_int),
            ("__trunc__", int_int),
            ("__floor__", int_int),
            ("__ceil__", int_int),
            ("__float__", int_float),
            ("__repr__", int_repr),
            ("__str__", int_repr),
            ("__format__", int_format),
            ("__round__", int_round),
            ("__getnewargs__", int_getnewargs),
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("to_bytes", int_to_bytes),
            ("conjugate", int_int),
            ("as_integer_ratio", int_as_integer_ratio),
        ],
    );
    t.int.set_attr_str(
        "from_bytes",
        Value::new_obj(
            types().classmethod.clone(),
            Payload::ClassMethod(Value::native_method("int", "from_bytes", int_from_bytes)),
        ),
    );
    t.int
        .set_attr_str("real", super::slice::property("int", "real", int_int));
    t.int.set_attr_str(
        "numerator",
        super::slice::property("int", "numerator", int_int),
    );
    t.int.set_attr_str(
        "imag",
        super::slice::property("int", "imag", |_, _| Ok(Value::int(0))),
    );
    t.int.set_attr_str(
        "denominator",
        super::slice::property("int", "denominator", |_, _| Ok(Value::int(1))),
    );

    set_ctor(&t.bool, bool_new);
    add_methods(
        &t.bool,
        "bool",
        &[
            ("__repr__", bool_repr),
            ("__str__", bool_repr),
            ("__and__", bool_and),
            ("__rand__", bool_and),
            ("__or__", bool_or),
            ("__ror__", bool_or),
            ("__xor__", bool_xor),
            ("__rxor__", bool_xor),
        ],
    );
}

/// Is `v` an int (including bool and int subclasses)?
#[inline]
pub(crate) fn is_int(v: &Value) -> bool {
    v.is_small_int() || v.is_bool() || matches!(v.payload(), Some(Payload::Int(_)))
}

/// The int value of `v` as a BigInt (ints, bools, int subclasses).
#[inline]
pub(crate) fn big(v: &Value) -> BigInt {
    v.as_bigint().unwrap_or_default()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Add,
    Sub,
    Mul,
    FloorDiv,
    Mod,
    DivMod,
    TrueDiv,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

const DIV_ZERO: &str = "integer division or modulo by zero";

/// `a op b` for two ints.
fn int_op(a: &Value, b: &Value, op: Op) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
        if let Some(r) = small_op(x, y, op)? {
            return Ok(r);
        }
    }
    big_op(&big(a), &big(b), op)
}

fn small_op(x: i64, y: i64, op: Op) -> PyResult<Option<Value>> {
    Ok(match op {
        Op::Add => x.checked_add(y).map(Value::int),
        Op::Sub => x.checked_sub(y).map(Value::int),
        Op::Mul => x.checked_mul(y).map(Value::int),
        Op::FloorDiv => {
            if y == 0 {
                return Err(zero_division_error(DIV_ZERO));
            }
            if x == i64::MIN && y == -1 {
                None
            } else {
                Some(Value::int(Integer::div_floor(&x, &y)))
            }
        }
        Op::Mod => {
            if y == 0 {
                return Err(zero_division_error("integer modulo by zero"));
            }
            if y == -1 {
                Some(Value::int(0))
            } else {
                Some(Value::int(Integer::mod_floor(&x, &y)))
            }
        }
        Op::DivMod => {
            if y == 0 {
                return Err(zero_division_error(DIV_ZERO));
            }
            if x == i64::MIN && y == -1 {
                None
            } else {
                let (q, r) = Integer::div_mod_floor(&x, &y);
                Some(Value::tuple(vec![Value::int(q), Value::int(r)]))
            }
        }
        Op::TrueDiv => {
            if y == 0 {
                return Err(zero_division_error("division by zero"));
            }
            const EXACT: u64 = 1 << 53;
            if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
                Some(Value::float(x as f64 / y as f64))
            } else {
                None
            }
        }
        Op::Pow => {
            if y < 0 {
                if x == 0 {
                    return Err(zero_division_error(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                Some(Value::float((x as f64).powf(y as f64)))
            } else {
                u32::try_from(y)
                    .ok()
                    .and_then(|e| x.checked_pow(e))
                    .map(Value::int)
            }
        }
        Op::LShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            if x == 0 {
                Some(Value::int(0))
            } else if y < 63 && (x << y) >> y == x {
                Some(Value::int(x << y))
            } else {
                None
            }
        }
        Op::RShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            Some(Value::int(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }))
        }
        Op::And => Some(Value::int(x & y)),
        Op::Or => Some(Value::int(x | y)),
        Op::Xor => Some(Value::int(x ^ y)),
    })
}

fn check_bits(bits: u64) -> PyResult<()> {
    if bits > MAX_BITS {
        Err(memory_error())
    } else {
        Ok(())
    }
}

fn big_op(x: &BigInt, y: &BigInt, op: Op) -> PyResult<Value> {
    Ok(match op {
        Op::Add => Value::bigint(x + y),
        Op::Sub => Value::bigint(x - y),
        Op::Mul => {
            check_bits(x.bits() + y.bits())?;
            Value::bigint(x * y)
        }
        Op::FloorDiv => {
            if y.is_zero() {
                return Err(zero_division_error(DIV_ZERO));
            }
            Value::bigint(x.div_floor(y))
        }
        Op::Mod => {
            if y.is_zero() {
                return Err(zero_division_error("integer modulo by zero"));
            }
            Value::bigint(x.mod_floor(y))
        }
        Op::DivMod => {
            if y.is_zero() {
                return Err(zero_division_error(DIV_ZERO));
            }
            let (q, r) = x.div_mod_floor(y);
            Value::tuple(vec![Value::bigint(q), Value::bigint(r)])
        }
        Op::TrueDiv => {
            if y.is_zero() {
                return Err(zero_division_error("division by zero"));
            }
            Value::float(big_truediv(x, y)?)
        }
        Op::Pow => {
            if y.sign() == Sign::Minus {
                if x.is_zero() {
                    return Err(zero_division_error(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                let xf = to_f64(x)?;
                let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                return Ok(Value::float(xf.powf(yf)));
            }
            if x.is_zero() || x.is_one() {
                return Ok(Value::bigint(x.clone()));
            }
            if *x == BigInt::from(-1) {
                return Ok(Value::int(if y.is_even() { 1 } else { -1 }));
            }
            let e = y.to_u64().ok_or_else(memory_error)?;
            check_bits(x.bits().saturating_mul(e))?;
            Value::bigint(Pow::pow(x, e))
        }
        Op::LShift => {
            if y.sign() == Sign::Minus {
                return Err(value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Value::int(0));
            }
            let n = y
                .to_u64()
                .ok_or_else(|| overflow_error("too many digits in integer"))?;
            check_bits(x.bits().saturating_add(n))?;
            Value::bigint(x << n)
        }
        Op::RShift => {
            if y.sign() == Sign::Minus {
                return Err(value_error("negative shift count"));
            }
            match y.to_u64() {
                Some(n) if n < x.bits() + 1 => Value::bigint(x >> n),
                _ => Value::int(if x.sign() == Sign::Minus { -1 } else { 0 }),
            }
        }
        Op::And => Value::bigint(x & y),
        Op::Or => Value::bigint(x | y),
        Op::Xor => Value::bigint(x ^ y),
    })
}

/// An int as f64, OverflowError when out of range.
pub(crate) fn to_f64(x: &BigInt) -> PyResult<f64> {
    x.to_f64()
        .filter(|f| f.is_finite())
        .ok_or_else(|| overflow_error("int too large to convert to float"))
}

/// `x / y` for big ints, rounded well (exact quotient scaled to 64+ significant bits).
fn big_truediv(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64()) {
        if a.abs() < 9007199254740992.0 && b.abs() < 9007199254740992.0 {
            return Ok(a / b);
        }
    }
    let neg = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    let (xa, ya) = (x.abs(), y.abs());
    // Scale so the integer quotient has ~66 significant bits.
    let shift: i64 = 66 - (xa.bits() as i64 - ya.bits() as i64);
    let q = if shift >= 0 {
        (xa << shift as u64) / &ya
    } else {
        xa / (ya << (-shift) as u64)
    };
    let mut f = q.to_f64().unwrap_or(f64::INFINITY);
    // Multiply by 2**-shift in steps to avoid intermediate overflow/underflow.
    let mut s = -shift;
    while s > 0 {
        let k = s.min(1000);
        f *= 2f64.powi(k as i32);
        s -= k;
    }
    while s < 0 {
        let k = (-s).min(1000);
        f /= 2f64.powi(k as i32);
        s += k;
    }
    if f.is_infinite() {
        return Err(overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if neg { -f } else { f })
}

fn binary(args: &Args, op: Op, reflected: bool) -> PyResult<Value> {
    let (a, b) = (recv(args), other(args));
    if !is_int(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if reflected {
        int_op(b, a, op)
    } else {
        int_op(a, b, op)
    }
}

binary_dunders! {
    int_add, int_radd, Op::Add;
    int_sub, int_rsub, Op::Sub;
    int_mul, int_rmul, Op::Mul;
    int_truediv, int_rtruediv, Op::TrueDiv;
    int_floordiv, int_rfloordiv, Op::FloorDiv;
    int_mod, int_rmod, Op::Mod;
    int_divmod, int_rdivmod, Op::DivMod;
    int_lshift, int_rlshift, Op::LShift;
    int_rshift, int_rrshift, Op::RShift;
    int_and, int_rand, Op::And;
    int_or, int_ror, Op::Or;
    int_xor, int_rxor, Op::Xor;
}

/// `__pow__(other[, mod])`.
fn int_pow(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let m = args.pos().get(2).filter(|m| !m.is_none());
    let Some(m) = m else {
        return binary(args, Op::Pow, false);
    };
    let (a, b) = (recv(args), other(args));
    if !is_int(b) || !is_int(m) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let _ = cx;
    let (x, e, m) = (big(a), big(b), big(m));
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let ma = m.abs();
    let mut base = x.mod_floor(&ma);
    let mut e = e;
    if e.sign() == Sign::Minus {
        base = mod_inverse(&base, &ma)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let mut r = if ma.is_one() {
        BigInt::zero()
    } else {
        base.modpow(&e, &ma)
    };
    if m.sign() == Sign::Minus && !r.is_zero() {
        r += &m;
    }
    Ok(Value::bigint(r))
}

fn int_rpow(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    binary(args, Op::Pow, true)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

fn int_neg(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = recv(args);
    if let Some(i) = a.as_int() {
        if let Some(n) = i.checked_neg() {
            return Ok(Value::int(n));
        }
    }
    Ok(Value::bigint(-big(a)))
}

/// The exact int value of self (`__pos__`, `__int__`, `__index__`, `real`, ...).
fn int_int(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = recv(args);
    if a.is_small_int() {
        return Ok(a.clone());
    }
    if let Some(i) = a.as_int() {
        return Ok(Value::int(i));
    }
    Ok(Value::bigint(big(a)))
}

fn int_abs(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = recv(args);
    if let Some(i) = a.as_int() {
        if let Some(n) = i.checked_abs() {
            return Ok(Value::int(n));
        }
    }
    Ok(Value::bigint(big(a).abs()))
}

fn int_invert(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = recv(args);
    if let Some(i) = a.as_int() {
        return Ok(Value::int(!i));
    }
    Ok(Value::bigint(-(big(a) + BigInt::one())))
}

/// Compares two ints.
fn int_cmp(a: &Value, b: &Value) -> Ordering {
    match (a.as_int(), b.as_int()) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => big(a).cmp(&big(b)),
    }
}

/// Exact comparison of an int with a float (None when the float is NaN).
pub(crate) fn cmp_int_float(x: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    // Fast path: both exactly representable.
    if let Some(i) = x.to_i64() {
        if i.unsigned_abs() < (1u64 << 53) {
            return (i as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    let fi = num_traits::FromPrimitive::from_f64(fl).unwrap_or_default();
    match x.cmp(&fi) {
        Ordering::Equal if fl != f => Some(Ordering::Less),
        o => Some(o),
    }
}

macro_rules! cmps {
    ($($name:ident, $test:expr;)*) => {$(
        fn $name(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
            let (a, b) = (recv(args), other(args));
            if !is_int(b) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            let t: fn(Ordering) -> bool = $test;
            Ok(Value::bool(t(int_cmp(a, b))))
        }
    )*};
}

cmps! {
    int_eq, |o| o == Ordering::Equal;
    int_ne, |o| o != Ordering::Equal;
    int_lt, |o| o == Ordering::Less;
    int_le, |o| o != Ordering::Greater;
    int_gt, |o| o == Ordering::Greater;
    int_ge, |o| o != Ordering::Less;
}

fn int_hash(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = recv(args);
    Ok(Value::int(match a.as_int() {
        Some(i) => hash_i64(i),
        None => hash_bigint(&big(a)),
    }))
}

fn int_bool(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = recv(args);
    Ok(Value::bool(match a.as_int() {
        Some(i) => i != 0,
        None => !big(a).is_zero(),
    }))
}

fn int_float(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = recv(args);
    Ok(Value::float(match a.as_int() {
        Some(i) => i as f64,
        None => to_f64(&big(a))?,
    }))
}

/// `repr(int)`.
pub(crate) fn int_to_string(a: &Value) -> String {
    match a.as_int() {
        Some(i) => i.to_string(),
        None => big(a).to_string(),
    }
}

fn int_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::string(int_to_string(recv(args))))
}

fn int_format(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "__format__", 1, 1)?;
    let spec = a[0]
        .as_str()
        .ok_or_else(|| type_error("format() argument 2 must be str"))?;
    let me = recv(args);
    if spec.is_empty() {
        return ops::str_value(cx, me);
    }
    Ok(Value::string(format_int(&big(me), spec, me.type_name())?))
}

fn int_round(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "__round__", 0, 1)?;
    let me = recv(args);
    let nd = match a.first() {
        None => return Ok(Value::bigint(big(me))),
        Some(v) if v.is_none() => return Ok(Value::bigint(big(me))),
        Some(v) => v,
    };
    let n = super::common::index_arg(cx, nd)?;
    if n >= 0 {
        return Ok(Value::bigint(big(me)));
    }
    let Some(k) = u32::try_from(n.unsigned_abs())
        .ok()
        .filter(|&k| k < 100_000)
    else {
        return Ok(Value::int(0));
    };
    let x = big(me);
    let p: BigInt = Pow::pow(BigInt::from(10), k);
    let (q, r) = x.div_mod_floor(&p);
    let twice: BigInt = &r * BigInt::from(2);
    let q = match twice.cmp(&p) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    Ok(Value::bigint(q * p))
}

fn int_getnewargs(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::bigint(big(recv(args)))]))
}

fn int_bit_length(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "bit_length", 0, 0)?;
    Ok(Value::int(big(recv(args)).bits() as i64))
}

fn int_bit_count(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "bit_count", 0, 0)?;
    let b = big(recv(args)).abs();
    let n: u64 = b
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::int(n as i64))
}

fn int_as_integer_ratio(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::tuple(vec![
        Value::bigint(big(recv(args))),
        Value::int(1),
    ]))
}

fn byteorder(v: Option<&Value>) -> PyResult<bool> {
    match v.map(|v| v.as_str()) {
        None => Ok(true),
        Some(Some("big")) => Ok(true),
        Some(Some("little")) => Ok(false),
        Some(Some(_)) => Err(value_error("byteorder must be either 'little' or 'big'")),
        Some(None) => Err(type_error("to_bytes() argument 'byteorder' must be str")),
    }
}

fn int_to_bytes(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("to_bytes", &["length", "byteorder", "signed"])?;
    let pos = &args.pos()[1..];
    let length = match pos.first().or(args.kwarg("length")) {
        Some(v) => ops::index(cx, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let big_endian = byteorder(pos.get(1).or(args.kwarg("byteorder")))?;
    let signed = match args.kwarg("signed") {
        Some(v) => ops::truthy(cx, v)?,
        None => false,
    };
    let x = big(recv(args));
    if !signed && x.sign() == Sign::Minus {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        x.to_signed_bytes_le()
    } else {
        x.to_bytes_le().1
    };
    if x.is_zero() {
        bytes.clear();
    }
    let len = usize::try_from(length).map_err(|_| memory_error())?;
    if bytes.len() > len {
        // `to_signed_bytes_le` may include a redundant sign byte only when needed.
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if signed && x.sign() == Sign::Minus {
        0xff
    } else {
        0
    };
    // The length is script-controlled: `(1).to_bytes(2**40)` must raise MemoryError.
    if len > isize::MAX as usize {
        return Err(memory_error());
    }
    bytes
        .try_reserve_exact(len - bytes.len())
        .map_err(|_| memory_error())?;
    bytes.resize(len, fill);
    if big_endian {
        bytes.reverse();
    }
    Ok(Value::bytes(bytes))
}

fn int_from_bytes(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("from_bytes", &["bytes", "byteorder", "signed"])?;
    let pos = &args.pos()[1..];
    let cls = recv(args);
    let data = pos
        .first()
        .or(args.kwarg("bytes"))
        .ok_or_else(|| type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let mut bytes: Vec<u8> = match super::bytes_methods::buffer_of(data) {
        Some(b) => b.into_owned(),
        None if data.as_str().is_some() || is_int(data) => {
            return Err(type_error(format!(
                "cannot convert '{}' object to bytes",
                data.type_name()
            )))
        }
        None => {
            let items = ops::to_vec(cx, data)?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                let i = ops::index(cx, it)?;
                out.push(
                    u8::try_from(i).map_err(|_| value_error("bytes must be in range(0, 256)"))?,
                );
            }
            out
        }
    };
    let big_endian = byteorder(pos.get(1).or(args.kwarg("byteorder")))?;
    let signed = match args.kwarg("signed") {
        Some(v) => ops::truthy(cx, v)?,
        None => false,
    };
    if big_endian {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    if cls.is(&types().int) || !cls.is_type() {
        Ok(Value::bigint(v))
    } else {
        ops::call(cx, cls, &[Value::bigint(v)])
    }
}

// ---- construction and parsing ---------------------------------------------------------

/// Parses an int literal as `int(s, base)` does; None if invalid.
pub(crate) fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = |i: usize| t.as_bytes().get(i).map(|b| b.to_ascii_lowercase());
    let mut base = base;
    let mut digits = t;
    let prefixed = t.len() >= 2 && t.as_bytes()[0] == b'0';
    let pfx = if prefixed { lower(1) } else { None };
    match (base, pfx) {
        (0 | 16, Some(b'x')) => {
            base = 16;
            digits = &t[2..];
        }
        (0 | 8, Some(b'o')) => {
            base = 8;
            digits = &t[2..];
        }
        (0 | 2, Some(b'b')) => {
            base = 2;
            digits = &t[2..];
        }
        (0, _) => {
            base = 10;
            // Base 0 forbids leading zeros in non-zero decimal literals.
            if t.len() > 1 && t.starts_with('0') && t.bytes().any(|b| b != b'0' && b != b'_') {
                return None;
            }
        }
        _ => {}
    }
    // After a prefix, one underscore may precede the first digit.
    let digits = if digits.len() < t.len() {
        digits.strip_prefix('_').unwrap_or(digits)
    } else {
        digits
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: Vec<u8> = digits.bytes().filter(|&b| b != b'_').collect();
    if !clean.iter().all(|&b| (b as char).is_digit(base)) {
        return None;
    }
    let v = BigInt::parse_bytes(&clean, base)?;
    Some(if neg { -v } else { v })
}

fn make_int(cls: &Value, v: BigInt) -> Value {
    if cls.is(&types().int) {
        Value::bigint(v)
    } else {
        Value::new_obj(cls.clone(), Payload::Int(v))
    }
}

/// `int(x)` for a float: truncation, with CPython's errors for inf and nan.
pub(crate) fn int_from_f64(f: f64) -> PyResult<BigInt> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    Ok(num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default())
}

fn int_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("int", &["base"])?;
    let pos = args.pos();
    let cls = pos.first().cloned().unwrap_or_else(|| types().int.clone());
    let pos = &pos[1.min(pos.len())..];
    if pos.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let base_v = pos.get(1).or(args.kwarg("base"));
    let Some(x) = pos.first() else {
        if base_v.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(make_int(&cls, BigInt::zero()));
    };
    if let Some(bv) = base_v {
        let b = ops::index(cx, bv)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match x.payload() {
            Some(Payload::Str(s)) => {
                super::str_methods::decimal_and_space_to_ascii(s.as_str()).into_owned()
            }
            Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
            Some(Payload::Native(_)) if super::bytearray::is_bytearray(x) => {
                let data = super::bytearray::bytes_like(x).unwrap_or_default();
                let text = Value::bytes(data.into_owned());
                return int_new(cx, &Args::positional_only(&[cls.clone(), text, bv.clone()]));
            }
            _ => {
                return Err(type_error(
                    "int() can't convert non-string with explicit base",
                ))
            }
        };
        return match parse_int(&text, b as u32) {
            Some(v) => Ok(make_int(&cls, v)),
            None => Err(invalid_literal(x, b)),
        };
    }
    if is_int(x) {
        return Ok(make_int(&cls, big(x)));
    }
    match x.payload() {
        Some(Payload::Float(f)) => return Ok(make_int(&cls, int_from_f64(*f)?)),
        Some(Payload::Str(s)) => {
            let text = super::str_methods::decimal_and_space_to_ascii(s.as_str());
            return match parse_int(&text, 10) {
                Some(v) => Ok(make_int(&cls, v)),
                None => Err(invalid_literal(x, 10)),
            };
        }
        Some(Payload::Bytes(b)) => {
            return match std::str::from_utf8(b).ok().and_then(|s| parse_int(s, 10)) {
                Some(v) => Ok(make_int(&cls, v)),
                None => Err(invalid_literal(x, 10)),
            }
        }
        // bytearray and memoryview parse like bytes (CPython's buffer protocol).
        Some(Payload::Native(_)) => {
            if let Some(b) = super::bytearray::bytes_like(x) {
                let text = Value::bytes(b.into_owned());
                return int_new(cx, &Args::positional_only(&[cls.clone(), text]));
            }
        }
        _ => {}
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = ops::call_special(cx, x, name, &[])? {
            if is_int(&r) {
                return Ok(make_int(&cls, big(&r)));
            }
            if name == "__trunc__" {
                return int_new(cx, &Args::positional_only(&[cls, r]));
            }
            return Err(type_error(format!(
                "{name} returned non-int (type {})",
                r.type_name()
            )));
        }
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.type_name()
    )))
}

fn invalid_literal(x: &Value, base: i64) -> crate::error::Exc {
    let r = match x.payload() {
        Some(Payload::Str(s)) => super::str::repr_str(s.as_str()),
        Some(Payload::Bytes(b)) => super::bytes::repr_bytes(b),
        _ => String::new(),
    };
    value_error(format!("invalid literal for int() with base {base}: {r}"))
}

// ---- bool -----------------------------------------------------------------------------

fn bool_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("bool", 1, 2).map_err(|_| {
        type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.pos().len().saturating_sub(1)
        ))
    })?;
    match a.get(1) {
        None => Ok(Value::FALSE),
        Some(v) => Ok(Value::bool(ops::truthy(cx, v)?)),
    }
}

fn bool_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = recv(args);
    Ok(Value::str(if a.is(&Value::TRUE) {
        "True"
    } else if a.is_bool() {
        "False"
    } else {
        return Ok(Value::string(int_to_string(a)));
    }))
}

fn bool_bitop(args: &Args, op: Op) -> PyResult<Value> {
    let (a, b) = (recv(args), other(args));
    if a.is_bool() && b.is_bool() {
        let (x, y) = (a.is(&Value::TRUE), b.is(&Value::TRUE));
        return Ok(Value::bool(match op {
            Op::And => x & y,
            Op::Or => x | y,
            _ => x ^ y,
        }));
    }
    binary(args, op, false)
}

fn bool_and(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    bool_bitop(args, Op::And)
}
fn bool_or(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    bool_bitop(args, Op::Or)
}
fn bool_xor(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    bool_bitop(args, Op::Xor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsing() {
        let p = |s: &str, b: u32| parse_int(s, b).map(|v| v.to_string());
        assert_eq!(p("42", 10).as_deref(), Some("42"));
        assert_eq!(p("  -17 ", 10).as_deref(), Some("-17"));
        assert_eq!(p("0x1f", 16).as_deref(), Some("31"));
        assert_eq!(p("0x1f", 0).as_deref(), Some("31"));
        assert_eq!(p("0o17", 0).as_deref(), Some("15"));
        assert_eq!(p("0b_101", 0).as_deref(), Some("5"));
        assert_eq!(p("1_000", 10).as_deref(), Some("1000"));
        assert_eq!(p("z", 36).as_deref(), Some("35"));
        assert_eq!(p("0", 0).as_deref(), Some("0"));
        assert_eq!(p("00", 0).as_deref(), Some("0"));
        assert!(p("010", 0).is_none());
        assert!(p("12a", 10).is_none());
        assert!(p("", 10).is_none());
        assert!(p("9", 8).is_none());
        assert!(p("1__0", 10).is_none());
        assert!(p("_1", 10).is_none());
    }

    #[test]
    fn arithmetic() {
        crate::types::init();
        let i = Value::int;
        let s = |v: PyResult<Value>| format!("{:?}", v.unwrap());
        assert_eq!(s(int_op(&i(-7), &i(2), Op::FloorDiv)), "-4");
        assert_eq!(s(int_op(&i(-7), &i(2), Op::Mod)), "1");
        assert_eq!(s(int_op(&i(7), &i(-2), Op::Mod)), "-1");
        assert_eq!(s(int_op(&i(2), &i(-1), Op::Pow)), "0.5");
        assert_eq!(
            s(int_op(&i(1), &i(100), Op::LShift)),
            "1267650600228229401496703205376"
        );
        assert_eq!(s(int_op(&i(-1), &i(100), Op::RShift)), "-1");
        let m = i(9223372036854775807 >> 1);
        assert_eq!(
            s(int_op(&m, &m, Op::Mul)),
            "21267647932558653957237540927630737409"
        );
        let big = int_op(&i(2), &i(100), Op::Pow).unwrap();
        assert_eq!(
            s(int_op(&big, &i(3), Op::FloorDiv)),
            "422550200076076467165567735125"
        );
        assert_eq!(s(int_op(&big, &i(-3), Op::Mod)), "-2");
        assert_eq!(s(int_op(&big, &big, Op::TrueDiv)), "1.0");
        assert_eq!(
            s(int_op(
                &(-big.clone().as_bigint().unwrap()).into_val(),
                &i(1),
                Op::And
            )),
            "0"
        );
        assert!(int_op(&i(1), &i(0), Op::FloorDiv).is_err());
        assert!(int_op(&i(1), &i(-1), Op::LShift).is_err());
        assert!(int_op(&i(2), &i(1 << 40), Op::Pow).is_err());
    }

    trait IntoVal {
        fn into_val(self) -> Value;
    }
    impl IntoVal for BigInt {
        fn into_val(self) -> Value {
            Value::bigint(self)
        }
    }

    #[test]
    fn int_float_cmp() {
        assert_eq!(cmp_int_float(&BigInt::from(1), 1.5), Some(Ordering::Less));
        assert_eq!(
            cmp_int_float(&BigInt::from(2), 1.5),
            Some(Ordering::Greater)
        );
        assert_eq!(
            cmp_int_float(&(BigInt::from(1) << 60u32), 2f64.powi(60)),
            Some(Ordering::Equal)
        );
        assert_eq!(
            cmp_int_float(&((BigInt::from(1) << 60u32) + 1), 2f64.powi(60)),
            Some(Ordering::Greater)
        );
        assert_eq!(cmp_int_float(&BigInt::from(1), f64::NAN), None);
    }
}
