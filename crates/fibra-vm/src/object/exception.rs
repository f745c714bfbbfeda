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
    /// For a `BaseExceptionGroup`: its `message` (a str) and `exceptions` (a tuple), set by
    /// its constructor (see `types::exception_group`).
    pub group: Option<(Value, Value)>,
}

/// One line of a traceback: a frame the exception passed through.
#[derive(Clone)]
pub struct TraceEntry {
    /// The code the frame ran.
    pub code: crate::interp::CodeRef,
    pub line: u32,
    /// The instruction that raised or called (`tb_lasti` is twice it, as CPython counts).
    pub ip: u32,
    /// Source byte range (start, end) of the failing expression; `(0, 0)` when unknown.
    pub span: (u32, u32),
    /// The frame's globals (for a frame object made later: `tb.tb_frame.f_globals`).
    pub globals: Value,
    /// The frame's frame object, once it has one (NULL until then; see
    /// `interp::frame_obj`).
    pub frame: Value,
    /// The address of the frame while it ran (how `tb_frame` finds it while it still
    /// runs); never followed, only compared with running frames.
    pub frame_addr: usize,
    /// The frame's local slots, when the exception ended the frame before anything made
    /// a frame object for it (`tb.tb_frame.f_locals` then shows them, as in CPython).
    pub fast: Vec<Value>,
}

impl TraceEntry {
    /// The file of the frame's code.
    pub fn filename(&self) -> &Arc<str> {
        &self.code.obj.filename
    }

    /// The function name (`<module>` for module code).
    pub fn name(&self) -> &Arc<str> {
        &self.code.obj.name
    }

    /// Calls `visit` on the counted references the entry holds (cycle collector).
    pub(crate) fn gc_traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.globals);
        visit(&self.frame);
        self.fast.iter().for_each(visit);
    }
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
                group: None,
            }),
        }
    }
}
