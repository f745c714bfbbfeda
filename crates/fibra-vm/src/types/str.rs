//! `str`: the core dunders (indexing, slicing, concatenation, repetition, comparison,
//! hashing, iteration, repr, format, `%`) and the constructor. The named methods live in
//! `str_methods.rs`, `str.format` in `str_format.rs`, %-formatting in `printf.rs`.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use fibra_bytecode::CompareOp;

use super::common::{margs, other, recv, repeat_count, repeat_total};
use super::slice::slice_indices;
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{index_error, memory_error, type_error, PyResult};
use crate::object::{NativeIterator, Payload, StrObj};
use crate::ops;
use crate::types::{add_methods, set_ctor, types};
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.str, str_new);
    add_methods(
        &t.str,
        "str",
        &[
            ("__len__", str_len),
            ("__getitem__", str_getitem),
            ("__contains__", str_contains),
            ("__add__", str_add),
            ("__mul__", str_mul),
            ("__rmul__", str_mul),
            ("__mod__", str_mod),
            ("__eq__", str_eq),
            ("__ne__", str_ne),
            ("__lt__", str_lt),
            ("__le__", str_le),
            ("__gt__", str_gt),
            ("__ge__", str_ge),
            ("__hash__", str_hash),
            ("__iter__", str_iter),
            ("__repr__", str_repr),
            ("__str__", str_str),
            ("__format__", str_format_dunder),
            ("__getnewargs__", str_getnewargs),
        ],
    );
    super::str_methods::register(t);
}

/// The `StrObj` of self (str or a str subclass instance).
#[inline]
pub(crate) fn sobj<'a>(args: &Args<'a>) -> &'a StrObj {
    static EMPTY: OnceLock<StrObj> = OnceLock::new();
    match recv(args).payload() {
        Some(Payload::Str(s)) => s,
        _ => EMPTY.get_or_init(|| StrObj::new("".into())),
    }
}

/// One-character strings for ASCII, shared (iteration and indexing do not allocate).
pub(crate) fn char_value(c: char) -> Value {
    static ASCII: OnceLock<Vec<Value>> = OnceLock::new();
    if c.is_ascii() {
        let table = ASCII.get_or_init(|| {
            (0u8..128)
                .map(|b| {
                    let v = Value::string((b as char).to_string());
                    if let Some(o) = v.as_obj() {
                        o.make_immortal();
                    }
                    v
                })
                .collect()
        });
        return table[c as usize].clone();
    }
    let mut buf = [0u8; 4];
    Value::str(c.encode_utf8(&mut buf))
}

/// Is `c` printable in the sense of `str.isprintable` (approximated without full
/// Unicode tables: controls, separators other than space, format chars, private use).
pub(crate) fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x7f {
        return u >= 0x20;
    }
    if c.is_control() {
        return false;
    }
    !matches!(u,
        0xa0 | 0xad | 0x34f | 0x61c | 0x115f | 0x1160 | 0x1680 | 0x180e
        | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x206f | 0x3000 | 0x3164
        | 0xd800..=0xf8ff | 0xfe00..=0xfe0f | 0xfeff | 0xffa0 | 0xfff0..=0xfffb
        | 0xfffe | 0xffff | 0xe0000..=0xe0fff | 0xf0000..=0x10ffff)
}

/// `repr(str)` exactly as CPython writes it.
pub fn repr_str(s: &str) -> String {
    let has_sq = s.contains('\'');
    let quote = if has_sq && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

fn push_escape(out: &mut String, c: char) {
    let u = c as u32;
    if u < 0x100 {
        out.push_str(&format!("\\x{u:02x}"));
    } else if u < 0x10000 {
        out.push_str(&format!("\\u{u:04x}"));
    } else {
        out.push_str(&format!("\\U{u:08x}"));
    }
}

/// `ascii(x)`'s escaping of a repr: non-ASCII characters become `\x`, `\u`, `\U` escapes.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

fn str_len(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(sobj(args).char_len() as i64))
}

/// Byte offset of char index `i` (`i <= char_len`).
pub(crate) fn byte_offset(s: &StrObj, i: usize) -> usize {
    if s.is_ascii() {
        return i;
    }
    s.as_str()
        .char_indices()
        .nth(i)
        .map_or(s.as_str().len(), |(b, _)| b)
}

/// Char index of byte offset `b`.
pub(crate) fn char_index(s: &StrObj, b: usize) -> usize {
    if s.is_ascii() {
        return b;
    }
    s.as_str()[..b].chars().count()
}

fn str_getitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = sobj(args);
    let key = other(args);
    if let Some(i) = key.as_int() {
        let Some(j) = super::common::norm_index(i, s.char_len()) else {
            return Err(index_error("string index out of range"));
        };
        let c = s.char_at(j).unwrap_or(' ');
        return Ok(char_value(c));
    }
    if let Some(Payload::Slice(sl)) = key.payload() {
        let (start, _, step, count) = slice_indices(cx, sl, s.char_len())?;
        if s.is_ascii() {
            let b = s.as_str().as_bytes();
            if step == 1 {
                let st = start as usize;
                return Ok(Value::str(&s.as_str()[st..st + count]));
            }
            let mut out = String::with_capacity(count);
            for p in super::slice::positions(start, step, count) {
                out.push(b[p] as char);
            }
            return Ok(Value::string(out));
        }
        if step == 1 {
            let (b0, b1) = (
                s.char_offset(start as usize),
                s.char_offset(start as usize + count),
            );
            return Ok(Value::str(&s.as_str()[b0..b1]));
        }
        let chars: Vec<char> = s.as_str().chars().collect();
        let out: String = super::slice::positions(start, step, count)
            .map(|p| chars[p])
            .collect();
        return Ok(Value::string(out));
    }
    if super::int::is_int(key) {
        return Err(index_error("cannot fit 'int' into an index-sized integer"));
    }
    if crate::types::lookup(key.class(), "__index__").is_some() {
        let i = ops::index(cx, key)?;
        return str_getitem(
            cx,
            &Args::positional_only(&[recv(args).clone(), Value::int(i)]),
        );
    }
    Err(type_error(format!(
        "string indices must be integers, not '{}'",
        key.type_name()
    )))
}

fn str_contains(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = sobj(args);
    match other(args).as_str() {
        Some(sub) => Ok(Value::bool(s.as_str().contains(sub))),
        None => Err(type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            other(args).type_name()
        ))),
    }
}

fn str_add(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = sobj(args).as_str();
    let Some(b) = other(args).as_str() else {
        return Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            other(args).type_name()
        )));
    };
    let mut out = String::new();
    out.try_reserve_exact(a.len() + b.len())
        .map_err(|_| memory_error())?;
    out.push_str(a);
    out.push_str(b);
    Ok(Value::string(out))
}

fn str_mul(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = sobj(args).as_str();
    let Some(n) = repeat_count(cx, other(args))? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if s.is_empty() || n == 0 {
        return Ok(Value::str(""));
    }
    if n == 1 && recv(args).class().is(&types().str) {
        return Ok(recv(args).clone());
    }
    let total = repeat_total(s.len(), n, 1)?;
    let mut out = String::new();
    out.try_reserve_exact(total).map_err(|_| memory_error())?;
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(Value::string(out))
}

fn str_mod(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = sobj(args).as_str();
    Ok(Value::string(super::printf::printf(cx, s, other(args))?))
}

fn cmp(args: &Args, op: CompareOp) -> Value {
    let a = sobj(args).as_str();
    let Some(b) = other(args).as_str() else {
        return Value::NOT_IMPLEMENTED;
    };
    // UTF-8 byte order equals code point order.
    Value::bool(crate::ops::compare_ordered(op, a, b))
}

fn str_eq(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(cmp(args, CompareOp::Eq))
}
fn str_ne(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(cmp(args, CompareOp::Ne))
}
fn str_lt(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(cmp(args, CompareOp::Lt))
}
fn str_le(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(cmp(args, CompareOp::Le))
}
fn str_gt(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(cmp(args, CompareOp::Gt))
}
fn str_ge(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(cmp(args, CompareOp::Ge))
}

fn str_hash(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(sobj(args).hash()))
}

/// Iterator over a str's characters (byte position, re-read each step).
pub(crate) struct StrIter {
    s: Value,
    pos: AtomicUsize,
}

impl StrIter {
    pub(crate) fn new(s: Value) -> StrIter {
        StrIter {
            s,
            pos: AtomicUsize::new(0),
        }
    }
}

impl NativeIterator for StrIter {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        let Some(s) = self.s.as_str() else {
            return Ok(None);
        };
        let p = self.pos.load(Ordering::Relaxed);
        match s.get(p..).and_then(|r| r.chars().next()) {
            Some(c) => {
                self.pos.store(p + c.len_utf8(), Ordering::Relaxed);
                Ok(Some(char_value(c)))
            }
            None => Ok(None),
        }
    }
    fn length_hint(&self) -> Option<usize> {
        let s = self.s.as_str()?;
        Some(s.len().saturating_sub(self.pos.load(Ordering::Relaxed)))
    }
}

fn str_iter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::native_iter(StrIter::new(recv(args).clone())))
}

fn str_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::string(repr_str(sobj(args).as_str())))
}

/// `str.__str__`: self for exact strs, a plain copy for subclasses.
fn str_str(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let me = recv(args);
    if me.class().is(&types().str) {
        return Ok(me.clone());
    }
    Ok(Value::str(sobj(args).as_str()))
}

fn str_format_dunder(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "__format__", 1, 1)?;
    let spec = a[0]
        .as_str()
        .ok_or_else(|| type_error("format() argument 2 must be str"))?;
    if spec.is_empty() && recv(args).class().is(&types().str) {
        return Ok(recv(args).clone());
    }
    Ok(Value::string(super::format::format_str(
        sobj(args).as_str(),
        spec,
    )?))
}

fn str_getnewargs(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::str(sobj(args).as_str())]))
}

fn make_str(cls: &Value, s: Value) -> PyResult<Value> {
    if cls.is(&types().str) {
        return Ok(s);
    }
    let text = s.as_str().unwrap_or("");
    Ok(Value::new_obj(
        cls.clone(),
        Payload::Str(StrObj::new(text.into())),
    ))
}

fn str_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("str", &["object", "encoding", "errors"])?;
    let pos = args.pos();
    let cls = pos.first().cloned().unwrap_or_else(|| types().str.clone());
    let pos = &pos[1.min(pos.len())..];
    if pos.len() > 3 {
        return Err(type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            pos.len()
        )));
    }
    let obj = pos.first().or(args.kwarg("object"));
    let encoding = pos.get(1).or(args.kwarg("encoding"));
    let errors = pos.get(2).or(args.kwarg("errors"));
    let Some(obj) = obj else {
        return make_str(&cls, Value::str(""));
    };
    if encoding.is_none() && errors.is_none() {
        let s = ops::str_value(cx, obj)?;
        return make_str(&cls, s);
    }
    if let Some(b) = super::bytearray::bytes_like(obj) {
        let enc = encoding.and_then(|e| e.as_str()).unwrap_or("utf-8");
        let err = errors.and_then(|e| e.as_str()).unwrap_or("strict");
        let s = super::bytes::decode(&b, enc, err)?;
        return make_str(&cls, Value::string(s));
    }
    match obj.payload() {
        Some(Payload::Bytes(b)) => {
            let enc = encoding.and_then(|e| e.as_str()).unwrap_or("utf-8");
            let err = errors.and_then(|e| e.as_str()).unwrap_or("strict");
            let s = super::bytes::decode(b, enc, err)?;
            make_str(&cls, Value::string(s))
        }
        Some(Payload::Str(_)) => Err(type_error("decoding str is not supported")),
        _ => Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            obj.type_name()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(repr_str("a\nb"), "'a\\nb'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("say \"hi\""), "'say \"hi\"'");
        assert_eq!(repr_str("both ' and \""), "'both \\' and \"'");
        assert_eq!(repr_str("\x00\x7f"), "'\\x00\\x7f'");
        assert_eq!(repr_str("é"), "'é'");
        assert_eq!(repr_str("\u{a0}\u{2028}"), "'\\xa0\\u2028'");
        assert_eq!(repr_str("\\"), "'\\\\'");
        assert_eq!(ascii_escape("é😀"), "\\xe9\\U0001f600");
    }
}
