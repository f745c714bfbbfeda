//! The run-time side of `match` statements: what the `Match*` instructions ask of a
//! subject (CPython's `Py_TPFLAGS_SEQUENCE`/`Py_TPFLAGS_MAPPING` tests, `match_class`
//! and `match_keys`).

use crate::ctx::Ctx;
use crate::error::{type_error, value_error, PyResult};
use crate::interp::eval::as_dict;
use crate::ops;
use crate::types::{self, types};
use crate::value::Value;

/// The bits of `__abc_tpflags__` that `collections.abc.Sequence` and `Mapping` set in
/// CPython; a class written in Python opts in to sequence or mapping patterns with them
/// (Fibra's `collections.deque` does).
const TPFLAGS_SEQUENCE: i64 = 1 << 5;
const TPFLAGS_MAPPING: i64 = 1 << 6;

fn abc_flags(cls: &Value) -> i64 {
    types::lookup(cls, "__abc_tpflags__")
        .and_then(|v| v.as_int())
        .unwrap_or(0)
}

/// Whether a sequence pattern may match `v`: lists, tuples, ranges and their
/// subclasses, and classes flagged as sequences; never str, bytes or bytearray.
pub fn is_sequence(v: &Value) -> bool {
    let t = types();
    let cls = v.class();
    if [&t.str, &t.bytes, &t.bytearray]
        .iter()
        .any(|s| types::is_subclass(cls, s))
    {
        return false;
    }
    [&t.list, &t.tuple, &t.range]
        .iter()
        .any(|s| types::is_subclass(cls, s))
        || abc_flags(cls) & TPFLAGS_SEQUENCE != 0
}

/// Whether a mapping pattern may match `v`: dicts and their subclasses, and classes
/// flagged as mappings.
pub fn is_mapping(v: &Value) -> bool {
    let cls = v.class();
    types::is_subclass(cls, &types().dict) || abc_flags(cls) & TPFLAGS_MAPPING != 0
}

/// The classes whose instances a single positional sub-pattern matches as a whole
/// (`case int(x)`), as CPython's `_Py_TPFLAGS_MATCH_SELF`.
fn matches_self(cls: &Value) -> bool {
    let t = types();
    [
        &t.bool,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ]
    .iter()
    .any(|s| types::is_subclass(cls, s))
}

fn type_name(cls: &Value) -> String {
    cls.as_type()
        .map_or_else(|| cls.type_name().to_string(), |t| t.name.clone())
}

/// `MatchClass`: the attributes of `subject` for `nargs` positional sub-patterns and the
/// keyword `names` (a tuple of str), or None when `subject` is not an instance of `cls`
/// or lacks one of them.
pub fn match_class(
    cx: &mut Ctx,
    subject: &Value,
    cls: &Value,
    nargs: usize,
    names: &Value,
) -> PyResult<Value> {
    if !cls.is_type() {
        return Err(type_error("called match pattern must be a type"));
    }
    if !ops::isinstance_hooked(cx, subject, cls)? {
        return Ok(Value::NONE);
    }
    let keywords = names.as_tuple().unwrap_or(&[]);
    let mut attrs = Vec::with_capacity(nargs + keywords.len());
    let mut seen: Vec<Value> = Vec::new();
    let mut fetch = |cx: &mut Ctx, name: &Value, attrs: &mut Vec<Value>| -> PyResult<bool> {
        let Some(s) = name.as_str() else {
            return Err(type_error(format!(
                "__match_args__ elements must be strings (got {})",
                name.type_name()
            )));
        };
        if seen.iter().any(|n| n.as_str() == Some(s)) {
            return Err(type_error(format!(
                "{}() got multiple sub-patterns for attribute '{s}'",
                type_name(cls)
            )));
        }
        seen.push(name.clone());
        match ops::getattr_opt(cx, subject, s)? {
            Some(v) => {
                attrs.push(v);
                Ok(true)
            }
            None => Ok(false),
        }
    };
    if nargs > 0 {
        let match_args = ops::getattr_opt(cx, cls, "__match_args__")?;
        let (match_self, match_args) = match match_args {
            Some(m) => {
                if m.as_tuple().is_none() || !m.class().is(&types().tuple) {
                    return Err(type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        type_name(cls),
                        m.type_name()
                    )));
                }
                (false, m)
            }
            None => (matches_self(cls), Value::tuple(Vec::new())),
        };
        let items = match_args.as_tuple().unwrap_or(&[]);
        let allowed = if match_self { 1 } else { items.len() };
        if allowed < nargs {
            return Err(type_error(format!(
                "{}() accepts {allowed} positional sub-pattern{} ({nargs} given)",
                type_name(cls),
                if allowed == 1 { "" } else { "s" }
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &items[..nargs] {
                if !fetch(cx, name, &mut attrs)? {
                    return Ok(Value::NONE);
                }
            }
        }
    }
    for name in keywords {
        if !fetch(cx, name, &mut attrs)? {
            return Ok(Value::NONE);
        }
    }
    Ok(Value::tuple(attrs))
}

/// `MatchKeys`: the values of `subject` for the tuple `keys`, or None if one is missing.
pub fn match_keys(cx: &mut Ctx, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = keys.as_tuple().unwrap_or(&[]);
    let seen = Value::dict();
    let exact_dict = subject.class().is(&types().dict);
    // A mapping other than a dict is asked with its `get` (as CPython does), so that a
    // `__missing__` or `__getitem__` with side effects is not involved.
    let get = if exact_dict {
        None
    } else {
        Some(ops::getattr(cx, subject, "get")?)
    };
    let marker = Value::tuple(Vec::new());
    let mut values = Vec::with_capacity(keys.len());
    for k in keys {
        if let Some(s) = as_dict(&seen) {
            if s.contains(cx, k)? {
                return Err(value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    ops::repr(cx, k)?
                )));
            }
            s.set(cx, k.clone(), Value::NONE)?;
        }
        let v = match (&get, as_dict(subject)) {
            (None, Some(d)) => d.get(cx, k)?,
            (Some(get), _) => {
                let v = ops::call(cx, get, &[k.clone(), marker.clone()])?;
                (!v.is(&marker)).then_some(v)
            }
            (None, None) => None,
        };
        match v {
            Some(v) => values.push(v),
            None => return Ok(Value::NONE),
        }
    }
    Ok(Value::tuple(values))
}

/// `CopyDictWithoutKeys`: a new dict of `subject`'s items without `keys` (`**rest`).
pub fn dict_without_keys(cx: &mut Ctx, subject: &Value, keys: &Value) -> PyResult<Value> {
    let rest = ops::call(cx, &types().dict, std::slice::from_ref(subject))?;
    for k in keys.as_tuple().unwrap_or(&[]) {
        ops::delitem(cx, &rest, k)?;
    }
    Ok(rest)
}
