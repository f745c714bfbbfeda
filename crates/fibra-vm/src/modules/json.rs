//! The `json` module: `dumps`/`dump` (an encoder with CPython's output format and errors) and
//! `loads`/`load` (see `json_decode`), plus `json.JSONDecodeError`.

use std::sync::atomic::Ordering;
use std::sync::OnceLock;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, value_error, Exc, PyResult};
use crate::object::Payload;
use crate::ops;
use crate::types::{self, types};
use crate::value::Value;

use super::json_decode::{decode, DecodeOptions, Fail};

fn decode_error_class() -> &'static Value {
    static C: OnceLock<Value> = OnceLock::new();
    C.get_or_init(|| {
        super::new_exception_class("JSONDecodeError", "json.decoder", &types().value_error)
    })
}

/// Builds `json`.
pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("json");
    m.set_attr_str("JSONDecodeError", decode_error_class().clone());
    m.add_fn("dumps", json_dumps);
    m.add_fn("dump", json_dump);
    m.add_fn("loads", json_loads);
    m.add_fn("load", json_load);
    let decoder = Value::module("json.decoder");
    decoder.set_attr_str("JSONDecodeError", decode_error_class().clone());
    m.set_attr_str("decoder", decoder);
    Ok(m)
}

// ---- encoding -----------------------------------------------------------------------------

/// Encoder settings (the keyword arguments of `dumps`).
pub struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    skipkeys: bool,
    check_circular: bool,
    default: Option<Value>,
    max_depth: usize,
    /// Whether CPython would run its C encoder (`dumps` without indent), whose messages name
    /// types by `tp_name` (`re.Pattern`); the Python one says `__name__` (`Pattern`).
    c_names: bool,
    /// Containers being encoded (for the circular reference check).
    stack: Vec<u64>,
}

/// Appends `s` as a JSON string literal.
pub fn encode_str(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ensure_ascii && !c.is_ascii() => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encoder {
    fn float(&self, cx: &mut Ctx, v: &Value, f: f64, out: &mut String) -> PyResult<()> {
        if f.is_finite() {
            out.push_str(&ops::repr(cx, v)?);
            return Ok(());
        }
        if !self.allow_nan {
            return Err(value_error(format!(
                "Out of range float values are not JSON compliant: {}",
                ops::repr(cx, v)?
            )));
        }
        out.push_str(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    fn newline(&self, level: usize, out: &mut String) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, v: &Value, level: usize) -> PyResult<()> {
        if level >= self.max_depth {
            return Err(Exc::new(
                &types().recursion_error,
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        if self.check_circular {
            if self.stack.contains(&v.raw()) {
                return Err(value_error("Circular reference detected"));
            }
            self.stack.push(v.raw());
        }
        Ok(())
    }

    fn leave(&mut self) {
        if self.check_circular {
            self.stack.pop();
        }
    }

    /// A dict key as a JSON key string; None to skip it (skipkeys).
    fn key(&self, cx: &mut Ctx, k: &Value) -> PyResult<Option<String>> {
        if let Some(s) = k.as_str() {
            return Ok(Some(s.to_string()));
        }
        if k.is(&Value::TRUE) {
            return Ok(Some("true".into()));
        }
        if k.is(&Value::FALSE) {
            return Ok(Some("false".into()));
        }
        if k.is_none() {
            return Ok(Some("null".into()));
        }
        if let Some(b) = k.as_bigint() {
            return Ok(Some(b.to_string()));
        }
        if let Some(f) = k.as_float() {
            let mut s = String::new();
            self.float(cx, k, f, &mut s)?;
            return Ok(Some(s));
        }
        if self.skipkeys {
            return Ok(None);
        }
        Err(type_error(format!(
            "keys must be str, int, float, bool or None, not {}",
            if self.c_names {
                k.type_name()
            } else {
                k.class_name()
            }
        )))
    }

    /// Encodes `v` at nesting `level` into `out`.
    pub fn encode(
        &mut self,
        cx: &mut Ctx,
        v: &Value,
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        if v.is_none() {
            out.push_str("null");
            return Ok(());
        }
        if v.is(&Value::TRUE) {
            out.push_str("true");
            return Ok(());
        }
        if v.is(&Value::FALSE) {
            out.push_str("false");
            return Ok(());
        }
        if let Some(i) = v.as_small_int() {
            out.push_str(&i.to_string());
            return Ok(());
        }
        match v.payload() {
            Some(Payload::Str(s)) => {
                encode_str(s.as_str(), self.ensure_ascii, out);
                return Ok(());
            }
            Some(Payload::Int(b)) => {
                out.push_str(&b.to_string());
                return Ok(());
            }
            Some(Payload::Float(f)) => return self.float(cx, v, *f, out),
            Some(Payload::List(_) | Payload::Tuple(_)) => {
                let items = ops::to_vec(cx, v)?;
                if items.is_empty() {
                    out.push_str("[]");
                    return Ok(());
                }
                self.enter(v, level)?;
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&self.item_sep);
                    }
                    self.newline(level + 1, out);
                    self.encode(cx, item, level + 1, out)?;
                }
                self.newline(level, out);
                out.push(']');
                self.leave();
                return Ok(());
            }
            Some(Payload::Dict(d)) => {
                let mut items = d.items();
                if items.is_empty() {
                    out.push_str("{}");
                    return Ok(());
                }
                self.enter(v, level)?;
                if self.sort_keys {
                    sort_items(cx, &mut items)?;
                }
                out.push('{');
                let mut first = true;
                for (k, val) in &items {
                    let Some(key) = self.key(cx, k)? else {
                        continue;
                    };
                    if !first {
                        out.push_str(&self.item_sep);
                    }
                    first = false;
                    self.newline(level + 1, out);
                    encode_str(&key, self.ensure_ascii, out);
                    out.push_str(&self.key_sep);
                    self.encode(cx, val, level + 1, out)?;
                }
                self.newline(level, out);
                out.push('}');
                self.leave();
                return Ok(());
            }
            _ => {}
        }
        // Subclasses of int/float/str encode as their base value.
        if types::is_instance(v, &types().int) {
            if let Some(b) = v.as_bigint() {
                out.push_str(&b.to_string());
                return Ok(());
            }
        }
        match self.default.clone() {
            Some(f) => {
                self.enter(v, level)?;
                let r = ops::call(cx, &f, std::slice::from_ref(v))?;
                self.encode(cx, &r, level, out)?;
                self.leave();
                Ok(())
            }
            None => Err(type_error(format!(
                "Object of type {} is not JSON serializable",
                v.class_name()
            ))),
        }
    }
}

/// Sorts dict items by key (plain string order when every key is a str, else `<`).
fn sort_items(cx: &mut Ctx, items: &mut Vec<(Value, Value)>) -> PyResult<()> {
    if items.iter().all(|(k, _)| k.as_str().is_some()) {
        items.sort_by(|a, b| a.0.as_str().cmp(&b.0.as_str()));
        return Ok(());
    }
    let mut keys: Vec<Value> = items.iter().map(|(k, _)| k.clone()).collect();
    crate::types::list::sort_values(cx, &mut keys, None, false)?;
    let mut sorted = Vec::with_capacity(items.len());
    for k in keys {
        if let Some(pos) = items.iter().position(|(k2, _)| k2.is(&k)) {
            sorted.push(items.swap_remove(pos));
        }
    }
    *items = sorted;
    Ok(())
}

const DUMPS_KW: [&str; 10] = [
    "skipkeys",
    "ensure_ascii",
    "check_circular",
    "allow_nan",
    "cls",
    "indent",
    "separators",
    "default",
    "sort_keys",
    "encoding",
];

fn encoder_from(cx: &mut Ctx, args: &Args, fname: &str) -> PyResult<Encoder> {
    args.check_kwargs(fname, &DUMPS_KW)?;
    let flag = |cx: &mut Ctx, name: &str, d: bool| -> PyResult<bool> {
        match args.kwarg(name) {
            Some(v) => ops::truthy(cx, v),
            None => Ok(d),
        }
    };
    let indent = match args.kwarg("indent").filter(|v| !v.is_none()) {
        None => None,
        Some(v) => match v.as_str() {
            Some(s) => Some(s.to_string()),
            None => Some(" ".repeat(ops::index(cx, v)?.clamp(0, 1 << 16) as usize)),
        },
    };
    let (mut item_sep, mut key_sep) = if indent.is_some() {
        (",".to_string(), ": ".to_string())
    } else {
        (", ".to_string(), ": ".to_string())
    };
    if let Some(seps) = args.kwarg("separators").filter(|v| !v.is_none()) {
        let parts = ops::to_vec(cx, seps)?;
        match parts.as_slice() {
            [a, b] if a.as_str().is_some() && b.as_str().is_some() => {
                item_sep = a.as_str().unwrap_or(",").to_string();
                key_sep = b.as_str().unwrap_or(":").to_string();
            }
            _ => {
                return Err(value_error(
                    "separators must be a (item_separator, key_separator) pair of strings",
                ))
            }
        }
    }
    Ok(Encoder {
        c_names: fname == "dumps" && indent.is_none(),
        indent,
        item_sep,
        key_sep,
        sort_keys: flag(cx, "sort_keys", false)?,
        ensure_ascii: flag(cx, "ensure_ascii", true)?,
        allow_nan: flag(cx, "allow_nan", true)?,
        skipkeys: flag(cx, "skipkeys", false)?,
        check_circular: flag(cx, "check_circular", true)?,
        default: args.kwarg("default").filter(|v| !v.is_none()).cloned(),
        max_depth: cx.vm.recursion_limit.load(Ordering::Relaxed).max(1),
        stack: Vec::new(),
    })
}

/// `json.dumps(obj)` with default settings (for Rust callers and tests).
pub fn dumps_default(cx: &mut Ctx, v: &Value) -> PyResult<String> {
    let mut enc = encoder_from(cx, &Args::positional_only(&[]), "dumps")?;
    let mut out = String::new();
    enc.encode(cx, v, 0, &mut out)?;
    Ok(out)
}

fn json_dumps(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check_pos("dumps", 1, 1)?;
    let mut enc = encoder_from(cx, args, "dumps")?;
    let mut out = String::new();
    enc.encode(cx, &a[0], 0, &mut out)?;
    Ok(Value::string(out))
}

fn json_dump(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check_pos("dump", 2, 2)?;
    let mut enc = encoder_from(cx, args, "dump")?;
    let mut out = String::new();
    enc.encode(cx, &a[0], 0, &mut out)?;
    ops::call_method(cx, &a[1], "write", &[Value::string(out)])?;
    Ok(Value::NONE)
}

// ---- decoding -----------------------------------------------------------------------------

/// A `JSONDecodeError` for `msg` at byte `pos` of `doc`, formatted like CPython:
/// `Expecting value: line 1 column 1 (char 0)`.
pub fn decode_error(doc: &str, msg: &str, byte_pos: usize) -> Exc {
    let before = doc.get(..byte_pos).unwrap_or(doc);
    let pos = before.chars().count();
    let lineno = before.matches('\n').count() + 1;
    let colno = match before.rfind('\n') {
        Some(i) => before[i + 1..].chars().count() + 1,
        None => pos + 1,
    };
    let text = format!("{msg}: line {lineno} column {colno} (char {pos})");
    let e = Exc::new(decode_error_class(), text);
    if let Some(Payload::Dict(d)) = e.exception().map(|x| &x.dict).and_then(|d| d.payload()) {
        d.set_str("msg", Value::str(msg));
        d.set_str("doc", Value::str(doc));
        d.set_str("pos", Value::int(pos as i64));
        d.set_str("lineno", Value::int(lineno as i64));
        d.set_str("colno", Value::int(colno as i64));
    }
    e
}

/// `json.loads(s)` with default settings.
pub fn loads_str(cx: &mut Ctx, s: &str, opts: &DecodeOptions) -> PyResult<Value> {
    match decode(cx, s, opts) {
        Ok(v) => Ok(v),
        Err(Fail::Py(e)) => Err(e),
        Err(Fail::Syntax(msg, pos, extra)) => {
            let msg = match extra {
                Some(x) => format!("{msg}: {x}"),
                None => msg.to_string(),
            };
            Err(decode_error(s, &msg, pos))
        }
    }
}

/// Default decoding options for this context.
pub fn default_options(cx: &Ctx) -> DecodeOptions {
    DecodeOptions {
        object_hook: None,
        object_pairs_hook: None,
        parse_float: None,
        parse_int: None,
        strict: true,
        max_depth: cx.vm.recursion_limit.load(Ordering::Relaxed).max(1),
    }
}

fn options_from(cx: &mut Ctx, args: &Args, fname: &str) -> PyResult<DecodeOptions> {
    args.check_kwargs(
        fname,
        &[
            "cls",
            "object_hook",
            "parse_float",
            "parse_int",
            "parse_constant",
            "object_pairs_hook",
            "strict",
            "encoding",
            "s",
        ],
    )?;
    let hook = |name: &str| args.kwarg(name).filter(|v| !v.is_none()).cloned();
    let mut o = default_options(cx);
    o.object_hook = hook("object_hook");
    o.object_pairs_hook = hook("object_pairs_hook");
    o.parse_float = hook("parse_float");
    o.parse_int = hook("parse_int");
    if let Some(s) = args.kwarg("strict") {
        o.strict = ops::truthy(cx, s)?;
    }
    Ok(o)
}

fn document_text(v: &Value) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_string()),
        Some(Payload::Bytes(b)) => {
            let b = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b);
            String::from_utf8(b.to_vec()).map_err(|e| {
                Exc::new(
                    &types().unicode_decode_error,
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                        b.get(e.utf8_error().valid_up_to()).copied().unwrap_or(0),
                        e.utf8_error().valid_up_to()
                    ),
                )
            })
        }
        _ => Err(type_error(format!(
            "the JSON object must be str, bytes or bytearray, not {}",
            v.class_name()
        ))),
    }
}

fn json_loads(cx: &mut Ctx, args: &Args) -> PyResult {
    let s = args
        .pos()
        .first()
        .or_else(|| args.kwarg("s"))
        .cloned()
        .ok_or_else(|| type_error("loads() missing 1 required positional argument: 's'"))?;
    if args.pos().len() > 1 {
        return Err(type_error(format!(
            "loads() takes 1 positional argument but {} were given",
            args.pos().len()
        )));
    }
    let opts = options_from(cx, args, "loads")?;
    let text = document_text(&s)?;
    if text.starts_with('\u{feff}') {
        return Err(decode_error(
            &text,
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            0,
        ));
    }
    loads_str(cx, &text, &opts)
}

fn json_load(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check_pos("load", 1, 1)?;
    let opts = options_from(cx, args, "load")?;
    let content = ops::call_method(cx, &a[0], "read", &[])?;
    let text = document_text(&content)?;
    loads_str(cx, &text, &opts)
}
