//! CPython-compatible hashes for the builtin immutable types, computed without running
//! script code. Numbers that compare equal hash equal (`hash(1) == hash(1.0) == hash(True)`).

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use crate::object::Payload;
use crate::value::Value;

/// 2**61 - 1, CPython's modulus for numeric hashes.
const MODULUS: u64 = (1 << 61) - 1;
const HASH_INF: i64 = 314159;

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_i64(n: i64) -> i64 {
    let m = (n.unsigned_abs() % MODULUS) as i64;
    fix(if n < 0 { -m } else { m })
}

pub fn hash_bigint(n: &BigInt) -> i64 {
    if let Some(i) = n.to_i64() {
        return hash_i64(i);
    }
    let m = (n.magnitude() % BigInt::from(MODULUS).magnitude())
        .to_u64()
        .unwrap_or(0) as i64;
    fix(if n.sign() == Sign::Minus { -m } else { m })
}

/// `hash(float)`; NaN hashes by identity in CPython, so the caller passes the object's id.
pub fn hash_f64(v: f64, id_for_nan: u64) -> i64 {
    if v.is_nan() {
        return (id_for_nan >> 4) as i64;
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v == v.trunc() && v.abs() < 9.2e18 {
        return hash_i64(v as i64);
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while !m.is_zero() {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 60 - ((-1 - e) % 61) };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    fix(x as i64 * sign)
}

/// `frexp`: v == m * 2**e with 0.5 <= |m| < 1.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython's tuple hash (xxHash-based) over already computed item hashes.
pub fn hash_tuple_of(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// The hash of a value of a builtin immutable type, or None when computing it needs script
/// code (`__hash__`) or the value is unhashable / of another type.
pub fn hash_builtin(v: &Value) -> Option<i64> {
    hash_builtin_at(v, 0)
}

/// Nesting beyond which the fast paths give up (returning None) and leave deep tuples to the
/// recursion-counted slow path, so a tuple nested millions deep cannot overflow the stack.
const MAX_FAST_DEPTH: u32 = 64;

fn hash_builtin_at(v: &Value, depth: u32) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(hash_i64(i));
    }
    if v.is_none() {
        return Some(0xFCA86420 >> 4);
    }
    if v.is_bool() {
        return Some(v.is(&Value::TRUE) as i64);
    }
    let obj = v.as_obj()?;
    // Subclasses of builtin types may override __hash__: only exact builtin classes here.
    if !obj.class().as_type().is_some_and(|t| t.builtin) {
        return None;
    }
    match &obj.payload {
        Payload::Str(s) => Some(s.hash()),
        Payload::Int(b) => Some(hash_bigint(b)),
        Payload::Float(f) => Some(hash_f64(*f, v.raw())),
        Payload::Bytes(b) => Some(crate::object::hash_str_bytes(b)),
        Payload::Tuple(items) => {
            let mut hs = Vec::with_capacity(items.len());
            for it in items.iter() {
                if depth >= MAX_FAST_DEPTH {
                    return None;
                }
                hs.push(hash_builtin_at(it, depth + 1)?);
            }
            Some(hash_tuple_of(hs.into_iter()))
        }
        _ => None,
    }
}

/// Equality of two values when it can be decided without script code: identity, and the
/// builtin types (numbers across int/float/bool, str, bytes, tuples of such). None means
/// "ask `__eq__`".
pub fn eq_builtin(a: &Value, b: &Value) -> Option<bool> {
    eq_builtin_at(a, b, 0)
}

fn eq_builtin_at(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    if a.is(b) {
        // Identity implies equality for dict/set lookups (CPython does the same), even NaN.
        return Some(true);
    }
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(x == y);
    }
    let exact = |v: &Value| v.class().as_type().is_some_and(|t| t.builtin);
    if !exact(a) || !exact(b) {
        return None;
    }
    if let (Some(x), Some(y)) = (number(a), number(b)) {
        return Some(x.eq(&y));
    }
    match (a.payload(), b.payload()) {
        (Some(Payload::Str(x)), Some(Payload::Str(y))) => Some(x.as_str() == y.as_str()),
        (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => Some(x == y),
        (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if depth >= MAX_FAST_DEPTH {
                    return None;
                }
                if !eq_builtin_at(p, q, depth + 1)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        // Containers with mutable contents and everything else go through `__eq__`;
        // different builtin scalar types are simply unequal.
        (
            Some(Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_)),
            _,
        )
        | (
            _,
            Some(Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_)),
        ) => None,
        _ => {
            let scalar = |v: &Value| {
                v.is_none()
                    || number(v).is_some()
                    || matches!(
                        v.payload(),
                        Some(Payload::Str(_) | Payload::Bytes(_) | Payload::Tuple(_))
                    )
            };
            if scalar(a) && scalar(b) {
                Some(false)
            } else {
                None
            }
        }
    }
}

/// A number for cross-type comparison.
#[derive(Debug)]
pub enum Num {
    Int(BigInt),
    Float(f64),
}

impl Num {
    fn eq(&self, other: &Num) -> bool {
        match (self, other) {
            (Num::Int(a), Num::Int(b)) => a == b,
            (Num::Float(a), Num::Float(b)) => a == b,
            (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => {
                f.is_finite() && *f == f.trunc() && num_bigint_from_f64(*f).is_some_and(|g| &g == i)
            }
        }
    }
}

fn num_bigint_from_f64(f: f64) -> Option<BigInt> {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f)
}

/// int, bool or float as a number.
pub fn number(v: &Value) -> Option<Num> {
    if let Some(i) = v.as_small_int() {
        return Some(Num::Int(BigInt::from(i)));
    }
    if v.is_bool() {
        return Some(Num::Int(BigInt::from(v.is(&Value::TRUE) as i64)));
    }
    match v.payload()? {
        Payload::Int(b) => Some(Num::Int(b.clone())),
        Payload::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}
