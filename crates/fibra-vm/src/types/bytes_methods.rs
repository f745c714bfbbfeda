//! The named methods shared by `bytes` and `bytearray` (find, split, strip, padding, case
//! conversion, predicates, hex, translate, ...), as CPython's `bytes_methods.c` shares them.
//!
//! Each method is one native function registered on both types: it reads the receiver
//! through [`data`] (borrowed for bytes, a snapshot for a bytearray, so no lock is held while
//! arguments are converted) and builds results with [`out`], which makes a `bytearray` for a
//! bytearray receiver and `bytes` otherwise (subclasses get the base type, as in CPython).
//! Arguments may be any bytes-like object (bytes, bytearray, memoryview, array.array).

use std::borrow::Cow;

use super::bytearray::{is_bytearray, new_bytearray};
use super::common::{clamp_range, margs, opt_index, pad_sides, recv};
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{memory_error, type_error, value_error, PyResult};
use crate::object::{NativeFn, Payload};
use crate::ops;
use crate::value::Value;

/// The methods registered on both `bytes` and `bytearray`.
pub(super) const SHARED: &[(&str, NativeFn)] = &[
    ("capitalize", m_capitalize),
    ("center", m_center),
    ("count", m_count),
    ("decode", m_decode),
    ("endswith", m_endswith),
    ("expandtabs", m_expandtabs),
    ("find", m_find),
    ("hex", m_hex),
    ("index", m_index),
    ("isalnum", m_isalnum),
    ("isalpha", m_isalpha),
    ("isascii", m_isascii),
    ("isdigit", m_isdigit),
    ("islower", m_islower),
    ("isspace", m_isspace),
    ("istitle", m_istitle),
    ("isupper", m_isupper),
    ("join", m_join),
    ("ljust", m_ljust),
    ("lower", m_lower),
    ("lstrip", m_lstrip),
    ("partition", m_partition),
    ("removeprefix", m_removeprefix),
    ("removesuffix", m_removesuffix),
    ("replace", m_replace),
    ("rfind", m_rfind),
    ("rindex", m_rindex),
    ("rjust", m_rjust),
    ("rpartition", m_rpartition),
    ("rsplit", m_rsplit),
    ("rstrip", m_rstrip),
    ("split", m_split),
    ("splitlines", m_splitlines),
    ("startswith", m_startswith),
    ("strip", m_strip),
    ("swapcase", m_swapcase),
    ("title", m_title),
    ("translate", m_translate),
    ("upper", m_upper),
    ("zfill", m_zfill),
];

/// Python's whitespace for bytes: space, \t, \n, \v, \f, \r (Rust's ASCII set lacks \v).
pub(crate) fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// "bytes" or "bytearray", as CPython qualifies some argument-count messages.
fn owner(args: &Args) -> &'static str {
    let r = recv(args);
    let cls = r.as_type().map_or_else(|| r.class().clone(), |_| r.clone());
    if crate::types::is_subclass(&cls, &crate::types::types().bytearray) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// Exactly `n` (0 or 1) positional arguments, with CPython's qualified message
/// ("bytes.zfill() takes exactly one argument (0 given)").
pub(super) fn exact_args<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    let q = format!("{}.{name}", owner(args));
    margs(args, &q, n, n)
}

/// `min..=max` positional arguments, with the "takes at least/most" message of CPython's
/// older argument parsing ("find() takes at least 1 argument (0 given)").
fn range_args<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let pos = &args.pos()[1.min(args.pos().len())..];
    let n = pos.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(pos)
}

/// The receiver's bytes: borrowed for bytes, a snapshot for a bytearray.
fn data<'a>(args: &Args<'a>) -> Cow<'a, [u8]> {
    super::bytearray::bytes_like(recv(args)).unwrap_or(Cow::Borrowed(&[]))
}

/// A result of the receiver's kind: bytearray for a bytearray, bytes otherwise.
fn out(args: &Args, v: Vec<u8>) -> Value {
    if is_bytearray(recv(args)) {
        new_bytearray(v)
    } else {
        Value::bytes(v)
    }
}

/// The contents of a bytes-like argument (any object with CPython's buffer protocol).
pub(crate) fn buffer_of(v: &Value) -> Option<Cow<'_, [u8]>> {
    super::bytearray::bytes_like(v)
        .or_else(|| crate::modules::array::array_bytes(v).map(Cow::Owned))
}

/// A bytes-like argument, or CPython's TypeError.
pub(crate) fn need_buffer(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    buffer_of(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

pub(crate) fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() == 1 {
        return hay.iter().position(|&c| c == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

// ---- searching ----

/// The `sub` of find/count/index: bytes-like, or an int in range(256).
fn needle(cx: &mut Ctx, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_of(v) {
        return Ok(b.into_owned());
    }
    if !super::int::is_int(v) && crate::types::lookup(v.class(), "__index__").is_none() {
        return Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            v.type_name()
        )));
    }
    let i = super::common::index_arg(cx, v)?;
    u8::try_from(i)
        .map(|c| vec![c])
        .map_err(|_| value_error("byte must be in range(0, 256)"))
}

/// The `start`/`end` arguments (a[1], a[2]) clamped to `len`.
fn range_of(cx: &mut Ctx, len: usize, a: &[Value]) -> PyResult<(usize, usize)> {
    for v in a.iter().skip(1) {
        if !v.is_none()
            && !super::int::is_int(v)
            && crate::types::lookup(v.class(), "__index__").is_none()
        {
            return Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            ));
        }
    }
    let s = opt_index(cx, a.get(1))?;
    let e = opt_index(cx, a.get(2))?;
    Ok(clamp_range(s, e, len))
}

fn find_impl(cx: &mut Ctx, args: &Args, name: &str, rev: bool) -> PyResult<i64> {
    args.check_kwargs(name, &[])?;
    let a = range_args(args, name, 1, 3)?;
    let b = data(args);
    let n = needle(cx, &a[0])?;
    let (s, e) = range_of(cx, b.len(), a)?;
    if s > e {
        return Ok(-1);
    }
    let r = if rev {
        rfind_sub(&b[s..e], &n)
    } else {
        find_sub(&b[s..e], &n)
    };
    Ok(r.map_or(-1, |p| (p + s) as i64))
}

fn m_find(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(find_impl(cx, args, "find", false)?))
}
fn m_rfind(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(find_impl(cx, args, "rfind", true)?))
}
fn m_index(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    match find_impl(cx, args, "index", false)? {
        -1 => Err(value_error("subsection not found")),
        i => Ok(Value::int(i)),
    }
}
fn m_rindex(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    match find_impl(cx, args, "rindex", true)? {
        -1 => Err(value_error("subsection not found")),
        i => Ok(Value::int(i)),
    }
}

fn m_count(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("count", &[])?;
    let a = range_args(args, "count", 1, 3)?;
    let b = data(args);
    let n = needle(cx, &a[0])?;
    let (s, e) = range_of(cx, b.len(), a)?;
    if s > e {
        return Ok(Value::int(0));
    }
    let hay = &b[s..e];
    if n.is_empty() {
        return Ok(Value::int(hay.len() as i64 + 1));
    }
    let mut count = 0;
    let mut i = 0;
    while let Some(p) = find_sub(&hay[i..], &n) {
        count += 1;
        i += p + n.len();
    }
    Ok(Value::int(count))
}

fn affix(cx: &mut Ctx, args: &Args, name: &str, end: bool) -> PyResult<Value> {
    args.check_kwargs(name, &[])?;
    let a = range_args(args, name, 1, 3)?;
    let b = data(args);
    let (s, e) = range_of(cx, b.len(), a)?;
    let bad = |v: &Value| {
        type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            v.type_name()
        ))
    };
    let hay = if s > e { None } else { Some(&b[s..e]) };
    let test = |p: &[u8]| match hay {
        None => false,
        Some(h) if end => h.ends_with(p),
        Some(h) => h.starts_with(p),
    };
    if let Some(items) = a[0].as_tuple() {
        for it in items {
            if test(&buffer_of(it).ok_or_else(|| bad(it))?) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    Ok(Value::bool(test(
        &buffer_of(&a[0]).ok_or_else(|| bad(&a[0]))?,
    )))
}

fn m_startswith(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    affix(cx, args, "startswith", false)
}
fn m_endswith(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    affix(cx, args, "endswith", true)
}

// ---- splitting and joining ----

/// `sep` and `maxsplit` of split/rsplit (maxsplit < 0: no limit).
fn split_args<'a>(
    cx: &mut Ctx,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Option<Cow<'a, [u8]>>, usize)> {
    args.check_kwargs(name, &["sep", "maxsplit"])?;
    let pos = &args.pos()[1..];
    if pos.len() > 2 {
        return Err(type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let sep = match pos.first().or(args.kwarg("sep")) {
        Some(v) if !v.is_none() => Some(need_buffer(v)?),
        _ => None,
    };
    let max = match pos.get(1).or(args.kwarg("maxsplit")) {
        Some(v) => super::common::index_arg(cx, v)?,
        None => -1,
    };
    if sep.as_deref().is_some_and(<[u8]>::is_empty) {
        return Err(value_error("empty separator"));
    }
    Ok((sep, usize::try_from(max).unwrap_or(usize::MAX)))
}

fn parts(args: &Args, ps: Vec<&[u8]>) -> Value {
    Value::list(ps.into_iter().map(|p| out(args, p.to_vec())).collect())
}

fn m_split(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (sep, max) = split_args(cx, args, "split")?;
    let b = data(args);
    let b = &*b;
    let mut res = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = b;
            while res.len() < max {
                let Some(p) = find_sub(rest, &sep) else { break };
                res.push(&rest[..p]);
                rest = &rest[p + sep.len()..];
            }
            res.push(rest);
        }
        None => {
            let mut i = 0;
            loop {
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                if i >= b.len() {
                    break;
                }
                if res.len() == max {
                    res.push(&b[i..]);
                    break;
                }
                let st = i;
                while i < b.len() && !is_space(b[i]) {
                    i += 1;
                }
                res.push(&b[st..i]);
            }
        }
    }
    Ok(parts(args, res))
}

fn m_rsplit(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (sep, max) = split_args(cx, args, "rsplit")?;
    let b = data(args);
    let b = &*b;
    let mut res = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = b;
            while res.len() < max {
                let Some(p) = rfind_sub(rest, &sep) else {
                    break;
                };
                res.push(&rest[p + sep.len()..]);
                rest = &rest[..p];
            }
            res.push(rest);
        }
        None => {
            let mut e = b.len();
            loop {
                while e > 0 && is_space(b[e - 1]) {
                    e -= 1;
                }
                if e == 0 {
                    break;
                }
                if res.len() == max {
                    res.push(&b[..e]);
                    break;
                }
                let end = e;
                while e > 0 && !is_space(b[e - 1]) {
                    e -= 1;
                }
                res.push(&b[e..end]);
            }
        }
    }
    res.reverse();
    Ok(parts(args, res))
}

fn m_splitlines(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("splitlines", &["keepends"])?;
    range_args(args, "splitlines", 0, 1)?;
    let keep = match args.arg(1, "keepends") {
        Some(v) => ops::truthy(cx, v)?,
        None => false,
    };
    let b = data(args);
    let mut res = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let c = b[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && b.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            res.push(&b[start..if keep { end } else { i }]);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        res.push(&b[start..]);
    }
    Ok(parts(args, res))
}

fn partition_impl(args: &Args, name: &str, rev: bool) -> PyResult<Value> {
    let a = exact_args(args, name, 1)?;
    let b = data(args);
    let sep = need_buffer(&a[0])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if rev {
        rfind_sub(&b, &sep)
    } else {
        find_sub(&b, &sep)
    };
    let ps: [&[u8]; 3] = match found {
        Some(i) => [&b[..i], &sep, &b[i + sep.len()..]],
        None if rev => [b"", b"", &b],
        None => [&b, b"", b""],
    };
    let mut items: Vec<Value> = ps.iter().map(|p| out(args, p.to_vec())).collect();
    if found.is_some() && !is_bytearray(recv(args)) {
        // CPython's bytes.partition hands back the separator object itself.
        items[1] = a[0].clone();
    }
    Ok(Value::tuple(items))
}

fn m_partition(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    partition_impl(args, "partition", false)
}
fn m_rpartition(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    partition_impl(args, "rpartition", true)
}

fn m_join(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = exact_args(args, "join", 1)?;
    let sep = data(args);
    let items = ops::to_vec(cx, &a[0]).map_err(|e| {
        if e.matches(&crate::types::types().type_error)
            && crate::types::lookup(a[0].class(), "__iter__").is_none()
            && crate::types::lookup(a[0].class(), "__getitem__").is_none()
        {
            type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut res = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let b = buffer_of(it).ok_or_else(|| {
            type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                it.type_name()
            ))
        })?;
        if i > 0 {
            res.try_reserve(sep.len()).map_err(|_| memory_error())?;
            res.extend_from_slice(&sep);
        }
        res.try_reserve(b.len()).map_err(|_| memory_error())?;
        res.extend_from_slice(&b);
    }
    Ok(out(args, res))
}

// ---- trimming, affixes, replacing ----

fn strip_impl(args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let a = margs(args, name, 0, 1)?;
    let b = data(args);
    let chars = match a.first() {
        Some(v) if !v.is_none() => Some(need_buffer(v)?),
        _ => None,
    };
    let strip = |c: u8| match &chars {
        Some(cs) => cs.contains(&c),
        None => is_space(c),
    };
    let (mut s, mut e) = (0, b.len());
    while left && s < e && strip(b[s]) {
        s += 1;
    }
    while right && e > s && strip(b[e - 1]) {
        e -= 1;
    }
    Ok(out(args, b[s..e].to_vec()))
}

fn m_strip(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    strip_impl(args, "strip", true, true)
}
fn m_lstrip(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    strip_impl(args, "lstrip", true, false)
}
fn m_rstrip(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    strip_impl(args, "rstrip", false, true)
}

fn m_removeprefix(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = exact_args(args, "removeprefix", 1)?;
    let b = data(args);
    let p = need_buffer(&a[0])?;
    Ok(out(args, b.strip_prefix(&*p).unwrap_or(&b).to_vec()))
}

fn m_removesuffix(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = exact_args(args, "removesuffix", 1)?;
    let b = data(args);
    let p = need_buffer(&a[0])?;
    Ok(out(args, b.strip_suffix(&*p).unwrap_or(&b).to_vec()))
}

fn m_replace(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "replace", 2, 3)?;
    let b = data(args);
    let old = need_buffer(&a[0])?;
    let new = need_buffer(&a[1])?;
    let mut count = match a.get(2) {
        Some(v) => super::common::index_arg(cx, v)?,
        None => -1,
    };
    let mut res = Vec::new();
    let grow = |res: &mut Vec<u8>, n: usize| res.try_reserve(n).map_err(|_| memory_error());
    if old.is_empty() {
        for &c in b.iter() {
            if count != 0 {
                grow(&mut res, new.len() + 1)?;
                res.extend_from_slice(&new);
                count -= 1;
            }
            res.push(c);
        }
        if count != 0 {
            grow(&mut res, new.len())?;
            res.extend_from_slice(&new);
        }
        return Ok(out(args, res));
    }
    let mut rest = &*b;
    while count != 0 {
        let Some(p) = find_sub(rest, &old) else { break };
        grow(&mut res, p + new.len())?;
        res.extend_from_slice(&rest[..p]);
        res.extend_from_slice(&new);
        rest = &rest[p + old.len()..];
        count -= 1;
    }
    grow(&mut res, rest.len())?;
    res.extend_from_slice(rest);
    Ok(out(args, res))
}

// ---- case ----

fn m_upper(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    exact_args(args, "upper", 0)?;
    Ok(out(args, data(args).to_ascii_uppercase()))
}
fn m_lower(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    exact_args(args, "lower", 0)?;
    Ok(out(args, data(args).to_ascii_lowercase()))
}

fn m_swapcase(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    exact_args(args, "swapcase", 0)?;
    let v = data(args)
        .iter()
        .map(|&c| match c {
            b'a'..=b'z' => c.to_ascii_uppercase(),
            b'A'..=b'Z' => c.to_ascii_lowercase(),
            _ => c,
        })
        .collect();
    Ok(out(args, v))
}

fn m_capitalize(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    exact_args(args, "capitalize", 0)?;
    let mut v = data(args).to_ascii_lowercase();
    if let Some(c) = v.first_mut() {
        c.make_ascii_uppercase();
    }
    Ok(out(args, v))
}

/// `title()`: a letter after a non-letter is upper-cased, any other letter lower-cased.
fn m_title(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    exact_args(args, "title", 0)?;
    let mut prev_cased = false;
    let v = data(args)
        .iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect();
    Ok(out(args, v))
}

// ---- predicates ----

fn all_bytes(args: &Args, name: &str, f: impl Fn(u8) -> bool) -> PyResult<Value> {
    exact_args(args, name, 0)?;
    let b = data(args);
    Ok(Value::bool(!b.is_empty() && b.iter().all(|&c| f(c))))
}

fn m_isalnum(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    all_bytes(args, "isalnum", |c| c.is_ascii_alphanumeric())
}
fn m_isalpha(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    all_bytes(args, "isalpha", |c| c.is_ascii_alphabetic())
}
fn m_isdigit(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    all_bytes(args, "isdigit", |c| c.is_ascii_digit())
}
fn m_isspace(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    all_bytes(args, "isspace", is_space)
}
fn m_isascii(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    exact_args(args, "isascii", 0)?;
    Ok(Value::bool(data(args).is_ascii()))
}

/// islower/isupper: at least one cased byte and none of the other case.
fn cased(args: &Args, name: &str, want_upper: bool) -> PyResult<Value> {
    exact_args(args, name, 0)?;
    let b = data(args);
    let (mut any, mut wrong) = (false, false);
    for &c in b.iter() {
        if c.is_ascii_uppercase() {
            any |= want_upper;
            wrong |= !want_upper;
        } else if c.is_ascii_lowercase() {
            any |= !want_upper;
            wrong |= want_upper;
        }
    }
    Ok(Value::bool(any && !wrong))
}

fn m_islower(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    cased(args, "islower", false)
}
fn m_isupper(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    cased(args, "isupper", true)
}

fn m_istitle(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    exact_args(args, "istitle", 0)?;
    let (mut any, mut prev_cased) = (false, false);
    for &c in data(args).iter() {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            any = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(any))
}

// ---- padding ----

fn width_arg(cx: &mut Ctx, v: &Value) -> PyResult<usize> {
    let w = super::common::index_arg(cx, v)?.max(0) as usize;
    if w > isize::MAX as usize / 4 {
        return Err(memory_error());
    }
    Ok(w)
}

fn pad_impl(cx: &mut Ctx, args: &Args, name: &str, align: char) -> PyResult<Value> {
    let a = margs(args, name, 1, 2)?;
    let w = width_arg(cx, &a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(v) => match v.payload() {
            Some(Payload::Bytes(f)) if f.len() == 1 => f[0],
            _ => match super::bytearray::bytes_like(v) {
                Some(f) if f.len() == 1 && is_bytearray(v) => f[0],
                _ => {
                    return Err(type_error(format!(
                        "{name}() argument 2 must be a byte string of length 1, not {}",
                        v.type_name()
                    )))
                }
            },
        },
    };
    let b = data(args);
    let (left, right) = pad_sides(b.len(), w, align);
    let mut v = Vec::new();
    v.try_reserve(b.len() + left + right)
        .map_err(|_| memory_error())?;
    v.resize(left, fill);
    v.extend_from_slice(&b);
    v.resize(v.len() + right, fill);
    Ok(out(args, v))
}

fn m_center(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    pad_impl(cx, args, "center", '^')
}
fn m_ljust(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    pad_impl(cx, args, "ljust", '<')
}
fn m_rjust(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    pad_impl(cx, args, "rjust", '>')
}

fn m_zfill(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = exact_args(args, "zfill", 1)?;
    let w = width_arg(cx, &a[0])?;
    let b = data(args);
    let (zeros, _) = pad_sides(b.len(), w, '>');
    let sign = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let mut v = Vec::new();
    v.try_reserve(b.len() + zeros).map_err(|_| memory_error())?;
    v.extend_from_slice(&b[..sign]);
    v.resize(sign + zeros, b'0');
    v.extend_from_slice(&b[sign..]);
    Ok(out(args, v))
}

fn m_expandtabs(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("expandtabs", &["tabsize"])?;
    range_args(args, "expandtabs", 0, 1)?;
    let ts = super::str_methods::tabsize_arg(cx, args.arg(1, "tabsize"))?;
    let mut v = Vec::new();
    super::common::expand_tabs(data(args).iter().copied(), ts, &mut v)?;
    Ok(out(args, v))
}

// ---- translate ----

fn m_translate(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("translate", &["delete"])?;
    let pos = &args.pos()[1..];
    if pos.is_empty() {
        return Err(type_error(
            "translate() takes at least 1 positional argument (0 given)",
        ));
    }
    if pos.len() > 2 {
        return Err(type_error(format!(
            "translate() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let table = match &pos[0] {
        v if v.is_none() => None,
        v => {
            let t = need_buffer(v)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match pos.get(1).or(args.kwarg("delete")) {
        Some(v) => need_buffer(v)?,
        None => Cow::Borrowed(&b""[..]),
    };
    let mut gone = [false; 256];
    for &c in delete.iter() {
        gone[c as usize] = true;
    }
    let v = data(args)
        .iter()
        .filter(|&&c| !gone[c as usize])
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(out(args, v))
}

/// `bytes.maketrans(frm, to)` (a static method of both types): a 256-byte table.
pub(super) fn m_maketrans(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("maketrans", 2, 2).map_err(|_| {
        type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.pos().len()
        ))
    })?;
    let frm = need_buffer(&a[0])?;
    let to = need_buffer(&a[1])?;
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255).collect();
    for (&f, &r) in frm.iter().zip(to.iter()) {
        t[f as usize] = r;
    }
    Ok(Value::bytes(t))
}

// ---- codecs and hex ----

fn m_decode(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("decode", &["encoding", "errors"])?;
    let pos = &args.pos()[1..];
    if pos.len() > 2 {
        return Err(type_error(format!(
            "decode() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let str_arg = |v: Option<&Value>, what: &str, dflt: &'static str| -> PyResult<String> {
        match v {
            None => Ok(dflt.to_string()),
            Some(v) => v.as_str().map(str::to_string).ok_or_else(|| {
                type_error(format!(
                    "decode() argument '{what}' must be str, not {}",
                    v.type_name()
                ))
            }),
        }
    };
    let enc = str_arg(pos.first().or(args.kwarg("encoding")), "encoding", "utf-8")?;
    let errors = str_arg(pos.get(1).or(args.kwarg("errors")), "errors", "strict")?;
    Ok(Value::string(super::bytes::decode(
        &data(args),
        &enc,
        &errors,
    )?))
}

fn m_hex(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("hex", &["sep", "bytes_per_sep"])?;
    range_args(args, "hex", 0, 2)?;
    let sep = args.arg(1, "sep");
    let per = args.arg(2, "bytes_per_sep");
    Ok(Value::string(hex_with_sep(cx, &data(args), sep, per)?))
}

/// CPython's `hex(sep, bytes_per_sep)` for bytes, bytearray and memoryview: `sep` (a str
/// or bytes of one ASCII character) every `bytes_per_sep` bytes, counted from the right
/// (from the left when negative).
pub(crate) fn hex_with_sep(
    cx: &mut Ctx,
    b: &[u8],
    sep: Option<&Value>,
    per: Option<&Value>,
) -> PyResult<String> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let sep = match sep {
        None => None,
        Some(v) => {
            let s: Vec<u8> = if let Some(s) = v.as_str() {
                if !s.is_ascii() {
                    return Err(value_error("sep must be ASCII."));
                }
                s.as_bytes().to_vec()
            } else if let Some(s) = super::bytearray::bytes_like(v) {
                s.into_owned()
            } else {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    v.type_name()
                )));
            };
            if s.len() != 1 {
                return Err(value_error("sep must be length 1."));
            }
            if !s[0].is_ascii() {
                return Err(value_error("sep must be ASCII."));
            }
            Some(s[0] as char)
        }
    };
    let per = match per {
        None => 1,
        Some(v) => super::common::index_arg(cx, v)?,
    };
    let mut s = String::new();
    s.try_reserve(b.len() * 3).map_err(|_| memory_error())?;
    let group = per.unsigned_abs().max(1) as usize;
    for (i, &c) in b.iter().enumerate() {
        if let Some(sep) = sep.filter(|_| per != 0 && i > 0) {
            // Groups are anchored at the end for a positive count, at the start otherwise.
            let at = if per > 0 { b.len() - i } else { i };
            if at.is_multiple_of(group) {
                s.push(sep);
            }
        }
        s.push(DIGITS[(c >> 4) as usize] as char);
        s.push(DIGITS[(c & 15) as usize] as char);
    }
    Ok(s)
}

/// `fromhex(string)`: hex digit pairs, with ASCII whitespace allowed between pairs.
pub(super) fn parse_fromhex(args: &Args) -> PyResult<Vec<u8>> {
    let a = exact_args(args, "fromhex", 1)?;
    let s = a[0].as_str().ok_or_else(|| {
        type_error(format!(
            "fromhex() argument must be str, not {}",
            a[0].type_name()
        ))
    })?;
    let bad = |pos: usize| {
        value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let bs = s.as_bytes();
    let mut res = Vec::with_capacity(bs.len() / 2);
    let mut i = 0;
    while i < bs.len() {
        if is_space(bs[i]) {
            i += 1;
            continue;
        }
        let hi = digit(bs[i]).ok_or_else(|| bad(char_pos(s, i)))?;
        let lo = bs
            .get(i + 1)
            .and_then(|&c| digit(c))
            .ok_or_else(|| bad(char_pos(s, i + 1)))?;
        res.push(hi << 4 | lo);
        i += 2;
    }
    Ok(res)
}

/// The character index of byte offset `i` of `s` (positions in messages count characters).
fn char_pos(s: &str, i: usize) -> usize {
    s.char_indices().take_while(|&(b, _)| b < i).count()
}
