//! `NoneType`, `NotImplementedType` and `ellipsis`: reprs, truth values and constructors
//! that return the singletons.

use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, PyResult};
use crate::types::{add_methods, set_ctor};
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    add_methods(
        &t.none_type,
        "NoneType",
        &[
            ("__repr__", |_, _| Ok(Value::str("None"))),
            ("__bool__", |_, _| Ok(Value::FALSE)),
        ],
    );
    add_methods(
        &t.not_implemented_type,
        "NotImplementedType",
        &[("__repr__", |_, _| Ok(Value::str("NotImplemented")))],
    );
    add_methods(
        &t.ellipsis_type,
        "ellipsis",
        &[("__repr__", |_, _| Ok(Value::str("Ellipsis")))],
    );
    set_ctor(&t.none_type, none_new);
    set_ctor(&t.not_implemented_type, |cx, a| {
        singleton(cx, a, "NotImplementedType", Value::NOT_IMPLEMENTED)
    });
    set_ctor(&t.ellipsis_type, |cx, a| {
        singleton(cx, a, "ellipsis", Value::ELLIPSIS)
    });
}

fn singleton(_cx: &mut Ctx, args: &Args, name: &str, v: Value) -> PyResult<Value> {
    if args.values.len() > 1 {
        return Err(type_error(format!("{name} takes no arguments")));
    }
    Ok(v)
}

fn none_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    singleton(cx, args, "NoneType", Value::NONE)
}
