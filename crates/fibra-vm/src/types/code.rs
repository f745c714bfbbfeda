//! The attributes of code objects beyond the basic ones (`co_name`, `co_filename`,
//! `co_firstlineno`, `co_argcount`, `co_varnames` are computed in `interp::attr`): what
//! `inspect` reads (`co_flags`, the parameter counts) and identity-based equality.

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, PyResult};
use crate::interp::code::CodeRef;
use crate::object::Payload;
use crate::types::{add_methods, BuiltinTypes};
use crate::value::Value;

/// `co_flags` bits, as CPython's `inspect.CO_*`.
pub const CO_OPTIMIZED: i64 = 0x1;
pub const CO_NEWLOCALS: i64 = 0x2;
pub const CO_VARARGS: i64 = 0x4;
pub const CO_VARKEYWORDS: i64 = 0x8;
pub const CO_NESTED: i64 = 0x10;
pub const CO_GENERATOR: i64 = 0x20;

pub(crate) fn register(t: &BuiltinTypes) {
    add_methods(
        &t.code,
        "code",
        &[
            ("__eq__", code_eq),
            ("__ne__", code_ne),
            ("__hash__", code_hash),
        ],
    );
    crate::builtins::add_properties(
        &t.code,
        &[
            ("co_qualname", co_qualname),
            ("co_flags", co_flags),
            ("co_posonlyargcount", co_posonlyargcount),
            ("co_kwonlyargcount", co_kwonlyargcount),
            ("co_nlocals", co_nlocals),
            ("co_cellvars", co_cellvars),
            ("co_freevars", co_freevars),
            ("co_names", co_names),
            ("co_consts", co_consts),
        ],
    );
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a CodeRef> {
    match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::Code(c)) => Ok(c),
        _ => Err(type_error("descriptor requires a 'code' object")),
    }
}

fn names(list: &[std::sync::Arc<str>]) -> Value {
    Value::tuple(list.iter().map(|n| Value::str(n)).collect())
}

fn co_qualname(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(this(args)?.qualname.clone())
}

/// The `co_flags` CPython would give: function bodies are optimized with new locals,
/// `CO_NESTED` when defined inside another function; module and class bodies have none.
fn co_flags(_cx: &mut Ctx, args: &Args) -> PyResult {
    let c = this(args)?;
    let f = c.obj.flags;
    let mut flags = 0;
    if !f.module && !f.class_body {
        flags |= CO_OPTIMIZED | CO_NEWLOCALS;
        if c.obj.qualname.contains("<locals>") {
            flags |= CO_NESTED;
        }
    }
    if f.varargs {
        flags |= CO_VARARGS;
    }
    if f.varkeywords {
        flags |= CO_VARKEYWORDS;
    }
    if f.coroutine {
        flags |= 0x80; // CO_COROUTINE
    } else if f.async_generator {
        flags |= 0x200; // CO_ASYNC_GENERATOR
    } else if f.generator {
        flags |= CO_GENERATOR;
    }
    Ok(Value::int(flags))
}

fn co_posonlyargcount(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::int(this(args)?.obj.posonlyargcount as i64))
}

fn co_kwonlyargcount(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::int(this(args)?.obj.kwonlyargcount as i64))
}

fn co_nlocals(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::int(this(args)?.nlocals as i64))
}

fn co_cellvars(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(names(&this(args)?.obj.cellvars))
}

fn co_freevars(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(names(&this(args)?.obj.freevars))
}

fn co_names(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(names(&this(args)?.obj.names))
}

fn co_consts(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::tuple(this(args)?.consts.to_vec()))
}

/// Two code objects are equal when they are the same compiled code (`f.__code__` makes a
/// new object each time; `frame.f_code == f.__code__` must hold).
fn same(args: &Args) -> PyResult<Option<bool>> {
    let a = this(args)?;
    Ok(match args.values.get(1).and_then(|v| v.payload()) {
        Some(Payload::Code(b)) => Some(CodeRef::ptr_eq(a, b)),
        _ => None,
    })
}

fn code_eq(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(same(args)?.map_or(Value::NOT_IMPLEMENTED, Value::bool))
}

fn code_ne(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(same(args)?.map_or(Value::NOT_IMPLEMENTED, |b| Value::bool(!b)))
}

fn code_hash(_cx: &mut Ctx, args: &Args) -> PyResult {
    let c = this(args)?;
    // The address of the shared code (what equality compares), as a non-negative int.
    let addr = &**c as *const crate::interp::Code as usize;
    Ok(Value::int((addr >> 4) as i64))
}
