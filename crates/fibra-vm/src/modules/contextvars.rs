//! The `_contextvars` module (PEP 567): `ContextVar`, `Token`, `Context` and
//! `copy_context`; `stdlib/contextvars.py` re-exports it, as CPython's does.
//!
//! Native because `ContextVar.get` is called constantly (asyncio, logging-like code): here
//! it is one native call, a lock-free dict read in the default build.
//!
//! Each thread's current context is a field of its `Ctx` ([`Ctx::context`]), NULL until
//! a variable is first set there: a new thread starts with an empty context (3.11).
//! A context's mapping is a private `dict` that is never changed once installed (copy on
//! write): `copy_context()` shares it (O(1)) and `ContextVar.set` installs a copy holding
//! the new entry. Only the thread whose current context it is installs new mappings, and a
//! context is current in at most one thread (`Context.run` claims it with an atomic flag;
//! a thread's own base context is never handed out), so other threads reading a context
//! through its mapping methods see one snapshot or the next, never a torn one.
//!
//! Contexts, variables and tokens are tracked by the cycle collector: a value set in a
//! task's context can refer back to the task (and so to its context).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{key_error, runtime_error, type_error, value_error, Exc, PyResult};
use crate::object::{NativeObject, Payload};
use crate::ops;
use crate::types::types;
use crate::value::Value;

// ---- objects ---------------------------------------------------------------------------

/// `ContextVar`: immutable once made.
pub struct VarObj {
    name: Value,
    /// NULL when there is no default.
    default: Value,
}

/// `Token`: what `ContextVar.set` returns, for `ContextVar.reset`.
pub struct TokenObj {
    ctx: Value,
    var: Value,
    /// NULL for `Token.MISSING` (the variable had no value).
    old: Value,
    used: AtomicBool,
}

/// `Context`: a snapshot mapping of variables to values.
pub struct ContextObj {
    /// A dict never changed once stored here (replaced whole; see the module docs).
    vars: Mutex<Value>,
    /// Whether some thread runs in this context now (`Context.run`).
    entered: AtomicBool,
}

impl NativeObject for VarObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn gc_tracked(&self) -> bool {
        true
    }
    fn gc_traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
        visit(&self.default);
    }
}

impl NativeObject for TokenObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn gc_tracked(&self) -> bool {
        true
    }
    // Immutable: every cycle through a token also goes through a context or a mutable
    // container, which the collector clears.
    fn gc_traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.ctx);
        visit(&self.var);
        visit(&self.old);
    }
}

impl NativeObject for ContextObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn gc_tracked(&self) -> bool {
        true
    }
    fn gc_traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.vars.lock());
    }
    fn gc_clear(&self) {
        let old = std::mem::replace(&mut *self.vars.lock(), Value::NULL);
        drop(old);
    }
}

impl ContextObj {
    fn new(vars: Value) -> ContextObj {
        ContextObj {
            vars: Mutex::new(vars),
            entered: AtomicBool::new(false),
        }
    }

    /// The current mapping (a dict; NULL only after the collector cleared a garbage one).
    fn snapshot(&self) -> Value {
        self.vars.lock().clone()
    }
}

// ---- classes ---------------------------------------------------------------------------

fn var_class() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        let ty = crate::builtins::native_class(
            "ContextVar",
            "_contextvars",
            Some(var_new),
            &[
                ("get", var_get),
                ("set", var_set),
                ("reset", var_reset),
                ("__repr__", var_repr),
            ],
        );
        crate::builtins::add_properties(&ty, &[("name", var_name)]);
        add_class_getitem(&ty);
        ty
    })
}

fn token_class() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        let ty = crate::builtins::native_class(
            "Token",
            "_contextvars",
            Some(token_new),
            &[("__repr__", token_repr)],
        );
        crate::builtins::add_properties(&ty, &[("var", token_var), ("old_value", token_old_value)]);
        ty.set_attr_str("MISSING", missing().clone());
        add_class_getitem(&ty);
        ty
    })
}

fn context_class() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        let ty = crate::builtins::native_class(
            "Context",
            "_contextvars",
            Some(context_new),
            &[
                ("run", context_run),
                ("copy", context_copy),
                ("get", context_get),
                ("keys", context_keys),
                ("values", context_values),
                ("items", context_items),
                ("__getitem__", context_getitem),
                ("__contains__", context_contains),
                ("__len__", context_len),
                ("__iter__", context_iter),
                ("__eq__", context_eq),
            ],
        );
        // Mutable mappings are unhashable; CPython's Context is too.
        ty.set_attr_str("__hash__", Value::NONE);
        ty
    })
}

/// `Token.MISSING`, the `old_value` of a token for a variable that had no value.
fn missing() -> &'static Value {
    static M: OnceLock<Value> = OnceLock::new();
    M.get_or_init(|| {
        let ty = crate::types::native_type_python_named(
            "Token.MISSING",
            "_contextvars",
            Some(missing_new),
            &[("__repr__", missing_repr)],
        );
        let m = Value::new_obj(
            ty,
            Payload::Instance(crate::object::InstanceObj::with_dict(Value::dict())),
        );
        if let Some(o) = m.as_obj() {
            o.make_immortal();
        }
        m
    })
}

fn missing_new(_cx: &mut Ctx, _args: &Args) -> PyResult {
    Err(type_error("cannot create 'Token.MISSING' instances"))
}

fn missing_repr(_cx: &mut Ctx, _args: &Args) -> PyResult {
    Ok(Value::str("<Token.MISSING>"))
}

/// `Cls[T]` gives a `types.GenericAlias`, as `__class_getitem__ = classmethod(GenericAlias)`.
fn add_class_getitem(ty: &Value) {
    let cm = Value::new_obj(
        types().classmethod.clone(),
        Payload::ClassMethod(crate::interp::class::generic_alias_class().clone()),
    );
    if let Some(o) = cm.as_obj() {
        o.make_immortal();
    }
    ty.set_attr_str("__class_getitem__", cm);
}

pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("_contextvars");
    m.set_attr_str("ContextVar", var_class().clone());
    m.set_attr_str("Token", token_class().clone());
    m.set_attr_str("Context", context_class().clone());
    m.add_fn("copy_context", copy_context);
    Ok(m)
}

/// Whether `cls` is one of the classes that cannot be subclassed (`class X(Context)`).
pub(crate) fn is_final_class(cls: &Value) -> bool {
    [var_class(), token_class(), context_class()]
        .iter()
        .any(|t| cls.is(t))
}

// ---- helpers ---------------------------------------------------------------------------

/// The identity hash a variable is keyed by (`object.__hash__`'s), so mapping lookups
/// need not look `__hash__` up.
#[inline]
fn var_hash(var: &Value) -> i64 {
    (var.raw() >> 4) as i64
}

fn as_var(v: &Value) -> Option<&VarObj> {
    v.downcast_native::<VarObj>()
}

fn this_var<'a>(args: &Args<'a>, method: &str) -> PyResult<(&'a Value, &'a VarObj)> {
    let me = args
        .pos()
        .first()
        .ok_or_else(|| type_error("missing self"))?;
    match as_var(me) {
        Some(v) => Ok((me, v)),
        None => Err(type_error(format!(
            "descriptor '{method}' for '_contextvars.ContextVar' objects doesn't apply to a '{}' object",
            me.type_name()
        ))),
    }
}

fn this_ctx<'a>(args: &Args<'a>, method: &str) -> PyResult<(&'a Value, &'a ContextObj)> {
    let me = args
        .pos()
        .first()
        .ok_or_else(|| type_error("missing self"))?;
    match me.downcast_native::<ContextObj>() {
        Some(c) => Ok((me, c)),
        None => Err(type_error(format!(
            "descriptor '{method}' for '_contextvars.Context' objects doesn't apply to a '{}' object",
            me.type_name()
        ))),
    }
}

fn this_token<'a>(args: &Args<'a>) -> PyResult<&'a TokenObj> {
    args.pos()
        .first()
        .and_then(|v| v.downcast_native::<TokenObj>())
        .ok_or_else(|| type_error("descriptor requires a '_contextvars.Token' object"))
}

/// A method's arguments after `self`: none but keywords-free, exactly `n` (0 or 1),
/// with CPython's messages (`ContextVar.set() takes exactly one argument (2 given)`).
fn method_args<'a>(args: &Args<'a>, fname: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!("{fname}() takes no keyword arguments")));
    }
    let rest = args.pos().get(1..).unwrap_or(&[]);
    if rest.len() != n {
        return Err(type_error(match n {
            0 => format!("{fname}() takes no arguments ({} given)", rest.len()),
            _ => format!(
                "{fname}() takes exactly one argument ({} given)",
                rest.len()
            ),
        }));
    }
    Ok(rest)
}

fn dict_of(map: &Value) -> Option<&crate::object::DictObj> {
    match map.payload() {
        Some(Payload::Dict(d)) => Some(d),
        _ => None,
    }
}

fn new_context(vars: Value) -> Value {
    Value::native_obj(context_class().clone(), ContextObj::new(vars))
}

/// This thread's current context, made (empty) on first use.
fn current(cx: &mut Ctx) -> Value {
    if cx.context.is_null() {
        cx.context = new_context(Value::dict());
    }
    cx.context.clone()
}

/// The value of `var` in the mapping `map`, if set.
fn lookup(cx: &mut Ctx, map: &Value, var: &Value) -> PyResult<Option<Value>> {
    match dict_of(map) {
        Some(d) => d.get_hashed(cx, var_hash(var), var),
        None => Ok(None),
    }
}

/// Installs `map` as `ctx`'s mapping (the caller runs in `ctx`: see the module docs).
fn install(ctx: &ContextObj, map: Value) {
    let old = std::mem::replace(&mut *ctx.vars.lock(), map);
    drop(old);
}

/// A copy of `map` with `var` set to `value` (or removed, for NULL).
fn with_entry(cx: &mut Ctx, map: &Value, var: &Value, value: Value) -> PyResult<Value> {
    let copy = match dict_of(map) {
        Some(d) => d.copy(),
        None => crate::object::DictObj::new(),
    };
    if value.is_null() {
        copy.remove_hashed(cx, var_hash(var), var)?;
    } else {
        copy.set_hashed(cx, var_hash(var), var.clone(), value)?;
    }
    Ok(Value::new_obj(
        types().dict.clone(),
        Payload::Dict(Box::new(copy)),
    ))
}

fn check_key<'a>(cx: &mut Ctx, key: &'a Value) -> PyResult<&'a Value> {
    if as_var(key).is_some() {
        return Ok(key);
    }
    let r = ops::repr(cx, key)?;
    Err(type_error(format!(
        "a ContextVar key was expected, got {r}"
    )))
}

// ---- ContextVar ------------------------------------------------------------------------

/// `ContextVar(name, *, default=...)`.
fn var_new(_cx: &mut Ctx, args: &Args) -> PyResult {
    let pos = &args.pos()[1..];
    if pos.len() != 1 {
        return Err(type_error(if pos.is_empty() {
            "ContextVar() takes exactly 1 positional argument (0 given)".to_string()
        } else {
            format!(
                "ContextVar() takes at most 1 positional argument ({} given)",
                pos.len()
            )
        }));
    }
    let mut default = Value::NULL;
    for (k, v) in args.kwargs() {
        if k != "default" {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for ContextVar()"
            )));
        }
        default = v.clone();
    }
    let name = &pos[0];
    if name.as_str().is_none() {
        return Err(type_error("context variable name must be a str"));
    }
    Ok(Value::native_obj(
        args.pos()[0].clone(),
        VarObj {
            name: name.clone(),
            default,
        },
    ))
}

fn var_name(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(this_var(args, "name")?.1.name.clone())
}

/// `var.get([default])`: the value in the current context, else `default`, else the
/// variable's default, else LookupError(var).
fn var_get(cx: &mut Ctx, args: &Args) -> PyResult {
    let (me, var) = this_var(args, "get")?;
    if args.has_kwargs() {
        return Err(type_error("ContextVar.get() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "get expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if let Some(c) = cx.context.downcast_native::<ContextObj>() {
        let hash = var_hash(me);
        // Fast path: the lock-free read, under the context's lock (no script code runs).
        let map = {
            let g = c.vars.lock();
            match dict_of(&g).map(|d| d.table.read(hash, me)) {
                Some(Some(Some(v))) => return Ok(v),
                Some(Some(None)) | None => Value::NULL,
                Some(None) => g.clone(),
            }
        };
        if !map.is_null() {
            if let Some(v) = lookup(cx, &map, me)? {
                return Ok(v);
            }
        }
    }
    if let Some(d) = pos.get(1) {
        return Ok(d.clone());
    }
    if !var.default.is_null() {
        return Ok(var.default.clone());
    }
    Err(Exc::with_args(&types().lookup_error, vec![me.clone()]))
}

/// `var.set(value)`: a new mapping for the current context; returns a Token.
fn var_set(cx: &mut Ctx, args: &Args) -> PyResult {
    let (me, _) = this_var(args, "set")?;
    let value = &method_args(args, "ContextVar.set", 1)?[0];
    let ctx_val = current(cx);
    let ctx = ctx_val
        .downcast_native::<ContextObj>()
        .expect("the current context is a Context");
    let map = ctx.snapshot();
    let old = lookup(cx, &map, me)?.unwrap_or(Value::NULL);
    let new_map = with_entry(cx, &map, me, value.clone())?;
    install(ctx, new_map);
    Ok(Value::native_obj(
        token_class().clone(),
        TokenObj {
            ctx: ctx_val.clone(),
            var: me.clone(),
            old,
            used: AtomicBool::new(false),
        },
    ))
}

/// `var.reset(token)`: restores the value the variable had before `token`'s `set`.
fn var_reset(cx: &mut Ctx, args: &Args) -> PyResult {
    let (me, _) = this_var(args, "reset")?;
    let tok_val = &method_args(args, "ContextVar.reset", 1)?[0];
    let Some(tok) = tok_val.downcast_native::<TokenObj>() else {
        let r = ops::repr(cx, tok_val)?;
        return Err(type_error(format!(
            "expected an instance of Token, got {r}"
        )));
    };
    if tok.used.load(Ordering::Acquire) {
        let r = ops::repr(cx, tok_val)?;
        return Err(runtime_error(format!("{r} has already been used once")));
    }
    if !tok.var.is(me) {
        let r = ops::repr(cx, tok_val)?;
        return Err(value_error(format!(
            "{r} was created by a different ContextVar"
        )));
    }
    if !tok.ctx.is(&cx.context) {
        let r = ops::repr(cx, tok_val)?;
        return Err(value_error(format!(
            "{r} was created in a different Context"
        )));
    }
    // Only one reset wins when threads race on a token shared between them (each would
    // be in its own context, so the check above already let at most one through).
    if tok.used.swap(true, Ordering::AcqRel) {
        let r = ops::repr(cx, tok_val)?;
        return Err(runtime_error(format!("{r} has already been used once")));
    }
    let ctx = tok
        .ctx
        .downcast_native::<ContextObj>()
        .expect("a token's context is a Context");
    let map = ctx.snapshot();
    let new_map = with_entry(cx, &map, me, tok.old.clone())?;
    install(ctx, new_map);
    Ok(Value::NONE)
}

fn var_repr(cx: &mut Ctx, args: &Args) -> PyResult {
    let (me, var) = this_var(args, "__repr__")?;
    let mut s = format!("<ContextVar name={}", ops::repr(cx, &var.name)?);
    if !var.default.is_null() {
        s.push_str(&format!(" default={}", ops::repr(cx, &var.default)?));
    }
    s.push_str(&format!(" at {:#x}>", me.raw()));
    Ok(Value::string(s))
}

// ---- Token -----------------------------------------------------------------------------

fn token_new(_cx: &mut Ctx, _args: &Args) -> PyResult {
    Err(runtime_error("Tokens can only be created by ContextVars"))
}

fn token_var(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(this_token(args)?.var.clone())
}

fn token_old_value(_cx: &mut Ctx, args: &Args) -> PyResult {
    let t = this_token(args)?;
    Ok(if t.old.is_null() {
        missing().clone()
    } else {
        t.old.clone()
    })
}

fn token_repr(cx: &mut Ctx, args: &Args) -> PyResult {
    let t = this_token(args)?;
    let used = if t.used.load(Ordering::Acquire) {
        " used"
    } else {
        ""
    };
    let var = ops::repr(cx, &t.var)?;
    Ok(Value::string(format!(
        "<Token{used} var={var} at {:#x}>",
        args.pos()[0].raw()
    )))
}

// ---- Context ---------------------------------------------------------------------------

fn context_new(_cx: &mut Ctx, args: &Args) -> PyResult {
    if args.values.len() > 1 {
        return Err(type_error("Context() does not accept any arguments"));
    }
    Ok(Value::native_obj(
        args.pos()[0].clone(),
        ContextObj::new(Value::dict()),
    ))
}

/// `copy_context()`: a new Context sharing the current mapping.
fn copy_context(cx: &mut Ctx, args: &Args) -> PyResult {
    if !args.values.is_empty() {
        return Err(type_error(format!(
            "_contextvars.copy_context() takes no arguments ({} given)",
            args.values.len()
        )));
    }
    let map = match cx.context.downcast_native::<ContextObj>() {
        Some(c) => c.snapshot(),
        None => Value::dict(),
    };
    Ok(new_context(map))
}

fn context_copy(_cx: &mut Ctx, args: &Args) -> PyResult {
    let (_, c) = this_ctx(args, "copy")?;
    method_args(args, "Context.copy", 0)?;
    Ok(new_context(c.snapshot()))
}

/// `ctx.run(callable, *args, **kwargs)`: calls it with `ctx` as this thread's current
/// context; RuntimeError if `ctx` is current in any thread already.
fn context_run(cx: &mut Ctx, args: &Args) -> PyResult {
    let (me, c) = this_ctx(args, "run")?;
    let Some(f) = args.pos().get(1) else {
        return Err(type_error("run() missing 1 required positional argument"));
    };
    if c.entered
        .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
        .is_err()
    {
        return Err(runtime_error(format!(
            "cannot enter context: <_contextvars.Context object at {:#x}> is already entered",
            me.raw()
        )));
    }
    let prev = std::mem::replace(&mut cx.context, me.clone());
    let r = ops::call_kw(cx, f, &args.values[2..], args.kwnames);
    let mine = std::mem::replace(&mut cx.context, prev);
    c.entered.store(false, Ordering::Release);
    drop(mine);
    r
}

fn context_getitem(cx: &mut Ctx, args: &Args) -> PyResult {
    let key = &method_args(args, "Context.__getitem__", 1)?[0];
    let (_, c) = this_ctx(args, "__getitem__")?;
    let var = check_key(cx, key)?;
    match lookup(cx, &c.snapshot(), var)? {
        Some(v) => Ok(v),
        None => Err(key_error(var.clone())),
    }
}

fn context_get(cx: &mut Ctx, args: &Args) -> PyResult {
    let (_, c) = this_ctx(args, "get")?;
    if args.has_kwargs() {
        return Err(type_error("Context.get() takes no keyword arguments"));
    }
    let a = args.pos();
    match a.len() {
        1 => return Err(type_error("get expected at least 1 argument, got 0")),
        2 | 3 => {}
        n => {
            return Err(type_error(format!(
                "get expected at most 2 arguments, got {}",
                n - 1
            )))
        }
    }
    let var = check_key(cx, &a[1])?;
    Ok(lookup(cx, &c.snapshot(), var)?.unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::NONE)))
}

fn context_contains(cx: &mut Ctx, args: &Args) -> PyResult {
    let key = &method_args(args, "Context.__contains__", 1)?[0];
    let (_, c) = this_ctx(args, "__contains__")?;
    let var = check_key(cx, key)?;
    Ok(Value::bool(lookup(cx, &c.snapshot(), var)?.is_some()))
}

fn context_len(_cx: &mut Ctx, args: &Args) -> PyResult {
    let (_, c) = this_ctx(args, "__len__")?;
    let n = dict_of(&c.snapshot()).map_or(0, |d| d.len());
    Ok(Value::int(n as i64))
}

/// Keys, values or items of a snapshot, as a list (CPython returns views of its HAMT).
fn entries(args: &Args, method: &str, pick: fn(Value, Value) -> Value) -> PyResult<Value> {
    let (_, c) = this_ctx(args, method)?;
    method_args(args, &format!("Context.{method}"), 0)?;
    let items = dict_of(&c.snapshot())
        .map(|d| d.items())
        .unwrap_or_default();
    Ok(Value::list(
        items.into_iter().map(|(k, v)| pick(k, v)).collect(),
    ))
}

fn context_keys(_cx: &mut Ctx, args: &Args) -> PyResult {
    entries(args, "keys", |k, _| k)
}

fn context_values(_cx: &mut Ctx, args: &Args) -> PyResult {
    entries(args, "values", |_, v| v)
}

fn context_items(_cx: &mut Ctx, args: &Args) -> PyResult {
    entries(args, "items", |k, v| Value::tuple(vec![k, v]))
}

fn context_iter(cx: &mut Ctx, args: &Args) -> PyResult {
    let keys = entries(args, "__iter__", |k, _| k)?;
    ops::iter(cx, &keys)
}

/// Equal when both map the same variables to equal values.
fn context_eq(cx: &mut Ctx, args: &Args) -> PyResult {
    let other = &method_args(args, "Context.__eq__", 1)?[0];
    let (_, c) = this_ctx(args, "__eq__")?;
    let Some(o) = other.downcast_native::<ContextObj>() else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (a, b) = (c.snapshot(), o.snapshot());
    if a.is(&b) {
        return Ok(Value::TRUE);
    }
    let a = if a.is_null() { Value::dict() } else { a };
    let b = if b.is_null() { Value::dict() } else { b };
    Ok(Value::bool(ops::eq(cx, &a, &b)?))
}
