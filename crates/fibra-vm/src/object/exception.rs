//! Exception instances: `BaseException` and every subclass share this payload.

use std::sync::Arc;

use crate::sync::ObjLock;
use crate::value::Value;

pub struct ExceptionObj {
    /// Instance attributes (`e.code`, user-defined fields).
    pub dict: Value,
    pub state: ObjLock<ExcState>,
}

pub struct ExcState {
    /// `e.args`, a tuple.
    pub args: Value,
    /// Frames the exception passed through, innermost first (reversed when printed; see
    /// `interp::traceback`).
    pub traceback: Vec<TraceEntry>,
    /// `__cause__` (`raise ... from cause`), NULL when unset.
    pub cause: Value,
    /// `__context__`: the exception being handled when this one was raised, NULL if none.
    pub context: Value,
    /// `__suppress_context__` (set by `raise ... from ...`).
    pub suppress_context: bool,
}

/// One line of a traceback.
#[derive(Clone, Debug)]
pub struct TraceEntry {
    pub filename: Arc<str>,
    /// The function name (`<module>` for module code).
    pub name: Arc<str>,
    pub line: u32,
    /// Source byte range (start, end) of the failing expression; `(0, 0)` when unknown.
    pub span: (u32, u32),
}

impl ExceptionObj {
    pub fn new(args: Value) -> ExceptionObj {
        ExceptionObj {
            dict: Value::dict(),
            state: ObjLock::new(ExcState {
                args,
                traceback: Vec::new(),
                cause: Value::NULL,
                context: Value::NULL,
                suppress_context: false,
            }),
        }
    }
}
