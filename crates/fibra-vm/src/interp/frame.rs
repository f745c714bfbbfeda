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

/// A link in a thread's chain of running frames (`Ctx::frame`, `Frame::back`): the
/// address of a `Frame` that is running on that thread, or null.
///
/// The chain is maintained by `eval::run_frame` (a frame links itself in when it starts
/// or resumes running and unlinks itself when it stops), so every linked frame is
/// suspended in a call further down the same thread's stack (or is the frame whose
/// instruction called out of the interpreter loop). Only `interp::frame_obj` follows it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct FrameLink(pub(crate) *mut Frame);

// SAFETY: a `FrameLink` is only followed by the thread whose `Ctx` holds the chain (see
// `interp::frame_obj`); moving the word itself between threads is harmless.
unsafe impl Send for FrameLink {}
// SAFETY: as above.
unsafe impl Sync for FrameLink {}

impl FrameLink {
    /// The end of the chain.
    pub const NONE: FrameLink = FrameLink(std::ptr::null_mut());

    /// Whether this is the end of the chain.
    #[inline]
    pub fn is_none(self) -> bool {
        self.0.is_null()
    }
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
    /// The frame that was running when this one started or last resumed (its caller or
    /// resumer); only meaningful while this frame runs.
    pub back: FrameLink,
    /// This frame's frame object (`sys._getframe()`, a traceback's `tb_frame`), NULL until
    /// a script asks for one (`interp::frame_obj`). Dropped by `Frame::drop` (one test of
    /// NULL on the call path instead of two).
    pub pyframe: std::mem::ManuallyDrop<Value>,
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
    #[inline]
    fn drop(&mut self) {
        // One test for both rare cases on every call's frame (NULL is 0).
        if (self.epoch_gen | self.pyframe.bits()) != 0 {
            self.drop_rare();
        }
    }
}

impl Frame {
    #[cold]
    fn drop_rare(&mut self) {
        // Normally done when the frame stops running (`eval::run_frame`); this covers a
        // frame dropped by a panic unwinding through the interpreter, so the list never
        // names freed slots.
        if self.epoch_gen != 0 {
            crate::value::epoch_borrows::leave_frame(self.fast.as_mut_ptr(), self.epoch_gen);
        }
        // Normally the frame object lets go of this frame when it stops running; a panic
        // (or a suspended generator dropped) skips that, and the frame object must never
        // point at a freed frame.
        if !self.pyframe.is_null() {
            crate::interp::frame_obj::forget_frame(&self.pyframe, self);
            // SAFETY: the field is dropped only here, once.
            unsafe { std::mem::ManuallyDrop::drop(&mut self.pyframe) };
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
            back: FrameLink::NONE,
            pyframe: std::mem::ManuallyDrop::new(Value::NULL),
            code,
        }
    }

    /// Takes the frame object out of the frame (NULL when it has none).
    pub(crate) fn take_pyframe(&mut self) -> Value {
        std::mem::replace(&mut *self.pyframe, Value::NULL)
    }

    /// This frame's namespaces, for `globals()`, `locals()`, `vars()` and `dir()`.
    pub fn caller_scope(&self) -> CallerScope {
        let locals = if self.locals.is_null() {
            fast_locals_dict(&self.code, &self.fast)
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
        visit(&self.pyframe);
    }

    /// The source line being executed (the instruction before `ip`).
    pub fn line(&self) -> u32 {
        self.code.obj.line_of(self.ip.saturating_sub(1))
    }
}

/// A new dict of a function frame's bound locals and closure variables (`fast`, laid out
/// as `Frame::fast` for `code`): what `locals()` and `frame.f_locals` return.
pub fn fast_locals_dict(code: &crate::interp::Code, fast: &[Value]) -> Value {
    let dict = Value::dict();
    if let Some(Payload::Dict(d)) = dict.payload() {
        let obj = &code.obj;
        let n = code.nlocals.min(fast.len());
        for (name, v) in obj.varnames.iter().zip(&fast[..n]) {
            if !v.is_null() {
                d.set_str(name, v.clone());
            }
        }
        // A captured variable's cell holds its value (a name may be in both lists).
        let derefs = obj.cellvars.iter().chain(&obj.freevars);
        for (name, cell) in derefs.zip(fast.get(n..).unwrap_or(&[])) {
            if let Some(Payload::Cell(c)) = cell.payload() {
                let v = c.get();
                if !v.is_null() {
                    d.set_str(name, v);
                }
            }
        }
    }
    dict
}
