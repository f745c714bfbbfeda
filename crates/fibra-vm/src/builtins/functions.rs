//! Object, attribute and conversion builtins: `len`, `repr`, `ascii`, `hash`, `id`,
//! `callable`, `isinstance`, `issubclass`, `getattr`/`setattr`/`hasattr`/`delattr`,
//! `globals`, `locals`, `vars`,
//! `dir`, `ord`, `chr`, `hex`, `oct`, `bin`, `format`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, Exc, PyResult};
use crate::object::Payload;
use crate::ops;
use crate::types::{self, types};
use crate::value::Value;

pub(crate) fn register(m: &Value) {
    m.add_fn("len", builtin_len);
    m.add_fn("repr", builtin_repr);
    m.add_fn("ascii", builtin_ascii);
    m.add_fn("hash", builtin_hash);
    m.add_fn("id", builtin_id);
    m.add_fn("callable", builtin_callable);
    m.add_fn("isinstance", builtin_isinstance);
    m.add_fn("issubclass", builtin_issubclass);
    m.add_fn("getattr", builtin_getattr);
    m.add_fn("setattr", builtin_setattr);
    m.add_fn("hasattr", builtin_hasattr);
    m.add_fn("delattr", builtin_delattr);
    for (name, func) in [
        ("globals", builtin_globals as crate::object::NativeFn),
        ("locals", builtin_locals),
        ("vars", builtin_vars),
        ("dir", builtin_dir),
    ] {
        m.set_attr_str(name, Value::native_fn_reading_caller(name, func));
    }
    m.add_fn("ord", builtin_ord);
    m.add_fn("chr", builtin_chr);
    m.add_fn("hex", builtin_hex);
    m.add_fn("oct", builtin_oct);
    m.add_fn("bin", builtin_bin);
    m.add_fn("format", builtin_format);
}

fn builtin_len(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("len", 1, 1)?;
    Ok(Value::int(ops::len(cx, &a[0])? as i64))
}

fn builtin_repr(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("repr", 1, 1)?;
    Ok(Value::string(ops::repr(cx, &a[0])?))
}

/// Escapes the non-ASCII characters of a repr as `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn builtin_ascii(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("ascii", 1, 1)?;
    let r = ops::repr(cx, &a[0])?;
    Ok(Value::string(ascii_escape(&r)))
}

fn builtin_hash(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("hash", 1, 1)?;
    Ok(Value::int(ops::hash(cx, &a[0])?))
}

/// `id(v)`: the value's word, stable for the object's lifetime.
fn builtin_id(_cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("id", 1, 1)?;
    Ok(Value::bigint(BigInt::from(a[0].raw())))
}

/// Is `v` callable (functions, methods, classes, objects whose class has `__call__`)?
pub fn is_callable(v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Function(_)
            | Payload::NativeFunction(_)
            | Payload::BoundMethod(_)
            | Payload::Type(_),
        ) => true,
        _ => types::lookup(v.class(), "__call__").is_some(),
    }
}

fn builtin_callable(_cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("callable", 1, 1)?;
    Ok(Value::bool(is_callable(&a[0])))
}

fn builtin_isinstance(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("isinstance", 2, 2)?;
    Ok(Value::bool(ops::isinstance_hooked(cx, &a[0], &a[1])?))
}

fn builtin_issubclass(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("issubclass", 2, 2)?;
    Ok(Value::bool(ops::issubclass_hooked(cx, &a[0], &a[1])?))
}

fn attr_name(v: &Value) -> PyResult<&str> {
    v.as_str().ok_or_else(|| {
        type_error(format!(
            "attribute name must be string, not '{}'",
            v.type_name()
        ))
    })
}

fn builtin_getattr(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("getattr", 2, 3)?;
    let name = attr_name(&a[1])?;
    if a.len() == 3 {
        return Ok(ops::getattr_opt(cx, &a[0], name)?.unwrap_or_else(|| a[2].clone()));
    }
    ops::getattr(cx, &a[0], name)
}

fn builtin_setattr(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("setattr", 3, 3)?;
    let name = attr_name(&a[1])?;
    ops::setattr(cx, &a[0], name, a[2].clone())?;
    Ok(Value::NONE)
}

fn builtin_hasattr(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("hasattr", 2, 2)?;
    let name = attr_name(&a[1])?;
    Ok(Value::bool(ops::getattr_opt(cx, &a[0], name)?.is_some()))
}

fn builtin_delattr(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("delattr", 2, 2)?;
    let name = attr_name(&a[1])?;
    ops::delattr(cx, &a[0], name)?;
    Ok(Value::NONE)
}

/// The calling script frame's namespaces (handed over by the interpreter for a direct
/// call; a call from native code, such as `map(globals, ...)`, has none).
pub(crate) fn caller_scope(
    cx: &mut Ctx,
    name: &str,
) -> PyResult<crate::interp::frame::CallerScope> {
    cx.caller.take().ok_or_else(|| {
        Exc::new(
            &types().runtime_error,
            format!("{name}(): no calling script frame (called from native code)"),
        )
    })
}

fn builtin_globals(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("globals", 0, 0)?;
    Ok(caller_scope(cx, "globals")?.globals)
}

fn builtin_locals(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("locals", 0, 0)?;
    Ok(caller_scope(cx, "locals")?.locals)
}

fn builtin_vars(cx: &mut Ctx, args: &Args) -> PyResult {
    if args.pos().len() > 1 {
        return Err(type_error(format!(
            "vars expected at most 1 argument, got {}",
            args.pos().len()
        )));
    }
    let a = args.check("vars", 0, 1)?;
    if a.is_empty() {
        return Ok(caller_scope(cx, "vars")?.locals);
    }
    match ops::getattr_opt(cx, &a[0], "__dict__")? {
        Some(d) => Ok(d),
        None => Err(type_error("vars() argument must have __dict__ attribute")),
    }
}

/// The attribute names `dir(obj)` lists: instance dict, then the class and its MRO (for a
/// class: the class and its MRO), sorted and deduplicated.
pub fn dir_names(obj: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut add_ns = |v: &Value| {
        if let Some(ns) = v.namespace() {
            for k in ns.keys() {
                if let Some(s) = k.as_str() {
                    names.push(s.to_string());
                }
            }
        }
    };
    add_ns(obj);
    if !matches!(obj.payload(), Some(Payload::Module(_))) {
        let cls = if obj.is_type() { obj } else { obj.class() };
        if let Some(t) = cls.as_type() {
            for c in t.mro_with(cls) {
                add_ns(c);
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

fn builtin_dir(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("dir", 0, 1)?;
    if a.is_empty() {
        // The names of the caller's local scope, sorted.
        let locals = caller_scope(cx, "dir")?.locals;
        let mut names: Vec<String> = locals
            .namespace()
            .or_else(|| crate::interp::eval::as_dict(&locals))
            .map(|d| {
                d.keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        return Ok(Value::list(names.into_iter().map(Value::string).collect()));
    }
    let names = dir_names(&a[0]);
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn builtin_ord(_cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("ord", 1, 1)?;
    match a[0].payload() {
        Some(Payload::Str(s)) => {
            let n = s.char_len();
            if n != 1 {
                return Err(type_error(format!(
                    "ord() expected a character, but string of length {n} found"
                )));
            }
            Ok(Value::int(s.char_at(0).map_or(0, |c| c as i64)))
        }
        Some(Payload::Bytes(b)) => {
            if b.len() != 1 {
                return Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::int(b[0] as i64))
        }
        Some(Payload::Native(_)) if crate::types::bytearray::is_bytearray(&a[0]) => {
            let b = crate::types::bytearray::bytes_like(&a[0]).unwrap_or_default();
            if b.len() != 1 {
                return Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::int(b[0] as i64))
        }
        _ => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            a[0].type_name()
        ))),
    }
}

fn builtin_chr(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("chr", 1, 1)?;
    if a[0].as_float().is_some() {
        return Err(type_error("integer argument expected, got float"));
    }
    let n = match ops::index(cx, &a[0]) {
        Ok(n) => n,
        Err(e) if e.matches(&types().index_error) => {
            return Err(Exc::new(
                &types().overflow_error,
                "Python int too large to convert to C int",
            ))
        }
        Err(e) => return Err(e),
    };
    if !(0..0x110000).contains(&n) {
        return Err(Exc::new(
            &types().value_error,
            "chr() arg not in range(0x110000)",
        ));
    }
    // Lone surrogates cannot live in a Rust string: they become U+FFFD.
    let c = char::from_u32(n as u32).unwrap_or('\u{FFFD}');
    Ok(Value::string(c.to_string()))
}

/// An integer argument (int, bool or `__index__`) as a big integer.
pub fn index_bigint(cx: &mut Ctx, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = v.as_bigint() {
        return Ok(b);
    }
    match ops::call_special(cx, v, "__index__", &[])? {
        Some(r) => r.as_bigint().ok_or_else(|| {
            type_error(format!(
                "__index__ returned non-int (type {})",
                r.type_name()
            ))
        }),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

/// `-0x1f`-style rendering used by `hex`, `oct` and `bin`.
pub fn int_to_prefixed(n: &BigInt, radix: u32, prefix: &str) -> String {
    let digits = n.abs().to_str_radix(radix);
    if n.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    }
}

fn radix_builtin(cx: &mut Ctx, args: &Args, name: &str, radix: u32, prefix: &str) -> PyResult {
    let a = args.check(name, 1, 1)?;
    if let Some(i) = a[0].as_small_int() {
        let s = match (radix, i < 0) {
            (16, false) => format!("0x{i:x}"),
            (8, false) => format!("0o{i:o}"),
            (2, false) => format!("0b{i:b}"),
            _ => int_to_prefixed(&BigInt::from(i), radix, prefix),
        };
        return Ok(Value::string(s));
    }
    let n = index_bigint(cx, &a[0])?;
    Ok(Value::string(int_to_prefixed(&n, radix, prefix)))
}

fn builtin_hex(cx: &mut Ctx, args: &Args) -> PyResult {
    radix_builtin(cx, args, "hex", 16, "0x")
}

fn builtin_oct(cx: &mut Ctx, args: &Args) -> PyResult {
    radix_builtin(cx, args, "oct", 8, "0o")
}

fn builtin_bin(cx: &mut Ctx, args: &Args) -> PyResult {
    radix_builtin(cx, args, "bin", 2, "0b")
}

fn builtin_format(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("format", 1, 2)?;
    let spec = match a.get(1) {
        None => "",
        Some(s) => s.as_str().ok_or_else(|| {
            type_error(format!(
                "format() argument 2 must be str, not {}",
                s.type_name()
            ))
        })?,
    };
    Ok(Value::string(ops::format(cx, &a[0], spec)?))
}

/// Converts a Python int to i64 or raises OverflowError with `msg`.
pub fn bigint_to_i64(b: &BigInt, msg: &str) -> PyResult<i64> {
    b.to_i64()
        .ok_or_else(|| Exc::new(&types().overflow_error, msg.to_string()))
}

/// Is `b` zero?
pub fn is_zero(b: &BigInt) -> bool {
    b.is_zero()
}
