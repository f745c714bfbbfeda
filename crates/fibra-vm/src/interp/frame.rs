//! Frames: the state of one running (or suspended) code object.

use crate::interp::code::CodeRef;
use crate::object::Payload;
use crate::value::Value;

/// An entry of a frame's block stack (see the protocol documented on `fibra_bytecode::Op`).
pub enum Block {
    /// `SetupFinally`: on an exception, truncate the value stack to `depth` and jump to
    /// `handler`.
    Finally { handler: u32, depth: u32 },
    /// A running `except`/`finally` handler; the exception it handles is on `Ctx::handled`.
    ExceptHandler { exc: Value },
}

/// One activation of a code object.
pub struct Frame {
    pub code: CodeRef,
    /// Index of the next instruction.
    pub ip: usize,
    pub stack: Vec<Value>,
    /// Fast locals (`varnames`) followed by the deref cells (cellvars, then freevars). The
    /// freevars' cells are borrowed copies in frames of `eval::call_plain`.
    pub fast: Vec<Value>,
    pub blocks: Vec<Block>,
    /// The module namespace (a dict).
    pub globals: Value,
    /// The builtins namespace (a dict).
    pub builtins: Value,
    /// The namespace of a class body or module (a dict), NULL for function frames.
    pub locals: Value,
    /// Suspended inside `YieldFrom` (the delegating iterator is on the stack).
    pub in_yield_from: bool,
    /// The generation of `value::epoch_borrows` in which this frame listed itself (a
    /// local holds an item borrowed from a shared container); 0 when it has not.
    pub epoch_gen: u64,
}

/// The namespaces a script frame gives a builtin that reads its caller's scope.
pub struct CallerScope {
    /// The module namespace (a dict).
    pub globals: Value,
    /// The local namespace: the class body's or module's dict, or for a function a new
    /// dict of its bound locals and closure variables (a snapshot, as in CPython).
    pub locals: Value,
}

impl Drop for Frame {
    fn drop(&mut self) {
        // Normally done when the frame stops running (`eval::run_frame`); this covers a
        // frame dropped by a panic unwinding through the interpreter, so the list never
        // names freed slots.
        if self.epoch_gen != 0 {
            crate::value::epoch_borrows::leave_frame(self.fast.as_mut_ptr(), self.epoch_gen);
        }
    }
}

impl Frame {
    /// A frame with empty locals; the caller binds the arguments into `fast`.
    pub fn new(code: CodeRef, globals: Value, builtins: Value, locals: Value) -> Frame {
        let n = code.nlocals + code.nderef;
        // Not `resize`: its clone-per-slot loop is sometimes left un-inlined (a measured
        // 2% of a call-heavy benchmark); NULL needs no clone.
        let mut fast = Vec::with_capacity(n);
        fast.extend(std::iter::repeat_with(|| Value::NULL).take(n));
        Frame {
            stack: Vec::with_capacity(code.stack_hint),
            fast,
            blocks: Vec::new(),
            ip: 0,
            globals,
            builtins,
            locals,
            in_yield_from: false,
            epoch_gen: 0,
            code,
        }
    }

    /// This frame's namespaces, for `globals()`, `locals()`, `vars()` and `dir()`.
    pub fn caller_scope(&self) -> CallerScope {
        let locals = if self.locals.is_null() {
            let dict = Value::dict();
            if let Some(Payload::Dict(d)) = dict.payload() {
                let code = &self.code.obj;
                let n = self.code.nlocals.min(self.fast.len());
                for (name, v) in code.varnames.iter().zip(&self.fast[..n]) {
                    if !v.is_null() {
                        d.set_str(name, v.clone());
                    }
                }
                // A captured variable's cell holds its value (a name may be in both lists).
                let derefs = code.cellvars.iter().chain(&code.freevars);
                for (name, cell) in derefs.zip(self.fast.get(n..).unwrap_or(&[])) {
                    if let Some(Payload::Cell(c)) = cell.payload() {
                        let v = c.get();
                        if !v.is_null() {
                            d.set_str(name, v);
                        }
                    }
                }
            }
            dict
        } else {
            self.locals.clone()
        };
        CallerScope {
            globals: self.globals.clone(),
            locals,
        }
    }

    /// Calls `visit` on every value the frame holds (for the cycle collector).
    pub(crate) fn gc_traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // Borrowed copies (`Value::borrow_local`) own no reference: counting them would
        // make the collector subtract a reference that was never added.
        self.stack
            .iter()
            .filter(|v| !v.is_borrowed())
            .for_each(&mut *visit);
        // The same for closure cells a plain call's frame borrows from its function.
        self.fast
            .iter()
            .filter(|v| !v.is_borrowed())
            .for_each(&mut *visit);
        for b in &self.blocks {
            if let Block::ExceptHandler { exc } = b {
                visit(exc);
            }
        }
        visit(&self.globals);
        visit(&self.builtins);
        visit(&self.locals);
    }

    /// The source line being executed (the instruction before `ip`).
    pub fn line(&self) -> u32 {
        self.code.obj.line_of(self.ip.saturating_sub(1))
    }
}
