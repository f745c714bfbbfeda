//! The named methods of `str` (split, join, strip, find, replace, case conversion,
//! predicates, padding, partition, encode, format, translate, ...).

use super::common::{clamp_range, margs, opt_index, recv};
use super::str::{byte_offset, char_index, sobj};
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{memory_error, type_error, value_error, PyResult};
use crate::object::{Payload, StrObj};
use crate::ops;
use crate::types::{add_methods, types};
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    add_methods(
        &t.str,
        "str",
        &[
            ("split", str_split),
            ("rsplit", str_rsplit),
            ("splitlines", str_splitlines),
            ("join", str_join),
            ("strip", str_strip),
            ("lstrip", str_lstrip),
            ("rstrip", str_rstrip),
            ("replace", str_replace),
            ("find", str_find),
            ("rfind", str_rfind),
            ("index", str_index),
            ("rindex", str_rindex),
            ("count", str_count),
            ("startswith", str_startswith),
            ("endswith", str_endswith),
            ("upper", str_upper),
            ("lower", str_lower),
            ("casefold", str_casefold),
            ("title", str_title),
            ("capitalize", str_capitalize),
            ("swapcase", str_swapcase),
            ("isdigit", str_isdigit),
            ("isdecimal", str_isdecimal),
            ("isnumeric", str_isnumeric),
            ("isalpha", str_isalpha),
            ("isalnum", str_isalnum),
            ("isspace", str_isspace),
            ("isupper", str_isupper),
            ("islower", str_islower),
            ("istitle", str_istitle),
            ("isidentifier", str_isidentifier),
            ("isprintable", str_isprintable),
            ("isascii", str_isascii),
            ("zfill", str_zfill),
            ("center", str_center),
            ("ljust", str_ljust),
            ("rjust", str_rjust),
            ("partition", str_partition),
            ("rpartition", str_rpartition),
            ("expandtabs", str_expandtabs),
            ("encode", str_encode),
            ("format", str_format),
            ("format_map", str_format_map),
            ("translate", str_translate),
            ("removeprefix", str_removeprefix),
            ("removesuffix", str_removesuffix),
        ],
    );
    t.str.set_attr_str(
        "maketrans",
        Value::new_obj(
            types().staticmethod.clone(),
            Payload::StaticMethod(Value::native_fn("maketrans", str_maketrans)),
        ),
    );
}

/// Python's whitespace for `split()`/`strip()`/`isspace()`.
#[inline]
pub(crate) fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn s_of<'a>(args: &Args<'a>) -> &'a str {
    sobj(args).as_str()
}

fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| type_error(format!("{what} must be str, not {}", v.type_name())))
}

fn strs(v: Vec<&str>) -> Value {
    Value::list(v.into_iter().map(Value::str).collect())
}

fn split_args<'a>(cx: &mut Ctx, args: &Args<'a>, name: &str) -> PyResult<(Option<&'a str>, i64)> {
    args.check_kwargs(name, &["sep", "maxsplit"])?;
    let pos = &args.pos()[1..];
    if pos.len() > 2 {
        return Err(type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let sep = match pos.first().or(args.kwarg("sep")) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(
            str_arg(v, "must be str or None, not")
                .map_err(|_| type_error(format!("must be str or None, not {}", v.type_name())))?,
        ),
    };
    let maxsplit = match pos.get(1).or(args.kwarg("maxsplit")) {
        None => -1,
        Some(v) => ops::index(cx, v)?,
    };
    if sep == Some("") {
        return Err(value_error("empty separator"));
    }
    Ok((sep, maxsplit))
}

fn str_split(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = s_of(args);
    let (sep, maxsplit) = split_args(cx, args, "split")?;
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some(sep) => Ok(strs(s.splitn(max.saturating_add(1), sep).collect())),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(py_isspace);
            while !rest.is_empty() {
                if out.len() == max {
                    out.push(rest);
                    break;
                }
                match rest.find(py_isspace) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = rest[i..].trim_start_matches(py_isspace);
                    }
                    None => {
                        out.push(rest);
                        rest = "";
                    }
                }
            }
            Ok(strs(out))
        }
    }
}

fn str_rsplit(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = s_of(args);
    let (sep, maxsplit) = split_args(cx, args, "rsplit")?;
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out: Vec<&str> = match sep {
        Some(sep) => s.rsplitn(max.saturating_add(1), sep).collect(),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(py_isspace);
            while !rest.is_empty() {
                if out.len() == max {
                    out.push(rest);
                    break;
                }
                match rest.rfind(py_isspace) {
                    Some(i) => {
                        let c = rest[i..].chars().next().map_or(1, |c| c.len_utf8());
                        out.push(&rest[i + c..]);
                        rest = rest[..i].trim_end_matches(py_isspace);
                    }
                    None => {
                        out.push(rest);
                        rest = "";
                    }
                }
            }
            out
        }
    };
    out.reverse();
    Ok(strs(out))
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("splitlines", &["keepends"])?;
    let keep = match args.pos().get(1).or(args.kwarg("keepends")) {
        Some(v) => ops::truthy(cx, v)?,
        None => false,
    };
    let s = s_of(args);
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(if keep { &s[start..end] } else { &s[start..i] });
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    Ok(strs(out))
}

fn str_join(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "join", 1, 1)?;
    let sep = s_of(args);
    let items = ops::to_vec(cx, &a[0])?;
    let mut total = 0usize;
    for (i, it) in items.iter().enumerate() {
        match it.as_str() {
            Some(s) => total = total.saturating_add(s.len()),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    it.type_name()
                )))
            }
        }
    }
    total = total.saturating_add(sep.len().saturating_mul(items.len().saturating_sub(1)));
    if items.len() == 1 && items[0].class().is(&types().str) {
        return Ok(items[0].clone());
    }
    let mut out = String::new();
    out.try_reserve_exact(total).map_err(|_| memory_error())?;
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(it.as_str().unwrap_or(""));
    }
    Ok(Value::string(out))
}

fn strip_impl(args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let a = margs(args, name, 0, 1)?;
    let s = s_of(args);
    let r = match a.first() {
        None => trim(s, py_isspace, left, right),
        Some(v) if v.is_none() => trim(s, py_isspace, left, right),
        Some(v) => {
            let chars = v
                .as_str()
                .ok_or_else(|| type_error(format!("{name} arg must be None or str")))?;
            trim(s, |c| chars.contains(c), left, right)
        }
    };
    if r.len() == s.len() && recv(args).class().is(&types().str) {
        return Ok(recv(args).clone());
    }
    Ok(Value::str(r))
}

fn trim(s: &str, f: impl Fn(char) -> bool + Copy, left: bool, right: bool) -> &str {
    let s = if left { s.trim_start_matches(f) } else { s };
    if right {
        s.trim_end_matches(f)
    } else {
        s
    }
}

fn str_strip(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    strip_impl(args, "strip", true, true)
}
fn str_lstrip(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    strip_impl(args, "lstrip", true, false)
}
fn str_rstrip(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    strip_impl(args, "rstrip", false, true)
}

fn str_replace(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "replace", 2, 3)?;
    let s = s_of(args);
    let old = str_arg(&a[0], "replace() argument 1")?;
    let new = str_arg(&a[1], "replace() argument 2")?;
    let count = match a.get(2) {
        Some(v) => ops::index(cx, v)?,
        None => -1,
    };
    if count == 0 {
        return Ok(Value::str(s));
    }
    // Size guard: the result may grow by (occurrences * growth).
    let mut cap = s.len();
    if new.len() > old.len() {
        let occ = if old.is_empty() {
            s.chars().count() + 1
        } else {
            s.matches(old).count()
        };
        let occ = if count < 0 {
            occ
        } else {
            occ.min(count as usize)
        };
        let growth = occ
            .checked_mul(new.len() - old.len())
            .ok_or_else(memory_error)?;
        if s.len()
            .checked_add(growth)
            .is_none_or(|n| n > isize::MAX as usize)
        {
            return Err(memory_error());
        }
        cap = s.len() + growth;
    }
    // Reserve fallibly: a large but representable result raises MemoryError, not an abort.
    let mut r = String::new();
    r.try_reserve_exact(cap).map_err(|_| memory_error())?;
    let mut last = 0;
    for (n, (i, m)) in s.match_indices(old).enumerate() {
        if count >= 0 && n as i64 >= count {
            break;
        }
        r.push_str(&s[last..i]);
        r.push_str(new);
        last = i + m.len();
    }
    r.push_str(&s[last..]);
    Ok(Value::string(r))
}

/// (haystack byte range, char offset of its start) for `start`/`end` char indices.
fn sub_range(cx: &mut Ctx, s: &StrObj, a: &[Value]) -> PyResult<Option<(usize, usize, usize)>> {
    let start = opt_index(cx, a.get(1))?;
    let end = opt_index(cx, a.get(2))?;
    let (cs, ce) = clamp_range(start, end, s.char_len());
    if start.is_some_and(|st| st > s.char_len() as i64) {
        return Ok(None);
    }
    if cs > ce {
        return Ok(None);
    }
    Ok(Some((byte_offset(s, cs), byte_offset(s, ce), cs)))
}

fn find_impl(cx: &mut Ctx, args: &Args, name: &str, rev: bool) -> PyResult<i64> {
    let a = margs(args, name, 1, 3)?;
    let s = sobj(args);
    let sub = a[0]
        .as_str()
        .ok_or_else(|| type_error(format!("must be str, not {}", a[0].type_name())))?;
    let Some((bs, be, _)) = sub_range(cx, s, a)? else {
        return Ok(-1);
    };
    let hay = &s.as_str()[bs..be];
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match found {
        Some(b) => char_index(s, bs + b) as i64,
        None => -1,
    })
}

fn str_find(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(find_impl(cx, args, "find", false)?))
}
fn str_rfind(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(find_impl(cx, args, "rfind", true)?))
}
fn str_index(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    match find_impl(cx, args, "index", false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::int(i)),
    }
}
fn str_rindex(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    match find_impl(cx, args, "rindex", true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::int(i)),
    }
}

fn str_count(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "count", 1, 3)?;
    let s = sobj(args);
    let sub = a[0]
        .as_str()
        .ok_or_else(|| type_error(format!("must be str, not {}", a[0].type_name())))?;
    let Some((bs, be, _)) = sub_range(cx, s, a)? else {
        return Ok(Value::int(0));
    };
    let hay = &s.as_str()[bs..be];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::int(n as i64))
}

fn affix_impl(cx: &mut Ctx, args: &Args, name: &str, end: bool) -> PyResult<Value> {
    let a = margs(args, name, 1, 3)?;
    let s = sobj(args);
    let Some((bs, be, _)) = sub_range(cx, s, a)? else {
        return Ok(Value::FALSE);
    };
    let hay = &s.as_str()[bs..be];
    let test = |p: &str| {
        if end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    if let Some(p) = a[0].as_str() {
        return Ok(Value::bool(test(p)));
    }
    if let Some(items) = a[0].as_tuple() {
        for it in items {
            let p = it.as_str().ok_or_else(|| {
                type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    it.type_name()
                ))
            })?;
            if test(p) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    Err(type_error(format!(
        "{name} first arg must be str or a tuple of str, not {}",
        a[0].type_name()
    )))
}

fn str_startswith(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    affix_impl(cx, args, "startswith", false)
}
fn str_endswith(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    affix_impl(cx, args, "endswith", true)
}

fn str_upper(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "upper", 0, 0)?;
    Ok(Value::string(s_of(args).to_uppercase()))
}
fn str_lower(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "lower", 0, 0)?;
    Ok(Value::string(s_of(args).to_lowercase()))
}
fn str_casefold(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "casefold", 0, 0)?;
    let mut out = String::new();
    for c in s_of(args).chars() {
        match c {
            'ß' => out.push_str("ss"),
            'ς' => out.push('σ'),
            c => out.extend(c.to_lowercase()),
        }
    }
    Ok(Value::string(out))
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase_char(c)
}

/// Unicode category Lt (titlecase letters: `ǅ`, `ᾈ`, ...), which Rust's `char` lacks.
fn is_titlecase_char(c: char) -> bool {
    matches!(c as u32,
        0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf
        | 0x1fbc | 0x1fcc | 0x1ffc)
}

/// The titlecase mapping of `c` (what `str.title()` and `str.capitalize()` apply to the
/// first letter of a word): the uppercase mapping except where Unicode's titlecase
/// differs (digraphs, ligatures, `ß`, Greek with iota subscript, Georgian).
fn push_titlecase(c: char, out: &mut String) {
    let special: Option<&str> = match c as u32 {
        0x1c4..=0x1c6 => Some("\u{1c5}"),
        0x1c7..=0x1c9 => Some("\u{1c8}"),
        0x1ca..=0x1cc => Some("\u{1cb}"),
        0x1f1..=0x1f3 => Some("\u{1f2}"),
        0xdf => Some("Ss"),
        0x587 => Some("\u{535}\u{582}"),
        0xfb00 => Some("Ff"),
        0xfb01 => Some("Fi"),
        0xfb02 => Some("Fl"),
        0xfb03 => Some("Ffi"),
        0xfb04 => Some("Ffl"),
        0xfb05 | 0xfb06 => Some("St"),
        0xfb13 => Some("\u{544}\u{576}"),
        0xfb14 => Some("\u{544}\u{565}"),
        0xfb15 => Some("\u{544}\u{56b}"),
        0xfb16 => Some("\u{54e}\u{576}"),
        0xfb17 => Some("\u{544}\u{56d}"),
        0x1fb2 => Some("\u{1fba}\u{345}"),
        0x1fb4 => Some("\u{386}\u{345}"),
        0x1fb7 => Some("\u{391}\u{342}\u{345}"),
        0x1fc2 => Some("\u{1fca}\u{345}"),
        0x1fc4 => Some("\u{389}\u{345}"),
        0x1fc7 => Some("\u{397}\u{342}\u{345}"),
        0x1ff2 => Some("\u{1ffa}\u{345}"),
        0x1ff4 => Some("\u{38f}\u{345}"),
        0x1ff7 => Some("\u{3a9}\u{342}\u{345}"),
        _ => None,
    };
    if let Some(t) = special {
        out.push_str(t);
        return;
    }
    let u = c as u32;
    let mapped = match u {
        // ᾀ..ᾇ, ᾐ..ᾗ, ᾠ..ᾧ title-case to ᾈ..ᾏ etc. (one letter); the titlecase ones and
        // the Georgian letters (whose uppercase is Mtavruli) stay as they are.
        0x1f80..=0x1f87 | 0x1f90..=0x1f97 | 0x1fa0..=0x1fa7 => char::from_u32(u + 8),
        0x1fb3 | 0x1fc3 | 0x1ff3 => char::from_u32(u + 9),
        _ if is_titlecase_char(c) => Some(c),
        0x10d0..=0x10fa | 0x10fd..=0x10ff => Some(c),
        _ => None,
    };
    match mapped {
        Some(m) => out.push(m),
        None => out.extend(c.to_uppercase()),
    }
}

/// Approximates Unicode's Case_Ignorable for the final-sigma rule: combining marks and
/// the common apostrophes and word-internal punctuation.
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c as u32,
        0x27 | 0x2e | 0x3a | 0x5e | 0x60 | 0xad | 0xb7 | 0x300..=0x36f | 0x2019
    )
}

/// Pushes the lowercase of `cs[i]`, with `Σ` becoming the final `ς` after a cased letter
/// and not before one (CPython's `handle_capital_sigma`, as `str.lower` does).
fn push_lower(cs: &[char], i: usize, out: &mut String) {
    let c = cs[i];
    if c == 'Σ' {
        let before = cs[..i]
            .iter()
            .rev()
            .find(|&&x| !is_case_ignorable(x))
            .is_some_and(|&x| is_cased(x));
        let after = cs[i + 1..]
            .iter()
            .find(|&&x| !is_case_ignorable(x))
            .is_some_and(|&x| is_cased(x));
        out.push(if before && !after { 'ς' } else { 'σ' });
        return;
    }
    out.extend(c.to_lowercase());
}

fn str_title(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "title", 0, 0)?;
    let mut out = String::new();
    let mut prev_cased = false;
    let cs: Vec<char> = s_of(args).chars().collect();
    for (i, &c) in cs.iter().enumerate() {
        if prev_cased {
            push_lower(&cs, i, &mut out);
        } else {
            push_titlecase(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    Ok(Value::string(out))
}

fn str_capitalize(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "capitalize", 0, 0)?;
    let mut out = String::new();
    let cs: Vec<char> = s_of(args).chars().collect();
    if let Some(&c) = cs.first() {
        push_titlecase(c, &mut out);
    }
    for i in 1..cs.len() {
        push_lower(&cs, i, &mut out);
    }
    Ok(Value::string(out))
}

fn str_swapcase(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "swapcase", 0, 0)?;
    let mut out = String::new();
    let cs: Vec<char> = s_of(args).chars().collect();
    for (i, &c) in cs.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&cs, i, &mut out);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(Value::string(out))
}

/// Unicode category Nd, approximated: numeric chars outside the known No/Nl blocks.
pub(crate) fn is_decimal_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    c.is_numeric()
        && !matches!(c as u32,
            0xb2 | 0xb3 | 0xb9 | 0xbc..=0xbe | 0x9f4..=0x9f9 | 0xbf0..=0xbf2 | 0xf2a..=0xf33
            | 0x1369..=0x137c | 0x16ee..=0x16f0 | 0x2070..=0x209f | 0x2150..=0x218f
            | 0x2460..=0x24ff | 0x2776..=0x2793 | 0x2cfd | 0x3007 | 0x3021..=0x3029
            | 0x3038..=0x303a | 0x3192..=0x3195 | 0x3220..=0x3229 | 0x3248..=0x325f
            | 0x3280..=0x3289 | 0x32b1..=0x32bf | 0x10107..=0x10133 | 0x1f100..=0x1f10c)
}

/// The value of a decimal (Nd) char: Nd digits come in runs of ten from zero (the
/// mathematical digits in five such runs back to back), so it is the distance from the
/// start of its run, modulo 10.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    if !is_decimal_char(c) {
        return None;
    }
    let mut start = c as u32;
    while start > 0 && char::from_u32(start - 1).is_some_and(is_decimal_char) {
        start -= 1;
    }
    Some((c as u32 - start) % 10)
}

/// As CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`, for `int()` and `float()` of a
/// str: Unicode decimal digits become ASCII digits and Unicode spaces ASCII spaces.
pub(crate) fn decimal_and_space_to_ascii(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if c.is_whitespace() {
                ' '
            } else if let Some(d) = decimal_value(c) {
                char::from_digit(d, 10).unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

fn is_digit_char(c: char) -> bool {
    is_decimal_char(c)
        || matches!(c as u32,
            0xb2 | 0xb3 | 0xb9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468
            | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24ea | 0x24f5..=0x24fd | 0x24ff
            | 0x2776..=0x277e | 0x2780..=0x2788 | 0x278a..=0x2792 | 0x1369..=0x1371
            | 0x1f100..=0x1f10a)
}

fn all_chars(args: &Args, f: impl Fn(char) -> bool) -> PyResult<Value> {
    let s = s_of(args);
    Ok(Value::bool(!s.is_empty() && s.chars().all(f)))
}

fn str_isdigit(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    all_chars(args, is_digit_char)
}
fn str_isdecimal(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    all_chars(args, is_decimal_char)
}
fn str_isnumeric(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    all_chars(args, |c| {
        c.is_numeric()
            || matches!(
                c,
                '一' | '二'
                    | '三'
                    | '四'
                    | '五'
                    | '六'
                    | '七'
                    | '八'
                    | '九'
                    | '十'
                    | '〇'
                    | '百'
                    | '千'
                    | '万'
            )
    })
}
fn str_isalpha(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    all_chars(args, char::is_alphabetic)
}
fn str_isalnum(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    all_chars(args, |c| c.is_alphabetic() || c.is_numeric())
}
fn str_isspace(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    all_chars(args, py_isspace)
}
fn str_isupper(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = s_of(args);
    Ok(Value::bool(
        s.chars().any(is_cased) && !s.chars().any(|c| c.is_lowercase() || is_titlecase_char(c)),
    ))
}
fn str_islower(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = s_of(args);
    Ok(Value::bool(
        s.chars().any(is_cased) && !s.chars().any(|c| c.is_uppercase() || is_titlecase_char(c)),
    ))
}
fn str_istitle(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s_of(args).chars() {
        if c.is_uppercase() || is_titlecase_char(c) {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

/// Is `s` a valid identifier (approximating XID_Start/XID_Continue)?
pub(crate) fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

fn str_isidentifier(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(is_identifier(s_of(args))))
}
fn str_isprintable(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(
        s_of(args).chars().all(super::str::is_printable),
    ))
}
fn str_isascii(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(sobj(args).is_ascii()))
}

fn width_arg(cx: &mut Ctx, v: &Value) -> PyResult<usize> {
    let w = ops::index(cx, v)?;
    let w = w.max(0) as usize;
    if w > isize::MAX as usize / 4 {
        return Err(memory_error());
    }
    Ok(w)
}

fn fill_arg(v: Option<&Value>, name: &str) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(v) => {
            let s = v.as_str().ok_or_else(|| {
                type_error(format!(
                    "{name}() argument 2 must be str, not {}",
                    v.type_name()
                ))
            })?;
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(type_error(
                    "The fill character must be exactly one character long",
                )),
            }
        }
    }
}

fn pad_impl(cx: &mut Ctx, args: &Args, name: &str, align: char) -> PyResult<Value> {
    let a = margs(args, name, 1, 2)?;
    let w = width_arg(cx, &a[0])?;
    let fill = fill_arg(a.get(1), name)?;
    let s = sobj(args);
    let n = s.char_len();
    if w <= n {
        if recv(args).class().is(&types().str) {
            return Ok(recv(args).clone());
        }
        return Ok(Value::str(s.as_str()));
    }
    let (left, right) = super::common::pad_sides(n, w, align);
    let total = left + right;
    let mut out = String::new();
    out.try_reserve(s.as_str().len() + total * fill.len_utf8())
        .map_err(|_| memory_error())?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::string(out))
}

fn str_center(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    pad_impl(cx, args, "center", '^')
}
fn str_ljust(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    pad_impl(cx, args, "ljust", '<')
}
fn str_rjust(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    pad_impl(cx, args, "rjust", '>')
}

fn str_zfill(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "zfill", 1, 1)?;
    let w = width_arg(cx, &a[0])?;
    let s = sobj(args);
    let n = s.char_len();
    if w <= n {
        return Ok(Value::str(s.as_str()));
    }
    let st = s.as_str();
    let (sign, rest) = match st.as_bytes().first() {
        Some(b'+' | b'-') => st.split_at(1),
        _ => ("", st),
    };
    let mut out = String::new();
    out.try_reserve(w + st.len()).map_err(|_| memory_error())?;
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', w - n));
    out.push_str(rest);
    Ok(Value::string(out))
}

fn partition_impl(args: &Args, name: &str, rev: bool) -> PyResult<Value> {
    let a = margs(args, name, 1, 1)?;
    let s = s_of(args);
    let sep = a[0]
        .as_str()
        .ok_or_else(|| type_error(format!("must be str, not {}", a[0].type_name())))?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if rev => ["", "", s],
        None => [s, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

fn str_partition(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    partition_impl(args, "partition", false)
}
fn str_rpartition(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    partition_impl(args, "rpartition", true)
}

/// The `tabsize` argument of str/bytes `expandtabs` (default 8). CPython takes a C int: a
/// larger tab size is an OverflowError, not a huge string.
pub(super) fn tabsize_arg(cx: &mut Ctx, v: Option<&Value>) -> PyResult<i64> {
    let c_int_overflow = || {
        crate::error::Exc::new(
            &types().overflow_error,
            "Python int too large to convert to C int",
        )
    };
    match v {
        Some(v) => match ops::index(cx, v) {
            Ok(n) if i32::try_from(n).is_ok() => Ok(n),
            Ok(_) => Err(c_int_overflow()),
            Err(e) if e.matches(&types().index_error) => Err(c_int_overflow()),
            Err(e) => Err(e),
        },
        None => Ok(8),
    }
}

fn str_expandtabs(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("expandtabs", &["tabsize"])?;
    let ts = tabsize_arg(cx, args.pos().get(1).or(args.kwarg("tabsize")))?;
    let mut out = String::new();
    super::common::expand_tabs(s_of(args).chars(), ts, &mut out)?;
    Ok(Value::string(out))
}

fn str_encode(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("encode", &["encoding", "errors"])?;
    let pos = &args.pos()[1..];
    let enc = pos
        .first()
        .or(args.kwarg("encoding"))
        .map(|v| str_arg(v, "encode() argument 'encoding'"))
        .transpose()?
        .unwrap_or("utf-8");
    let errors = pos
        .get(1)
        .or(args.kwarg("errors"))
        .map(|v| str_arg(v, "encode() argument 'errors'"))
        .transpose()?
        .unwrap_or("strict");
    Ok(Value::bytes(super::bytes::encode(s_of(args), enc, errors)?))
}

fn str_format(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let kw: Vec<(&str, &Value)> = args.kwargs().collect();
    let r = super::str_format::format(cx, s_of(args), pos, &super::str_format::Named::Kw(&kw))?;
    Ok(Value::string(r))
}

fn str_format_map(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "format_map", 1, 1)?;
    let r = super::str_format::format(cx, s_of(args), &[], &super::str_format::Named::Map(&a[0]))?;
    Ok(Value::string(r))
}

fn str_removeprefix(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "removeprefix", 1, 1)?;
    let p = a[0].as_str().ok_or_else(|| {
        type_error(format!(
            "removeprefix() argument must be str, not {}",
            a[0].type_name()
        ))
    })?;
    Ok(Value::str(s_of(args).strip_prefix(p).unwrap_or(s_of(args))))
}

fn str_removesuffix(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "removesuffix", 1, 1)?;
    let p = a[0].as_str().ok_or_else(|| {
        type_error(format!(
            "removesuffix() argument must be str, not {}",
            a[0].type_name()
        ))
    })?;
    Ok(Value::str(s_of(args).strip_suffix(p).unwrap_or(s_of(args))))
}

/// `str.maketrans(x[, y[, z]])` -> dict of code point -> code point / str / None.
fn str_maketrans(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("maketrans", 1, 3)?;
    let d = Value::dict();
    let Some(Payload::Dict(dict)) = d.payload() else {
        return Ok(d);
    };
    if a.len() == 1 {
        let Some(Payload::Dict(src)) = a[0].payload() else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, v) in src.items() {
            let key = match k.as_str() {
                Some(s) if s.chars().count() == 1 => {
                    Value::int(s.chars().next().map_or(0, |c| c as i64))
                }
                Some(_) => {
                    return Err(value_error(
                        "string keys in translate table must be of length 1",
                    ))
                }
                None => k,
            };
            dict.set(cx, key, v)?;
        }
        return Ok(d);
    }
    let x = str_arg(&a[0], "maketrans() argument 1")?;
    let y = str_arg(&a[1], "maketrans() argument 2")?;
    if x.chars().count() != y.chars().count() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (c, r) in x.chars().zip(y.chars()) {
        dict.set(cx, Value::int(c as i64), Value::int(r as i64))?;
    }
    if let Some(z) = a.get(2) {
        for c in str_arg(z, "maketrans() argument 3")?.chars() {
            dict.set(cx, Value::int(c as i64), Value::NONE)?;
        }
    }
    Ok(d)
}

fn str_translate(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "translate", 1, 1)?;
    let table = &a[0];
    let mut out = String::new();
    for c in s_of(args).chars() {
        let r = match ops::getitem(cx, table, &Value::int(c as i64)) {
            Ok(v) => Some(v),
            Err(e) if e.matches(&types().lookup_error) => None,
            Err(e) => return Err(e),
        };
        match r {
            None => out.push(c),
            Some(v) if v.is_none() => {}
            Some(v) => {
                if let Some(s) = v.as_str() {
                    out.push_str(s);
                } else if let Some(i) = v.as_int() {
                    let ch = u32::try_from(i)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| {
                            value_error("character mapping must be in range(0x110000)")
                        })?;
                    out.push(ch);
                } else {
                    return Err(type_error(
                        "character mapping must return integer, None or str",
                    ));
                }
            }
        }
    }
    Ok(Value::string(out))
}
