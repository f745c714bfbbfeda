//! `Vm`, the state shared by every thread running scripts in one interpreter, and `Ctx`,
//! the per-thread execution context that every native function receives.

use std::collections::HashMap;
use std::sync::atomic::AtomicUsize;
use std::sync::Arc;

use crate::sync::ObjLock;
use crate::value::Value;

/// Interpreter-wide state. Shared (`Arc`) by all threads of one interpreter.
pub struct Vm {
    /// The `builtins` module.
    pub builtins: Value,
    /// `sys.modules`: a dict of name -> module.
    pub modules: Value,
    /// `sys.path`: a list of directory strings searched by `import`.
    pub path: Value,
    /// `sys.argv` contents.
    pub argv: Vec<String>,
    /// Source text of every file loaded, by file name (for traceback lines).
    pub sources: ObjLock<HashMap<String, Arc<str>>>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: AtomicUsize,
}

/// One thread's execution state. Native functions receive `&mut Ctx`.
pub struct Ctx {
    pub vm: Arc<Vm>,
    /// Current depth of nested script calls (checked against the recursion limit).
    pub depth: usize,
    /// The stack of exceptions currently being handled (`except` blocks); the last one is
    /// what a bare `raise` re-raises and what becomes `__context__` of a new exception.
    pub handled: Vec<Value>,
}

impl Ctx {
    pub fn new(vm: Arc<Vm>) -> Ctx {
        Ctx {
            vm,
            depth: 0,
            handled: Vec::new(),
        }
    }
}
