//! The `builtins` module: builtin functions and the builtin classes and exceptions.
//!
//! Layout:
//! - `functions`: object/attribute/conversion builtins (`len`, `repr`, `getattr`, `hex`, ...).
//! - `numeric`: `abs`, `round`, `divmod`, `pow`, `sum`, `min`, `max`.
//! - `iters`: iteration builtins and their iterator classes (`enumerate`, `zip`, `map`, ...).
//! - `sort`: the stable, fallible merge sort behind `sorted` (reusable by `list.sort`).
//! - `io`: `print`, `input`, `open`, file objects and the process-wide stdout/stderr.
//! - `exec`: `exec` and `eval` of source strings.

mod exec;
pub mod functions;
pub mod io;
pub mod iters;
pub mod numeric;

use crate::object::{NativeFn, Payload, PropertyObj};
use crate::types::types;
use crate::value::Value;

/// Creates the `builtins` module.
pub fn make_module() -> Value {
    let m = Value::module("builtins");
    let t = types();
    for (name, ty) in &t.exceptions {
        m.set_attr_str(name, ty.clone());
    }
    let classes: [(&str, &Value); 20] = [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
    ];
    for (name, ty) in classes {
        m.set_attr_str(name, ty.clone());
    }
    m.set_attr_str(
        "memoryview",
        crate::types::memoryview::memoryview_type().clone(),
    );
    // `EnvironmentError` and `IOError` are aliases of `OSError` in Python 3.
    m.set_attr_str("EnvironmentError", t.os_error.clone());
    m.set_attr_str("IOError", t.os_error.clone());
    m.set_attr_str("NotImplemented", Value::NOT_IMPLEMENTED);
    m.set_attr_str("Ellipsis", Value::ELLIPSIS);
    m.set_attr_str("None", Value::NONE);
    m.set_attr_str("True", Value::TRUE);
    m.set_attr_str("False", Value::FALSE);
    m.set_attr_str("__debug__", Value::TRUE);
    crate::interp::class::install_type_hooks();
    functions::register(&m);
    numeric::register(&m);
    iters::register(&m);
    io::register(&m);
    exec::register(&m);
    m
}

/// Creates a builtin-style class implemented in Rust: `ctor` (if any) builds instances
/// (`args[0]` is the class), `methods` fill its namespace. The class is immortal.
pub fn native_class(
    name: &str,
    module: &str,
    ctor: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
) -> Value {
    crate::types::native_type_with_ctor(name, module, ctor, methods)
}

/// Adds read-only properties (`obj.name` computed by `getter(obj)`) to a class.
pub fn add_properties(ty: &Value, props: &[(&'static str, NativeFn)]) {
    for &(name, f) in props {
        let prop = Value::new_obj(
            types().property.clone(),
            Payload::Property(Box::new(PropertyObj {
                fget: Value::native_fn(name, f),
                fset: Value::NULL,
                fdel: Value::NULL,
                doc: Value::NONE,
            })),
        );
        ty.set_attr_str(name, prop);
    }
}

#[cfg(test)]
pub(crate) mod tests;
