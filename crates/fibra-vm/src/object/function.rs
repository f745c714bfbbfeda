//! Functions defined in script code.

use crate::interp::CodeRef;
use crate::value::Value;

pub struct FunctionObj {
    pub code: CodeRef,
    /// The defining module's namespace (a dict).
    pub globals: Value,
    pub name: Value,
    pub qualname: Value,
    /// Tuple of positional defaults, or NULL.
    pub defaults: Value,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: Value,
    /// Cells for the code's free variables, in `freevars` order.
    pub closure: Box<[Value]>,
    /// Function attributes (`f.__doc__`, `f.x = 1`), a dict.
    pub dict: Value,
}
