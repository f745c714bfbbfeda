//! The dispatch loop: runs one frame until it returns, yields or raises.
//!
//! Each instruction is executed by [`exec`] (inlined into the loop), which returns a
//! [`Flow`] or an exception; exceptions are dispatched to the frame's block stack by
//! [`unwind`], which either jumps to a handler or hands the exception to the caller.

use fibra_bytecode::{make_function, BinaryOp, CompareOp, Conversion, Op};

use crate::ctx::Ctx;
use crate::error::{type_error, Exc, PyResult};
use crate::interp::frame::{Block, Frame, FrameLink};
use crate::interp::{
    call, class, coroutine, frame_obj, generator, import, pattern, suggest, traceback,
};
use crate::object::{DictObj, FunctionObj, Payload, SetObj};
use crate::ops;
use crate::types::{self, types};
use crate::value::epoch_borrows;
use crate::value::global_borrows::HeldCallee;
use crate::value::Value;

/// How an instruction (or a whole frame run) ended.
pub enum Flow {
    /// Go on with the next instruction.
    Next,
    /// The frame returned this value.
    Return(Value),
    /// The (generator) frame yielded this value.
    Yield(Value),
}

/// An exception from an instruction, and whether it is a re-raise (which must not add
/// this frame to the traceback a second time).
struct Raised {
    exc: Exc,
    reraise: bool,
}

impl From<Exc> for Raised {
    #[inline]
    fn from(exc: Exc) -> Raised {
        Raised {
            exc,
            reraise: false,
        }
    }
}

type OpResult = Result<Flow, Raised>;

/// The namespace dict behind a dict value.
#[inline]
pub fn as_dict(v: &Value) -> Option<&DictObj> {
    match v.payload() {
        Some(Payload::Dict(d)) => Some(d),
        _ => None,
    }
}

/// A namespace (`locals`) that is exactly a `dict`: name operations read and write its
/// table directly. A subclass (a metaclass's `__prepare__` may return one) is used
/// through its `__getitem__`/`__setitem__`, as CPython does.
#[inline]
fn as_plain_dict(v: &Value) -> Option<&DictObj> {
    match v.as_obj() {
        Some(o) if o.class().is(&types().dict) => match &o.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

/// Looks up a `str` key using the cached hash of the key object.
#[inline]
pub fn dict_get_name(d: &DictObj, name: &Value) -> Option<Value> {
    match name.payload() {
        Some(Payload::Str(s)) => d.table.read_str(s.hash(), s.as_str()),
        _ => None,
    }
}

/// Runs `f` until it returns or yields. `throw`: raise this exception at the current
/// instruction first (generator `throw()`).
// Inlined into its callers: a separate function layer on every call cost ~5% of a
// call-heavy benchmark (fib).
#[inline(always)]
pub fn run_frame(cx: &mut Ctx, f: &mut Frame, throw: Option<Exc>) -> PyResult<Flow> {
    // Linked into this context's chain of running frames while it runs (for
    // `sys._getframe()`: `interp::frame_obj`); a frame object exists only on request.
    // (Only a generator's frame can start with a frame object: `generator::run_resumed`
    // re-attaches it.)
    f.back = cx.frame;
    cx.frame = FrameLink(f as *mut Frame);
    let r = run_frame_loop(cx, f, throw);
    cx.frame = f.back;
    // One test for the two rare cases (NULL is 0).
    if (f.epoch_gen | f.pyframe.bits()) != 0 {
        frame_stopped(cx, f, &r);
    }
    r
}

/// The frame stopped running with something to do: it leaves the list of frames holding
/// borrowed items, and its frame object takes what it needs.
#[cold]
fn frame_stopped(cx: &mut Ctx, f: &mut Frame, r: &PyResult<Flow>) {
    if f.epoch_gen != 0 {
        leave_epoch_borrows(f, matches!(r, Ok(Flow::Yield(_))));
    }
    if !f.pyframe.is_null() {
        frame_obj::stopped(cx, f, r);
    }
}

/// `exc` ends frame `f`, which has no frame object: the traceback entry it just got
/// takes its locals (`tb.tb_frame.f_locals`), which were about to be dropped.
#[cold]
fn frame_ended_by(f: &mut Frame, exc: &Exc) {
    if f.epoch_gen != 0 {
        // First: the list names the slots by address, and they are about to move.
        leave_epoch_borrows(f, false);
    }
    // A MemoryError keeps nothing: the locals are likely what used the memory up (the
    // embedding's memory cap), and a handler must be able to recover it.
    if exc.matches(&types().memory_error) {
        return;
    }
    if let Some(e) = exc.exception() {
        frame_obj::keep_locals_in_traceback(e, f);
    }
}

/// The frame stops running: it leaves the list of frames that hold borrowed items. A
/// generator that suspends (and may resume on another thread, or never) first counts
/// them; the locals of a frame that returns or raises are about to go, and dropping a
/// borrowed word does nothing.
#[cold]
fn leave_epoch_borrows(f: &mut Frame, suspends: bool) {
    if suspends {
        let n = f.code.nlocals.min(f.fast.len());
        epoch_borrows::count_slots(&mut f.fast[..n]);
    }
    epoch_borrows::leave_frame(f.fast.as_mut_ptr(), f.epoch_gen);
    f.epoch_gen = 0;
}

/// `BinarySubscr` followed by `StoreFast`: an item of a shared exact list (an inline int
/// index) or a value of a shared exact dict (a key needing no script code to hash and
/// compare) goes into the local without being counted (see `value::epoch_borrows`). False
/// when this does not apply (the caller takes the general path, which has not consumed
/// anything).
#[inline]
fn subscr_into_local(f: &mut Frame, code: &crate::interp::Code, local: u32) -> bool {
    let n = f.stack.len();
    if n < 2 || local as usize >= code.nlocals {
        return false;
    }
    let Some(bits) = shared_item_word(&f.stack[n - 2], &f.stack[n - 1], true) else {
        return false;
    };
    f.stack.truncate(n - 2);
    store_borrowed_item(f, code, local, bits);
    true
}

/// `container[key]` as an uncounted word, when `container` is a shared exact list read by
/// an inline int index or (with `dicts`) a shared exact dict read by a key whose hash and
/// equality need no script code (str, int, tuples of those); None otherwise (including a
/// missing item: the general path raises).
#[inline]
fn shared_item_word(container: &Value, key: &Value, dicts: bool) -> Option<u64> {
    let t = types();
    match container.payload()? {
        Payload::List(l) if container.class().is(&t.list) => {
            l.items.get_shared_word(key.as_small_int()?)?
        }
        Payload::Dict(d) if dicts && container.class().is(&t.dict) => {
            let hash = crate::object::hash::hash_builtin(key)?;
            d.table.get_shared_word(hash, key)?
        }
        _ => None,
    }
}

/// `BinarySubscr; LoadMethod(m); CallMethod(0)` (`items[i].method()`) on an item of a
/// shared exact list whose class defines `method` as a plain script function: the item
/// goes into the callee's `self` uncounted (the callee frame is listed in
/// `value::epoch_borrows` from the start). `Ok(None)` when this does not apply (nothing
/// consumed: the caller takes the general path).
fn subscr_method_call(
    cx: &mut Ctx,
    f: &mut Frame,
    code: &crate::interp::Code,
    name: u32,
) -> PyResult<Option<Value>> {
    let n = f.stack.len();
    if n < 2 {
        return Ok(None);
    }
    let Some(bits) = shared_item_word(&f.stack[n - 2], &f.stack[n - 1], false) else {
        return Ok(None);
    };
    // SAFETY: a live object (read from a shared list while pinned), looked at without
    // taking a reference (never dropped).
    let obj = std::mem::ManuallyDrop::new(unsafe { Value::from_bits(bits) });
    if !obj.is_counted_ptr() || !matches!(obj.payload(), Some(Payload::Instance(_))) {
        return Ok(None);
    }
    let name = &code.names[name as usize];
    if obj
        .namespace()
        .is_some_and(|ns| dict_get_name(ns, name).is_some())
    {
        return Ok(None);
    }
    let Some(m) = cx.lookup.class_attr(obj.class(), name) else {
        return Ok(None);
    };
    if !is_plain_call(&m, 1) {
        return Ok(None);
    }
    // Committed: consume the operands, and point at `CallMethod` for tracebacks.
    f.stack.truncate(n - 2);
    f.ip += 2;
    let held = HeldCallee::new(m);
    let Some(Payload::Function(func)) = held.value().payload() else {
        return Err(type_error("subscr_method_call: not a function"));
    };
    let mut frame = call::empty_frame(cx, func);
    frame.epoch_gen = epoch_borrows::enter_frame(frame.fast.as_mut_ptr(), func.code.nlocals);
    // SAFETY: read from a list shared at that moment, stored in a local slot of the frame
    // listed in that generation.
    frame.fast[0] = unsafe { epoch_borrows::borrow_item(bits, frame.epoch_gen) };
    call::init_cells(&mut frame, func, |c| {
        // SAFETY: `held` keeps the function, and so its closure, alive until the frame is
        // gone (as in `call_plain`).
        unsafe { c.borrow_local() }
    });
    count_global_borrows(f);
    let r = call::run_function_frame(cx, frame);
    drop(held);
    r.map(Some)
}

/// Stores the word `bits`, just read from a shared container by the lock-free protocol, into
/// local `local` (< `code.nlocals`) without counting it, listing the frame.
#[inline]
fn store_borrowed_item(f: &mut Frame, code: &crate::interp::Code, local: u32, bits: u64) {
    if !epoch_borrows::is_listed(f.epoch_gen) {
        f.epoch_gen = epoch_borrows::enter_frame(f.fast.as_mut_ptr(), code.nlocals);
    }
    // SAFETY: read from a container shared at that moment, and stored in a local slot of
    // the frame listed in that generation (see `value::epoch_borrows`).
    let v = unsafe { epoch_borrows::borrow_item(bits, f.epoch_gen) };
    let old = std::mem::replace(&mut f.fast[local as usize], v);
    unborrow_local(f, &old);
}

/// After a `del` statement or a module-level store: runs the `__del__` methods and
/// weak-reference callbacks of what it freed, so that `del obj` runs them before the next
/// statement, as in CPython. Neither is a hot path; other frees wait for the next
/// safepoint (or the end of the call whose frame held them: `run_function_frame`).
#[inline]
fn after_del(cx: &mut Ctx) {
    if cx.rc_owner.poll() {
        crate::object::weakref::run_pending(cx);
    }
}

/// The interpreter loop of [`run_frame`].
fn run_frame_loop(cx: &mut Ctx, f: &mut Frame, throw: Option<Exc>) -> PyResult<Flow> {
    // Every call (and generator resumption) is a safepoint.
    crate::sync::safepoint();
    if cx.rc_owner.poll() {
        crate::object::weakref::run_pending(cx);
    }
    cx.check_limits()?;
    let code = f.code.clone();
    let handled_base = cx.handled.len();
    if let Some(exc) = throw {
        let raised = Raised {
            exc,
            reraise: false,
        };
        unwind(cx, f, raised)?
    }
    loop {
        match exec(cx, f, &code) {
            Ok(Flow::Next) => {}
            Ok(flow) => {
                if matches!(flow, Flow::Return(_)) && cx.handled.len() > handled_base {
                    cx.handled.truncate(handled_base);
                }
                return Ok(flow);
            }
            Err(raised) => unwind(cx, f, raised)?,
        }
    }
}

/// Records the frame in the traceback, sets `__context__`, and looks for a handler.
fn unwind(cx: &mut Ctx, f: &mut Frame, raised: Raised) -> PyResult<()> {
    let exc = raised.exc;
    if !raised.reraise {
        traceback::add_entry_at(&exc, f, f.ip.saturating_sub(1));
        traceback::set_context(cx, &exc);
    }
    while let Some(b) = f.blocks.pop() {
        match b {
            Block::ExceptHandler { .. } => {
                cx.handled.pop();
            }
            Block::Finally { handler, depth } => {
                f.stack.truncate(depth as usize);
                f.blocks.push(Block::ExceptHandler { exc: exc.0.clone() });
                cx.handled.push(exc.0.clone());
                f.stack.push(exc.0);
                f.ip = handler as usize;
                return Ok(());
            }
        }
    }
    // No handler: the frame ends (a frame object, if any, is told by `run_frame`).
    if f.pyframe.is_null() {
        frame_ended_by(f, &exc);
    }
    Err(exc)
}

/// Pops the top of the stack as an owned value (a borrowed local becomes a counted
/// reference): for operands that are stored anywhere.
#[inline(always)]
fn pop(f: &mut Frame) -> Value {
    f.stack.pop().unwrap_or(Value::NONE).into_owned()
}

/// Pops the top of the stack as it is, possibly a borrowed local (see `Op::LoadFast`): only
/// for operands used by reference and then dropped (or pushed back onto this stack).
#[inline(always)]
fn pop_any(f: &mut Frame) -> Value {
    f.stack.pop().unwrap_or(Value::NONE)
}

/// Before local `old` is overwritten or deleted: borrowed copies of it on the stack (an
/// assignment expression inside a larger expression, `f(x, (x := y))`) become counted
/// references, so they do not outlive the reference they borrow.
#[inline]
fn unborrow_local(f: &mut Frame, old: &Value) {
    if !f.stack.is_empty() && old.as_obj().is_some() {
        count_borrows(&mut f.stack, |v| v.is_borrowed() && v.is(old));
    }
}

/// Turns the borrowed copies among `values` that `which` selects into counted references.
#[inline]
fn count_borrows(values: &mut [Value], which: impl Fn(&Value) -> bool) {
    for v in values.iter_mut() {
        if which(v) {
            *v = v.clone();
        }
    }
}

static NONE: Value = Value::NONE;

#[inline(always)]
fn top(f: &Frame) -> &Value {
    f.stack.last().unwrap_or(&NONE)
}

/// The item `n` places from the top (1 = TOS).
#[inline(always)]
fn peek(f: &Frame, n: usize) -> &Value {
    let len = f.stack.len();
    if n == 0 || n > len {
        return &NONE;
    }
    &f.stack[len - n]
}

/// Turns this frame's borrowed copies of cached globals ([`Value::borrow_global`]) into
/// counted references: before the frame suspends (a generator may resume on another thread,
/// or never), so such copies never outlive one stretch of one frame's code.
#[inline]
fn count_global_borrows(f: &mut Frame) {
    count_borrows(&mut f.stack, Value::is_global_borrow);
}

/// Before a call that runs script code: the lookup cache keeps the values it replaces
/// while borrowed copies exist, so a copy on this stack during a long call (`app.run()`)
/// would hold back everything the cache lets go of meanwhile. Native functions are short
/// (those that call back into script code, like `sorted(key=...)`, leave a bounded window).
#[inline]
fn count_global_borrows_before_call(f: &mut Frame, callee: &Value) {
    if !matches!(callee.payload(), Some(Payload::NativeFunction(_))) {
        count_global_borrows(f);
    }
}

/// Is `callee` a script function that `call_plain` can call with `nargs` positional
/// arguments (no generator, no defaults or `*args` to fill in)?
#[inline(always)]
fn is_plain_call(callee: &Value, nargs: usize) -> bool {
    match callee.payload() {
        Some(Payload::Function(func)) => {
            let code = &func.code;
            code.simple_args && code.obj.argcount as usize == nargs && !code.obj.flags.generator
        }
        _ => false,
    }
}

/// The common call, of a script function with exactly its positional arguments (checked by
/// `is_plain_call`): the callee at `f.stack[base]`, the arguments from `args_at` to the
/// top. The arguments move into the new frame instead of being copied, and the frame
/// borrows the function's closure cells instead of counting them, with the function held
/// (not necessarily counted) by the caller for the length of the call
/// ([`global_borrows::HeldCallee`]): a nested function that many threads call then costs
/// no count update on the lines they share. Leaves the stack at `base`.
fn call_plain(cx: &mut Ctx, f: &mut Frame, base: usize, args_at: usize) -> PyResult<Value> {
    let held = HeldCallee::new(std::mem::replace(&mut f.stack[base], Value::NULL));
    let Some(Payload::Function(func)) = held.value().payload() else {
        return Err(type_error("call_plain: not a function"));
    };
    let mut frame = call::empty_frame(cx, func);
    for (slot, v) in frame.fast.iter_mut().zip(f.stack.drain(args_at..)) {
        *slot = v.into_owned();
    }
    f.stack.truncate(base);
    call::init_cells(&mut frame, func, |c| {
        // SAFETY: `held` keeps the function, and so its closure, alive until the frame is
        // gone: the frame is dropped inside `run_function_frame`, before `held`.
        unsafe { c.borrow_local() }
    });
    count_global_borrows(f);
    let r = call::run_function_frame(cx, frame);
    drop(held);
    call::after_call(cx);
    r
}

/// Calls the callee at `f.stack[base]` with the values from `args_at` to the top (the last
/// `kwnames.len()` of them keyword arguments), and leaves the stack at `base`. The callee
/// is used where it lies: the stack slot keeps it alive for the call, so calling a builtin
/// (`len`, `isinstance`) or a class does not count it, which wrote one line that every
/// calling thread shares.
#[inline]
fn call_on_stack(
    cx: &mut Ctx,
    f: &mut Frame,
    base: usize,
    args_at: usize,
    kwnames: &[Value],
) -> PyResult<Value> {
    match f.stack[base].payload() {
        Some(Payload::NativeFunction(nf)) => {
            if nf.reads_caller {
                return call_reading_caller(cx, f, base, args_at, kwnames);
            }
        }
        // A script call may run long: no global borrow spans it (the callee's slot
        // included, which becomes a counted reference here).
        _ => count_global_borrows(f),
    }
    let r = ops::call_kw(cx, &f.stack[base], &f.stack[args_at..], kwnames)?;
    f.stack.truncate(base);
    Ok(r)
}

/// [`call_on_stack`] of `globals()`, `locals()`, `vars()` or `dir()`: this frame's
/// namespaces are handed over in `Ctx::caller` for the call.
#[cold]
fn call_reading_caller(
    cx: &mut Ctx,
    f: &mut Frame,
    base: usize,
    args_at: usize,
    kwnames: &[Value],
) -> PyResult<Value> {
    cx.caller = Some(f.caller_scope());
    let r = ops::call_kw(cx, &f.stack[base], &f.stack[args_at..], kwnames);
    cx.caller = None;
    f.stack.truncate(base);
    r
}

/// Pops the top `n` items, in stack order.
#[inline]
fn pop_n(f: &mut Frame, n: usize) -> Vec<Value> {
    let at = f.stack.len().saturating_sub(n);
    let mut items = f.stack.split_off(at);
    count_borrows(&mut items, Value::is_borrowed);
    items
}

fn unbound_local(name: &str) -> Exc {
    Exc::new(
        &types().unbound_local_error,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

fn deref_error(code: &crate::interp::Code, i: usize) -> Exc {
    let ncell = code.obj.cellvars.len();
    if i < ncell {
        unbound_local(&code.obj.cellvars[i])
    } else {
        let name = code.obj.freevars.get(i - ncell).map_or("?", |s| s);
        Exc::new(
            &types().name_error,
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
        )
    }
}

/// Deref slot `i`'s cell, borrowed from the frame (not counted: closure cells are shared
/// by every thread running the closure, and counting them on each access made their
/// count a contended line).
#[inline]
fn cell_of<'f>(f: &'f Frame, code: &crate::interp::Code, i: u32) -> &'f Value {
    f.fast.get(code.nlocals + i as usize).unwrap_or(&NULL_CELL)
}

static NULL_CELL: Value = Value::NULL;

fn cell_get(cell: &Value) -> Value {
    match cell.payload() {
        Some(Payload::Cell(c)) => c.get(),
        _ => Value::NULL,
    }
}

fn cell_set(cell: &Value, v: Value) {
    if let Some(Payload::Cell(c)) = cell.payload() {
        c.set(v);
    }
}

/// Runs the frame's instructions until it returns, yields or raises.
///
/// One loop with every instruction's arm inside it, so that an arm that goes on to the
/// next instruction jumps straight back to the dispatch. (With one function per
/// instruction returning `Flow::Next` to a loop around it, the compiler threaded that
/// result through to the loop only while the function stayed small: when it grew, every
/// instruction stored and re-tested the result, 5 instructions per dispatch, +3% in an
/// integer loop, measured with callgrind.)
#[inline(always)]
fn exec(cx: &mut Ctx, f: &mut Frame, code: &crate::interp::Code) -> OpResult {
    'dispatch: loop {
        let Some(&op) = code.obj.code.get(f.ip) else {
            return Ok(Flow::Return(Value::NONE));
        };
        f.ip += 1;
        match op {
            Op::Nop => {}
            Op::Pop => {
                f.stack.pop();
            }
            Op::Copy(n) => {
                let v = peek(f, n as usize);
                let v = if v.is_borrowed() {
                    // SAFETY: the copy stays on this stack beside the original.
                    unsafe { v.dup_borrowed() }
                } else {
                    v.clone()
                };
                f.stack.push(v);
            }
            Op::Swap(n) => {
                let len = f.stack.len();
                let n = n as usize;
                if n >= 1 && n <= len {
                    f.stack.swap(len - 1, len - n);
                }
            }
            Op::LoadConst(i) => {
                let v = code.consts.get(i as usize).cloned().unwrap_or(Value::NONE);
                f.stack.push(v);
            }
            Op::LoadFast(i) => {
                let v = &f.fast[i as usize];
                if v.is_null() {
                    return Err(unbound_local(&code.obj.varnames[i as usize]).into());
                }
                // Borrowed: the local keeps the object alive, so pushing it costs no reference
                // count update (an atomic on an object other threads may share). Stores pop
                // with `pop`, which counts it; `unborrow_local` covers overwriting the local.
                // SAFETY: see `Value::borrow_local`; this stack only stores operands through
                // `pop`/`pop_n` (counted), and `StoreFast`/`DeleteFast` unborrow first.
                let v = unsafe { v.borrow_local() };
                f.stack.push(v);
            }
            Op::StoreFast(i) => {
                let v = pop(f);
                let old = std::mem::replace(&mut f.fast[i as usize], v);
                unborrow_local(f, &old);
            }
            Op::DeleteFast(i) => {
                if f.fast[i as usize].is_null() {
                    return Err(unbound_local(&code.obj.varnames[i as usize]).into());
                }
                let old = std::mem::replace(&mut f.fast[i as usize], Value::NULL);
                unborrow_local(f, &old);
                drop(old);
                after_del(cx);
            }
            Op::LoadDeref(i) => {
                let v = match cell_of(f, code, i).payload() {
                    Some(Payload::Cell(c)) => cx.lookup.load_cell(c),
                    _ => Value::NULL,
                };
                if v.is_null() {
                    return Err(deref_error(code, i as usize).into());
                }
                f.stack.push(v);
            }
            Op::StoreDeref(i) => {
                let v = pop(f);
                cell_set(cell_of(f, code, i), v);
            }
            Op::DeleteDeref(i) => {
                let c = cell_of(f, code, i);
                if cell_get(c).is_null() {
                    return Err(deref_error(code, i as usize).into());
                }
                cell_set(c, Value::NULL);
            }
            Op::LoadClosure(i) => {
                let c = cell_of(f, code, i).clone();
                f.stack.push(c);
            }
            Op::LoadClassDeref(i) => {
                let ncell = code.obj.cellvars.len();
                let name = code
                    .obj
                    .cellvars
                    .iter()
                    .chain(code.obj.freevars.iter())
                    .nth(i as usize)
                    .cloned();
                _ = ncell;
                if let Some(name) = &name {
                    let found = match as_plain_dict(&f.locals) {
                        Some(ns) => ns.get_str(name),
                        None if f.locals.is_null() => None,
                        None => match ops::getitem(cx, &f.locals.clone(), &Value::str(name)) {
                            Ok(v) => Some(v),
                            Err(e) if e.matches(&types().key_error) => None,
                            Err(e) => return Err(e.into()),
                        },
                    };
                    if let Some(v) = found {
                        f.stack.push(v);
                        continue 'dispatch;
                    }
                }
                let v = cell_get(cell_of(f, code, i));
                if v.is_null() {
                    return Err(deref_error(code, i as usize).into());
                }
                f.stack.push(v);
            }
            Op::LoadGlobal(i) => {
                let name = &code.names[i as usize];
                // Per-thread cache validated by the dicts' versions: no lock on a hit.
                let v = match cx.lookup.load_global(&f.globals, &f.builtins, name) {
                    Some(v) => v,
                    None => return Err(suggest::name_error(cx, f, code.name_str(i)).into()),
                };
                f.stack.push(v);
            }
            Op::StoreGlobal(i) => {
                let v = pop(f);
                if !f.locals.is_null() {
                    // Module-level definition: shared by every thread (docs/memory-model.md).
                    crate::sync::immortalize_definition(&v);
                }
                if let Some(g) = as_dict(&f.globals) {
                    let name = &code.names[i as usize];
                    let version = g.set_str_value_versioned(name.clone(), v.clone());
                    cx.lookup.store_global(&f.globals, name, &v, version);
                }
                // As for `StoreName`: what the rebinding freed finalises now.
                after_del(cx);
            }
            Op::DeleteGlobal(i) => {
                let removed = as_dict(&f.globals).and_then(|g| g.remove_str(code.name_str(i)));
                if removed.is_none() {
                    return Err(suggest::name_error(cx, f, code.name_str(i)).into());
                }
                drop(removed);
                cx.lookup.forget_global(&f.globals, &code.names[i as usize]);
                after_del(cx);
            }
            Op::LoadName(i) => {
                let name = &code.names[i as usize];
                let mut found = None;
                if !f.locals.is_null() {
                    // A dict subclass from a metaclass's `__prepare__` goes through its
                    // `__getitem__` (as any mapping does).
                    found = match as_plain_dict(&f.locals) {
                        Some(d) => dict_get_name(d, name),
                        None => match ops::getitem(cx, &f.locals.clone(), name) {
                            Ok(v) => Some(v),
                            Err(e) if e.matches(&types().key_error) => None,
                            Err(e) => return Err(e.into()),
                        },
                    };
                }
                if found.is_none() {
                    found = as_dict(&f.globals).and_then(|g| dict_get_name(g, name));
                }
                if found.is_none() {
                    found = as_dict(&f.builtins).and_then(|b| dict_get_name(b, name));
                }
                match found {
                    Some(v) => f.stack.push(v),
                    None => return Err(suggest::name_error(cx, f, code.name_str(i)).into()),
                }
            }
            Op::StoreName(i) => {
                let v = pop(f);
                // Module or class body: functions and classes defined here are shared.
                crate::sync::immortalize_definition(&v);
                let ns = if f.locals.is_null() {
                    &f.globals
                } else {
                    &f.locals
                };
                match as_plain_dict(ns) {
                    Some(d) if ns.is(&f.globals) => {
                        // Module level: this thread's cache entry for the name takes the
                        // new value (see `LookupCache::store_global`).
                        let name = &code.names[i as usize];
                        let version = d.set_str_value_versioned(name.clone(), v.clone());
                        cx.lookup.store_global(&f.globals, name, &v, version);
                    }
                    Some(d) => d.set_str_value(code.names[i as usize].clone(), v),
                    None => {
                        let ns = ns.clone();
                        ops::setitem(cx, &ns, &code.names[i as usize], v)?;
                    }
                }
                // Rebinding a module-level name may free what it held: its `__del__` or
                // weak-reference callbacks run before the next statement, as in CPython.
                after_del(cx);
            }
            Op::DeleteName(i) => {
                let ns = if f.locals.is_null() {
                    &f.globals
                } else {
                    &f.locals
                };
                let removed = match as_plain_dict(ns) {
                    Some(d) => d.remove_str(code.name_str(i)).is_some(),
                    None => {
                        let ns = ns.clone();
                        match ops::delitem(cx, &ns, &code.names[i as usize]) {
                            Ok(()) => true,
                            Err(e) if e.matches(&types().key_error) => false,
                            Err(e) => return Err(e.into()),
                        }
                    }
                };
                if !removed {
                    return Err(suggest::name_error(cx, f, code.name_str(i)).into());
                }
                cx.lookup.forget_global(&f.globals, &code.names[i as usize]);
                after_del(cx);
            }

            // ---- attributes and subscripts ------------------------------------------------
            Op::LoadAttr(i) => {
                let obj = pop_any(f);
                let name = &code.names[i as usize];
                let v = match instance_get_fast(cx, &obj, name) {
                    Some(v) => v,
                    None => match module_get_fast(cx, &obj, name) {
                        Some(v) => v,
                        None => ops::getattr(cx, &obj, code.name_str(i))?,
                    },
                };
                f.stack.push(v);
            }
            Op::StoreAttr(i) => {
                let obj = pop_any(f);
                let v = pop(f);
                let name = &code.names[i as usize];
                if let Some(v) = instance_set_fast(cx, &obj, name, v) {
                    ops::setattr(cx, &obj, code.name_str(i), v)?;
                }
            }
            Op::DeleteAttr(i) => {
                let obj = pop_any(f);
                ops::delattr(cx, &obj, code.name_str(i))?;
                drop(obj);
                after_del(cx);
            }
            Op::LoadMethod(i) => {
                // Pushed back as `self` below: it stays on this stack.
                let obj = pop_any(f);
                let name = code.name_str(i);
                if !obj.is_type() && !matches!(obj.payload(), Some(Payload::Super(_))) {
                    let shadowed = obj
                        .namespace()
                        .is_some_and(|ns| dict_get_name(ns, &code.names[i as usize]).is_some());
                    if !shadowed {
                        let m = cx.lookup.class_attr(obj.class(), &code.names[i as usize]);
                        if let Some(m) = m {
                            if ops::is_plain_method(&m) {
                                f.stack.push(m);
                                f.stack.push(obj);
                                continue 'dispatch;
                            }
                        }
                    }
                }
                let v = ops::getattr(cx, &obj, name)?;
                f.stack.push(v);
                f.stack.push(Value::NULL);
            }
            Op::BinarySubscr => {
                match code.obj.code.get(f.ip) {
                    Some(&Op::StoreFast(j)) if subscr_into_local(f, code, j) => {
                        f.ip += 1;
                        continue 'dispatch;
                    }
                    Some(&Op::LoadMethod(m))
                        if matches!(code.obj.code.get(f.ip + 1), Some(&Op::CallMethod(0))) =>
                    {
                        if let Some(r) = subscr_method_call(cx, f, code, m)? {
                            f.stack.push(r);
                            continue 'dispatch;
                        }
                    }
                    _ => {}
                }
                let key = pop_any(f);
                let container = pop_any(f);
                let v = ops::getitem(cx, &container, &key)?;
                f.stack.push(v);
            }
            Op::StoreSubscr => {
                let key = pop_any(f);
                let container = pop_any(f);
                let v = pop(f);
                ops::setitem(cx, &container, &key, v)?;
            }
            Op::DeleteSubscr => {
                let key = pop_any(f);
                let container = pop_any(f);
                ops::delitem(cx, &container, &key)?;
                drop((key, container));
                after_del(cx);
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { pop(f) } else { Value::NONE };
                let stop = pop(f);
                let start = pop(f);
                f.stack.push(Value::slice(start, stop, step));
            }

            // ---- operators ----------------------------------------------------------------------
            Op::UnaryOp(u) => {
                let v = pop_any(f);
                let r = ops::unary(cx, &v, u)?;
                f.stack.push(r);
            }
            Op::BinaryOp(b) => {
                let rhs = pop_any(f);
                let lhs = pop_any(f);
                let r = match fast_binary(&lhs, &rhs, b) {
                    Some(r) => r,
                    // Float arithmetic next (float has no in-place methods), then the rest.
                    None => match ops::float_binary(lhs, rhs, b) {
                        Ok(r) => r,
                        Err((lhs, rhs)) => ops::binary(cx, &lhs, &rhs, b)?,
                    },
                };
                f.stack.push(r);
            }
            Op::InplaceOp(b) => {
                if b == BinaryOp::Add {
                    if let Some(&Op::StoreFast(j)) = code.obj.code.get(f.ip) {
                        if str_append_in_place(f, code, j) {
                            f.ip += 1;
                            continue 'dispatch;
                        }
                    }
                }
                let rhs = pop_any(f);
                let lhs = pop_any(f);
                let r = match fast_binary(&lhs, &rhs, b) {
                    Some(r) => r,
                    // Float arithmetic next (float has no in-place methods), then the rest.
                    None => match ops::float_binary(lhs, rhs, b) {
                        Ok(r) => r,
                        Err((lhs, rhs)) => ops::inplace(cx, &lhs, &rhs, b)?,
                    },
                };
                f.stack.push(r);
            }
            Op::CompareOp(c) => {
                let rhs = pop_any(f);
                let lhs = pop_any(f);
                let r = if let (Some(x), Some(y)) = (lhs.as_small_int(), rhs.as_small_int()) {
                    Value::bool(match c {
                        CompareOp::Lt => x < y,
                        CompareOp::Le => x <= y,
                        CompareOp::Eq => x == y,
                        CompareOp::Ne => x != y,
                        CompareOp::Gt => x > y,
                        CompareOp::Ge => x >= y,
                    })
                } else {
                    ops::compare(cx, &lhs, &rhs, c)?
                };
                f.stack.push(r);
            }
            Op::IsOp(invert) => {
                let rhs = pop_any(f);
                let lhs = pop_any(f);
                f.stack.push(Value::bool(lhs.is(&rhs) != invert));
            }
            Op::ContainsOp(invert) => {
                let container = pop_any(f);
                let item = pop_any(f);
                let r = ops::contains(cx, &container, &item)?;
                f.stack.push(Value::bool(r != invert));
            }

            // ---- control flow ---------------------------------------------------------------------
            Op::Jump(t) => {
                // Loop back-edges are safepoints (GIL hand-off in the `gil` build; nothing in
                // the default build).
                if (t as usize) < f.ip {
                    crate::sync::safepoint();
                    if cx.rc_owner.poll() {
                        crate::object::weakref::run_pending(cx);
                    }
                    cx.check_limits()?;
                    if crate::interrupt::pending() {
                        return Err(crate::interrupt::keyboard_interrupt().into());
                    }
                }
                f.ip = t as usize
            }
            Op::PopJumpIfFalse(t) => {
                let v = pop_any(f);
                if !truthy_fast(cx, &v)? {
                    f.ip = t as usize;
                }
            }
            Op::PopJumpIfTrue(t) => {
                let v = pop_any(f);
                if truthy_fast(cx, &v)? {
                    f.ip = t as usize;
                }
            }
            Op::JumpIfFalseOrPop(t) => {
                let v = top(f).clone();
                if !truthy_fast(cx, &v)? {
                    f.ip = t as usize;
                } else {
                    f.stack.pop();
                }
            }
            Op::JumpIfTrueOrPop(t) => {
                let v = top(f).clone();
                if truthy_fast(cx, &v)? {
                    f.ip = t as usize;
                } else {
                    f.stack.pop();
                }
            }
            Op::GetIter => {
                let v = pop_any(f);
                let it = fast_iter::get_iter(cx, &v)?;
                f.stack.push(it);
            }
            Op::ForIter(t) => {
                // `for x in items:` over a shared list: the item goes into the local
                // uncounted, as in `BinarySubscr` + `StoreFast`.
                if let Some(&Op::StoreFast(j)) = code.obj.code.get(f.ip) {
                    if (j as usize) < code.nlocals {
                        match fast_iter::next_shared_word(top(f)) {
                            Some(Some(bits)) => {
                                store_borrowed_item(f, code, j, bits);
                                f.ip += 1;
                                continue 'dispatch;
                            }
                            Some(None) => {
                                f.stack.pop();
                                f.ip = t as usize;
                                continue 'dispatch;
                            }
                            None => {}
                        }
                    }
                }
                let it = top(f);
                let next = match fast_iter::next(it) {
                    Some(n) => n,
                    None => {
                        let it = it.clone();
                        ops::next(cx, &it)?
                    }
                };
                match next {
                    Some(v) => f.stack.push(v),
                    None => {
                        f.stack.pop();
                        f.ip = t as usize;
                    }
                }
            }

            // ---- building containers ------------------------------------------------------------
            Op::BuildTuple(n) => {
                let items = pop_n(f, n as usize);
                f.stack.push(Value::tuple(items));
            }
            Op::BuildList(n) => {
                let items = pop_n(f, n as usize);
                f.stack.push(Value::list(items));
            }
            Op::BuildSet(n) => {
                let items = pop_n(f, n as usize);
                let s = SetObj::from_values(cx, items)?;
                f.stack.push(Value::set_from(s));
            }
            Op::BuildMap(n) => {
                let items = pop_n(f, 2 * n as usize);
                let d = Value::dict();
                if let Some(dict) = as_dict(&d) {
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        dict.set(cx, k, v)?;
                    }
                }
                f.stack.push(d);
            }
            Op::BuildString(n) => {
                let items = pop_n(f, n as usize);
                let mut s = String::new();
                for it in &items {
                    s.push_str(it.as_str().unwrap_or(""));
                }
                f.stack.push(Value::string(s));
            }
            Op::ListAppend(i) => {
                let v = pop(f);
                if let Some(Payload::List(l)) = peek(f, i as usize).payload() {
                    l.items.lock().push(v);
                }
            }
            Op::SetAdd(i) => {
                let v = pop(f);
                let s = peek(f, i as usize).clone();
                if let Some(Payload::Set(set)) = s.payload() {
                    set.add(cx, v)?;
                }
            }
            Op::MapAdd(i) => {
                let v = pop(f);
                let k = pop(f);
                let d = peek(f, i as usize).clone();
                if let Some(dict) = as_dict(&d) {
                    dict.set(cx, k, v)?;
                }
            }
            Op::ListExtend(i) => {
                let src = pop(f);
                let items = ops::to_vec(cx, &src).map_err(|e| not_iterable(e, &src, None))?;
                if let Some(Payload::List(l)) = peek(f, i as usize).payload() {
                    l.items.lock().extend(items);
                }
            }
            Op::SetUpdate(i) => {
                let src = pop(f);
                let s = peek(f, i as usize).clone();
                if let Some(Payload::Set(set)) = s.payload() {
                    crate::types::set::update_from(cx, set, &src)?;
                }
            }
            Op::DictUpdate(i) | Op::DictMerge(i) => {
                let src = pop(f);
                let merge = matches!(op, Op::DictMerge(_));
                let d = peek(f, i as usize).clone();
                let fname = if merge {
                    Some(func_name_for_msg(peek(f, i as usize + 2)))
                } else {
                    None
                };
                dict_update(cx, &d, &src, fname.as_deref())?;
            }
            Op::ListToTuple => {
                let v = pop(f);
                let items = match v.payload() {
                    Some(Payload::List(l)) => l.items.lock().to_vec(),
                    _ => Vec::new(),
                };
                f.stack.push(Value::tuple(items));
            }
            Op::UnpackSequence(n) => {
                let v = pop_any(f);
                unpack(cx, f, &v, n as usize)?;
            }
            Op::UnpackEx { before, after } => {
                let v = pop(f);
                unpack_ex(cx, f, &v, before as usize, after as usize)?;
            }

            // ---- strings ----------------------------------------------------------------------------
            Op::FormatValue {
                conversion,
                has_spec,
            } => {
                let spec = if has_spec { pop(f) } else { Value::NULL };
                let v = pop(f);
                let v = match conversion {
                    Conversion::None => v,
                    Conversion::Str => ops::str_value(cx, &v)?,
                    Conversion::Repr => Value::string(ops::repr(cx, &v)?),
                    Conversion::Ascii => Value::string(ascii_escape(&ops::repr(cx, &v)?)),
                };
                let spec_str = spec.as_str().unwrap_or("");
                let r = if spec_str.is_empty() && v.class().is(&types().str) {
                    v
                } else if spec_str.is_empty() && v.is_small_int() {
                    Value::string(v.as_small_int().unwrap_or(0).to_string())
                } else {
                    Value::string(ops::format(cx, &v, spec_str)?)
                };
                f.stack.push(r);
            }

            // ---- calls ------------------------------------------------------------------------------
            Op::Call(n) => {
                let n = n as usize;
                let base = f.stack.len() - n - 1;
                if is_plain_call(&f.stack[base], n) {
                    let r = call_plain(cx, f, base, base + 1)?;
                    f.stack.push(r);
                    continue 'dispatch;
                }
                let r = call_on_stack(cx, f, base, base + 1, &[])?;
                f.stack.push(r);
            }
            Op::CallKw(n) => {
                let kwnames = pop(f);
                let n = n as usize;
                let base = f.stack.len() - n - 1;
                let names = kwnames.as_tuple().unwrap_or(&[]);
                let r = call_on_stack(cx, f, base, base + 1, names)?;
                f.stack.push(r);
            }
            Op::CallEx(has_kw) => {
                let kwargs = if has_kw { pop(f) } else { Value::NULL };
                let args = pop(f);
                let callee = pop(f);
                count_global_borrows_before_call(f, &callee);
                let reads_caller = matches!(callee.payload(), Some(Payload::NativeFunction(nf)) if nf.reads_caller);
                if reads_caller {
                    cx.caller = Some(f.caller_scope());
                }
                let r = call_ex(cx, &callee, &args, &kwargs);
                if reads_caller {
                    cx.caller = None;
                }
                let r = r?;
                f.stack.push(r);
            }
            Op::CallMethod(n) => {
                let n = n as usize;
                let base = f.stack.len() - n - 2;
                let args_at = base + 1 + f.stack[base + 1].is_null() as usize;
                if is_plain_call(&f.stack[base], f.stack.len() - args_at) {
                    let r = call_plain(cx, f, base, args_at)?;
                    f.stack.push(r);
                    continue 'dispatch;
                }
                let r = call_on_stack(cx, f, base, args_at, &[])?;
                f.stack.push(r);
            }
            Op::MakeFunction(flags) => {
                let codev = pop(f);
                let closure = if flags & make_function::CLOSURE != 0 {
                    pop(f)
                } else {
                    Value::NULL
                };
                let annotations = if flags & make_function::ANNOTATIONS != 0 {
                    pop(f)
                } else {
                    Value::NULL
                };
                let kwdefaults = if flags & make_function::KWDEFAULTS != 0 {
                    pop(f)
                } else {
                    Value::NULL
                };
                let defaults = if flags & make_function::DEFAULTS != 0 {
                    pop(f)
                } else {
                    Value::NULL
                };
                let Some(Payload::Code(c)) = codev.payload() else {
                    return Err(type_error("MakeFunction: not a code object").into());
                };
                let func = FunctionObj {
                    code: c.clone(),
                    globals: f.globals.clone(),
                    name: c.name.clone(),
                    qualname: c.qualname.clone(),
                    defaults,
                    kwdefaults,
                    closure: closure
                        .as_tuple()
                        .map(|t| t.to_vec())
                        .unwrap_or_default()
                        .into(),
                    dict: Value::dict(),
                };
                if !annotations.is_null() {
                    if let Some(d) = as_dict(&func.dict) {
                        d.set_str("__annotations__", annotations);
                    }
                }
                f.stack.push(Value::new_obj(
                    types().function.clone(),
                    Payload::Function(Box::new(func)),
                ));
            }
            Op::ReturnValue => {
                let v = pop(f);
                return Ok(Flow::Return(v));
            }
            Op::YieldValue => {
                let v = pop(f);
                count_global_borrows(f);
                return Ok(Flow::Yield(v));
            }
            Op::GetYieldFromIter => {
                let v = pop(f);
                let it = if let Some(k) = generator::kind_of(&v) {
                    if k != generator::GenKind::Generator {
                        let msg = if k == generator::GenKind::Coroutine {
                            "cannot 'yield from' a coroutine object in a non-coroutine generator"
                                .to_string()
                        } else {
                            format!("'{}' object is not iterable", v.type_name())
                        };
                        return Err(type_error(msg).into());
                    }
                    v
                } else {
                    ops::iter(cx, &v)?
                };
                f.stack.push(it);
            }
            Op::YieldFrom => {
                let v = pop(f);
                let it = top(f).clone();
                let step = match generator::delegate_send(cx, &it, v) {
                    Ok(s) => s,
                    Err(e) => {
                        // A later plain `yield` must not look like one from inside delegation
                        // (async generators tell their own yields apart by this flag).
                        f.in_yield_from = false;
                        return Err(e.into());
                    }
                };
                match step {
                    generator::GenStep::Yield(y) => {
                        f.ip -= 1;
                        f.in_yield_from = true;
                        count_global_borrows(f);
                        return Ok(Flow::Yield(y));
                    }
                    generator::GenStep::Return(r) => {
                        f.in_yield_from = false;
                        f.stack.pop();
                        f.stack.push(r);
                    }
                }
            }

            // ---- coroutines -------------------------------------------------------------------------
            Op::GetAwaitable(who) => {
                let v = pop(f);
                let it = coroutine::get_awaitable(cx, v, who)?;
                f.stack.push(it);
            }
            Op::GetAIter => {
                let v = pop(f);
                let it = coroutine::get_aiter(cx, &v)?;
                f.stack.push(it);
            }
            Op::GetANext => {
                let it = top(f).clone();
                let aw = coroutine::get_anext(cx, &it)?;
                f.stack.push(aw);
            }
            Op::EndAsyncFor => {
                let exc = pop(f);
                if !crate::types::is_instance(&exc, &types().stop_async_iteration) {
                    return Err(Raised {
                        exc: Exc(exc),
                        reraise: true,
                    });
                }
                pop(f);
                if let Some(Block::ExceptHandler { .. }) = f.blocks.last() {
                    f.blocks.pop();
                    cx.handled.pop();
                }
            }

            // ---- classes ------------------------------------------------------------------------------
            Op::BuildClass(n) => {
                let bases = pop_n(f, n as usize);
                let name = pop(f);
                let body = pop(f);
                let cls = class::build_class(cx, &body, &name, &bases, None)?;
                f.stack.push(cls);
            }
            Op::BuildClassKw(n) => {
                let kwargs = pop(f);
                let bases = pop_n(f, n as usize);
                let name = pop(f);
                let body = pop(f);
                let cls = class::build_class(cx, &body, &name, &bases, Some(&kwargs))?;
                f.stack.push(cls);
            }
            Op::SetupAnnotations => {
                let ns = if f.locals.is_null() {
                    f.globals.clone()
                } else {
                    f.locals.clone()
                };
                match as_dict(&ns) {
                    Some(d) => {
                        if d.get_str("__annotations__").is_none() {
                            d.set_str("__annotations__", Value::dict());
                        }
                    }
                    None => {
                        // A mapping that is not a dict (`exec` locals): CPython's lookup.
                        let key = Value::str("__annotations__");
                        match ops::getitem(cx, &ns, &key) {
                            Ok(_) => {}
                            Err(e) if e.matches(&types().key_error) => {
                                ops::setitem(cx, &ns, &key, Value::dict())?;
                            }
                            Err(e) => return Err(e.into()),
                        }
                    }
                }
            }

            // ---- exceptions ---------------------------------------------------------------------------
            Op::SetupFinally(t) => f.blocks.push(Block::Finally {
                handler: t,
                depth: f.stack.len() as u32,
            }),
            Op::PopBlock => {
                f.blocks.pop();
            }
            Op::PopExcept => {
                if let Some(Block::ExceptHandler { .. }) = f.blocks.last() {
                    f.blocks.pop();
                    cx.handled.pop();
                }
            }
            Op::CheckExcMatch => {
                let ty = pop(f);
                let exc = top(f).clone();
                let r = exc_matches(&exc, &ty)?;
                f.stack.push(Value::bool(r));
            }
            Op::CheckEgMatch => {
                let ty = pop(f);
                let rest = pop(f);
                let (rest, matched) =
                    crate::types::exception_group::except_star_match(cx, &rest, &ty)?;
                if !matched.is_none() {
                    // The handler sees the matched part as the exception being handled.
                    if let Some(Block::ExceptHandler { exc }) = f.blocks.last_mut() {
                        *exc = matched.clone();
                    }
                    if let Some(h) = cx.handled.last_mut() {
                        *h = matched.clone();
                    }
                }
                f.stack.push(rest);
                f.stack.push(matched);
            }
            Op::PrepReraiseStar => {
                let list = pop(f);
                let orig = pop(f);
                let excs = match list.payload() {
                    Some(Payload::List(l)) => l.items.lock().to_vec(),
                    _ => Vec::new(),
                };
                let r = crate::types::exception_group::prep_reraise_star(cx, &orig, &excs)?;
                f.stack.push(r);
            }
            Op::Reraise => {
                let exc = pop(f);
                return Err(Raised {
                    exc: Exc(exc),
                    reraise: true,
                });
            }
            Op::Raise(n) => return Err(do_raise(cx, f, n)),
            Op::LoadAssertionError => f.stack.push(types().assertion_error.clone()),

            // ---- with -----------------------------------------------------------------------------------
            Op::BeforeWith => {
                let mgr = pop(f);
                let cls = mgr.class().clone();
                // Through the lookup cache: an uncached lookup locks the class dicts, and
                // `with lock:` in many threads would bounce those lock bytes between cores.
                let enter = cx.lookup.class_attr_str(&cls, "__enter__");
                let exit = cx.lookup.class_attr_str(&cls, "__exit__");
                let (Some(enter), Some(exit)) = (enter, exit) else {
                    let msg = if types::lookup(&cls, "__enter__").is_none() {
                        format!(
                            "'{}' object does not support the context manager protocol",
                            mgr.type_name()
                        )
                    } else {
                        format!(
                        "'{}' object does not support the context manager protocol (missed __exit__ method)",
                        mgr.type_name()
                    )
                    };
                    return Err(type_error(msg).into());
                };
                let exit = match ops::bind(cx, &exit, &mgr, &cls)? {
                    ops::Bound::Method(m) => ops::bound_method(&m, &mgr),
                    ops::Bound::Value(v) => v,
                };
                f.stack.push(exit);
                let r = match ops::bind(cx, &enter, &mgr, &cls)? {
                    ops::Bound::Method(m) => ops::call(cx, &m, std::slice::from_ref(&mgr))?,
                    ops::Bound::Value(v) => ops::call(cx, &v, &[])?,
                };
                f.stack.push(r);
            }
            Op::BeforeAsyncWith => {
                let mgr = pop(f);
                let (exit, r) = coroutine::before_async_with(cx, &mgr)?;
                f.stack.push(exit);
                f.stack.push(r);
            }
            Op::AsyncWithExceptStart => {
                let exc = top(f).clone();
                let exit = peek(f, 2).clone();
                let tb = traceback::traceback_value(&exc);
                let r = ops::call(cx, &exit, &[exc.class().clone(), exc.clone(), tb])?;
                f.stack.push(r);
            }
            Op::CallExitNone => {
                let exit = pop(f);
                ops::call(cx, &exit, &[Value::NONE, Value::NONE, Value::NONE])?;
            }
            Op::WithExceptStart => {
                let exc = top(f).clone();
                let exit = peek(f, 2).clone();
                let tb = traceback::traceback_value(&exc);
                let r = ops::call(cx, &exit, &[exc.class().clone(), exc.clone(), tb])?;
                let b = ops::truthy(cx, &r)?;
                f.stack.push(Value::bool(b));
            }

            // ---- modules -------------------------------------------------------------------------------
            Op::ImportName(i) => {
                let fromlist = pop(f);
                let level = pop(f);
                let m = import::import_name(
                    cx,
                    code.name_str(i),
                    &f.globals,
                    &fromlist,
                    level.as_int().unwrap_or(0),
                )?;
                f.stack.push(m);
            }
            Op::ImportFrom(i) => {
                let m = top(f).clone();
                let v = import::import_from(cx, &m, code.name_str(i))?;
                f.stack.push(v);
            }
            Op::ImportStar => {
                let m = pop(f);
                let ns = if f.locals.is_null() {
                    f.globals.clone()
                } else {
                    f.locals.clone()
                };
                import::import_star(cx, &m, &ns)?;
            }

            // ---- pattern matching ---------------------------------------------------------------
            Op::GetLen => {
                let v = peek(f, 1).clone();
                let n = ops::len(cx, &v)?;
                f.stack.push(Value::int(n as i64));
            }
            Op::MatchSequence => {
                let yes = pattern::is_sequence(peek(f, 1));
                f.stack.push(Value::bool(yes));
            }
            Op::MatchMapping => {
                let yes = pattern::is_mapping(peek(f, 1));
                f.stack.push(Value::bool(yes));
            }
            Op::MatchKeys => {
                let (subject, keys) = (peek(f, 2).clone(), peek(f, 1).clone());
                let values = pattern::match_keys(cx, &subject, &keys)?;
                f.stack.push(values);
            }
            Op::CopyDictWithoutKeys => {
                let keys = pop(f);
                let subject = peek(f, 1).clone();
                let rest = pattern::dict_without_keys(cx, &subject, &keys)?;
                f.stack.push(rest);
            }
            Op::MatchClass(n) => {
                let names = pop(f);
                let cls = pop(f);
                let subject = pop(f);
                let attrs = pattern::match_class(cx, &subject, &cls, n as usize, &names)?;
                f.stack.push(attrs);
            }

            Op::PrintExpr => {
                let v = pop(f);
                if !v.is_none() {
                    let s = Value::string(ops::repr(cx, &v)?);
                    let print = as_dict(&f.builtins).and_then(|b| b.get_str("print"));
                    if let Some(print) = print {
                        ops::call(cx, &print, &[s])?;
                    }
                    if let Some(b) = as_dict(&f.builtins) {
                        b.set_str("_", v);
                    }
                }
            }
        }
    }
}

/// `obj.name` for a plain instance when no script code can be involved: a value in the
/// instance dict not shadowed by a property, or a function on the class (bound method).
/// None means "take the general path".
#[inline]
fn instance_get_fast(cx: &mut Ctx, obj: &Value, name: &Value) -> Option<Value> {
    let Some(Payload::Instance(inst)) = obj.payload() else {
        return None;
    };
    let class_attr = cx.lookup.class_attr(obj.class(), name);
    match &class_attr {
        Some(a) if !matches!(a.payload(), Some(Payload::Function(_))) => {
            return slot_get_fast(obj, a)
        }
        _ => {}
    }
    if let Some(v) = as_dict(&inst.dict).and_then(|d| dict_get_name(d, name)) {
        return Some(v);
    }
    class_attr.map(|f| ops::bound_method(&f, obj))
}

/// `obj.name` for a set slot `name` of the instance's class (None: the general path,
/// which also raises for an unset one). Not inlined: it must not grow the dispatch loop.
#[inline(never)]
fn slot_get_fast(obj: &Value, attr: &Value) -> Option<Value> {
    match attr.payload() {
        Some(Payload::Member(m)) if types::is_subclass(obj.class(), &m.objclass) => {
            crate::interp::slots::read(obj, m)
        }
        _ => None,
    }
}

/// `module.name` when the module's class has no such attribute: the module dict through
/// the thread's version-validated cache (no lock on a hit). None: take the general path.
#[inline]
fn module_get_fast(cx: &mut Ctx, obj: &Value, name: &Value) -> Option<Value> {
    let Some(Payload::Module(m)) = obj.payload() else {
        return None;
    };
    if cx.lookup.class_attr(obj.class(), name).is_some() {
        return None;
    }
    cx.lookup.load_global(&m.dict, &Value::NULL, name)
}

/// `obj.name = v` for a plain instance without `__setattr__` override or property;
/// gives `v` back when the general path is needed.
#[inline]
fn instance_set_fast(cx: &mut Ctx, obj: &Value, name: &Value, v: Value) -> Option<Value> {
    let Some(Payload::Instance(inst)) = obj.payload() else {
        return Some(v);
    };
    let (class_attr, plain_setattr) = cx.lookup.class_attr_for_store(obj.class(), name);
    // A property, a slot or a script descriptor (an instance whose class may define
    // `__set__`) takes the general path.
    let descriptor = class_attr.is_some_and(|a| {
        matches!(
            a.payload(),
            Some(Payload::Property(_) | Payload::Instance(_) | Payload::Member(_))
        )
    });
    // Plain `object()` instances take no attributes (the general path raises).
    if !plain_setattr || descriptor || obj.class().is(&types().object) {
        return Some(v);
    }
    match as_dict(&inst.dict) {
        Some(d) => {
            d.set_str_value(name.clone(), v);
            None
        }
        None => Some(v),
    }
}

/// `bool(v)` with the common cases inline.
#[inline(always)]
fn truthy_fast(cx: &mut Ctx, v: &Value) -> PyResult<bool> {
    if v.is(&Value::TRUE) {
        return Ok(true);
    }
    if v.is(&Value::FALSE) || v.is_none() {
        return Ok(false);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    ops::truthy(cx, v)
}

/// `InplaceOp(Add); StoreFast(j)` for `s += t` with `s` local `j` holding an exact `str`
/// that nothing else references, and `t` an exact `str`: appends to `s`'s object in place
/// (as CPython does), instead of copying the whole string every time, which made a loop
/// of appends quadratic. The stack holds `[.., borrowed copy of s, t]`; on success both
/// are popped and the local already holds the result. False: nothing was consumed.
#[inline(never)]
fn str_append_in_place(f: &mut Frame, code: &crate::interp::Code, j: u32) -> bool {
    let n = f.stack.len();
    let j = j as usize;
    if n < 2 || j >= code.nlocals {
        return false;
    }
    let local = &f.fast[j];
    let t = types();
    // The stack's left operand is a borrowed copy of the local itself (so the local's
    // reference is the one the count shows), the local is counted (not itself borrowed
    // from a shared container), and no other borrowed copy of it is on the stack.
    if !local.is_counted_ptr()
        || !f.stack[n - 2].is_borrowed()
        || !f.stack[n - 2].is(local)
        || f.stack[..n - 2]
            .iter()
            .any(|v| v.is_borrowed() && v.is(local))
    {
        return false;
    }
    let Some(Payload::Str(tail)) = f.stack[n - 1].payload() else {
        return false;
    };
    if !f.stack[n - 1].class().is(&t.str) {
        return false;
    }
    let Some(p) = local.unique_exact(&t.str) else {
        return false;
    };
    // `s += s`: the tail is the string being grown; copy it first.
    let copy;
    let tail_str = if f.stack[n - 1].is(local) {
        copy = tail.as_str().to_owned();
        copy.as_str()
    } else {
        tail.as_str()
    };
    let tail_chars = tail.char_len();
    // SAFETY: the local holds the only reference to this live string (checked above:
    // counted once, by the local; no borrowed copy but the operand about to be dropped),
    // so nothing else reads it while it changes; `tail_str` is not inside it.
    unsafe {
        if let Payload::Str(s) = &mut (*p).payload {
            s.append_unshared(tail_str, tail_chars);
        }
    }
    if crate::embed::limits::caps_on() {
        crate::embed::limits::charge_delta(tail_str.len() as i64);
    }
    f.stack.truncate(n - 2);
    true
}

/// Small-int arithmetic that cannot fail or overflow; None means "take the general path".
#[inline(always)]
fn fast_binary(a: &Value, b: &Value, op: BinaryOp) -> Option<Value> {
    let (x, y) = (a.as_small_int()?, b.as_small_int()?);
    let r = match op {
        BinaryOp::Add => x.checked_add(y)?,
        BinaryOp::Sub => x.checked_sub(y)?,
        BinaryOp::Mul => x.checked_mul(y)?,
        BinaryOp::FloorDiv if y != 0 => {
            let q = x.checked_div(y)?;
            if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinaryOp::Mod if y != 0 => {
            let r = x.checked_rem(y)?;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        BinaryOp::And => x & y,
        BinaryOp::Or => x | y,
        BinaryOp::Xor => x ^ y,
        BinaryOp::LShift if (0..62).contains(&y) => {
            let r = x.checked_shl(y as u32)?;
            if r >> y != x {
                return None;
            }
            r
        }
        BinaryOp::RShift if y >= 0 => x >> y.min(63),
        _ => return None,
    };
    Some(Value::int(r))
}

fn func_name_for_msg(f: &Value) -> String {
    match f.payload() {
        // CPython's `_PyObject_FunctionStr`: `module.qualname()` outside builtins.
        Some(Payload::Function(func)) => {
            let qualname = func.qualname.as_str().unwrap_or("?");
            match as_dict(&func.globals)
                .and_then(|g| g.get_str("__name__"))
                .as_ref()
                .and_then(|m| m.as_str())
            {
                Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
                _ => format!("{qualname}()"),
            }
        }
        Some(Payload::NativeFunction(nf)) => format!("{}()", nf.name),
        Some(Payload::BoundMethod(bm)) => func_name_for_msg(&bm.func),
        Some(Payload::Type(_)) => format!("{}()", crate::types::object::class_path(f)),
        _ => format!("{} object", f.type_name()),
    }
}

/// CPython's test for merging a dict's entries directly (`dict_merge`): an exact dict,
/// or a subclass that keeps dict's `__iter__` (one that overrides it is merged through
/// its `keys()` and `__getitem__`).
fn dict_iter_is_own(cx: &mut Ctx, src: &Value) -> bool {
    let t = types();
    if src.class().is(&t.dict) {
        return true;
    }
    let own = cx.lookup.class_attr_str(&t.dict, "__iter__");
    let found = cx.lookup.class_attr_str(src.class(), "__iter__");
    matches!((own, found), (Some(a), Some(b)) if a.is(&b))
}

/// `dict.update(src)` for `{**m}` and (with `fname`) `f(**m)`, which rejects repeats.
fn dict_update(cx: &mut Ctx, d: &Value, src: &Value, fname: Option<&str>) -> PyResult<()> {
    let Some(dict) = as_dict(d) else {
        return Ok(());
    };
    let pairs: Vec<(Value, Value)> = if let Some(s) =
        as_dict(src).filter(|_| dict_iter_is_own(cx, src))
    {
        s.items()
    } else {
        let keys = match ops::getattr_opt(cx, src, "keys")? {
            Some(k) => ops::call(cx, &k, &[])?,
            None => {
                return Err(match fname {
                    Some(fname) => type_error(format!(
                        "{fname} argument after ** must be a mapping, not {}",
                        src.type_name()
                    )),
                    None => type_error(format!("'{}' object is not a mapping", src.type_name())),
                })
            }
        };
        let mut out = Vec::new();
        for k in ops::to_vec(cx, &keys)? {
            let v = ops::getitem(cx, src, &k)?;
            out.push((k, v));
        }
        out
    };
    for (k, v) in pairs {
        if let Some(fname) = fname {
            if k.as_str().is_none() {
                return Err(type_error("keywords must be strings"));
            }
            if dict.contains(cx, &k)? {
                return Err(type_error(format!(
                    "{fname} got multiple values for keyword argument '{}'",
                    k.as_str().unwrap_or("")
                )));
            }
        }
        dict.set(cx, k, v)?;
    }
    Ok(())
}

fn not_iterable(e: Exc, src: &Value, fname: Option<&str>) -> Exc {
    if e.matches(&types().type_error) && types::lookup(src.class(), "__iter__").is_none() {
        if let Some(fname) = fname {
            return type_error(format!(
                "{fname} argument after * must be an iterable, not {}",
                src.type_name()
            ));
        }
        return type_error(format!(
            "Value after * must be an iterable, not {}",
            src.type_name()
        ));
    }
    e
}

/// `f(*args, **kwargs)`.
fn call_ex(cx: &mut Ctx, callee: &Value, args: &Value, kwargs: &Value) -> PyResult<Value> {
    let mut values: Vec<Value> = match args.payload().filter(|_| args.has_builtin_class()) {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => ops::to_vec(cx, args)
            .map_err(|e| not_iterable(e, args, Some(&func_name_for_msg(callee))))?,
    };
    let mut kwnames = Vec::new();
    if !kwargs.is_null() {
        let items = match as_dict(kwargs) {
            Some(d) => d.items(),
            None => {
                let tmp = Value::dict();
                dict_update(cx, &tmp, kwargs, Some(&func_name_for_msg(callee)))?;
                as_dict(&tmp).map(|d| d.items()).unwrap_or_default()
            }
        };
        for (k, v) in items {
            if k.as_str().is_none() {
                return Err(type_error("keywords must be strings"));
            }
            kwnames.push(k);
            values.push(v);
        }
    }
    ops::call_kw(cx, callee, &values, &kwnames)
}

fn unpack(cx: &mut Ctx, f: &mut Frame, v: &Value, n: usize) -> PyResult<()> {
    let items: Vec<Value> = match v.payload().filter(|_| v.has_builtin_class()) {
        Some(Payload::Tuple(t)) => t.to_vec(),
        Some(Payload::List(l)) => l.items.lock().to_vec(),
        _ => {
            let it = ops::iter(cx, v).map_err(|e| {
                if e.matches(&types().type_error) {
                    type_error(format!(
                        "cannot unpack non-iterable {} object",
                        v.type_name()
                    ))
                } else {
                    e
                }
            })?;
            let mut out = Vec::with_capacity(n);
            while let Some(x) = ops::next(cx, &it)? {
                if out.len() == n {
                    return Err(Exc::new(
                        &types().value_error,
                        format!("too many values to unpack (expected {n})"),
                    ));
                }
                out.push(x);
            }
            out
        }
    };
    if items.len() != n {
        return Err(Exc::new(
            &types().value_error,
            if items.len() > n {
                format!("too many values to unpack (expected {n})")
            } else {
                format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                )
            },
        ));
    }
    f.stack.extend(items.into_iter().rev());
    Ok(())
}

fn unpack_ex(cx: &mut Ctx, f: &mut Frame, v: &Value, before: usize, after: usize) -> PyResult<()> {
    let items = ops::to_vec(cx, v).map_err(|e| {
        if e.matches(&types().type_error) {
            type_error(format!(
                "cannot unpack non-iterable {} object",
                v.type_name()
            ))
        } else {
            e
        }
    })?;
    if items.len() < before + after {
        return Err(Exc::new(
            &types().value_error,
            format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            ),
        ));
    }
    let mut items = items;
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    for x in tail.into_iter().rev() {
        f.stack.push(x);
    }
    f.stack.push(Value::list(middle));
    for x in items.into_iter().rev() {
        f.stack.push(x);
    }
    Ok(())
}

/// `ascii()`-style escaping of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// Does exception `exc` match `ty` (a class or a tuple of classes)?
pub fn exc_matches(exc: &Value, ty: &Value) -> PyResult<bool> {
    if let Some(items) = ty.as_tuple() {
        for t in items {
            if exc_matches(exc, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !ty.is_type() || !types::is_subclass(ty, &types().base_exception) {
        return Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    Ok(types::is_instance(exc, ty))
}

/// Turns a `raise` operand into an exception instance (instantiating a class).
pub fn make_exception(cx: &mut Ctx, v: &Value) -> PyResult<Value> {
    if v.is_type() && types::is_subclass(v, &types().base_exception) {
        let e = ops::call(cx, v, &[])?;
        if !types::is_instance(&e, &types().base_exception) {
            return Err(type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                ops::repr(cx, v)?,
                e.type_name()
            )));
        }
        return Ok(e);
    }
    if types::is_instance(v, &types().base_exception) {
        return Ok(v.clone());
    }
    Err(type_error("exceptions must derive from BaseException"))
}

fn do_raise(cx: &mut Ctx, f: &mut Frame, n: u32) -> Raised {
    match n {
        0 => match cx.handled.last() {
            Some(e) => Raised {
                exc: Exc(e.clone()),
                reraise: true,
            },
            None => Exc::new(&types().runtime_error, "No active exception to reraise").into(),
        },
        1 => {
            let v = pop(f);
            match make_exception(cx, &v) {
                Ok(e) => Exc(e).into(),
                Err(e) => e.into(),
            }
        }
        _ => {
            let cause = pop(f);
            let v = pop(f);
            let exc = match make_exception(cx, &v) {
                Ok(e) => e,
                Err(e) => return e.into(),
            };
            let cause = if cause.is_none() {
                Value::NONE
            } else if cause.is_type() || types::is_instance(&cause, &types().base_exception) {
                match make_exception(cx, &cause) {
                    Ok(c) => c,
                    Err(e) => return e.into(),
                }
            } else {
                return type_error("exception causes must derive from BaseException").into();
            };
            if let Some(Payload::Exception(e)) = exc.payload() {
                let mut st = e.state.lock();
                st.cause = cause;
                st.suppress_context = true;
            }
            Exc(exc).into()
        }
    }
}

/// Fast iteration over exact ranges and lists: private iterator objects that `ForIter`
/// advances without a dynamic call.
pub mod fast_iter {
    use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
    use std::sync::OnceLock;

    use crate::args::Args;
    use crate::ctx::Ctx;
    use crate::error::PyResult;
    use crate::object::{NativeObject, Payload};
    use crate::ops;
    use crate::types::{new_native_type, types};
    use crate::value::Value;

    pub struct RangeIter {
        cur: AtomicI64,
        stop: i64,
        step: i64,
    }
    pub struct ListIter {
        list: Value,
        index: AtomicUsize,
    }
    impl NativeObject for RangeIter {
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    }
    impl NativeObject for ListIter {
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    }

    impl RangeIter {
        #[inline]
        fn next(&self) -> Option<Value> {
            let cur = self.cur.load(Ordering::Relaxed);
            let more = if self.step > 0 {
                cur < self.stop
            } else {
                cur > self.stop
            };
            if !more {
                return None;
            }
            self.cur
                .store(cur.saturating_add(self.step), Ordering::Relaxed);
            Some(Value::int(cur))
        }
    }
    impl ListIter {
        #[inline]
        fn next(&self) -> Option<Value> {
            let i = self.index.load(Ordering::Relaxed);
            let Some(Payload::List(l)) = self.list.payload() else {
                return None;
            };
            let v = l.items.get(i64::try_from(i).ok()?)?;
            self.index.store(i + 1, Ordering::Relaxed);
            Some(v)
        }
    }

    fn iter_next(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
        let it = args.values.first().cloned().unwrap_or(Value::NONE);
        match next(&it).flatten() {
            Some(v) => Ok(v),
            None => Err(crate::error::stop_iteration(Value::NONE)),
        }
    }
    fn iter_self(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
        Ok(args.values.first().cloned().unwrap_or(Value::NONE))
    }

    fn range_iter_type() -> &'static Value {
        static T: OnceLock<Value> = OnceLock::new();
        T.get_or_init(|| {
            new_native_type(
                "range_iterator",
                "builtins",
                &[("__next__", iter_next), ("__iter__", iter_self)],
            )
        })
    }
    fn list_iter_type() -> &'static Value {
        static T: OnceLock<Value> = OnceLock::new();
        T.get_or_init(|| {
            new_native_type(
                "list_iterator",
                "builtins",
                &[("__next__", iter_next), ("__iter__", iter_self)],
            )
        })
    }

    /// `iter(v)`, with private fast iterators for exact ranges and lists.
    #[inline]
    pub fn get_iter(cx: &mut Ctx, v: &Value) -> PyResult<Value> {
        let t = types();
        match v.payload() {
            Some(Payload::Range(r)) if v.class().is(&t.range) => {
                return Ok(Value::native_obj(
                    range_iter_type().clone(),
                    RangeIter {
                        cur: AtomicI64::new(r.start),
                        stop: r.stop,
                        step: if r.step == 0 { 1 } else { r.step },
                    },
                ))
            }
            Some(Payload::List(_)) if v.class().is(&t.list) => {
                return Ok(Value::native_obj(
                    list_iter_type().clone(),
                    ListIter {
                        list: v.clone(),
                        index: AtomicUsize::new(0),
                    },
                ))
            }
            _ => {}
        }
        ops::iter(cx, v)
    }

    /// For a private iterator over a *shared* list: `Some(Some(word))`, the next item
    /// uncounted (see `value::epoch_borrows`), or `Some(None)` when exhausted. None when
    /// this does not apply (another iterator, or a list only its creator has used).
    #[inline]
    pub fn next_shared_word(it: &Value) -> Option<Option<u64>> {
        let Some(Payload::Native(n)) = it.payload() else {
            return None;
        };
        let l = n.as_any().downcast_ref::<ListIter>()?;
        let Some(Payload::List(list)) = l.list.payload() else {
            return None;
        };
        let i = l.index.load(Ordering::Relaxed);
        let found = list.items.get_shared_word(i64::try_from(i).ok()?)?;
        if found.is_some() {
            l.index.store(i + 1, Ordering::Relaxed);
        }
        Some(found)
    }

    /// `Some(next item or None when exhausted)` for the private iterators, None for others.
    #[inline(always)]
    pub fn next(it: &Value) -> Option<Option<Value>> {
        if let Some(Payload::Native(n)) = it.payload() {
            let any = n.as_any();
            if let Some(r) = any.downcast_ref::<RangeIter>() {
                return Some(r.next());
            }
            if let Some(l) = any.downcast_ref::<ListIter>() {
                return Some(l.next());
            }
        }
        None
    }
}
