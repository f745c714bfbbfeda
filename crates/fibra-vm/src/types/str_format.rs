//! `str.format` / `str.format_map`: replacement fields with auto/manual numbering, named
//! fields, attribute and item access, conversions and nested format specs.

use crate::ctx::Ctx;
use crate::error::{index_error, key_error, value_error, PyResult};
use crate::ops;
use crate::value::Value;

/// Where named fields come from.
pub(crate) enum Named<'a> {
    Kw(&'a [(&'a str, &'a Value)]),
    Map(&'a Value),
}

struct State<'a> {
    pos: &'a [Value],
    named: &'a Named<'a>,
    /// None until the first field decides; Some(true) = automatic numbering.
    auto: Option<bool>,
    next: usize,
}

/// Formats `fmt` with positional `pos` and named arguments.
pub(crate) fn format(cx: &mut Ctx, fmt: &str, pos: &[Value], named: &Named) -> PyResult<String> {
    let mut st = State {
        pos,
        named,
        auto: None,
        next: 0,
    };
    render(cx, fmt, &mut st, 2)
}

fn render(cx: &mut Ctx, fmt: &str, st: &mut State, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(fmt.len());
    let b = fmt.as_bytes();
    let mut i = 0;
    let mut lit_start = 0;
    while i < b.len() {
        match b[i] {
            b'{' => {
                out.push_str(&fmt[lit_start..i]);
                if b.get(i + 1) == Some(&b'{') {
                    out.push('{');
                    i += 2;
                    lit_start = i;
                    continue;
                }
                if i + 1 == b.len() {
                    return Err(value_error("Single '{' encountered in format string"));
                }
                let j = field_end(b, i + 1)?;
                let field = &fmt[i + 1..j];
                out.push_str(&replace_field(cx, field, st, depth)?);
                i = j + 1;
                lit_start = i;
            }
            b'}' => {
                out.push_str(&fmt[lit_start..i]);
                if b.get(i + 1) == Some(&b'}') {
                    out.push('}');
                    i += 2;
                    lit_start = i;
                    continue;
                }
                return Err(value_error("Single '}' encountered in format string"));
            }
            _ => i += 1,
        }
    }
    out.push_str(&fmt[lit_start..]);
    Ok(out)
}

/// The index of the `}` closing the replacement field whose text starts at `start` (just
/// after its `{`), scanned as CPython's `parse_field` does, with its error messages: the
/// field name ends at `:`, `!` or `}` (a `[...]` index may hold any of them); a format
/// spec may hold nested `{...}` fields.
fn field_end(b: &[u8], start: usize) -> PyResult<usize> {
    let mut i = start;
    let mut stop = None;
    while i < b.len() {
        let c = b[i];
        i += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while i < b.len() && b[i] != b']' {
                    i += 1;
                }
            }
            b'}' | b':' | b'!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let c = match stop {
        Some(b'}') => return Ok(i - 1),
        Some(c) => c,
        None => return Err(value_error("expected '}' before end of string")),
    };
    if c == b'!' {
        if i >= b.len() {
            return Err(value_error(
                "end of string while looking for conversion specifier",
            ));
        }
        // The conversion character (any UTF-8 sequence; checked later).
        i += 1;
        while i < b.len() && (b[i] & 0xC0) == 0x80 {
            i += 1;
        }
        if i < b.len() {
            let c = b[i];
            i += 1;
            if c == b'}' {
                return Ok(i - 1);
            }
            if c != b':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let mut count = 1;
    while i < b.len() {
        match b[i] {
            b'{' => count += 1,
            b'}' => {
                count -= 1;
                if count == 0 {
                    return Ok(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    Err(value_error("unmatched '{' in format spec"))
}

fn replace_field(cx: &mut Ctx, field: &str, st: &mut State, depth: u32) -> PyResult<String> {
    // Split off the spec at the first ':' outside brackets, and the conversion.
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (k, c) in field.char_indices() {
        match c {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            ':' | '!' if !in_bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let mut rest = &field[name_end..];
    let mut conv = None;
    if let Some(r) = rest.strip_prefix('!') {
        let mut cs = r.chars();
        let c = cs.next();
        let after = cs.as_str();
        if !(after.is_empty() || after.starts_with(':')) {
            return Err(value_error("expected ':' after conversion specifier"));
        }
        conv = match c {
            Some(c @ ('r' | 's' | 'a')) => Some(c),
            Some(c) => return Err(value_error(format!("Unknown conversion specifier {c}"))),
            None => {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ))
            }
        };
        rest = after;
    }
    let spec = rest.strip_prefix(':').unwrap_or("");
    let value = get_field(cx, name, st)?;
    let value = match conv {
        Some('r') => Value::string(ops::repr(cx, &value)?),
        Some('s') => ops::str_value(cx, &value)?,
        Some('a') => Value::string(super::str::ascii_escape(&ops::repr(cx, &value)?)),
        _ => value,
    };
    let spec = if spec.contains('{') {
        render(cx, spec, st, depth - 1)?
    } else {
        spec.to_string()
    };
    ops::format(cx, &value, &spec)
}

fn get_field(cx: &mut Ctx, name: &str, st: &mut State) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let head = &name[..first_end];
    let mut obj = if head.is_empty() {
        if st.auto == Some(false) {
            return Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        st.auto = Some(true);
        let k = st.next;
        st.next += 1;
        positional(st, k)?
    } else if let Ok(k) = head.parse::<usize>() {
        if st.auto == Some(true) {
            return Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        st.auto = Some(false);
        positional(st, k)?
    } else {
        match st.named {
            Named::Kw(kw) => match kw.iter().find(|(k, _)| *k == head) {
                Some((_, v)) => (*v).clone(),
                None => return Err(key_error(Value::str(head))),
            },
            Named::Map(m) => ops::getitem(cx, m, &Value::str(head))?,
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            obj = ops::getattr(cx, &obj, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            if key.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            let k = match key.parse::<i64>() {
                Ok(i) if key.bytes().all(|b| b.is_ascii_digit()) => Value::int(i),
                _ => Value::str(key),
            };
            obj = ops::getitem(cx, &obj, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(obj)
}

fn positional(st: &State, k: usize) -> PyResult<Value> {
    st.pos.get(k).cloned().ok_or_else(|| {
        if st.pos.is_empty() && matches!(st.named, Named::Map(_)) {
            value_error("Format string contains positional fields")
        } else {
            index_error(format!(
                "Replacement index {k} out of range for positional args tuple"
            ))
        }
    })
}
