//! Generators: a suspended frame inside a `GeneratorObj`, resumed by `send`/`__next__`,
//! `throw` and `close`, and `yield from` delegation. Coroutines and async generators are
//! the same object with another [`GenKind`] (and class); `interp::coroutine` adds their
//! protocols on top of [`resume_async`].

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{stop_iteration, type_error, Exc, PyResult};
use crate::interp::eval::{make_exception, run_frame, Flow};
use crate::interp::frame::{Block, Frame};
use crate::object::{FunctionObj, GeneratorObj, Payload};
use crate::ops;
use crate::sync::ObjLock;
use crate::types::{add_methods, types, BuiltinTypes};
use crate::value::Value;

/// What a generator object is: its class and the names in its messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    /// `async def` without `yield`.
    Coroutine,
    /// `async def` with `yield`.
    AsyncGenerator,
}

impl GenKind {
    /// The type name, as in messages.
    pub fn name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// A suspended generator frame.
pub struct GenInner {
    state: ObjLock<GenState>,
    pub kind: GenKind,
    /// `__name__` / `__qualname__` of the generator function.
    pub name: Value,
    pub qualname: Value,
    /// The interpreter, to run `finally` blocks when a suspended generator is dropped.
    /// Weak: a generator kept in a module global must not keep its interpreter alive (the
    /// interpreter's teardown is what frees such globals). Once the interpreter is gone the
    /// `finally` blocks are skipped.
    vm: std::sync::Weak<crate::ctx::Vm>,
}

thread_local! {
    /// Nesting of generator finalisations running on this thread (bounded, since each one
    /// runs on a fresh context whose recursion depth starts at zero).
    static FINALIZING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl Drop for GenInner {
    /// Like CPython, dropping a suspended generator closes it, so its `finally` blocks and
    /// `with` exits run. Errors are reported as "Exception ignored" on stderr.
    fn drop(&mut self) {
        let st = self.state.get_mut();
        let Some(frame) = st.frame.take() else {
            return;
        };
        if !st.started || frame.blocks.is_empty() {
            return;
        }
        let depth = FINALIZING.with(|d| d.get());
        if depth > 50 {
            return;
        }
        FINALIZING.with(|d| d.set(depth + 1));
        // A drop may happen under an object lock: no collection may stop this thread
        // while the `finally` blocks run.
        crate::sync::no_stop(|| self.finalize(frame));
        FINALIZING.with(|d| d.set(depth));
    }
}

impl GenInner {
    fn finalize(&self, mut frame: Box<Frame>) {
        let Some(vm) = self.vm.upgrade() else {
            return;
        };
        let mut cx = Ctx::new(vm);
        let exit = Exc::with_args(&types().generator_exit, vec![]);
        let r = run_resumed(&mut cx, &mut frame, true, Resume::Throw(exit), self.kind);
        let err = match r {
            Ok(Flow::Yield(_)) => Some(Exc::new(
                &types().runtime_error,
                format!("{} ignored GeneratorExit", self.kind.name()),
            )),
            Err(e) if !e.matches(&types().generator_exit) => Some(e),
            _ => None,
        };
        if let Some(e) = err {
            crate::modules::flush_stdio();
            let text = cx.format_exception(&e);
            let ty = match self.kind {
                GenKind::Generator => "generator",
                GenKind::Coroutine => "coroutine",
                GenKind::AsyncGenerator => "async_generator",
            };
            eprint!(
                "Exception ignored in: <{ty} object {} at {:#x}>\n{text}",
                self.qualname.as_str().unwrap_or("?"),
                self as *const GenInner as usize
            );
        }
        drop(frame);
    }
}

impl GenInner {
    /// The references held by the generator (its names and its suspended frame), for the
    /// cycle collector. A running generator's frame is on its thread's stack, not here.
    pub(crate) fn gc_traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
        visit(&self.qualname);
        if let Some(f) = &self.state.lock().frame {
            f.gc_traverse(visit);
        }
    }

    /// Breaks cycles through a garbage generator: drops its suspended frame without
    /// running its `finally` blocks (the cycle collector has no finalisers).
    pub(crate) fn gc_clear(&self) {
        let frame = {
            let mut st = self.state.lock();
            if st.running {
                return;
            }
            st.frame.take()
        };
        drop(frame);
    }
}

struct GenState {
    /// None once the generator has finished (or while it runs, see `running`).
    frame: Option<Box<Frame>>,
    running: bool,
    started: bool,
}

/// One step of a generator or delegated iterator.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

/// Creates the generator object for a call of generator function `func`.
pub fn new_generator(cx: &Ctx, func: &FunctionObj, frame: Frame) -> Value {
    let flags = &func.code.obj.flags;
    let (kind, ty) = if flags.coroutine {
        (GenKind::Coroutine, &types().coroutine)
    } else if flags.async_generator {
        (GenKind::AsyncGenerator, &types().async_generator)
    } else {
        (GenKind::Generator, &types().generator)
    };
    Value::new_obj(
        ty.clone(),
        Payload::Generator(Box::new(GeneratorObj {
            inner: GenInner {
                kind,
                state: ObjLock::new(GenState {
                    frame: Some(Box::new(frame)),
                    running: false,
                    started: false,
                }),
                name: func.name.clone(),
                qualname: func.qualname.clone(),
                vm: std::sync::Arc::downgrade(&cx.vm),
            },
        })),
    )
}

fn inner(gen: &Value) -> PyResult<&GenInner> {
    match gen.payload() {
        Some(Payload::Generator(g)) => Ok(&g.inner),
        _ => Err(type_error(format!(
            "descriptor requires a 'generator' object but received a '{}'",
            gen.type_name()
        ))),
    }
}

pub(crate) enum Resume {
    Send(Value),
    Throw(Exc),
}

/// Resumes the generator; `Ok(Return(v))` when it finishes with `return v`.
fn resume(cx: &mut Ctx, gen: &Value, how: Resume) -> PyResult<GenStep> {
    resume_full(cx, gen, how).map(|(step, _)| step)
}

/// One step of an async generator or coroutine frame, told apart by what suspended it.
pub(crate) enum AsyncStep {
    /// `yield v` in an async generator (the value of an `asend`).
    Value(Value),
    /// A value yielded by what an `await` delegates to (for the event loop).
    Pass(Value),
    Return(Value),
}

/// Resumes an async generator (or coroutine): an await suspends it inside `YieldFrom`, so
/// a yield outside delegation is the generator's own `yield`.
pub(crate) fn resume_async(cx: &mut Ctx, gen: &Value, how: Resume) -> PyResult<AsyncStep> {
    Ok(match resume_full(cx, gen, how)? {
        (GenStep::Yield(v), true) => AsyncStep::Pass(v),
        (GenStep::Yield(v), false) => AsyncStep::Value(v),
        (GenStep::Return(v), _) => AsyncStep::Return(v),
    })
}

/// The kind of a generator object (None for other objects).
pub fn kind_of(v: &Value) -> Option<GenKind> {
    match v.payload() {
        Some(Payload::Generator(g)) => Some(g.inner.kind),
        _ => None,
    }
}

/// Whether the generator's frame is running now.
pub(crate) fn is_running(gen: &Value) -> bool {
    inner(gen).map(|g| g.state.lock().running).unwrap_or(false)
}

/// Whether the generator has finished (or never had a frame).
pub(crate) fn is_finished(gen: &Value) -> bool {
    inner(gen)
        .map(|g| {
            let st = g.state.lock();
            st.frame.is_none() && !st.running
        })
        .unwrap_or(true)
}

/// Whether the generator has been started (its first `send` ran).
pub(crate) fn is_started(gen: &Value) -> bool {
    inner(gen).map(|g| g.state.lock().started).unwrap_or(false)
}

/// Resumes the generator; the flag says whether it yielded from inside `yield from`.
fn resume_full(cx: &mut Ctx, gen: &Value, how: Resume) -> PyResult<(GenStep, bool)> {
    let g = inner(gen)?;
    let kind = g.kind;
    let (mut frame, started) = {
        let mut st = g.state.lock();
        if st.running {
            return Err(Exc::new(
                &types().value_error,
                format!("{} already executing", kind.name()),
            ));
        }
        match st.frame.take() {
            Some(f) => {
                st.running = true;
                let started = st.started;
                st.started = true;
                (f, started)
            }
            None => {
                drop(st);
                if kind == GenKind::Coroutine {
                    return Err(Exc::new(
                        &types().runtime_error,
                        "cannot reuse already awaited coroutine",
                    ));
                }
                return match how {
                    Resume::Send(_) => Ok((GenStep::Return(Value::NONE), false)),
                    Resume::Throw(e) => Err(e),
                };
            }
        }
    };
    let result = run_resumed(cx, &mut frame, started, how, kind);
    let mut st = g.state.lock();
    st.running = false;
    match result {
        Ok(Flow::Yield(v)) => {
            let delegated = frame.in_yield_from;
            st.frame = Some(frame);
            Ok((GenStep::Yield(v), delegated))
        }
        Ok(Flow::Return(v)) => {
            drop(st);
            drop(frame);
            Ok((GenStep::Return(v), false))
        }
        Ok(Flow::Next) => {
            drop(st);
            drop(frame);
            Ok((GenStep::Return(Value::NONE), false))
        }
        Err(e) => {
            drop(st);
            drop(frame);
            let leaked = if e.matches(&types().stop_iteration) {
                Some("StopIteration")
            } else if kind == GenKind::AsyncGenerator && e.matches(&types().stop_async_iteration) {
                Some("StopAsyncIteration")
            } else {
                None
            };
            if let Some(what) = leaked {
                let r = Exc::new(
                    &types().runtime_error,
                    format!("{} raised {what}", kind.name()),
                );
                if let (Some(re), Some(_)) = (r.exception(), e.exception()) {
                    let mut s = re.state.lock();
                    s.cause = e.0.clone();
                    s.context = e.0.clone();
                    s.suppress_context = true;
                }
                return Err(r);
            }
            Err(e)
        }
    }
}

fn run_resumed(
    cx: &mut Ctx,
    frame: &mut Frame,
    started: bool,
    how: Resume,
    kind: GenKind,
) -> PyResult<Flow> {
    cx.enter_recursion()?;
    if !frame.pyframe.is_null() {
        // Its frame object reads the frame while it runs, on this thread (`back` is set
        // again by `run_frame`; until then, e.g. while a `yield from` passes a `throw`
        // on, the frame is not on the chain and its resumer counts as its caller).
        frame.back = cx.frame;
        crate::interp::frame_obj::resumed(cx, frame);
    }
    // Restore the exceptions this frame was handling when it yielded.
    let base = cx.handled.len();
    for b in &frame.blocks {
        if let Block::ExceptHandler { exc } = b {
            cx.handled.push(exc.clone());
        }
    }
    let r = match how {
        Resume::Send(v) => {
            if !started {
                if !v.is_none() {
                    cx.handled.truncate(base);
                    cx.leave_recursion();
                    return Err(type_error(format!(
                        "can't send non-None value to a just-started {}",
                        kind.name()
                    )));
                }
                run_frame(cx, frame, None)
            } else {
                frame.stack.push(v);
                run_frame(cx, frame, None)
            }
        }
        Resume::Throw(e) => throw_into(cx, frame, e),
    };
    if !frame.pyframe.is_null() && matches!(r, Ok(Flow::Yield(_))) {
        // Also when `throw_into` yielded without running the frame (`run_frame` lets go
        // of it otherwise): a suspended frame is never read through its address.
        crate::interp::frame_obj::suspended(frame);
    }
    cx.handled.truncate(base);
    cx.leave_recursion();
    r
}

/// Raises `e` in a suspended frame, passing it to the delegated iterator first when the
/// frame is inside `yield from`.
fn throw_into(cx: &mut Ctx, frame: &mut Frame, e: Exc) -> PyResult<Flow> {
    if frame.in_yield_from {
        let sub = frame.stack.last().cloned().unwrap_or(Value::NONE);
        let r = if e.matches(&types().generator_exit) {
            // Close the sub-iterator, then raise GeneratorExit here.
            match close_iter(cx, &sub) {
                Ok(()) => Err(e),
                Err(e2) => Err(e2),
            }
        } else if matches!(sub.payload(), Some(Payload::Generator(_))) {
            resume(cx, &sub, Resume::Throw(e))
        } else {
            match ops::getattr_opt(cx, &sub, "throw")? {
                Some(t) => match ops::call(cx, &t, &[e.0.class().clone(), e.0.clone()]) {
                    Ok(v) => Ok(GenStep::Yield(v)),
                    Err(err) if err.matches(&types().stop_iteration) => {
                        Ok(GenStep::Return(crate::types::exceptions::first_arg(&err.0)))
                    }
                    Err(err) => Err(err),
                },
                None => Err(e),
            }
        };
        match r {
            Ok(GenStep::Yield(v)) => return Ok(Flow::Yield(v)),
            Ok(GenStep::Return(v)) => {
                frame.in_yield_from = false;
                frame.stack.pop();
                frame.stack.push(v);
                frame.ip += 1;
                return run_frame(cx, frame, None);
            }
            Err(err) => {
                frame.in_yield_from = false;
                frame.stack.pop();
                frame.ip += 1;
                return run_frame(cx, frame, Some(err));
            }
        }
    }
    run_frame(cx, frame, Some(e))
}

fn close_iter(cx: &mut Ctx, it: &Value) -> PyResult<()> {
    if matches!(it.payload(), Some(Payload::Generator(_))) {
        return close(cx, it);
    }
    if let Some(c) = ops::getattr_opt(cx, it, "close")? {
        ops::call(cx, &c, &[])?;
    }
    Ok(())
}

/// Advances a generator: Ok(None) when it returns.
pub fn generator_next(cx: &mut Ctx, gen: &Value) -> PyResult<Option<Value>> {
    match resume(cx, gen, Resume::Send(Value::NONE))? {
        GenStep::Yield(v) => Ok(Some(v)),
        GenStep::Return(_) => Ok(None),
    }
}

/// `gen.send(v)` as a step (no StopIteration).
pub fn send(cx: &mut Ctx, gen: &Value, v: Value) -> PyResult<GenStep> {
    resume(cx, gen, Resume::Send(v))
}

/// `YieldFrom`: sends `v` to the delegated iterator.
pub fn delegate_send(cx: &mut Ctx, it: &Value, v: Value) -> PyResult<GenStep> {
    match it.payload() {
        Some(Payload::Generator(_)) => return resume(cx, it, Resume::Send(v)),
        Some(Payload::AsyncOp(_)) => {
            return crate::interp::coroutine::op_step(cx, it, v, None);
        }
        _ => {}
    }
    let r = if v.is_none() {
        match it.payload() {
            Some(Payload::Iterator(_)) | Some(Payload::Native(_)) => {
                if let Some(n) = crate::interp::eval::fast_iter::next(it) {
                    return Ok(match n {
                        Some(x) => GenStep::Yield(x),
                        None => GenStep::Return(Value::NONE),
                    });
                }
                if let Some(Payload::Iterator(native)) = it.payload() {
                    return Ok(match native.next(cx)? {
                        Some(x) => GenStep::Yield(x),
                        None => GenStep::Return(Value::NONE),
                    });
                }
                ops::call_method(cx, it, "__next__", &[])
            }
            _ => ops::call_method(cx, it, "__next__", &[]),
        }
    } else {
        ops::call_method(cx, it, "send", &[v])
    };
    match r {
        Ok(x) => Ok(GenStep::Yield(x)),
        Err(e) if e.matches(&types().stop_iteration) => {
            Ok(GenStep::Return(crate::types::exceptions::first_arg(&e.0)))
        }
        Err(e) => Err(e),
    }
}

/// `gen.close()`.
pub fn close(cx: &mut Ctx, gen: &Value) -> PyResult<()> {
    let g = inner(gen)?;
    let kind = g.kind;
    {
        let mut st = g.state.lock();
        if st.running {
            return Err(Exc::new(
                &types().value_error,
                format!("{} already executing", kind.name()),
            ));
        }
        if !st.started || st.frame.is_none() {
            // Never started or already finished: just mark it finished.
            let f = st.frame.take();
            drop(st);
            drop(f);
            return Ok(());
        }
    }
    let exit = Exc::with_args(&types().generator_exit, vec![]);
    match resume(cx, gen, Resume::Throw(exit)) {
        Ok(GenStep::Yield(_)) => Err(Exc::new(
            &types().runtime_error,
            format!("{} ignored GeneratorExit", kind.name()),
        )),
        Ok(GenStep::Return(_)) => Ok(()),
        Err(e) if e.matches(&types().generator_exit) || e.matches(&types().stop_iteration) => {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

// ---- the generator type's methods ------------------------------------------------------

fn gen_self(args: &Args) -> Value {
    args.values.first().cloned().unwrap_or(Value::NONE)
}

fn gen_next(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let g = gen_self(args);
    match resume(cx, &g, Resume::Send(Value::NONE))? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(v)),
    }
}

fn gen_iter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(gen_self(args))
}

pub(crate) fn gen_send(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("send", 2, 2)?;
    match resume(cx, &a[0], Resume::Send(a[1].clone()))? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(v)),
    }
}

pub(crate) fn gen_throw(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("throw", 2, 4)?;
    let exc = throw_exc(cx, &a[1..])?;
    match resume(cx, &a[0], Resume::Throw(exc))? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(v)),
    }
}

/// The exception `throw(typ[, val[, tb]])` raises.
pub(crate) fn throw_exc(cx: &mut Ctx, a: &[Value]) -> PyResult<Exc> {
    let typ = &a[0];
    let a = &[&[Value::NONE][..], a].concat();
    let exc = if a.len() >= 3 && !a[2].is_none() && typ.is_type() {
        if crate::types::is_instance(&a[2], typ) {
            a[2].clone()
        } else {
            let args = match a[2].as_tuple() {
                Some(t) => t.to_vec(),
                None => vec![a[2].clone()],
            };
            ops::call(cx, typ, &args)?
        }
    } else {
        make_exception(cx, typ).map_err(|_| {
            type_error(
                "exceptions must be classes or instances deriving from BaseException, not "
                    .to_string()
                    + typ.type_name(),
            )
        })?
    };
    Ok(Exc(exc))
}

pub(crate) fn gen_close(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    close(cx, &gen_self(args))?;
    Ok(Value::NONE)
}

pub(crate) fn gen_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let g = gen_self(args);
    let (q, kind) = match g.payload() {
        Some(Payload::Generator(gen)) => (
            gen.inner.qualname.as_str().unwrap_or("?").to_string(),
            gen.inner.kind,
        ),
        _ => ("?".into(), GenKind::Generator),
    };
    let ty = match kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    };
    Ok(Value::string(format!(
        "<{ty} object {q} at {:#x}>",
        g.raw()
    )))
}

/// Fills the `generator` type's namespace.
pub(crate) fn register(t: &BuiltinTypes) {
    add_methods(
        &t.generator,
        "generator",
        &[
            ("__next__", gen_next),
            ("__iter__", gen_iter),
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
            ("__repr__", gen_repr),
        ],
    );
}
