//! `bytes`: repr, sequence protocol, comparisons, hashing, the common methods, and the
//! codecs shared with `str.encode` (utf-8, ascii, latin-1).

use std::borrow::Cow;

use fibra_bytecode::CompareOp;

use super::common::{margs, norm_index, other, recv, repeat_count, repeat_total};
use super::slice::{positions, slice_indices};
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{index_error, memory_error, type_error, value_error, Exc, PyResult};
use crate::object::{hash_str_bytes, Payload};
use crate::ops;
use crate::types::{add_methods, set_ctor, types};
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.bytes, bytes_new);
    add_methods(
        &t.bytes,
        "bytes",
        &[
            ("__repr__", b_repr),
            ("__str__", b_repr),
            ("__len__", b_len),
            ("__getitem__", b_getitem),
            ("__iter__", b_iter),
            ("__contains__", b_contains),
            ("__add__", b_add),
            ("__mul__", b_mul),
            ("__rmul__", b_mul),
            ("__mod__", b_mod),
            ("__eq__", b_eq),
            ("__ne__", b_ne),
            ("__lt__", b_lt),
            ("__le__", b_le),
            ("__gt__", b_gt),
            ("__ge__", b_ge),
            ("__hash__", b_hash),
            ("__bytes__", b_bytes),
            ("__getnewargs__", b_getnewargs),
            ("__rmod__", super::common::not_implemented),
        ],
    );
    add_methods(&t.bytes, "bytes", super::bytes_methods::SHARED);
    t.bytes.set_attr_str(
        "maketrans",
        Value::new_obj(
            types().staticmethod.clone(),
            Payload::StaticMethod(Value::native_method(
                "bytes",
                "maketrans",
                super::bytes_methods::m_maketrans,
            )),
        ),
    );
    t.bytes.set_attr_str(
        "fromhex",
        Value::new_obj(
            types().classmethod.clone(),
            Payload::ClassMethod(Value::native_method("bytes", "fromhex", b_fromhex)),
        ),
    );
}

/// `repr(bytes)`: `b'...'` with CPython's quoting and escapes.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

fn norm_encoding(enc: &str) -> String {
    enc.trim().to_ascii_lowercase().replace('_', "-")
}

fn unknown_encoding(enc: &str) -> Exc {
    Exc::new(&types().lookup_error, format!("unknown encoding: {enc}"))
}

/// `str.encode(encoding, errors)`.
pub(crate) fn encode(s: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    let limit: u32 = match norm_encoding(enc).as_str() {
        "utf-8" | "utf8" | "u8" => return Ok(s.as_bytes().to_vec()),
        "ascii" | "us-ascii" | "646" => 0x80,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => 0x100,
        _ => return Err(unknown_encoding(enc)),
    };
    let name = if limit == 0x80 { "ascii" } else { "latin-1" };
    let mut out = Vec::with_capacity(s.len());
    for (pos, c) in s.chars().enumerate() {
        let u = c as u32;
        if u < limit {
            out.push(u as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let e = if u < 0x100 {
                    format!("\\x{u:02x}")
                } else if u < 0x10000 {
                    format!("\\u{u:04x}")
                } else {
                    format!("\\U{u:08x}")
                };
                out.extend_from_slice(e.as_bytes());
            }
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{u};").as_bytes()),
            _ => {
                return Err(Exc::new(
                    &types().unicode_encode_error,
                    format!(
                        "'{name}' codec can't encode character '{}' in position {pos}: ordinal not in range({limit})",
                        super::str::ascii_escape(&c.to_string())
                    ),
                ))
            }
        }
    }
    Ok(out)
}

/// `bytes.decode(encoding, errors)`.
pub(crate) fn decode(b: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    match norm_encoding(enc).as_str() {
        "utf-8" | "utf8" | "u8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => match errors {
                "replace" => Ok(String::from_utf8_lossy(b).into_owned()),
                "ignore" => {
                    let mut out = String::new();
                    let mut rest = b;
                    loop {
                        match std::str::from_utf8(rest) {
                            Ok(s) => {
                                out.push_str(s);
                                break;
                            }
                            Err(e) => {
                                let good = e.valid_up_to();
                                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                                let skip = e.error_len().unwrap_or(rest.len() - good);
                                rest = &rest[good + skip..];
                            }
                        }
                    }
                    Ok(out)
                }
                _ => {
                    let pos = e.valid_up_to();
                    let byte = b.get(pos).copied().unwrap_or(0);
                    let reason = utf8_error_reason(&e, byte);
                    Err(Exc::new(
                        &types().unicode_decode_error,
                        format!(
                            "'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}"
                        ),
                    ))
                }
            },
        },
        "ascii" | "us-ascii" | "646" => {
            let mut out = String::with_capacity(b.len());
            for (pos, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => {
                            return Err(Exc::new(
                                &types().unicode_decode_error,
                                format!(
                                    "'ascii' codec can't decode byte 0x{c:02x} in position {pos}: ordinal not in range(128)"
                                ),
                            ))
                        }
                    }
                }
            }
            Ok(out)
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => {
            Ok(b.iter().map(|&c| c as char).collect())
        }
        _ => Err(unknown_encoding(enc)),
    }
}

fn me<'a>(args: &Args<'a>) -> &'a [u8] {
    match recv(args).payload() {
        Some(Payload::Bytes(b)) => b,
        _ => &[],
    }
}

/// The bytes of a bytes-like argument (bytes, or a snapshot of a bytearray).
fn bytes_of(v: &Value) -> Option<Cow<'_, [u8]>> {
    super::bytearray::bytes_like(v)
}

fn b_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::string(repr_bytes(me(args))))
}

fn b_len(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(me(args).len() as i64))
}

fn b_getitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let b = me(args);
    let key = other(args);
    if let Some(Payload::Slice(sl)) = key.payload() {
        let (start, _, step, count) = slice_indices(cx, sl, b.len())?;
        let out: Vec<u8> = if step == 1 {
            b[start as usize..start as usize + count].to_vec()
        } else {
            positions(start, step, count).map(|p| b[p]).collect()
        };
        return Ok(Value::bytes(out));
    }
    if key.as_float().is_some() || key.as_str().is_some() {
        return Err(type_error(format!(
            "byte indices must be integers or slices, not {}",
            key.type_name()
        )));
    }
    let i = super::common::index_arg(cx, key)?;
    match norm_index(i, b.len()) {
        Some(j) => Ok(Value::int(b[j] as i64)),
        None => Err(index_error("index out of range")),
    }
}

fn b_iter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::native_iter(super::iter::BytesIter::new(
        recv(args).clone(),
    )))
}

pub(super) fn b_contains(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let b = me(args);
    let x = other(args);
    if let Some(sub) = bytes_of(x) {
        return Ok(Value::bool(
            super::bytes_methods::find_sub(b, &sub).is_some(),
        ));
    }
    if !super::int::is_int(x) && crate::types::lookup(x.class(), "__index__").is_none() {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            x.type_name()
        )));
    }
    let i = ops::index(cx, x)?;
    if !(0..256).contains(&i) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    Ok(Value::bool(b.contains(&(i as u8))))
}

fn b_add(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let Some(o) = bytes_of(other(args)) else {
        return Err(type_error(format!(
            "can't concat {} to bytes",
            other(args).type_name()
        )));
    };
    let mut v = Vec::new();
    v.try_reserve_exact(me(args).len() + o.len())
        .map_err(|_| memory_error())?;
    v.extend_from_slice(me(args));
    v.extend_from_slice(&o);
    Ok(Value::bytes(v))
}

pub(super) fn b_mul(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let b = me(args);
    let Some(n) = repeat_count(cx, other(args))? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if b.is_empty() || n == 0 {
        return Ok(Value::bytes(Vec::new()));
    }
    let total = repeat_total(b.len(), n, 1)?;
    let mut v = Vec::new();
    v.try_reserve_exact(total).map_err(|_| memory_error())?;
    for _ in 0..n {
        v.extend_from_slice(b);
    }
    Ok(Value::bytes(v))
}

/// `bytes % args` (printf-style, see `printf.rs`).
pub(super) fn b_mod(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let out = super::printf::printf_bytes(cx, me(args), other(args))?;
    Ok(Value::bytes(out))
}

fn cmp(args: &Args, op: CompareOp) -> Value {
    // bytes compares only with bytes and bytearray; a memoryview answers `==` itself.
    if super::memoryview::is_memoryview(other(args)) {
        return Value::NOT_IMPLEMENTED;
    }
    compare(me(args), other(args), op)
}

/// `a op b` for the bytes `a` and a bytes-like `b` (NotImplemented for anything else).
pub(super) fn compare(a: &[u8], other: &Value, op: CompareOp) -> Value {
    let Some(b) = bytes_of(other) else {
        return Value::NOT_IMPLEMENTED;
    };
    Value::bool(crate::ops::compare_ordered(op, a, &*b))
}

pub(super) fn b_eq(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(cmp(args, CompareOp::Eq))
}
pub(super) fn b_ne(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(cmp(args, CompareOp::Ne))
}
pub(super) fn b_lt(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(cmp(args, CompareOp::Lt))
}
pub(super) fn b_le(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(cmp(args, CompareOp::Le))
}
pub(super) fn b_gt(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(cmp(args, CompareOp::Gt))
}
pub(super) fn b_ge(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(cmp(args, CompareOp::Ge))
}

fn b_hash(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(hash_str_bytes(me(args))))
}

/// `bytes.fromhex(string)` (a class method: a subclass gets an instance of itself).
pub(super) fn b_fromhex(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let data = super::bytes_methods::parse_fromhex(args)?;
    let cls = recv(args);
    if cls.is(&types().bytes) {
        return Ok(Value::bytes(data));
    }
    ops::call(cx, cls, &[Value::bytes(data)])
}

/// `bytes.__bytes__()`: the bytes themselves (a copy for a subclass instance).
fn b_bytes(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "__bytes__", 0, 0)?;
    if recv(args).class().is(&types().bytes) {
        return Ok(recv(args).clone());
    }
    Ok(Value::bytes(me(args).to_vec()))
}

/// `bytes.__getnewargs__()`: what pickling and `copy` pass back to the constructor.
fn b_getnewargs(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "__getnewargs__", 0, 0)?;
    Ok(Value::tuple(vec![Value::bytes(me(args).to_vec())]))
}

fn make_bytes(cls: &Value, v: Vec<u8>) -> Value {
    if cls.is(&types().bytes) {
        Value::bytes(v)
    } else {
        Value::new_obj(cls.clone(), Payload::Bytes(v.into_boxed_slice()))
    }
}

fn bytes_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let cls = args
        .pos()
        .first()
        .cloned()
        .unwrap_or_else(|| types().bytes.clone());
    // `bytes(x)` asks `x.__bytes__()` first (a bytes result is required), as CPython does.
    if let [_, src] = args.values {
        if args.kwnames.is_empty() && src.as_str().is_none() {
            if let Some(r) = ops::call_special(cx, src, "__bytes__", &[])? {
                let Some(Payload::Bytes(b)) = r.payload() else {
                    return Err(type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        r.type_name()
                    )));
                };
                if cls.is(&types().bytes) && r.class().is(&types().bytes) {
                    return Ok(r);
                }
                return Ok(make_bytes(&cls, b.to_vec()));
            }
        }
    }
    Ok(make_bytes(&cls, new_contents(cx, args, "bytes")?))
}

/// The contents of a new `bytes` / `bytearray` (`tname`) from the constructor's arguments
/// (args[0] is the class): nothing, an int size, a str with an encoding, a bytes-like
/// object, or an iterable of ints.
pub(super) fn new_contents(cx: &mut Ctx, args: &Args, tname: &str) -> PyResult<Vec<u8>> {
    args.check_kwargs(tname, &["source", "encoding", "errors"])?;
    let pos = args.pos();
    let pos = &pos[1.min(pos.len())..];
    let src = pos.first().or(args.kwarg("source"));
    let enc = pos.get(1).or(args.kwarg("encoding"));
    let errors = pos.get(2).or(args.kwarg("errors"));
    let Some(src) = src else {
        return Ok(Vec::new());
    };
    if let Some(s) = src.as_str() {
        let Some(enc) = enc else {
            return Err(type_error("string argument without an encoding"));
        };
        let e = enc
            .as_str()
            .ok_or_else(|| type_error(format!("{tname}() argument 'encoding' must be str")))?;
        let er = errors.and_then(|v| v.as_str()).unwrap_or("strict");
        return encode(s, e, er);
    }
    if enc.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if let Some(b) = bytes_of(src) {
        return Ok(b.into_owned());
    }
    // An `array.array` exposes its raw item bytes (CPython's buffer protocol).
    if let Some(b) = crate::modules::array::array_bytes(src) {
        return Ok(b);
    }
    if super::int::is_int(src) || crate::types::lookup(src.class(), "__index__").is_some() {
        let n = super::common::index_arg(cx, src)?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        let total = repeat_total(1, n, 1)?;
        let mut v = Vec::new();
        v.try_reserve_exact(total).map_err(|_| memory_error())?;
        v.resize(total, 0);
        return Ok(v);
    }
    let items = ops::to_vec(cx, src).map_err(|e| {
        if e.matches(&types().type_error) {
            type_error(format!(
                "cannot convert '{}' object to {tname}",
                src.type_name()
            ))
        } else {
            e
        }
    })?;
    let mut v = Vec::with_capacity(items.len());
    for it in &items {
        let i = ops::index(cx, it)?;
        if !(0..256).contains(&i) {
            return Err(value_error(if tname == "bytes" {
                "bytes must be in range(0, 256)"
            } else {
                "byte must be in range(0, 256)"
            }));
        }
        v.push(i as u8);
    }
    Ok(v)
}

/// CPython's reason for a UTF-8 decoding error `e` whose first bad byte is `byte`.
pub(crate) fn utf8_error_reason(e: &std::str::Utf8Error, byte: u8) -> &'static str {
    match e.error_len() {
        None => "unexpected end of data",
        Some(_) if (0x80..0xc2).contains(&byte) || byte >= 0xf5 => "invalid start byte",
        Some(_) => "invalid continuation byte",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs_and_codecs() {
        assert_eq!(repr_bytes(b"abc"), "b'abc'");
        assert_eq!(repr_bytes(b"\x00\x0c'"), "b\"\\x00\\x0c'\"");
        assert_eq!(repr_bytes("h\u{e9}".as_bytes()), "b'h\\xc3\\xa9'");
        crate::types::init();
        assert_eq!(encode("é", "latin-1", "strict").unwrap(), vec![0xe9]);
        assert!(encode("é", "ascii", "strict").is_err());
        assert_eq!(encode("é", "ascii", "replace").unwrap(), b"?".to_vec());
        assert_eq!(decode(b"h\xc3\xa9", "utf-8", "strict").unwrap(), "hé");
        assert!(decode(b"\xff", "utf-8", "strict").is_err());
        assert_eq!(decode(b"a\xffb", "utf-8", "ignore").unwrap(), "ab");
    }
}
