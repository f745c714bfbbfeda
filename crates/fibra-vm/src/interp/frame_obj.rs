//! Frame and traceback objects: what `sys._getframe()`, `tb.tb_frame` and the `inspect`,
//! `traceback`, `warnings` and `logging` modules see of the interpreter's frames.
//!
//! Frames live on the Rust stack (`eval::run_frame` takes a `&mut Frame`) and cost no
//! allocation of their own. Each context keeps the chain of the frames running on it
//! (`Ctx::frame`, linked through `Frame::back`); a *frame object* ([`FrameObj`]) is made
//! only when a script asks for one, and the frame then keeps it in `Frame::pyframe`:
//!
//! - While the frame runs, the frame object is a *live view*: `f_lineno`, `f_locals` and
//!   `f_back` read the running frame, so `f = sys._getframe(); ...; f.f_lineno` gives the
//!   line being executed, as in CPython. Only the thread running the frame reads it
//!   (the context id in the object says which); another thread sees the line at which
//!   the object was made (or the frame last stopped), no locals and no `f_back`.
//! - When the frame stops for good while something else still holds the frame object,
//!   the object takes over the frame's local slots and a frame object of its caller
//!   (`f_back`), as CPython's `take_ownership` does. A suspended generator's frame object
//!   keeps a copy of its locals until the generator resumes.
//! - Tracebacks record, per frame, the code, line, globals and the frame's address. An
//!   exception that ends a frame takes the frame's local slots into its entry (the slots
//!   were being freed anyway); `tb.tb_frame` makes the frame object on first use: the
//!   running frame's own when the frame still runs on this thread, otherwise one built
//!   from the entry (its `f_back` is the next outer entry's frame).
//!
//! A [`TracebackObj`] is one position in an exception's list of entries (`tb_next` is
//! the next inner one), so it costs nothing until a script looks at it.

use std::sync::OnceLock;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, Exc, PyResult};
use crate::interp::code::CodeRef;
use crate::interp::eval::Flow;
use crate::interp::frame::{fast_locals_dict, Frame, FrameLink};
use crate::object::{ExceptionObj, Payload};
use crate::sync::ObjLock;
use crate::types::{self, types};
use crate::value::{epoch_borrows, Value};

/// A frame object (`types.FrameType`).
pub struct FrameObj {
    /// The code the frame runs.
    pub(crate) code: CodeRef,
    pub(crate) globals: Value,
    pub(crate) builtins: Value,
    /// The namespace of a class body, module or `exec` (NULL for a function frame).
    pub(crate) ns: Value,
    state: ObjLock<FrameState>,
}

struct FrameState {
    /// The frame, while it runs on the context whose id is `owner`; NONE otherwise.
    live: FrameLink,
    owner: u64,
    /// The frame's next instruction when it last stopped running (or when this object was
    /// made, for readers on other threads).
    ip: usize,
    /// `f_back` once the frame stopped for good (NULL: None).
    back: Value,
    /// The frame's local slots once it stopped for good, or a copy of them while a
    /// generator is suspended.
    fast: Vec<Value>,
}

impl FrameObj {
    /// The running frame, when it runs on the context `cx` (the only one that may read it).
    fn live_on(&self, cx: &Ctx) -> Option<*mut Frame> {
        let st = self.state.lock();
        (!st.live.is_none() && st.owner == cx.id).then_some(st.live.0)
    }

    /// Calls `visit` on the counted references held (cycle collector).
    pub(crate) fn gc_traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.globals);
        visit(&self.builtins);
        visit(&self.ns);
        let st = self.state.lock();
        visit(&st.back);
        st.fast.iter().for_each(visit);
    }

    /// Drops what can form a cycle (cycle collector).
    pub(crate) fn gc_clear(&self) {
        let old = {
            let mut st = self.state.lock();
            (std::mem::take(&mut st.back), std::mem::take(&mut st.fast))
        };
        drop(old);
    }
}

/// A traceback object: entry `pos` of the traceback of exception `exc` (entries are stored
/// innermost first, so `tb_next` is `pos - 1`).
pub struct TracebackObj {
    pub(crate) exc: Value,
    pub(crate) pos: usize,
}

fn frame_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        let ty = types::new_native_type(
            "frame",
            "builtins",
            &[("__repr__", frame_repr), ("clear", frame_clear)],
        );
        crate::builtins::add_properties(
            &ty,
            &[
                ("f_back", f_back),
                ("f_code", f_code),
                ("f_lineno", f_lineno),
                ("f_lasti", f_lasti),
                ("f_globals", f_globals),
                ("f_builtins", f_builtins),
                ("f_locals", f_locals),
                ("f_trace", f_trace),
            ],
        );
        ty
    })
}

fn traceback_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        let ty = types::new_native_type("traceback", "builtins", &[]);
        crate::builtins::add_properties(
            &ty,
            &[
                ("tb_frame", tb_frame),
                ("tb_lineno", tb_lineno),
                ("tb_lasti", tb_lasti),
                ("tb_next", tb_next),
            ],
        );
        ty
    })
}

/// The classes of frame and traceback objects (`types.FrameType`, `types.TracebackType`).
pub fn frame_and_traceback_types() -> (Value, Value) {
    (frame_type().clone(), traceback_type().clone())
}

fn new_frame_obj(obj: FrameObj) -> Value {
    Value::new_obj(frame_type().clone(), Payload::Frame(Box::new(obj)))
}

/// The frame object of the frame at `link`, which runs on `cx` (made on first use).
pub(crate) fn of_running(cx: &Ctx, link: FrameLink) -> Value {
    let p = link.0;
    // SAFETY: `link` is on `cx`'s chain of running frames (`Ctx::frame` and the `back`
    // links), so the frame is alive and suspended in a call further down this thread's
    // stack (or is the frame whose instruction is calling out right now): nothing else
    // uses it while this runs. Every such call receives the frame (`&mut Frame`), so the
    // interpreter reloads what is written here after it, as for the slots that
    // `value::epoch_borrows::count_all` writes.
    unsafe {
        let existing = &(*p).pyframe;
        if !existing.is_null() {
            return (**existing).clone();
        }
        let f = &*p;
        let v = new_frame_obj(FrameObj {
            code: f.code.clone(),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            ns: f.locals.clone(),
            state: ObjLock::new(FrameState {
                live: link,
                owner: cx.id,
                ip: f.ip,
                back: Value::NULL,
                fast: Vec::new(),
            }),
        });
        // The old value is NULL: nothing to drop.
        *(*p).pyframe = v.clone();
        v
    }
}

/// `sys._getframe(depth)`: the frame object `depth` calls up from the caller.
pub(crate) fn getframe(cx: &Ctx, depth: i64) -> PyResult<Value> {
    let mut link = cx.frame;
    let mut left = depth;
    while left > 0 && !link.is_none() {
        // SAFETY: a link of `cx`'s chain (see `of_running`); only `back` is read.
        link = unsafe { (*link.0).back };
        left -= 1;
    }
    if link.is_none() {
        return Err(Exc::new(
            &types().value_error,
            "call stack is not deep enough",
        ));
    }
    Ok(of_running(cx, link))
}

/// The running frame on `cx`'s chain at address `addr` running `code`, if any.
fn find_running(cx: &Ctx, addr: usize, code: &CodeRef) -> Option<FrameLink> {
    let mut link = cx.frame;
    while !link.is_none() {
        // SAFETY: a link of `cx`'s chain (see `of_running`); `code` and `back` are read.
        let f = unsafe { &*link.0 };
        if link.0 as usize == addr && CodeRef::ptr_eq(&f.code, code) {
            return Some(link);
        }
        link = f.back;
    }
    None
}

// ---- the interpreter's hooks ----------------------------------------------------------

/// `f` resumes running (a generator) while it has a frame object.
#[cold]
pub(crate) fn resumed(cx: &Ctx, f: &mut Frame) {
    let link = FrameLink(f as *mut Frame);
    if let Some(Payload::Frame(fo)) = f.pyframe.payload() {
        let copy = {
            let mut st = fo.state.lock();
            st.live = link;
            st.owner = cx.id;
            std::mem::take(&mut st.fast)
        };
        drop(copy);
    }
}

/// `f`, which has a frame object, stopped running with `r` (returned, raised, or a
/// generator yielded): the frame object takes what it needs of the frame.
#[cold]
pub(crate) fn stopped(cx: &Ctx, f: &mut Frame, r: &PyResult<Flow>) {
    if matches!(r, Ok(Flow::Yield(_))) {
        suspended(f);
        return;
    }
    let pyframe = f.take_pyframe();
    let Some(Payload::Frame(fo)) = pyframe.payload() else {
        return;
    };
    if pyframe.as_obj().is_some_and(|o| o.refcount() == 1) {
        // Nobody else holds the frame object: it goes with the frame.
        return;
    }
    // A generator's frame has no caller once it stops (as in CPython, where the
    // generator unlinks its frame after each run).
    let back = if f.back.is_none() || f.code.obj.flags.generator {
        Value::NULL
    } else {
        // The caller is still running (suspended in this call).
        of_running(cx, f.back)
    };
    let mut fast = std::mem::take(&mut f.fast);
    // Borrowed closure cells and shared-container items become counted references: they
    // now outlive the frame.
    epoch_borrows::count_slots(&mut fast);
    let old = {
        let mut st = fo.state.lock();
        st.live = FrameLink::NONE;
        st.ip = f.ip;
        (
            std::mem::replace(&mut st.back, back),
            std::mem::replace(&mut st.fast, fast),
        )
    };
    drop(old);
}

/// A generator frame with a frame object yields: the object keeps a copy of its locals
/// (nothing to do when it has let go of the frame already).
pub(crate) fn suspended(f: &mut Frame) {
    let Some(Payload::Frame(fo)) = f.pyframe.payload() else {
        return;
    };
    if fo.state.lock().live.is_none() {
        return;
    }
    let copy: Vec<Value> = f.fast.iter().map(Value::clone).collect();
    let old = {
        let mut st = fo.state.lock();
        st.live = FrameLink::NONE;
        st.ip = f.ip;
        (
            std::mem::take(&mut st.back),
            std::mem::replace(&mut st.fast, copy),
        )
    };
    drop(old);
}

/// `f` (which has no frame object) is ended by exception `ex`: when the innermost entry
/// of its traceback is this frame's, the entry takes the frame's local slots. The frame
/// has left `value::epoch_borrows`' list already.
pub(crate) fn keep_locals_in_traceback(ex: &ExceptionObj, f: &mut Frame) {
    let addr = f as *const Frame as usize;
    let mut st = ex.state.lock();
    let Some(t) = st.traceback.last_mut() else {
        return;
    };
    if t.frame_addr != addr || !t.frame.is_null() || !CodeRef::ptr_eq(&t.code, &f.code) {
        return;
    }
    // The frame is gone after this: nothing may match its address any more.
    t.frame_addr = 0;
    if f.locals.is_null() && !f.fast.is_empty() {
        t.fast = std::mem::take(&mut f.fast);
        // Increments only (no lock, no script code).
        epoch_borrows::count_slots(&mut t.fast);
    }
}

/// Called when a frame that has a frame object is dropped: normally the object let go of
/// it when it stopped running; this covers a frame dropped while still linked (a panic
/// unwinding through the interpreter), so the object never points at a freed frame.
pub(crate) fn forget_frame(pyframe: &Value, f: &Frame) {
    if let Some(Payload::Frame(fo)) = pyframe.payload() {
        let mut st = fo.state.lock();
        if std::ptr::eq(st.live.0, f) {
            st.live = FrameLink::NONE;
            st.ip = f.ip;
        }
    }
}

// ---- frame attributes ---------------------------------------------------------------------

fn this_frame<'a>(args: &Args<'a>) -> PyResult<&'a FrameObj> {
    match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::Frame(f)) => Ok(f),
        _ => Err(type_error("descriptor requires a 'frame' object")),
    }
}

/// The next instruction of the frame: live when it runs on `cx`.
fn frame_ip(cx: &Ctx, fo: &FrameObj) -> usize {
    match fo.live_on(cx) {
        // SAFETY: a frame running on `cx` (see `of_running`); only `ip` is read.
        Some(p) => unsafe { (*p).ip },
        None => fo.state.lock().ip,
    }
}

fn frame_line(cx: &Ctx, fo: &FrameObj) -> u32 {
    fo.code.obj.line_of(frame_ip(cx, fo).saturating_sub(1))
}

fn f_back(cx: &mut Ctx, args: &Args) -> PyResult {
    let fo = this_frame(args)?;
    let back = match fo.live_on(cx) {
        Some(p) => {
            // SAFETY: a frame running on `cx` (see `of_running`); only `back` is read.
            let link = unsafe { (*p).back };
            if link.is_none() {
                Value::NULL
            } else {
                of_running(cx, link)
            }
        }
        None => fo.state.lock().back.clone(),
    };
    Ok(if back.is_null() { Value::NONE } else { back })
}

fn f_code(_cx: &mut Ctx, args: &Args) -> PyResult {
    let fo = this_frame(args)?;
    Ok(Value::new_obj(
        types().code.clone(),
        Payload::Code(fo.code.clone()),
    ))
}

fn f_lineno(cx: &mut Ctx, args: &Args) -> PyResult {
    let fo = this_frame(args)?;
    Ok(Value::int(frame_line(cx, fo) as i64))
}

fn f_lasti(cx: &mut Ctx, args: &Args) -> PyResult {
    let fo = this_frame(args)?;
    // CPython counts bytes of 2-byte instructions.
    let ip = frame_ip(cx, fo).saturating_sub(1) as i64;
    Ok(Value::int(ip.saturating_mul(2)))
}

fn f_globals(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(this_frame(args)?.globals.clone())
}

fn f_builtins(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(this_frame(args)?.builtins.clone())
}

/// `f_locals`: the namespace of a class body or module; for a function, a new dict of
/// its bound locals (a snapshot, as `locals()`).
fn f_locals(cx: &mut Ctx, args: &Args) -> PyResult {
    let fo = this_frame(args)?;
    if !fo.ns.is_null() {
        return Ok(fo.ns.clone());
    }
    Ok(match fo.live_on(cx) {
        // SAFETY: a frame running on `cx` (see `of_running`); its slots are read.
        Some(p) => fast_locals_dict(&fo.code, unsafe { &(*p).fast }),
        None => {
            // Copied out first: building the dict takes the cells' locks.
            let fast = fo.state.lock().fast.clone();
            fast_locals_dict(&fo.code, &fast)
        }
    })
}

fn f_trace(_cx: &mut Ctx, args: &Args) -> PyResult {
    this_frame(args)?;
    Ok(Value::NONE)
}

/// `frame.clear()`: drops the locals of a frame that has stopped running.
fn frame_clear(cx: &mut Ctx, args: &Args) -> PyResult {
    let fo = this_frame(args)?;
    let _ = cx;
    if !fo.state.lock().live.is_none() {
        return Err(Exc::new(
            &types().runtime_error,
            "cannot clear an executing frame",
        ));
    }
    let old = std::mem::take(&mut fo.state.lock().fast);
    drop(old);
    Ok(Value::NONE)
}

fn frame_repr(cx: &mut Ctx, args: &Args) -> PyResult {
    let fo = this_frame(args)?;
    let line = frame_line(cx, fo);
    Ok(Value::string(format!(
        "<frame at {}, file '{}', line {}, code {}>",
        crate::types::object::addr(&args.values[0]),
        fo.code.obj.filename,
        line,
        fo.code.obj.name
    )))
}

// ---- tracebacks -------------------------------------------------------------------------

/// `exc.__traceback__`: the outermost entry of its traceback, or None when it has none.
pub fn traceback_value(exc: &Value) -> Value {
    let len = match exc.payload() {
        Some(Payload::Exception(e)) => e.state.lock().traceback.len(),
        _ => return Value::NONE,
    };
    if len == 0 {
        return Value::NONE;
    }
    new_traceback(exc.clone(), len - 1)
}

fn new_traceback(exc: Value, pos: usize) -> Value {
    Value::new_obj(
        traceback_type().clone(),
        Payload::Traceback(TracebackObj { exc, pos }),
    )
}

fn this_tb<'a>(args: &Args<'a>) -> PyResult<&'a TracebackObj> {
    match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::Traceback(t)) => Ok(t),
        _ => Err(type_error("descriptor requires a 'traceback' object")),
    }
}

fn exc_obj(v: &Value) -> Option<&ExceptionObj> {
    match v.payload() {
        Some(Payload::Exception(e)) => Some(e),
        _ => None,
    }
}

fn tb_lineno(_cx: &mut Ctx, args: &Args) -> PyResult {
    let tb = this_tb(args)?;
    let line = exc_obj(&tb.exc)
        .and_then(|e| e.state.lock().traceback.get(tb.pos).map(|t| t.line))
        .unwrap_or(0);
    Ok(Value::int(line as i64))
}

fn tb_lasti(_cx: &mut Ctx, args: &Args) -> PyResult {
    let tb = this_tb(args)?;
    let ip = exc_obj(&tb.exc)
        .and_then(|e| e.state.lock().traceback.get(tb.pos).map(|t| t.ip))
        .unwrap_or(0);
    Ok(Value::int(ip as i64 * 2))
}

fn tb_next(_cx: &mut Ctx, args: &Args) -> PyResult {
    let tb = this_tb(args)?;
    let len = exc_obj(&tb.exc).map_or(0, |e| e.state.lock().traceback.len());
    if tb.pos == 0 || tb.pos > len {
        return Ok(Value::NONE);
    }
    Ok(new_traceback(tb.exc.clone(), tb.pos - 1))
}

fn tb_frame(cx: &mut Ctx, args: &Args) -> PyResult {
    let tb = this_tb(args)?;
    let f = entry_frame(cx, &tb.exc, tb.pos);
    Ok(if f.is_null() { Value::NONE } else { f })
}

/// The frame object of entry `pos` of `exc`'s traceback (NULL when there is no such
/// entry), made on first use together with those of the outer entries it links to.
pub(crate) fn entry_frame(cx: &Ctx, exc: &Value, pos: usize) -> Value {
    let Some(e) = exc_obj(exc) else {
        return Value::NULL;
    };
    // The first outer entry that has its frame object already (or the end).
    let (top, mut back) = {
        let st = e.state.lock();
        if pos >= st.traceback.len() {
            return Value::NULL;
        }
        let mut p = pos;
        loop {
            match st.traceback.get(p) {
                Some(t) if t.frame.is_null() => p += 1,
                Some(t) => break (p, t.frame.clone()),
                None => break (p, Value::NULL),
            }
        }
    };
    if top == pos {
        return back;
    }
    // Made from the outermost missing one inwards: each links to the next outer one.
    for p in (pos..top).rev() {
        back = entry_frame_at(cx, e, p, back);
    }
    back
}

/// Makes (or finds) the frame object of entry `p`, whose caller's frame object is `back`.
fn entry_frame_at(cx: &Ctx, e: &ExceptionObj, p: usize, back: Value) -> Value {
    let (code, globals, ip, addr, fast) = {
        let mut st = e.state.lock();
        let Some(t) = st.traceback.get_mut(p) else {
            return Value::NULL;
        };
        if !t.frame.is_null() {
            return t.frame.clone();
        }
        (
            t.code.clone(),
            t.globals.clone(),
            t.ip as usize,
            t.frame_addr,
            std::mem::take(&mut t.fast),
        )
    };
    let made = match find_running(cx, addr, &code).filter(|_| addr != 0) {
        Some(link) => of_running(cx, link),
        None => {
            // Module code's locals are its globals.
            let ns = if code.obj.flags.module {
                globals.clone()
            } else {
                Value::NULL
            };
            new_frame_obj(FrameObj {
                code,
                globals,
                builtins: cx.vm.builtins_dict.clone(),
                ns,
                state: ObjLock::new(FrameState {
                    live: FrameLink::NONE,
                    owner: 0,
                    ip: ip + 1,
                    back,
                    fast,
                }),
            })
        }
    };
    let mut st = e.state.lock();
    match st.traceback.get_mut(p) {
        Some(t) if t.frame.is_null() => {
            t.frame = made.clone();
            made
        }
        Some(t) => t.frame.clone(),
        None => made,
    }
}

/// `exc.with_traceback(tb)`: the traceback of `exc` becomes `tb`'s entries (None: none).
pub(crate) fn set_traceback(exc: &Value, tb: &Value) -> PyResult<()> {
    let Some(e) = exc_obj(exc) else {
        return Ok(());
    };
    if tb.is_none() {
        let old = std::mem::take(&mut e.state.lock().traceback);
        drop(old);
        return Ok(());
    }
    let Some(Payload::Traceback(t)) = tb.payload() else {
        return Err(type_error("__traceback__ must be a traceback or None"));
    };
    if t.exc.is(exc) {
        let old = {
            let mut st = e.state.lock();
            let keep = (t.pos + 1).min(st.traceback.len());
            st.traceback.split_off(keep)
        };
        drop(old);
        return Ok(());
    }
    // Another exception's traceback: its entries up to `tb` (without the locals kept
    // for frame objects not made yet).
    let Some(src) = exc_obj(&t.exc) else {
        return Ok(());
    };
    let copied: Vec<crate::object::TraceEntry> = {
        let st = src.state.lock();
        let end = (t.pos + 1).min(st.traceback.len());
        st.traceback[..end]
            .iter()
            .map(|x| crate::object::TraceEntry {
                code: x.code.clone(),
                line: x.line,
                ip: x.ip,
                span: x.span,
                globals: x.globals.clone(),
                frame: x.frame.clone(),
                frame_addr: x.frame_addr,
                fast: Vec::new(),
            })
            .collect()
    };
    let old = std::mem::replace(&mut e.state.lock().traceback, copied);
    drop(old);
    Ok(())
}
