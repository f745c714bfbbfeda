//! `binascii`: conversions between binary data and ASCII, as CPython 3.11's module:
//! `hexlify`/`b2a_hex` (with `sep` and `bytes_per_sep`), `unhexlify`/`a2b_hex`,
//! `b2a_base64(newline=)`, `a2b_base64(strict_mode=)`, `crc32`, `crc_hqx`, and the
//! `Error` (a ValueError) and `Incomplete` exceptions. `base64` is written over it.

use std::sync::OnceLock;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{memory_error, type_error, value_error, Exc, PyResult};
use crate::object::Payload;
use crate::types::types;
use crate::value::Value;

use super::zlib::buffer_arg;

fn error_class() -> &'static Value {
    static C: OnceLock<Value> = OnceLock::new();
    C.get_or_init(|| super::new_exception_class("Error", "binascii", &types().value_error))
}

fn incomplete_class() -> &'static Value {
    static C: OnceLock<Value> = OnceLock::new();
    C.get_or_init(|| super::new_exception_class("Incomplete", "binascii", &types().exception))
}

fn error(msg: impl Into<String>) -> Exc {
    Exc::new(error_class(), msg)
}

/// Builds `binascii`.
pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("binascii");
    m.set_attr_str("Error", error_class().clone());
    m.set_attr_str("Incomplete", incomplete_class().clone());
    m.add_fn("hexlify", hexlify);
    m.add_fn("b2a_hex", b2a_hex);
    m.add_fn("unhexlify", unhexlify);
    m.add_fn("a2b_hex", a2b_hex);
    m.add_fn("b2a_base64", b2a_base64);
    m.add_fn("a2b_base64", a2b_base64);
    m.add_fn("crc32", crc32);
    m.add_fn("crc_hqx", crc_hqx);
    Ok(m)
}

/// The data of an `a2b_*` argument: a bytes-like object or an ASCII str.
fn ascii_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_str() {
        if !s.is_ascii() {
            return Err(value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(s.as_bytes().to_vec());
    }
    buffer_arg(v).map_err(|_| {
        type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            v.type_name()
        ))
    })
}

/// A buffer for `len` output bytes, or MemoryError.
fn out_buffer(len: Option<usize>) -> PyResult<Vec<u8>> {
    let len = len
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(memory_error)?;
    crate::embed::limits::check_request(len)?;
    let mut v = Vec::new();
    v.try_reserve_exact(len).map_err(|_| memory_error())?;
    Ok(v)
}

/// Lowercase hex of `data`, a separator between groups of `per` bytes (counted from the
/// right when `per` > 0, from the left when < 0), as CPython's `_Py_strhex`.
pub(crate) fn to_hex(data: &[u8], sep: Option<u8>, per: i64) -> PyResult<Vec<u8>> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let group = per.unsigned_abs() as usize;
    let seps = match sep {
        Some(_) if group > 0 && !data.is_empty() => (data.len() - 1) / group,
        _ => 0,
    };
    let mut out = out_buffer(data.len().checked_mul(2).and_then(|n| n.checked_add(seps)))?;
    // Which byte indexes start a new group (a separator goes before them).
    let starts_group = |i: usize| -> bool {
        if seps == 0 || i == 0 {
            return false;
        }
        if per > 0 {
            (data.len() - i).is_multiple_of(group)
        } else {
            i.is_multiple_of(group)
        }
    };
    for (i, &b) in data.iter().enumerate() {
        if starts_group(i) {
            out.push(sep.unwrap_or(b'-'));
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    Ok(out)
}

/// `hexlify(data, sep=None, bytes_per_sep=1)` (also `b2a_hex`).
fn hex_common(cx: &mut Ctx, args: &Args, fname: &str) -> PyResult<Value> {
    let a = super::bind_args(args, 0, fname, &["data", "sep", "bytes_per_sep"], 1)?;
    let data = buffer_arg(a[0].unwrap_or(&Value::NONE))?;
    let sep = match a[1].filter(|v| !v.is_none()) {
        None => None,
        Some(v) => {
            // As CPython: a str separator needs a code point below 256 (its "1-byte
            // kind"), a bytes one any byte.
            if let Some(s) = v.as_str() {
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) if (c as u32) < 256 => Some(c as u8),
                    (Some(_), None) => return Err(value_error("sep must be ASCII.")),
                    _ => return Err(value_error("sep must be length 1.")),
                }
            } else if let Ok(b) = buffer_arg(v) {
                if b.len() != 1 {
                    return Err(value_error("sep must be length 1."));
                }
                Some(b[0])
            } else {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    v.type_name()
                )));
            }
        }
    };
    let per = match a[2] {
        None => 1,
        Some(v) => crate::ops::index(cx, v)?,
    };
    Ok(Value::bytes(to_hex(&data, sep, per)?))
}

fn hexlify(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    hex_common(cx, args, "hexlify")
}

fn b2a_hex(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    hex_common(cx, args, "b2a_hex")
}

/// `unhexlify(hexstr)` (also `a2b_hex`).
fn unhex_common(args: &Args, fname: &str) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "binascii.{fname}() takes no keyword arguments"
        )));
    }
    let [arg] = args.pos() else {
        return Err(type_error(format!(
            "binascii.{fname}() takes exactly one argument ({} given)",
            args.pos().len()
        )));
    };
    let s = ascii_arg(arg)?;
    if s.len() % 2 != 0 {
        return Err(error("Odd-length string"));
    }
    let mut out = out_buffer(Some(s.len() / 2))?;
    for pair in s.chunks_exact(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error("Non-hexadecimal digit found")),
        }
    }
    Ok(Value::bytes(out))
}

fn unhexlify(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    unhex_common(args, "unhexlify")
}

fn a2b_hex(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    unhex_common(args, "a2b_hex")
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard Base64 of `data`, padded, with a final newline when `newline`.
pub(crate) fn to_base64(data: &[u8], newline: bool) -> PyResult<Vec<u8>> {
    let len = data
        .len()
        .checked_add(2)
        .map(|n| n / 3)
        .and_then(|n| n.checked_mul(4))
        .and_then(|n| n.checked_add(newline as usize));
    let mut out = out_buffer(len)?;
    let mut chunks = data.chunks_exact(3);
    for c in &mut chunks {
        let v = (c[0] as u32) << 16 | (c[1] as u32) << 8 | c[2] as u32;
        for shift in [18, 12, 6, 0] {
            out.push(B64[(v >> shift) as usize & 63]);
        }
    }
    match *chunks.remainder() {
        [a] => {
            let v = (a as u32) << 16;
            out.extend_from_slice(&[B64[(v >> 18) as usize & 63], B64[(v >> 12) as usize & 63]]);
            out.extend_from_slice(b"==");
        }
        [a, b] => {
            let v = (a as u32) << 16 | (b as u32) << 8;
            for shift in [18, 12, 6] {
                out.push(B64[(v >> shift) as usize & 63]);
            }
            out.push(b'=');
        }
        _ => {}
    }
    if newline {
        out.push(b'\n');
    }
    Ok(out)
}

/// `b2a_base64(data, /, *, newline=True)`.
fn b2a_base64(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(type_error(format!(
            "b2a_base64() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    if let Some((k, _)) = args.kwargs().find(|(k, _)| *k != "newline") {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for b2a_base64()"
        )));
    }
    let newline = super::opt_bool(cx, args.kwarg("newline"), true)?;
    let data = buffer_arg(&pos[0])?;
    Ok(Value::bytes(to_base64(&data, newline)?))
}

/// The value of a Base64 digit.
fn b64_value(c: u8) -> Option<u8> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    })
}

/// Base64 decoding exactly as CPython 3.11's `binascii.a2b_base64`: characters outside
/// the alphabet are skipped (an error with `strict`), a complete pad ends the data.
pub(crate) fn from_base64(data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    if strict && data.first() == Some(&b'=') {
        return Err(error("Leading padding not allowed"));
    }
    let mut out = out_buffer(Some(data.len() / 4 * 3 + 3))?;
    let mut quad_pos = 0;
    let mut left: u8 = 0;
    let mut pads = 0;
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error("Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error("Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                left = v;
            }
            1 => {
                quad_pos = 2;
                out.push(left << 2 | v >> 4);
                left = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push(left << 4 | v >> 2);
                left = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push(left << 6 | v);
                left = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(error(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more \
             than a multiple of 4",
            out.len() / 3 * 4 + 1
        ))),
        _ => Err(error("Incorrect padding")),
    }
}

/// `a2b_base64(data, /, *, strict_mode=False)`.
fn a2b_base64(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(type_error(format!(
            "a2b_base64() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    if let Some((k, _)) = args.kwargs().find(|(k, _)| *k != "strict_mode") {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for a2b_base64()"
        )));
    }
    let strict = super::opt_bool(cx, args.kwarg("strict_mode"), false)?;
    let data = ascii_arg(&pos[0])?;
    Ok(Value::bytes(from_base64(&data, strict)?))
}

/// The positional `(data, value)` of `crc32`/`crc_hqx`.
fn crc_args<'a>(args: &'a Args, fname: &str, min: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!("{fname}() takes no keyword arguments")));
    }
    let pos = args.pos();
    if pos.len() < min || pos.len() > 2 {
        let want = if min == 2 {
            "expected 2 arguments".to_string()
        } else if pos.len() < min {
            "expected at least 1 argument".to_string()
        } else {
            "expected at most 2 arguments".to_string()
        };
        return Err(type_error(format!("{fname} {want}, got {}", pos.len())));
    }
    Ok(pos)
}

/// An unsigned start value, wrapped to `bits` (C `unsigned int` conversion).
fn wrapped(cx: &mut Ctx, v: &Value, bits: u32) -> PyResult<u32> {
    let mask = if bits == 32 {
        u32::MAX
    } else {
        (1 << bits) - 1
    };
    if let Some(i) = v.as_int() {
        return Ok(i as u32 & mask);
    }
    if let Some(Payload::Int(b)) = v.payload() {
        let m = num_bigint::BigInt::from(1u64 << 32);
        let r = ((b % &m) + &m) % &m;
        return Ok(u32::try_from(&r).unwrap_or(0) & mask);
    }
    if v.as_float().is_some() {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )));
    }
    Ok(crate::ops::index(cx, v)? as u32 & mask)
}

/// `crc32(data, crc=0, /)`.
fn crc32(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = crc_args(args, "crc32", 1)?;
    let data = buffer_arg(&a[0])?;
    let start = match a.get(1) {
        Some(v) => wrapped(cx, v, 32)?,
        None => 0,
    };
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(&data);
    Ok(Value::int(h.finalize() as i64))
}

/// `crc_hqx(data, value, /)`: CRC-CCITT (polynomial 0x1021, no reflection).
fn crc_hqx(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = crc_args(args, "crc_hqx", 2)?;
    let data = buffer_arg(&a[0])?;
    let mut crc = wrapped(cx, &a[1], 16)? as u16;
    for &b in data.iter() {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(Value::int(crc as i64))
}
