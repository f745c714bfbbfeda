//! The interpreter: frames, the dispatch loop, calls, classes, generators, imports.

pub mod attr;

use std::sync::Arc;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, PyResult};
use crate::object::Payload;
use crate::ops::{call_kw, prepend};
use crate::types::{self, types};
use crate::value::Value;

/// What a function object runs.
pub type CodeRef = Arc<fibra_bytecode::CodeObject>;

/// A suspended generator frame.
pub struct GenInner {}

/// Calls a script function.
pub fn call_function(
    _cx: &mut Ctx,
    _f: &Value,
    _values: &[Value],
    _kwnames: &[Value],
) -> PyResult<Value> {
    Err(type_error("calling script functions is not implemented yet"))
}

/// Advances a generator: Ok(None) when it returns.
pub fn generator_next(_cx: &mut Ctx, _gen: &Value) -> PyResult<Option<Value>> {
    Err(type_error("generators are not implemented yet"))
}

/// `cls(*args)`: the constructor found along the MRO creates the object, then a
/// script-defined `__init__` (if any) initialises it.
pub fn call_type(
    cx: &mut Ctx,
    cls: &Value,
    values: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let t = types();
    if cls.is(&t.type_) && values.len() == 1 && kwnames.is_empty() {
        return Ok(values[0].class().clone());
    }
    let Some(ctor) = types::find_ctor(cls) else {
        return Err(type_error(format!(
            "cannot create '{}' instances",
            cls.as_type().map_or("?", |t| t.name.as_str())
        )));
    };
    let args = prepend(cls, values);
    let obj = ctor(cx, &Args::new(&args, kwnames))?;
    if types::is_instance(&obj, cls) {
        if let Some(init) = types::lookup(cls, "__init__") {
            if matches!(init.payload(), Some(Payload::Function(_))) {
                let r = call_kw(cx, &init, &prepend(&obj, values), kwnames)?;
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        r.type_name()
                    )));
                }
            }
        }
    }
    Ok(obj)
}
