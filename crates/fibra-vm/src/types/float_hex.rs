//! `float.hex()` and `float.fromhex()`: exact hexadecimal float strings (C99 `%a` style),
//! with CPython's format and its round-half-even parsing, subnormals included.

use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

use super::common::{margs, recv};
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::ops;
use crate::types::types;
use crate::value::Value;

/// CPython's `float.hex` text for `x`: `[-]0x1.<13 hex digits>p<exp>` for normal numbers,
/// `0x0.<digits>p-1022` for subnormals.
pub(crate) fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let frac = bits & ((1u64 << 52) - 1);
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

fn invalid() -> crate::error::Exc {
    value_error("invalid hexadecimal floating-point string")
}

fn too_large() -> crate::error::Exc {
    overflow_error("hexadecimal value too large to represent as a float")
}

/// Parses CPython's `float.fromhex` syntax: optional sign, then `inf`/`infinity`/`nan`, or
/// an optional `0x` prefix, hex digits with an optional point, an optional binary exponent
/// `p[+-]digits`; whitespace around it.
pub(crate) fn float_from_hex(text: &str) -> PyResult<f64> {
    let s = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |x: f64| if neg { -x } else { x };
    let lower = s.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp_text) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let hex = |p: &str| p.bytes().all(|c| c.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !hex(int_part) || !hex(frac_part) {
        return Err(invalid());
    }
    // The binary exponent, saturated far beyond any float (the digits cannot be that long).
    let mut exp: i64 = match exp_text {
        None => 0,
        Some(e) => {
            let (eneg, digits) = match e.as_bytes().first() {
                Some(b'-') => (true, &e[1..]),
                Some(b'+') => (false, &e[1..]),
                _ => (false, e),
            };
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(invalid());
            }
            let mag = digits
                .bytes()
                .try_fold(0i64, |acc, d| {
                    acc.checked_mul(10)?.checked_add((d - b'0') as i64)
                })
                .unwrap_or(i64::MAX)
                .min(1 << 50);
            if eneg {
                -mag
            } else {
                mag
            }
        }
    };
    let digits: String = [int_part, frac_part].concat();
    let m = BigUint::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    if m.is_zero() {
        return Ok(signed(0.0));
    }
    exp -= 4 * frac_part.len() as i64;
    let top = m.bits() as i64 - 1 + exp;
    if top > 1023 {
        return Err(too_large());
    }
    // Keep the bits a float can hold: 53 of them, none below 2^-1074.
    let low = (top - 52).max(-1074);
    let shift = low - exp;
    let (mut kept, e) = if shift > 0 {
        let sh = shift as u64;
        let kept: BigUint = &m >> sh;
        let rest = &m - (&kept << sh);
        let half = BigUint::from(1u8) << (sh - 1);
        let up = rest > half || (rest == half && kept.bit(0));
        (kept + u8::from(up), low)
    } else {
        (m << (-shift) as u64, low)
    };
    if kept.bits() > 53 {
        // Rounding carried into a new bit: still exact with one bit fewer.
        kept >>= 1u8;
        return finish(kept, e + 1, neg);
    }
    finish(kept, e, neg)
}

/// `m * 2^e` (exactly representable by construction), signed.
fn finish(m: BigUint, e: i64, neg: bool) -> PyResult<f64> {
    let mf = m.to_f64().unwrap_or(f64::INFINITY);
    if m.bits() as i64 - 1 + e > 1023 {
        return Err(too_large());
    }
    let x = if e >= -1022 {
        // 2^e may not be representable when e > 1023: scale in two exact steps.
        let half = e / 2;
        mf * 2f64.powi(half as i32) * 2f64.powi((e - half) as i32)
    } else {
        // m * 2^(e + 1074) is an integer below 2^53; times 2^-1074 it is exact.
        (mf * 2f64.powi((e + 1074) as i32)) * f64::from_bits(1)
    };
    Ok(if neg { -x } else { x })
}

pub(super) fn f_hex(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "hex", 0, 0)?;
    let x = recv(args).as_float().unwrap_or(0.0);
    Ok(Value::string(float_to_hex(x)))
}

/// `float.fromhex(string)` (a class method: a subclass is called with the float).
pub(super) fn f_fromhex(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "fromhex", 1, 1)?;
    let s = a[0]
        .as_str()
        .ok_or_else(|| type_error("bad argument type for built-in operation"))?;
    let x = Value::float(float_from_hex(s)?);
    let cls = recv(args);
    if cls.is(&types().float) {
        return Ok(x);
    }
    ops::call(cx, cls, &[x])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for x in [
            0.1,
            -2.5,
            1e300,
            5e-324,
            2.2250738585072014e-308,
            f64::MAX,
            3.0,
        ] {
            assert_eq!(float_from_hex(&float_to_hex(x)).ok(), Some(x));
        }
        assert_eq!(float_to_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_from_hex("0x1p-1075").ok(), Some(0.0));
        assert_eq!(float_from_hex("0x1.8p-1074").ok(), Some(1e-323));
        assert!(float_from_hex("0x1.fffffffffffff8p1023").is_err());
    }
}
