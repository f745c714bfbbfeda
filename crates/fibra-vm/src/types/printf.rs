//! `str % args` and `bytes % args`: printf-style formatting with flags, width, precision,
//! `*`, and `%(name)s` mapping keys.
//!
//! Bytes formatting runs the same engine over the format decoded as latin-1 (one char per
//! byte); its conversions only produce chars below U+0100, so the result encodes back to
//! the exact bytes.

use num_bigint::Sign;
use num_traits::Signed;

use super::format::float_body;
use super::int::{big, is_int};
use crate::ctx::Ctx;
use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::object::Payload;
use crate::ops;
use crate::value::Value;

struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

/// `fmt % arg`.
pub(crate) fn printf(cx: &mut Ctx, fmt: &str, arg: &Value) -> PyResult<String> {
    printf_impl(cx, fmt, arg, false)
}

/// `bytes % arg` (also bytearray): `%s`/`%b` take bytes-like objects (or `__bytes__`),
/// `%r`/`%a` give `ascii()`, `%c` takes an int in range(256) or a single byte.
pub(crate) fn printf_bytes(cx: &mut Ctx, fmt: &[u8], arg: &Value) -> PyResult<Vec<u8>> {
    let f: String = fmt.iter().map(|&c| c as char).collect();
    let out = printf_impl(cx, &f, arg, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn printf_impl(cx: &mut Ctx, fmt: &str, arg: &Value, bytes: bool) -> PyResult<String> {
    let tuple_items: Option<&[Value]> = match arg.payload() {
        Some(Payload::Tuple(t)) => Some(t),
        _ => None,
    };
    let is_mapping = tuple_items.is_none()
        && arg.as_str().is_none()
        && !matches!(arg.payload(), Some(Payload::Bytes(_)))
        && crate::types::lookup(arg.class(), "__getitem__").is_some();
    let single = [arg.clone()];
    let items: &[Value] = tuple_items.unwrap_or(&single);
    let mut next = 0usize;
    let mut used_mapping = false;
    let mut out = String::with_capacity(fmt.len() + 16);
    let chars: Vec<(usize, char)> = fmt.char_indices().collect();
    let mut i = 0;
    let take = |next: &mut usize| -> PyResult<Value> {
        let v = items
            .get(*next)
            .cloned()
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        *next += 1;
        Ok(v)
    };
    while i < chars.len() {
        let (_, c) = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start_index = i;
        i += 1;
        let mut key_value: Option<Value> = None;
        if i < chars.len() && chars[i].1 == '(' {
            if !is_mapping {
                return Err(type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let ks = i + 1;
            let mut j = ks;
            while j < chars.len() {
                match chars[j].1 {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(value_error("incomplete format key"));
            }
            let key: String = chars[ks..j].iter().map(|&(_, c)| c).collect();
            let key = if bytes {
                Value::bytes(key.chars().map(|c| c as u32 as u8).collect())
            } else {
                Value::string(key)
            };
            key_value = Some(ops::getitem(cx, arg, &key)?);
            used_mapping = true;
            i = j + 1;
        }
        let mut sp = Spec {
            left: false,
            plus: false,
            space: false,
            alt: false,
            zero: false,
            width: 0,
            prec: None,
        };
        while i < chars.len() {
            match chars[i].1 {
                '-' => sp.left = true,
                '+' => sp.plus = true,
                ' ' => sp.space = true,
                '#' => sp.alt = true,
                '0' => sp.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < chars.len() && chars[i].1 == '*' {
            let w = take(&mut next)?;
            let w = w.as_int().ok_or_else(|| type_error("* wants int"))?;
            if w < 0 {
                sp.left = true;
            }
            sp.width = w.unsigned_abs() as usize;
            i += 1;
        } else {
            while i < chars.len() && chars[i].1.is_ascii_digit() {
                sp.width = sp
                    .width
                    .saturating_mul(10)
                    .saturating_add(chars[i].1 as usize - '0' as usize);
                i += 1;
            }
        }
        if i < chars.len() && chars[i].1 == '.' {
            i += 1;
            let mut p = 0usize;
            if i < chars.len() && chars[i].1 == '*' {
                let w = take(&mut next)?;
                p = w.as_int().ok_or_else(|| type_error("* wants int"))?.max(0) as usize;
                i += 1;
            } else {
                while i < chars.len() && chars[i].1.is_ascii_digit() {
                    p = p
                        .saturating_mul(10)
                        .saturating_add(chars[i].1 as usize - '0' as usize);
                    i += 1;
                }
            }
            sp.prec = Some(p);
        }
        if sp.width >= super::format::MAX_FIELD
            || sp.prec.is_some_and(|p| p >= super::format::MAX_FIELD)
        {
            return Err(crate::error::memory_error());
        }
        while i < chars.len() && matches!(chars[i].1, 'h' | 'l' | 'L') {
            i += 1;
        }
        let Some(&(_, conv)) = chars.get(i) else {
            return Err(value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match key_value.take() {
            Some(v) => v,
            None => {
                let known = matches!(
                    conv,
                    's' | 'r'
                        | 'a'
                        | 'd'
                        | 'i'
                        | 'u'
                        | 'x'
                        | 'X'
                        | 'o'
                        | 'e'
                        | 'E'
                        | 'f'
                        | 'F'
                        | 'g'
                        | 'G'
                        | 'c'
                ) || (bytes && conv == 'b');
                if !known {
                    return Err(unsupported(conv, start_index, &chars, i));
                }
                take(&mut next)?
            }
        };
        let piece = if bytes {
            convert_bytes(cx, conv, &v, &sp)?
        } else {
            None
        };
        let piece = match piece {
            Some(p) => p,
            None => convert(cx, conv, &v, &sp, || {
                unsupported(conv, start_index, &chars, i)
            })?,
        };
        out.push_str(&piece);
    }
    if next < items.len() && !used_mapping && !is_mapping {
        return Err(type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

fn unsupported(conv: char, _start: usize, chars: &[(usize, char)], i: usize) -> crate::error::Exc {
    // CPython reports the character index of the conversion character.
    let idx = i - 1;
    let _ = chars;
    value_error(format!(
        "unsupported format character '{conv}' (0x{:x}) at index {idx}",
        conv as u32
    ))
}

/// The bytes-mode conversions that differ from str's (`s`, `b`, `r`, `a`, `c`); None for
/// the numeric ones, which are shared.
fn convert_bytes(cx: &mut Ctx, conv: char, v: &Value, sp: &Spec) -> PyResult<Option<String>> {
    let body = match conv {
        's' | 'b' => {
            let mut s = if let Some(b) = super::bytearray::bytes_like(v) {
                latin1(&b)
            } else if crate::types::lookup(v.class(), "__bytes__").is_some() {
                let r = ops::call_special(cx, v, "__bytes__", &[])?.unwrap_or(Value::NONE);
                match r.payload() {
                    Some(Payload::Bytes(b)) => latin1(b),
                    _ => {
                        return Err(type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            r.type_name()
                        )))
                    }
                }
            } else {
                return Err(type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    v.type_name()
                )));
            };
            if let Some(p) = sp.prec {
                s.truncate(s.char_indices().nth(p).map_or(s.len(), |(b, _)| b));
            }
            s
        }
        'r' | 'a' => {
            let mut s = super::str::ascii_escape(&ops::repr(cx, v)?);
            if let Some(p) = sp.prec {
                s.truncate(s.char_indices().nth(p).map_or(s.len(), |(b, _)| b));
            }
            s
        }
        'c' => {
            if is_int(v) {
                let i = v.as_int().unwrap_or(-1);
                let c = u8::try_from(i).map_err(|_| overflow_error("%c arg not in range(256)"))?;
                (c as char).to_string()
            } else {
                match super::bytearray::bytes_like(v) {
                    Some(b) if b.len() == 1 => (b[0] as char).to_string(),
                    _ => {
                        return Err(type_error(
                            "%c requires an integer in range(256) or a single byte",
                        ))
                    }
                }
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(pad("", &body, sp, false)))
}

fn pad(sign: &str, body: &str, sp: &Spec, numeric: bool) -> String {
    let len = sign.chars().count() + body.chars().count();
    if len >= sp.width {
        return format!("{sign}{body}");
    }
    let n = sp.width - len;
    if sp.left {
        format!("{sign}{body}{}", " ".repeat(n))
    } else if sp.zero && numeric {
        format!("{sign}{}{body}", "0".repeat(n))
    } else {
        format!("{}{sign}{body}", " ".repeat(n))
    }
}

fn sign_of(neg: bool, sp: &Spec) -> &'static str {
    if neg {
        "-"
    } else if sp.plus {
        "+"
    } else if sp.space {
        " "
    } else {
        ""
    }
}

fn convert(
    cx: &mut Ctx,
    conv: char,
    v: &Value,
    sp: &Spec,
    unsupported: impl Fn() -> crate::error::Exc,
) -> PyResult<String> {
    match conv {
        's' | 'r' | 'a' => {
            let mut s = match conv {
                's' => ops::str(cx, v)?,
                'r' => ops::repr(cx, v)?,
                _ => super::str::ascii_escape(&ops::repr(cx, v)?),
            };
            if let Some(p) = sp.prec {
                if let Some((b, _)) = s.char_indices().nth(p) {
                    s.truncate(b);
                }
            }
            Ok(pad("", &s, sp, false))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let n = if is_int(v) {
                big(v)
            } else if let Some(f) = v.as_float() {
                if matches!(conv, 'x' | 'X' | 'o') {
                    return Err(type_error(format!(
                        "%{conv} format: an integer is required, not float"
                    )));
                }
                super::int::int_from_f64(f)?
            } else if crate::types::lookup(v.class(), "__index__").is_some() {
                big(&Value::int(ops::index(cx, v)?))
            } else if matches!(conv, 'd' | 'i' | 'u')
                && crate::types::lookup(v.class(), "__int__").is_some()
            {
                let r = ops::call_special(cx, v, "__int__", &[])?.unwrap_or(Value::int(0));
                big(&r)
            } else {
                return Err(type_error(if matches!(conv, 'x' | 'X' | 'o') {
                    format!(
                        "%{conv} format: an integer is required, not {}",
                        v.type_name()
                    )
                } else {
                    format!(
                        "%{conv} format: a real number is required, not {}",
                        v.type_name()
                    )
                }));
            };
            let neg = n.sign() == Sign::Minus;
            let mag = n.abs();
            let mut digits = match conv {
                'x' => mag.to_str_radix(16),
                'X' => mag.to_str_radix(16).to_uppercase(),
                'o' => mag.to_str_radix(8),
                _ => mag.to_string(),
            };
            if let Some(p) = sp.prec {
                if digits.len() < p {
                    digits = format!("{}{}", "0".repeat(p - digits.len()), digits);
                }
            }
            let mut sign = sign_of(neg, sp).to_string();
            if sp.alt {
                match conv {
                    'x' => sign.push_str("0x"),
                    'X' => sign.push_str("0X"),
                    'o' => sign.push_str("0o"),
                    _ => {}
                }
            }
            Ok(pad(&sign, &digits, sp, true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = if let Some(f) = v.as_float() {
                f
            } else if is_int(v) {
                super::int::to_f64(&big(v))?
            } else if crate::types::lookup(v.class(), "__float__").is_some() {
                ops::to_f64(cx, v)?
            } else {
                return Err(type_error(format!(
                    "must be real number, not {}",
                    v.type_name()
                )));
            };
            let neg = f.is_sign_negative() && !f.is_nan();
            let body = float_body(f.abs(), conv, sp.prec.unwrap_or(6), sp.alt);
            Ok(pad(sign_of(neg, sp), &body, sp, f.is_finite()))
        }
        'c' => {
            let c = if let Some(s) = v.as_str() {
                let mut cs = s.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => c,
                    _ => return Err(type_error("%c requires int or char")),
                }
            } else if is_int(v) {
                let i = v.as_int().unwrap_or(-1);
                u32::try_from(i)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?
            } else {
                return Err(type_error("%c requires int or char"));
            };
            Ok(pad("", &c.to_string(), sp, false))
        }
        _ => Err(unsupported()),
    }
}
