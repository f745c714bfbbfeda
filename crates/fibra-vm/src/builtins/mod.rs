//! The `builtins` module: builtin functions and the builtin classes and exceptions.

use crate::types::types;
use crate::value::Value;

/// Creates the `builtins` module.
pub fn make_module() -> Value {
    let m = Value::module("builtins");
    let t = types();
    for (name, ty) in &t.exceptions {
        m.set_attr_str(name, ty.clone());
    }
    m
}
