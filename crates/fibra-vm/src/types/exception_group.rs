//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction, `message`,
//! `exceptions`, `derive`, `split`, `subgroup`, and the two steps of `except*`
//! ([`except_star_match`] and [`prep_reraise_star`], used by the interpreter's
//! `CheckEgMatch` and `PrepReraiseStar`).
//!
//! A group is an ordinary exception object whose `ExcState::group` holds its message and
//! its tuple of exceptions; `args` is `(message, exceptions)` as given (the caller's list).

use std::collections::HashSet;

use super::exceptions::add_property;
use super::{add_methods, set_ctor, BuiltinTypes};
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{attribute_error, type_error, value_error, PyResult};
use crate::object::{ExceptionObj, Payload};
use crate::ops;
use crate::types::{self, types};
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.base_exception_group, eg_new);
    set_ctor(&t.exception_group, eg_new);
    add_methods(
        &t.base_exception_group,
        "BaseExceptionGroup",
        &[
            ("__str__", eg_str),
            ("derive", eg_derive),
            ("split", eg_split),
            ("subgroup", eg_subgroup),
        ],
    );
    add_property(
        &t.base_exception_group,
        "message",
        get_message,
        Some(readonly),
    );
    add_property(
        &t.base_exception_group,
        "exceptions",
        get_exceptions,
        Some(readonly),
    );
}

/// Is `v` an exception group (an instance of `BaseExceptionGroup`)?
pub fn is_group(v: &Value) -> bool {
    types::is_instance(v, &types().base_exception_group)
}

/// A group's `(message, exceptions tuple)`; for anything else (or a group the collector
/// cleared) an empty message and tuple.
fn fields(v: &Value) -> (Value, Value) {
    let group = match v.payload() {
        Some(Payload::Exception(e)) => e.state.lock().group.clone(),
        _ => None,
    };
    group.unwrap_or_else(|| (Value::str(""), Value::tuple(Vec::new())))
}

/// The sub-exceptions of a group.
pub fn exceptions_of(v: &Value) -> Vec<Value> {
    fields(v)
        .1
        .as_tuple()
        .map(|t| t.to_vec())
        .unwrap_or_default()
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`, with CPython's checks and its
/// choice of class: `BaseExceptionGroup(...)` of plain `Exception`s makes an
/// `ExceptionGroup`, and no `Exception` group may hold a `BaseException`.
fn eg_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    let mut cls = pos.first().cloned().unwrap_or(Value::NONE);
    super::exceptions::check_no_kwargs(&cls, args)?;
    let rest = pos.get(1..).unwrap_or(&[]);
    let [message, excs] = rest else {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            rest.len()
        )));
    };
    if message.as_str().is_none() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.type_name()
        )));
    }
    if !is_sequence(excs) {
        return Err(type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let items = ops::to_vec(cx, excs)?;
    if items.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let t = types();
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if !types::is_instance(e, &t.base_exception) {
            return Err(value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        nested_base |= !types::is_instance(e, &t.exception);
    }
    if cls.is(&t.base_exception_group) {
        if !nested_base {
            cls = t.exception_group.clone();
        }
    } else if cls.is(&t.exception_group) {
        if nested_base {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if nested_base && types::is_subclass(&cls, &t.exception) {
        return Err(type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            cls.as_type().map_or("?", |t| t.name.as_str())
        )));
    }
    let obj = ExceptionObj::new(Value::tuple(vec![message.clone(), excs.clone()]));
    obj.state.lock().group = Some((message.clone(), Value::tuple(items)));
    Ok(Value::new_obj(cls, Payload::Exception(Box::new(obj))))
}

/// CPython's `PySequence_Check` for the constructor's second argument: a list, tuple, str,
/// bytes or range, or an instance of a class with `__getitem__` that is not a dict.
fn is_sequence(v: &Value) -> bool {
    if matches!(
        v.payload(),
        Some(
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::Range(_)
        )
    ) {
        return true;
    }
    !types::is_instance(v, &types().dict) && types::lookup(v.class(), "__getitem__").is_some()
}

fn this(args: &Args) -> Value {
    args.values.first().cloned().unwrap_or(Value::NONE)
}

fn get_message(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(fields(&this(args)).0)
}

fn get_exceptions(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(fields(&this(args)).1)
}

fn readonly(_cx: &mut Ctx, _args: &Args) -> PyResult<Value> {
    Err(attribute_error("readonly attribute"))
}

/// `str(eg)`: `message (N sub-exceptions)`.
fn eg_str(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (message, excs) = fields(&this(args));
    let n = excs.as_tuple().map_or(0, |t| t.len());
    let msg = message.as_str().unwrap_or("");
    Ok(Value::str(&format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    )))
}

/// `eg.derive(excs)`: a plain group with this one's message (subclasses override it to
/// keep their class and fields in `split`/`subgroup`).
fn eg_derive(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("derive", 2, 2)?;
    let message = fields(&a[0]).0;
    let cls = types().base_exception_group.clone();
    ops::call(cx, &cls, &[message, a[1].clone()])
}

/// What `split`/`subgroup` test each exception with.
enum Matcher {
    /// An exception class or a tuple of them: `isinstance`.
    Type(Value),
    /// Any other callable: its truth.
    Predicate(Value),
    /// The leaf exceptions with these identities (`prep_reraise_star`'s projection).
    Leaves(HashSet<u64>),
}

impl Matcher {
    fn from_condition(cond: &Value) -> PyResult<Matcher> {
        if is_exception_class(cond)
            || cond
                .as_tuple()
                .is_some_and(|t| t.iter().all(is_exception_class))
        {
            return Ok(Matcher::Type(cond.clone()));
        }
        if crate::builtins::functions::is_callable(cond) {
            return Ok(Matcher::Predicate(cond.clone()));
        }
        Err(type_error(
            "expected a function, exception type or tuple of exception types",
        ))
    }

    fn matches(&self, cx: &mut Ctx, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Type(t) => crate::interp::eval::exc_matches(exc, t),
            Matcher::Predicate(f) => {
                let r = ops::call(cx, f, std::slice::from_ref(exc))?;
                ops::truthy(cx, &r)
            }
            Matcher::Leaves(ids) => Ok(ids.contains(&exc.raw())),
        }
    }
}

fn is_exception_class(v: &Value) -> bool {
    v.is_type() && types::is_subclass(v, &types().base_exception)
}

/// The result of splitting a group: the matching and the remaining parts (None if empty).
struct Split {
    matched: Value,
    rest: Value,
}

/// CPython's `exceptiongroup_split_recursive`: the group as a whole if it matches, else
/// each sub-exception (recursing into groups), re-assembled with `derive` plus the
/// group's traceback, cause, context and notes.
fn split_recursive(cx: &mut Ctx, exc: &Value, m: &Matcher, want_rest: bool) -> PyResult<Split> {
    if m.matches(cx, exc)? {
        return Ok(Split {
            matched: exc.clone(),
            rest: Value::NONE,
        });
    }
    if !is_group(exc) {
        return Ok(Split {
            matched: Value::NONE,
            rest: if want_rest { exc.clone() } else { Value::NONE },
        });
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in exceptions_of(exc) {
        let part = cx.with_recursion(|cx| split_recursive(cx, &e, m, want_rest))?;
        if !part.matched.is_none() {
            matched.push(part.matched);
        }
        if !part.rest.is_none() {
            rest.push(part.rest);
        }
    }
    Ok(Split {
        matched: derive_and_copy(cx, exc, matched)?,
        rest: if want_rest {
            derive_and_copy(cx, exc, rest)?
        } else {
            Value::NONE
        },
    })
}

/// `orig.derive(excs)` with `orig`'s metadata copied over; None for no exceptions.
fn derive_and_copy(cx: &mut Ctx, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::NONE);
    }
    let eg = ops::call_method(cx, orig, "derive", &[Value::list(excs)])?;
    if !is_group(&eg) {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    if let (Some(Payload::Exception(src)), Some(Payload::Exception(dst))) =
        (orig.payload(), eg.payload())
    {
        let (tb, cause, context) = {
            let st = src.state.lock();
            (st.traceback.clone(), st.cause.clone(), st.context.clone())
        };
        let mut st = dst.state.lock();
        st.traceback = tb;
        st.cause = cause;
        st.context = context;
    }
    if let Some(notes) = orig.namespace().and_then(|d| d.get_str("__notes__")) {
        // Each part gets a list of its own (CPython copies a sequence).
        let notes = match notes.payload() {
            Some(Payload::List(_) | Payload::Tuple(_)) => Value::list(ops::to_vec(cx, &notes)?),
            _ => notes,
        };
        eg.set_attr_str("__notes__", notes);
    }
    Ok(eg)
}

/// `eg.split(condition)` -> `(match, rest)`.
fn eg_split(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("split", 2, 2)?;
    let m = Matcher::from_condition(&a[1])?;
    let s = split_recursive(cx, &a[0], &m, true)?;
    Ok(Value::tuple(vec![s.matched, s.rest]))
}

/// `eg.subgroup(condition)`: the matching part, or None.
fn eg_subgroup(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("subgroup", 2, 2)?;
    let m = Matcher::from_condition(&a[1])?;
    Ok(split_recursive(cx, &a[0], &m, false)?.matched)
}

/// Checks an `except*` clause's type: an exception class or a tuple of them, and no
/// exception group class (CPython's `_PyEval_CheckExceptStarTypeValid`).
fn check_except_star_type(ty: &Value) -> PyResult<()> {
    let one = |t: &Value| -> PyResult<()> {
        if !is_exception_class(t) {
            return Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        if types::is_subclass(t, &types().base_exception_group) {
            return Err(type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        Ok(())
    };
    match ty.as_tuple() {
        Some(items) => items.iter().try_for_each(one),
        None => one(ty),
    }
}

/// One `except* ty` clause applied to what is left of the exception (`rest`, possibly
/// None): returns `(rest', match)`. A bare exception that matches is wrapped in a new group
/// (`ExceptionGroup("", [exc])`, with the exception's traceback).
pub fn except_star_match(cx: &mut Ctx, rest: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    check_except_star_type(ty)?;
    if rest.is_none() {
        return Ok((Value::NONE, Value::NONE));
    }
    if crate::interp::eval::exc_matches(rest, ty)? {
        if is_group(rest) {
            return Ok((Value::NONE, rest.clone()));
        }
        let cls = types().base_exception_group.clone();
        let wrapped = ops::call(
            cx,
            &cls,
            &[Value::str(""), Value::tuple(vec![rest.clone()])],
        )?;
        if let (Some(Payload::Exception(src)), Some(Payload::Exception(dst))) =
            (rest.payload(), wrapped.payload())
        {
            let tb = src.state.lock().traceback.clone();
            dst.state.lock().traceback = tb;
        }
        return Ok((Value::NONE, wrapped));
    }
    if is_group(rest) {
        let pair = ops::call_method(cx, rest, "split", std::slice::from_ref(ty))?;
        return match pair.as_tuple() {
            Some([matched, rest]) => Ok((rest.clone(), matched.clone())),
            _ => Err(type_error(format!(
                "{}.split must return a 2-tuple, got {}",
                rest.type_name(),
                pair.type_name()
            ))),
        };
    }
    Ok((rest.clone(), Value::NONE))
}

/// Do two exceptions carry the same traceback, cause and context? (A part made by `split`
/// does; an exception raised anew by an `except*` handler does not.)
fn same_metadata(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    let (Some(Payload::Exception(x)), Some(Payload::Exception(y))) = (a.payload(), b.payload())
    else {
        return false;
    };
    let (xs, ys) = (x.state.lock(), y.state.lock());
    xs.cause.raw() == ys.cause.raw()
        && xs.context.raw() == ys.context.raw()
        && xs.traceback.len() == ys.traceback.len()
        && xs.traceback.iter().zip(&ys.traceback).all(|(p, q)| {
            std::ptr::eq(&*p.code.obj, &*q.code.obj) && p.ip == q.ip && p.frame_addr == q.frame_addr
        })
}

/// The identities of the leaf (non-group) exceptions under `v` (iteratively: groups may
/// nest deeper than the native stack allows).
fn collect_leaves(v: &Value, out: &mut HashSet<u64>) {
    let mut todo = vec![v.clone()];
    while let Some(v) = todo.pop() {
        if is_group(&v) {
            todo.extend(exceptions_of(&v));
        } else {
            out.insert(v.raw());
        }
    }
}

/// The exception an `except*` statement ends with (CPython's `_PyExc_PrepReraiseStar`):
/// `orig` is what entered it, `excs` what its handlers raised or re-raised plus the
/// unmatched rest (Nones skipped). Re-raised parts are put back in `orig`'s structure;
/// new exceptions join them in a new `ExceptionGroup("", [...])`. None: nothing to raise.
pub fn prep_reraise_star(cx: &mut Ctx, orig: &Value, excs: &[Value]) -> PyResult<Value> {
    let excs: Vec<&Value> = excs.iter().filter(|e| !e.is_none()).collect();
    let Some(first) = excs.first() else {
        return Ok(Value::NONE);
    };
    if !is_group(orig) {
        // A bare exception can only have matched one clause.
        return Ok((*first).clone());
    }
    let mut raised = Vec::new();
    let mut leaves = HashSet::new();
    for e in excs {
        if same_metadata(e, orig) {
            collect_leaves(e, &mut leaves);
        } else {
            raised.push(e.clone());
        }
    }
    let reraised = if leaves.is_empty() {
        Value::NONE
    } else {
        split_recursive(cx, orig, &Matcher::Leaves(leaves), false)?.matched
    };
    if raised.is_empty() {
        return Ok(reraised);
    }
    if !reraised.is_none() {
        raised.push(reraised);
    }
    if raised.len() == 1 {
        return Ok(raised.pop().unwrap_or(Value::NONE));
    }
    let cls = types().base_exception_group.clone();
    ops::call(cx, &cls, &[Value::str(""), Value::list(raised)])
}
