//! Class creation: `BuildClass` (running the class body with a namespace dict as its
//! locals) and the 3-argument `type(name, bases, dict)`.

use crate::ctx::Ctx;
use crate::error::{type_error, PyResult};
use crate::interp::call::{make_frame, run_function_frame};
use crate::interp::eval::as_dict;
use crate::object::{Payload, TypeObj};
use crate::types::types;
use crate::value::Value;

/// Builtin types that cannot be subclassed.
const FINAL_TYPES: &[&str] = &[
    "bool",
    "NoneType",
    "NotImplementedType",
    "ellipsis",
    "function",
    "builtin_function_or_method",
    "method",
    "cell",
    "generator",
    "range",
    "slice",
    "code",
    "iterator",
    "dict_keys",
    "dict_values",
    "dict_items",
    "super",
];

/// Checks the bases of a new class and returns the single base.
pub fn single_base(bases: &[Value]) -> PyResult<Value> {
    if bases.len() > 1 {
        return Err(type_error("multiple inheritance is not supported"));
    }
    let base = bases
        .first()
        .cloned()
        .unwrap_or_else(|| types().object.clone());
    let Some(bt) = base.as_type() else {
        return Err(type_error(format!(
            "bases must be types, not '{}'",
            base.type_name()
        )));
    };
    if bt.builtin && FINAL_TYPES.contains(&bt.name.as_str()) {
        return Err(type_error(format!(
            "type '{}' is not an acceptable base type",
            bt.name
        )));
    }
    Ok(base)
}

/// Creates a class object from its parts. `dict` becomes the class namespace.
pub fn new_class(name: &str, qualname: &str, module: &str, base: Value, dict: Value) -> Value {
    let mut mro = vec![base.clone()];
    if let Some(bt) = base.as_type() {
        mro.extend(bt.mro.iter().cloned());
    }
    if let Some(d) = as_dict(&dict) {
        if d.get_str("__eq__").is_some() && d.get_str("__hash__").is_none() {
            d.set_str("__hash__", Value::NONE);
        }
    }
    Value::new_obj(
        types().type_.clone(),
        Payload::Type(TypeObj {
            name: name.to_string(),
            qualname: qualname.to_string(),
            module: module.to_string(),
            base: Some(base),
            mro,
            dict,
            ctor: None,
            builtin: false,
        }),
    )
}

/// `BuildClass`: runs the class body and creates the class.
pub fn build_class(cx: &mut Ctx, body: &Value, name: &Value, bases: &[Value]) -> PyResult<Value> {
    let Some(Payload::Function(func)) = body.payload() else {
        return Err(type_error("BuildClass: the class body is not a function"));
    };
    let name = name.as_str().unwrap_or("?").to_string();
    let base = single_base(bases)?;
    let ns = Value::dict();
    let mut frame = make_frame(cx, func, &[], &[])?;
    frame.locals = ns.clone();
    run_function_frame(cx, frame)?;
    let d = as_dict(&ns).ok_or_else(|| type_error("class namespace"))?;
    let module = as_dict(&func.globals)
        .and_then(|g| g.get_str("__name__"))
        .and_then(|n| n.as_str().map(str::to_string))
        .unwrap_or_else(|| "__main__".to_string());
    let qualname = d
        .remove_str("__qualname__")
        .and_then(|q| q.as_str().map(str::to_string))
        .unwrap_or_else(|| name.clone());
    let cell = d.remove_str("__classcell__");
    let cls = new_class(&name, &qualname, &module, base, ns.clone());
    if let Some(Payload::Cell(c)) = cell.as_ref().and_then(|c| c.payload()) {
        *c.value.lock() = cls.clone();
    }
    Ok(cls)
}
