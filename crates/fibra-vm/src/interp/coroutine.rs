//! Coroutines and async generators on top of the generator machinery: what `await`,
//! `async for` and `async with` ask of objects, and the awaitables that drive an async
//! generator (`asend`, `athrow`, `aclose`, `__anext__`), a coroutine's `__await__`
//! iterator and `anext(it, default)`.
//!
//! An async generator's frame suspends for two reasons: its own `yield v` (the value of
//! the pending `asend`, delivered as `StopIteration(v)`) and an `await` inside it (the value
//! is passed through to whoever drives the awaitable, the event loop). `resume_async` tells
//! them apart by whether the frame was inside `YieldFrom`.

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{stop_iteration, type_error, Exc, PyResult};
use crate::interp::generator::{
    self, delegate_send, kind_of, resume_async, throw_exc, AsyncStep, GenKind, GenStep, Resume,
};
use crate::object::Payload;
use crate::ops;
use crate::sync::ObjLock;
use crate::types::{self, add_methods, types, BuiltinTypes};
use crate::value::Value;

/// What an [`AsyncOpObj`] does when it is driven.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OpKind {
    /// `agen.asend(v)` / `agen.__anext__()`: `arg` is the value to send first.
    Asend,
    /// `agen.athrow(...)`: `arg` is the exception to throw first.
    Athrow,
    /// `agen.aclose()`: throws GeneratorExit; the generator must not yield again.
    Aclose,
    /// `coro.__await__()`: passes everything on to the coroutine.
    Wrapper,
    /// `anext(it, default)`: `target` is the awaited iterator, `arg` the default that a
    /// StopAsyncIteration turns into.
    AnextDefault,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Init,
    Running,
    Done,
}

struct OpState {
    stage: Stage,
    arg: Value,
}

/// An awaitable step of an async generator (or a coroutine wrapper): an iterator with
/// `send`/`throw`/`close`, driven by `await` or an event loop.
pub struct AsyncOpObj {
    pub target: Value,
    pub kind: OpKind,
    state: ObjLock<OpState>,
}

impl AsyncOpObj {
    /// The references it holds, for the cycle collector.
    pub(crate) fn gc_traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.target);
        visit(&self.state.lock().arg);
    }

    /// Drops the references that can be dropped (the target stays until it is freed).
    pub(crate) fn gc_clear(&self) {
        let arg = std::mem::replace(&mut self.state.lock().arg, Value::NONE);
        drop(arg);
    }
}

fn new_op(target: Value, kind: OpKind, arg: Value) -> Value {
    let t = types();
    let ty = match kind {
        OpKind::Asend => &t.async_generator_asend,
        OpKind::Athrow | OpKind::Aclose => &t.async_generator_athrow,
        OpKind::Wrapper => &t.coroutine_wrapper,
        OpKind::AnextDefault => &t.anext_awaitable,
    };
    Value::new_obj(
        ty.clone(),
        Payload::AsyncOp(Box::new(AsyncOpObj {
            target,
            kind,
            state: ObjLock::new(OpState {
                stage: Stage::Init,
                arg,
            }),
        })),
    )
}

fn op_of(v: &Value) -> PyResult<&AsyncOpObj> {
    match v.payload() {
        Some(Payload::AsyncOp(o)) => Ok(o),
        _ => Err(type_error(format!(
            "descriptor requires an awaitable object but received a '{}'",
            v.type_name()
        ))),
    }
}

fn reuse_error(kind: OpKind) -> Exc {
    let what = match kind {
        OpKind::Asend => "__anext__()/asend()",
        _ => "aclose()/athrow()",
    };
    Exc::new(
        &types().runtime_error,
        format!("cannot reuse already awaited {what}"),
    )
}

/// Drives `op` one step with `v` sent in (or `exc` thrown in): `Yield` passes a value out
/// to the driver, `Return(r)` completes the awaitable with `r`.
pub(crate) fn op_step(cx: &mut Ctx, op: &Value, v: Value, exc: Option<Exc>) -> PyResult<GenStep> {
    let o = op_of(op)?;
    match o.kind {
        OpKind::Wrapper => {
            let how = match exc {
                Some(e) => Resume::Throw(e),
                None => Resume::Send(v),
            };
            return match resume_async(cx, &o.target, how)? {
                AsyncStep::Value(x) | AsyncStep::Pass(x) => Ok(GenStep::Yield(x)),
                AsyncStep::Return(r) => Ok(GenStep::Return(r)),
            };
        }
        OpKind::AnextDefault => return anext_default_step(cx, o, v, exc),
        _ => {}
    }
    let (first, arg) = {
        let mut st = o.state.lock();
        match st.stage {
            Stage::Done => return Err(reuse_error(o.kind)),
            Stage::Init => {
                st.stage = Stage::Running;
                (true, st.arg.clone())
            }
            Stage::Running => (false, Value::NONE),
        }
    };
    let closing = o.kind == OpKind::Aclose;
    let how = match exc {
        Some(e) => Resume::Throw(e),
        None if !first => Resume::Send(v),
        None => match o.kind {
            OpKind::Asend => Resume::Send(if v.is_none() { arg } else { v }),
            _ => {
                if generator::is_finished(&o.target)
                    || (closing && !generator::is_started(&o.target))
                {
                    // Closing a generator that never ran, or throwing into a finished
                    // one: nothing to do (CPython 3.11 completes the awaitable with None).
                    o.state.lock().stage = Stage::Done;
                    if closing && !generator::is_finished(&o.target) {
                        generator::close(cx, &o.target)?;
                    }
                    return Ok(GenStep::Return(Value::NONE));
                }
                if closing {
                    Resume::Throw(Exc::with_args(&types().generator_exit, vec![]))
                } else {
                    Resume::Throw(Exc(arg))
                }
            }
        },
    };
    let done = |o: &AsyncOpObj| o.state.lock().stage = Stage::Done;
    match resume_async(cx, &o.target, how) {
        Ok(AsyncStep::Pass(x)) => Ok(GenStep::Yield(x)),
        Ok(AsyncStep::Value(x)) => {
            done(o);
            if closing {
                return Err(Exc::new(
                    &types().runtime_error,
                    "async generator ignored GeneratorExit",
                ));
            }
            Ok(GenStep::Return(x))
        }
        Ok(AsyncStep::Return(_)) => {
            done(o);
            if closing {
                Ok(GenStep::Return(Value::NONE))
            } else {
                Err(Exc::with_args(&types().stop_async_iteration, vec![]))
            }
        }
        Err(e) => {
            done(o);
            if closing
                && (e.matches(&types().generator_exit) || e.matches(&types().stop_async_iteration))
            {
                return Ok(GenStep::Return(Value::NONE));
            }
            Err(e)
        }
    }
}

fn anext_default_step(
    cx: &mut Ctx,
    o: &AsyncOpObj,
    v: Value,
    exc: Option<Exc>,
) -> PyResult<GenStep> {
    let r = match exc {
        None => delegate_send(cx, &o.target, v),
        Some(e) => match ops::getattr_opt(cx, &o.target, "throw")? {
            Some(t) => match ops::call(cx, &t, &[e.0.class().clone(), e.0.clone()]) {
                Ok(x) => Ok(GenStep::Yield(x)),
                Err(err) if err.matches(&types().stop_iteration) => {
                    Ok(GenStep::Return(crate::types::exceptions::first_arg(&err.0)))
                }
                Err(err) => Err(err),
            },
            None => Err(e),
        },
    };
    match r {
        Err(e) if e.matches(&types().stop_async_iteration) => {
            Ok(GenStep::Return(o.state.lock().arg.clone()))
        }
        r => r,
    }
}

// ---- what the opcodes ask of objects ---------------------------------------------------

/// `GetAwaitable`: the iterator `await v` delegates to. `who`: 0 `await`, 1 `__aenter__`,
/// 2 `__aexit__` (for the message).
pub fn get_awaitable(cx: &mut Ctx, v: Value, who: u32) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Generator(g)) if g.inner.kind == GenKind::Coroutine => return Ok(v),
        Some(Payload::AsyncOp(_)) => return Ok(v),
        _ => {}
    }
    if types::lookup(v.class(), "__await__").is_none() {
        let tn = v.type_name();
        let msg = match who {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {tn}"
            ),
            _ => format!("object {tn} can't be used in 'await' expression"),
        };
        return Err(type_error(msg));
    }
    let it = ops::call_method(cx, &v, "__await__", &[])?;
    match it.payload() {
        Some(Payload::Generator(g)) if g.inner.kind == GenKind::Coroutine => {
            Err(type_error("__await__() returned a coroutine"))
        }
        Some(Payload::Generator(_)) | Some(Payload::AsyncOp(_)) => Ok(it),
        _ if types::lookup(it.class(), "__next__").is_some() => Ok(it),
        _ => Err(type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            it.type_name()
        ))),
    }
}

/// `GetAIter`: `v.__aiter__()` for `async for`.
pub fn get_aiter(cx: &mut Ctx, v: &Value) -> PyResult<Value> {
    if kind_of(v) == Some(GenKind::AsyncGenerator) {
        return Ok(v.clone());
    }
    if types::lookup(v.class(), "__aiter__").is_none() {
        return Err(type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            v.type_name()
        )));
    }
    let it = ops::call_method(cx, v, "__aiter__", &[])?;
    if kind_of(&it) != Some(GenKind::AsyncGenerator)
        && types::lookup(it.class(), "__anext__").is_none()
    {
        return Err(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.type_name()
        )));
    }
    Ok(it)
}

/// `GetANext`: the awaitable iterator of `aiter.__anext__()`.
pub fn get_anext(cx: &mut Ctx, aiter: &Value) -> PyResult<Value> {
    if kind_of(aiter) == Some(GenKind::AsyncGenerator) {
        return Ok(new_op(aiter.clone(), OpKind::Asend, Value::NONE));
    }
    let aw = ops::call_method(cx, aiter, "__anext__", &[])?;
    let tn = aw.type_name().to_string();
    get_awaitable(cx, aw, 0).map_err(|e| {
        if e.matches(&types().type_error) {
            type_error(format!(
                "'async for' received an invalid object from __anext__: {tn}"
            ))
        } else {
            e
        }
    })
}

/// `BeforeAsyncWith`: `(bound __aexit__, mgr.__aenter__())`.
pub fn before_async_with(cx: &mut Ctx, mgr: &Value) -> PyResult<(Value, Value)> {
    let cls = mgr.class().clone();
    let enter = types::lookup(&cls, "__aenter__");
    let exit = types::lookup(&cls, "__aexit__");
    let (Some(enter), Some(exit)) = (enter.clone(), exit) else {
        let extra = if enter.is_some() {
            " (missed __aexit__ method)"
        } else {
            ""
        };
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol{extra}",
            mgr.type_name()
        )));
    };
    let exit = match ops::bind(cx, &exit, mgr, &cls)? {
        ops::Bound::Method(m) => ops::bound_method(&m, mgr),
        ops::Bound::Value(v) => v,
    };
    let r = match ops::bind(cx, &enter, mgr, &cls)? {
        ops::Bound::Method(m) => ops::call(cx, &m, std::slice::from_ref(mgr))?,
        ops::Bound::Value(v) => ops::call(cx, &v, &[])?,
    };
    Ok((exit, r))
}

// ---- builtins aiter / anext ------------------------------------------------------------

/// `aiter(x)`.
pub fn builtin_aiter(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("aiter", 1, 1)?;
    let v = &a[0];
    if types::lookup(v.class(), "__aiter__").is_none() {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            v.type_name()
        )));
    }
    let it = ops::call_method(cx, v, "__aiter__", &[])?;
    if types::lookup(it.class(), "__anext__").is_none() {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.type_name()
        )));
    }
    Ok(it)
}

/// `anext(it[, default])`.
pub fn builtin_anext(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("anext", 1, 2)?;
    let it = &a[0];
    if types::lookup(it.class(), "__anext__").is_none() {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            it.type_name()
        )));
    }
    let aw = ops::call_method(cx, it, "__anext__", &[])?;
    if a.len() == 1 {
        return Ok(aw);
    }
    let target = get_awaitable(cx, aw, 0)?;
    Ok(new_op(target, OpKind::AnextDefault, a[1].clone()))
}

// ---- methods ---------------------------------------------------------------------------

fn this(args: &Args) -> Value {
    args.values.first().cloned().unwrap_or(Value::NONE)
}

fn step_result(step: GenStep) -> PyResult<Value> {
    match step {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(v)),
    }
}

fn op_next(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    step_result(op_step(cx, &this(args), Value::NONE, None)?)
}

fn op_send(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("send", 2, 2)?;
    step_result(op_step(cx, &a[0], a[1].clone(), None)?)
}

fn op_throw(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("throw", 2, 4)?;
    let exc = throw_exc(cx, &a[1..])?;
    step_result(op_step(cx, &a[0], Value::NONE, Some(exc))?)
}

fn op_close(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let v = this(args);
    let o = op_of(&v)?;
    if o.kind == OpKind::Wrapper {
        generator::close(cx, &o.target)?;
    }
    o.state.lock().stage = Stage::Done;
    Ok(Value::NONE)
}

fn op_self(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(this(args))
}

fn coro_await(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = this(args);
    Ok(new_op(c, OpKind::Wrapper, Value::NONE))
}

fn agen_check(v: &Value) -> PyResult<()> {
    if kind_of(v) == Some(GenKind::AsyncGenerator) {
        Ok(())
    } else {
        Err(type_error(format!(
            "descriptor requires a 'async_generator' object but received a '{}'",
            v.type_name()
        )))
    }
}

fn agen_anext(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let g = this(args);
    agen_check(&g)?;
    Ok(new_op(g, OpKind::Asend, Value::NONE))
}

fn agen_asend(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("asend", 2, 2)?;
    agen_check(&a[0])?;
    Ok(new_op(a[0].clone(), OpKind::Asend, a[1].clone()))
}

fn agen_athrow(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("athrow", 2, 4)?;
    agen_check(&a[0])?;
    let exc = throw_exc(cx, &a[1..])?;
    Ok(new_op(a[0].clone(), OpKind::Athrow, exc.0))
}

fn agen_aclose(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let g = this(args);
    agen_check(&g)?;
    Ok(new_op(g, OpKind::Aclose, Value::NONE))
}

/// Fills the namespaces of the coroutine, async generator and awaitable types.
pub(crate) fn register(t: &BuiltinTypes) {
    add_methods(
        &t.coroutine,
        "coroutine",
        &[
            ("send", generator::gen_send),
            ("throw", generator::gen_throw),
            ("close", generator::gen_close),
            ("__await__", coro_await),
            ("__repr__", generator::gen_repr),
        ],
    );
    add_methods(
        &t.async_generator,
        "async_generator",
        &[
            ("__aiter__", op_self),
            ("__anext__", agen_anext),
            ("asend", agen_asend),
            ("athrow", agen_athrow),
            ("aclose", agen_aclose),
            ("__repr__", generator::gen_repr),
        ],
    );
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("__await__", op_self),
        ("__iter__", op_self),
        ("__next__", op_next),
        ("send", op_send),
        ("throw", op_throw),
        ("close", op_close),
    ];
    add_methods(&t.async_generator_asend, "async_generator_asend", methods);
    add_methods(&t.async_generator_athrow, "async_generator_athrow", methods);
    add_methods(&t.coroutine_wrapper, "coroutine_wrapper", methods);
    add_methods(&t.anext_awaitable, "anext_awaitable", methods);
}
