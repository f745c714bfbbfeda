//! Class creation: `BuildClass` (CPython's `__build_class__`: the metaclass, its
//! `__prepare__`d namespace as the class body's locals, the call of the metaclass), the
//! 3-argument `type(name, bases, dict)`, `type.__new__` and the other class-level methods
//! of `type`.

use crate::ctx::Ctx;
use crate::error::{type_error, PyResult};
use crate::interp::call::{make_frame, run_function_frame};
use crate::interp::eval::as_dict;
use crate::interp::mro;
use crate::object::{Payload, TypeObj};
use crate::ops;
use crate::types::{self, types};
use crate::value::Value;

/// Builtin types that cannot be subclassed.
const FINAL_TYPES: &[&str] = &[
    "bool",
    "NoneType",
    "NotImplementedType",
    "ellipsis",
    "function",
    "builtin_function_or_method",
    "method",
    "cell",
    "generator",
    "range",
    "slice",
    "code",
    "iterator",
    "dict_keys",
    "dict_values",
    "dict_items",
    "super",
];

/// PEP 560: a base that is not a class but whose class defines `__mro_entries__(bases)`
/// is replaced by the tuple that returns (`class Stack(Generic[T])`, `class P(NamedTuple)`).
/// None when no base has one (the bases stand as they are).
fn resolve_mro_entries(cx: &mut Ctx, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
    if bases.iter().all(|b| b.is_type()) {
        return Ok(None);
    }
    let orig = Value::tuple(bases.to_vec());
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    for b in bases {
        if b.is_type() {
            out.push(b.clone());
            continue;
        }
        match crate::types::lookup(b.class(), "__mro_entries__") {
            Some(f) => {
                let r = crate::ops::call(cx, &f, &[b.clone(), orig.clone()])?;
                let Some(items) = r.as_tuple() else {
                    return Err(type_error("__mro_entries__ must return a tuple"));
                };
                out.extend(items.iter().cloned());
                changed = true;
            }
            None => out.push(b.clone()),
        }
    }
    Ok(changed.then_some(out))
}

/// `class C(...)` and `type.__new__` refuse these bases with CPython's message.
fn check_base_types(bases: &[Value]) -> PyResult<()> {
    for base in bases {
        let Some(bt) = base.as_type() else {
            return Err(type_error("bases must be types"));
        };
        if bt.builtin
            && (FINAL_TYPES.contains(&bt.name.as_str())
                || crate::modules::contextvars::is_final_class(base))
        {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                bt.tp_name()
            )));
        }
    }
    Ok(())
}

/// Creates a class of metaclass `type` with the single base `base`; `dict` becomes the
/// class namespace. For classes made by native code (`namedtuple` helpers).
pub fn new_class(name: &str, qualname: &str, module: &str, base: Value, dict: Value) -> Value {
    if let Some(d) = as_dict(&dict) {
        fix_hash(d);
    }
    let mro = mro::c3(std::slice::from_ref(&base)).unwrap_or_default();
    alloc_class(
        types().type_.clone(),
        name,
        qualname.to_string(),
        module.to_string(),
        std::slice::from_ref(&base),
        base.clone(),
        mro,
        dict,
        Default::default(),
    )
}

/// Creates a class of metaclass `type` from its bases and namespace without running any
/// script hook (no `__set_name__`, no `__init_subclass__`); for native code and tests.
pub fn new_class_with_bases(
    name: &str,
    module: &str,
    bases: Vec<Value>,
    dict: Value,
) -> PyResult<Value> {
    let bases = if bases.is_empty() {
        vec![types().object.clone()]
    } else {
        bases
    };
    check_base_types(&bases)?;
    let base = mro::best_base(&bases)?;
    let mro = mro::c3(&bases)?;
    if let Some(d) = as_dict(&dict) {
        fix_hash(d);
    }
    Ok(alloc_class(
        types().type_.clone(),
        name,
        name.to_string(),
        module.to_string(),
        &bases,
        base,
        mro,
        dict,
        Default::default(),
    ))
}

/// A class defining `__eq__` without `__hash__` is unhashable (`__hash__ = None`).
fn fix_hash(d: &crate::object::DictObj) {
    if d.get_str("__eq__").is_some() && d.get_str("__hash__").is_none() {
        d.set_str("__hash__", Value::NONE);
    }
}

#[allow(clippy::too_many_arguments)]
fn alloc_class(
    meta: Value,
    name: &str,
    qualname: String,
    module: String,
    bases: &[Value],
    base: Value,
    mro: Vec<Value>,
    dict: Value,
    layout: crate::object::InstanceLayout,
) -> Value {
    if let Some(Payload::Dict(d)) = dict.payload() {
        if d.get_str("__del__").is_some() {
            crate::object::finalize::note_finalizer_class();
        }
    }
    // A single base is `base` itself: `TypeObj::bases` answers it without a copy.
    let bases: Box<[Value]> = if bases.len() == 1 && bases[0].is(&base) {
        Box::new([])
    } else {
        bases.into()
    };
    Value::new_obj(
        meta,
        Payload::Type(Box::new(TypeObj {
            name: name.to_string(),
            qualname,
            module,
            base: Some(base),
            bases,
            mro,
            dict,
            ctor: None,
            builtin: false,
            tp_name: None,
            versions: Default::default(),
            layout,
            finalizer: Default::default(),
        })),
    )
}

/// `type.__new__(meta, name, bases, ns, **kwargs)` once its arguments are checked: `ns` is
/// a dict the new class takes as its namespace (callers copy a namespace they do not
/// own). Picks the most derived metaclass, the best base and the C3 MRO, fills the
/// `__class__` cell, then runs `__set_name__` and the parent's `__init_subclass__`.
pub fn type_new_impl(
    cx: &mut Ctx,
    meta: &Value,
    name: &str,
    bases: &[Value],
    ns: Value,
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let winner = mro::calculate_metaclass(meta, bases)?;
    if !winner.is(meta) {
        // A more derived metaclass with a `__new__` of its own makes the class instead.
        if let Some(new) = script_new(&winner) {
            let (mut values, kwnames) = split_kwargs(kwargs);
            let mut args = vec![
                winner.clone(),
                Value::str(name),
                Value::tuple(bases.to_vec()),
                ns,
            ];
            args.append(&mut values);
            return ops::call_kw(cx, &new, &args, &kwnames);
        }
    }
    let bases = if bases.is_empty() {
        std::slice::from_ref(&types().object)
    } else {
        bases
    };
    check_base_types(bases)?;
    let base = mro::best_base(bases)?;
    let mro = mro::c3(bases)?;
    let d = as_dict(&ns).ok_or_else(|| type_error("type.__new__: the namespace is not a dict"))?;
    let qualname = match d.remove_str("__qualname__") {
        None => name.to_string(),
        Some(q) => match q.as_str() {
            Some(q) => q.to_string(),
            None => {
                return Err(type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    q.type_name()
                )))
            }
        },
    };
    let module = match d.get_str("__module__") {
        Some(m) => match m.as_str() {
            Some(m) => m.to_string(),
            None => ops::str(cx, &m)?,
        },
        None => {
            d.set_str("__module__", Value::str("__main__"));
            "__main__".to_string()
        }
    };
    let cell = d.remove_str("__classcell__");
    if let Some(c) = &cell {
        if !matches!(c.payload(), Some(Payload::Cell(_))) {
            let ty = ops::repr(cx, c.class())?;
            return Err(type_error(format!(
                "__classcell__ must be a nonlocal cell, not {ty}"
            )));
        }
    }
    implicit_wrappers(d);
    fix_hash(d);
    let slots = crate::interp::slots::class_layout(cx, name, &base, &mro, d)?;
    let cls = alloc_class(
        winner,
        name,
        qualname,
        module,
        bases,
        base,
        mro,
        ns.clone(),
        slots.layout,
    );
    crate::interp::slots::install_members(&cls, &slots);
    if let Some(Payload::Cell(c)) = cell.as_ref().and_then(|c| c.payload()) {
        c.set(cls.clone());
    }
    finish_class(cx, &cls, &ns, kwargs)?;
    Ok(cls)
}

/// The `__new__` a metaclass defines in Python (a staticmethod holding a function), if any.
fn script_new(meta: &Value) -> Option<Value> {
    match types::lookup(meta, "__new__")?.payload() {
        Some(Payload::StaticMethod(f)) if matches!(f.payload(), Some(Payload::Function(_))) => {
            Some(f.clone())
        }
        _ => None,
    }
}

/// Keyword arguments as a call takes them: the values and their names.
fn split_kwargs(kwargs: &[(Value, Value)]) -> (Vec<Value>, Vec<Value>) {
    kwargs.iter().map(|(k, v)| (v.clone(), k.clone())).unzip()
}

/// `type(name, bases, dict)`, `M(name, bases, dict)` and `type.__new__(M, name, bases,
/// dict)` after the metaclass: checks the three arguments (CPython's messages), copies
/// the namespace and creates the class.
fn type_new_from_args(cx: &mut Ctx, meta: &Value, args: &crate::args::Args) -> PyResult<Value> {
    let pos = args.pos();
    let a = &pos[1..];
    if a.len() != 3 {
        return Err(type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            a.len()
        )));
    }
    let arg_error = |n: usize, want: &str, v: &Value| {
        type_error(format!(
            "type.__new__() argument {n} must be {want}, not {}",
            v.type_name()
        ))
    };
    let name = a[0].as_str().ok_or_else(|| arg_error(1, "str", &a[0]))?;
    let bases = a[1]
        .as_tuple()
        .ok_or_else(|| arg_error(2, "tuple", &a[1]))?;
    let Some(Payload::Dict(src)) = a[2].payload() else {
        return Err(arg_error(3, "dict", &a[2]));
    };
    let ns = Value::new_obj(types().dict.clone(), Payload::Dict(Box::new(src.copy())));
    let kwargs: Vec<(Value, Value)> = args
        .kwnames
        .iter()
        .cloned()
        .zip(args.values[pos.len()..].iter().cloned())
        .collect();
    type_new_impl(cx, meta, name, bases, ns, &kwargs)
}

/// The constructor of `type` (and of every metaclass without a `__new__` of its own):
/// `type(x)` is the class of `x`; `type(name, bases, dict)` / `M(name, bases, dict)`
/// create a class.
pub fn type_ctor(cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(meta) = pos.first() else {
        return Err(type_error("type() takes 1 or 3 arguments"));
    };
    if meta.is(&types().type_) {
        if pos.len() == 2 {
            if !args.kwnames.is_empty() {
                return Err(type_error("type() takes no keyword arguments"));
            }
            return Ok(pos[1].class().clone());
        }
        if pos.len() != 4 {
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
    }
    type_new_from_args(cx, meta, args)
}

/// `type.__new__(mcls, ...)` called explicitly (`super().__new__(mcls, name, bases, ns)`
/// in a metaclass).
fn type_dunder_new(cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(meta) = pos.first() else {
        return Err(type_error("type.__new__(): not enough arguments"));
    };
    if !meta.is_type() {
        return Err(type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            meta.type_name()
        )));
    }
    if !types::is_subclass(meta, &types().type_) {
        let n = type_name_of(meta);
        return Err(type_error(format!(
            "type.__new__({n}): {n} is not a subtype of type"
        )));
    }
    if meta.is(&types().type_) && pos.len() == 2 && args.kwnames.is_empty() {
        return Ok(pos[1].class().clone());
    }
    type_new_from_args(cx, meta, args)
}

/// `type.__init__(cls, ...)`: nothing to do, but CPython checks the argument count.
fn type_dunder_init(_cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let n = args.pos().len().saturating_sub(1);
    if n == 1 && !args.kwnames.is_empty() {
        return Err(type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::NONE)
}

/// `type.__call__(cls, *args, **kwargs)`: instantiation without the metaclass's own
/// `__call__` (what `super().__call__(*args)` in a metaclass reaches).
fn type_dunder_call(cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let Some(cls) = args.values.first().filter(|c| c.is_type()) else {
        return Err(type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            args.values.first().map_or("NoneType", |v| v.type_name())
        )));
    };
    crate::interp::call::instantiate(cx, cls, &args.values[1..], args.kwnames)
}

/// `type.__prepare__(name, bases, **kwargs)`: a new empty dict.
fn type_dunder_prepare(_cx: &mut Ctx, _args: &crate::args::Args) -> PyResult<Value> {
    Ok(Value::dict())
}

/// `type.__instancecheck__(cls, obj)`: the check `isinstance` makes without a hook.
fn type_instancecheck(_cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let a = args.check("__instancecheck__", 2, 2)?;
    Ok(Value::bool(types::is_instance(&a[1], &a[0])))
}

/// `type.__subclasscheck__(cls, sub)`: the check `issubclass` makes without a hook.
fn type_subclasscheck(_cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let a = args.check("__subclasscheck__", 2, 2)?;
    if !a[1].is_type() {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::bool(types::is_subclass(&a[1], &a[0])))
}

/// A class namespace read by name: a dict directly, any other mapping through
/// `__getitem__` (None for a missing key).
fn ns_get(cx: &mut Ctx, ns: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(d) = as_exact_dict(ns) {
        return Ok(d.get_str(name));
    }
    match ops::getitem(cx, ns, &Value::str(name)) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&types().key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn ns_set(cx: &mut Ctx, ns: &Value, name: &str, v: Value) -> PyResult<()> {
    match as_exact_dict(ns) {
        Some(d) => {
            d.set_str(name, v);
            Ok(())
        }
        None => ops::setitem(cx, ns, &Value::str(name), v),
    }
}

/// A dict that is exactly a `dict` (a subclass may override `__getitem__`/`__setitem__`).
pub fn as_exact_dict(v: &Value) -> Option<&crate::object::DictObj> {
    as_dict(v).filter(|_| v.class().is(&types().dict))
}

/// `M.__prepare__(name, bases, **kwargs)`: the namespace the class body runs in; any
/// mapping (CPython checks only that it has `__getitem__`).
fn prepare(
    cx: &mut Ctx,
    meta: &Value,
    name: &Value,
    bases: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let Some(p) = ops::getattr_opt(cx, meta, "__prepare__")? else {
        return Ok(Value::dict());
    };
    let (mut values, kwnames) = split_kwargs(kwargs);
    let mut args = vec![name.clone(), Value::tuple(bases.to_vec())];
    args.append(&mut values);
    let ns = ops::call_kw(cx, &p, &args, &kwnames)?;
    if types::lookup(ns.class(), "__getitem__").is_none() {
        let who = match meta.as_type() {
            Some(t) => t.name.clone(),
            None => "<metaclass>".to_string(),
        };
        return Err(type_error(format!(
            "{who}.__prepare__() must return a mapping, not {}",
            ns.type_name()
        )));
    }
    Ok(ns)
}

/// The metaclass of a class statement: the explicit `metaclass=` (a non-class callable is
/// used as is), else the class of the first base, made the most derived of the bases'.
fn metaclass_for(explicit: Option<Value>, bases: &[Value]) -> PyResult<Value> {
    let meta = match explicit {
        Some(m) if !m.is_type() => return Ok(m),
        Some(m) => m,
        None => match bases.first() {
            Some(b) => b.class().clone(),
            None => return Ok(types().type_.clone()),
        },
    };
    mro::calculate_metaclass(&meta, bases)
}

/// `BuildClass`: CPython's `__build_class__`. Resolves `__mro_entries__`, finds the
/// metaclass, prepares the namespace, runs the class body in it and calls the
/// metaclass. `kwargs` (a dict), from `class C(Base, metaclass=M, key=value)`: `metaclass`
/// picks the metaclass, the rest go to `__prepare__`, the metaclass and
/// `__init_subclass__`. A class whose metaclass is `type` skips the calls (the fast path).
pub fn build_class(
    cx: &mut Ctx,
    body: &Value,
    name: &Value,
    bases: &[Value],
    kwargs: Option<&Value>,
) -> PyResult<Value> {
    let Some(Payload::Function(func)) = body.payload() else {
        return Err(type_error("BuildClass: the class body is not a function"));
    };
    let mut kwargs = kwargs
        .and_then(as_dict)
        .map(|d| d.items())
        .unwrap_or_default();
    let explicit = kwargs
        .iter()
        .position(|(k, _)| k.as_str() == Some("metaclass"))
        .map(|i| kwargs.remove(i).1);
    let resolved = resolve_mro_entries(cx, bases)?;
    let real = resolved.as_deref().unwrap_or(bases);
    let meta = metaclass_for(explicit, real)?;
    let plain = meta.is(&types().type_);
    let ns = if plain {
        Value::dict()
    } else {
        prepare(cx, &meta, name, real, &kwargs)?
    };
    let mut frame = make_frame(cx, func, &[], &[])?;
    frame.locals = ns.clone();
    run_function_frame(cx, frame)?;
    if resolved.is_some() {
        ns_set(cx, &ns, "__orig_bases__", Value::tuple(bases.to_vec()))?;
    }
    if plain {
        // `type.__new__` without the call: the namespace is ours, so it becomes the
        // class dict without a copy (and the `__class__` cell is filled there).
        let name = name.as_str().unwrap_or("?");
        return type_new_impl(cx, &meta, name, real, ns, &kwargs);
    }
    let cell = ns_get(cx, &ns, "__classcell__")?;
    let (mut values, kwnames) = split_kwargs(&kwargs);
    let mut args = vec![name.clone(), Value::tuple(real.to_vec()), ns];
    args.append(&mut values);
    let cls = ops::call_kw(cx, &meta, &args, &kwnames)?;
    check_class_cell(cx, cell, name, &cls)?;
    Ok(cls)
}

/// After the metaclass returned `cls`: the `__class__` cell of the body's methods must
/// hold it (a metaclass that dropped `__classcell__` on its way to `type.__new__` left
/// it empty), as CPython checks.
fn check_class_cell(cx: &mut Ctx, cell: Option<Value>, name: &Value, cls: &Value) -> PyResult<()> {
    let Some(c) = cell else { return Ok(()) };
    let Some(Payload::Cell(cell)) = c.payload() else {
        return Ok(());
    };
    if !cls.is_type() {
        return Ok(());
    }
    let got = cell.get();
    if got.is(cls) {
        return Ok(());
    }
    let name = ops::repr(cx, name)?;
    let cls = ops::repr(cx, cls)?;
    if got.is_null() {
        return Err(crate::error::runtime_error(format!(
            "__class__ not set defining {name} as {cls}. Was __classcell__ propagated to \
             type.__new__?"
        )));
    }
    let got = ops::repr(cx, &got)?;
    Err(type_error(format!(
        "__class__ set to {got} defining {name} as {cls}"
    )))
}

/// As CPython's `type.__new__`: a plain function `__init_subclass__` or `__class_getitem__`
/// in a class body becomes a classmethod, and `__new__` a staticmethod.
fn implicit_wrappers(d: &crate::object::DictObj) {
    let t = types();
    for (name, ty, is_static) in [
        ("__init_subclass__", &t.classmethod, false),
        ("__class_getitem__", &t.classmethod, false),
        ("__new__", &t.staticmethod, true),
    ] {
        if let Some(f) = d.get_str(name) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let wrapped = if is_static {
                    Payload::StaticMethod(f)
                } else {
                    Payload::ClassMethod(f)
                };
                d.set_str(name, Value::new_obj(ty.clone(), wrapped));
            }
        }
    }
}

/// After a class is created: calls `__set_name__(cls, name)` on the attributes that
/// define it, then `super(cls, cls).__init_subclass__(**kwargs)`: the first along the MRO
/// after the class itself (as CPython's `type.__new__`).
fn finish_class(cx: &mut Ctx, cls: &Value, ns: &Value, kwargs: &[(Value, Value)]) -> PyResult<()> {
    if let Some(d) = as_dict(ns) {
        for (k, v) in d.items() {
            // Through the thread's cache: the classes of namespace values (functions,
            // strings) are the same few every time.
            if let Some(set_name) = cx.lookup.class_attr_str(v.class(), "__set_name__") {
                if matches!(set_name.payload(), Some(Payload::Function(_))) {
                    ops::call(cx, &set_name, &[v.clone(), cls.clone(), k.clone()])?;
                }
            }
        }
    }
    let Some(t) = cls.as_type() else {
        return Ok(());
    };
    let hook = t.mro.iter().find_map(|c| {
        let h = c.namespace().and_then(|d| d.get_str("__init_subclass__"))?;
        Some((c, h))
    });
    let Some((owner, hook)) = hook else {
        return Ok(());
    };
    // `object.__init_subclass__()` does nothing (and scripts cannot replace it).
    if kwargs.is_empty() && owner.is(&types().object) {
        return Ok(());
    }
    let (values, kwnames) = split_kwargs(kwargs);
    let values = ops::prepend(cls, &values);
    match hook.payload() {
        Some(Payload::ClassMethod(f)) => {
            ops::call_kw(cx, f, &values, &kwnames)?;
        }
        Some(Payload::Function(_)) => {
            ops::call_kw(cx, &hook, &values, &kwnames)?;
        }
        _ => {}
    }
    Ok(())
}

// ---- class-level hooks ----------------------------------------------------------------
//
// These natives, installed in `object` and `type` at start-up, are the class-level
// protocols of `type` (every metaclass inherits them):
// - `object.__new__` (a staticmethod reaching the nearest builtin constructor, so
//   `super().__new__(cls)` and `tuple.__new__(cls, items)` work in a Python `__new__`);
// - `object.__init_subclass__` (does nothing, so hooks can call `super()`'s) and
//   `object.__subclasshook__` (NotImplemented);
// - `type.__new__`, `__init__`, `__call__`, `__prepare__`, `__instancecheck__`,
//   `__subclasscheck__`: what a metaclass reaches through `super()`;
// - (not a method: `ops::getitem` calls [`class_getitem`] for `cls[key]`, so `type`
//   has no `__getitem__`, as in CPython, and `iter(cls)` fails as it should);
// - `type.__bool__`: classes are true.
// - `type.__annotations__` and `module.__annotations__`: a class or module without
//   annotations gets an empty dict on first use (CPython 3.10+).

/// Installs the class-level hooks described above (idempotent).
pub fn install_type_hooks() {
    let t = types();
    let stat = |name: &'static str, f: crate::object::NativeFn| {
        Value::new_obj(
            t.staticmethod.clone(),
            Payload::StaticMethod(Value::native_fn(name, f)),
        )
    };
    let cm = |name: &'static str, f: crate::object::NativeFn| {
        Value::new_obj(
            t.classmethod.clone(),
            Payload::ClassMethod(Value::native_fn(name, f)),
        )
    };
    t.object
        .set_attr_str("__new__", stat("__new__", object_dunder_new));
    t.object.set_attr_str(
        "__init_subclass__",
        cm("__init_subclass__", init_subclass_noop),
    );
    t.object.set_attr_str(
        "__subclasshook__",
        cm("__subclasshook__", subclasshook_default),
    );
    t.type_
        .set_attr_str("__new__", stat("__new__", type_dunder_new));
    t.type_
        .set_attr_str("__prepare__", cm("__prepare__", type_dunder_prepare));
    for (name, f) in [
        ("__init__", type_dunder_init as crate::object::NativeFn),
        ("__call__", type_dunder_call),
        ("__instancecheck__", type_instancecheck),
        ("__subclasscheck__", type_subclasscheck),
        ("__bool__", type_bool),
        ("__or__", union_or),
        ("__ror__", union_ror),
    ] {
        t.type_
            .set_attr_str(name, Value::native_method("type", name, f));
    }
    let prop = |get: crate::object::NativeFn, set: crate::object::NativeFn| {
        Value::new_obj(
            t.property.clone(),
            Payload::Property(Box::new(crate::object::PropertyObj {
                fget: Value::native_fn("__annotations__", get),
                fset: Value::native_fn("__annotations__", set),
                fdel: Value::NULL,
                doc: Value::NONE,
            })),
        )
    };
    // Reached for a class only when no class of its MRO has `__annotations__` (class
    // attributes come first: a subclass without annotations shows its base's, as before
    // CPython 3.10).
    t.type_.set_attr_str(
        "__annotations__",
        prop(type_annotations, type_set_annotations),
    );
    t.module.set_attr_str(
        "__annotations__",
        prop(module_annotations, module_set_annotations),
    );
}

/// The `__annotations__` entry of a namespace dict, made empty on first use.
fn annotations_in(ns: &Value) -> Value {
    match as_dict(ns) {
        Some(d) => match d.get_str("__annotations__") {
            Some(a) => a,
            None => {
                let a = Value::dict();
                d.set_str("__annotations__", a.clone());
                a
            }
        },
        None => Value::NONE,
    }
}

fn type_annotations(_cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::NONE);
    match cls.as_type() {
        Some(t) if !t.builtin => Ok(annotations_in(&t.dict)),
        _ => Err(crate::error::attribute_error(format!(
            "type object '{}' has no attribute '__annotations__'",
            type_name_of(&cls)
        ))),
    }
}

fn type_set_annotations(_cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let (Some(cls), Some(v)) = (args.values.first(), args.values.get(1)) else {
        return Ok(Value::NONE);
    };
    match cls.as_type() {
        Some(t) if !t.builtin => {
            if let Some(d) = as_dict(&t.dict) {
                d.set_str("__annotations__", v.clone());
            }
            Ok(Value::NONE)
        }
        _ => Err(type_error(format!(
            "cannot set '__annotations__' attribute of immutable type '{}'",
            type_name_of(cls)
        ))),
    }
}

fn module_annotations(_cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let m = args.values.first().cloned().unwrap_or(Value::NONE);
    match m.payload() {
        Some(Payload::Module(md)) => Ok(annotations_in(&md.dict)),
        _ => Ok(Value::NONE),
    }
}

fn module_set_annotations(_cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    if let (Some(Payload::Module(md)), Some(v)) = (
        args.values.first().and_then(|m| m.payload()),
        args.values.get(1),
    ) {
        if let Some(d) = as_dict(&md.dict) {
            d.set_str("__annotations__", v.clone());
        }
    }
    Ok(Value::NONE)
}

fn object_dunder_new(cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let Some(cls) = args.values.first().filter(|c| c.is_type()) else {
        return Err(type_error(match args.values.first() {
            Some(v) => format!(
                "object.__new__(X): X is not a type object ({})",
                v.type_name()
            ),
            None => "object.__new__(): not enough arguments".to_string(),
        }));
    };
    let Some(ctor) = types::find_ctor(cls) else {
        return Err(type_error(format!(
            "cannot create '{}' instances",
            cls.as_type().map_or("?", |t| t.tp_name())
        )));
    };
    ctor(cx, args)
}

/// `object.__subclasshook__(cls, sub)`: NotImplemented (no opinion; `abc` asks it).
fn subclasshook_default(_cx: &mut Ctx, _args: &crate::args::Args) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

fn init_subclass_noop(_cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        let cls = args.values.first().map_or("?".into(), type_name_of);
        return Err(type_error(format!(
            "{cls}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::NONE)
}

/// Calls the classmethod `hook` of `cls` with `extra` arguments; `None` if not defined.
fn call_class_hook(
    cx: &mut Ctx,
    cls: &Value,
    hook: &str,
    extra: &[Value],
) -> PyResult<Option<Value>> {
    let Some(h) = types::lookup(cls, hook) else {
        return Ok(None);
    };
    match ops::bind(cx, &h, cls, cls)? {
        ops::Bound::Method(f) => ops::call(cx, &f, &ops::prepend(cls, extra)).map(Some),
        ops::Bound::Value(f) => ops::call(cx, &f, extra).map(Some),
    }
}

fn hook_args(args: &crate::args::Args, n: usize, name: &str) -> PyResult<Value> {
    if args.values.len() != n + 1 || !args.kwnames.is_empty() {
        return Err(type_error(format!("type.{name}() takes {n} argument(s)")));
    }
    Ok(args.values[0].clone())
}

fn type_name_of(cls: &Value) -> String {
    cls.as_type()
        .map_or("?".into(), |t| t.tp_name().to_string())
}

/// The builtin classes whose subscription gives a `GenericAlias`.
const GENERIC_BUILTINS: &[&str] = &[
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "type",
    "enumerate",
];

/// `cls[key]` for a class whose metaclass has no `__getitem__`: CPython's special case in
/// `PyObject_GetItem`, `cls.__class_getitem__(key)`; `list[int]` and the other builtin
/// containers give a `types.GenericAlias`.
pub fn class_getitem(cx: &mut Ctx, cls: &Value, key: &Value) -> PyResult<Value> {
    if let Some(v) = call_class_hook(cx, cls, "__class_getitem__", std::slice::from_ref(key))? {
        return Ok(v);
    }
    match cls.as_type() {
        Some(t) if t.builtin && GENERIC_BUILTINS.contains(&t.name.as_str()) => {
            Ok(generic_alias(cls, key.clone()))
        }
        _ => Err(type_error(format!(
            "type '{}' is not subscriptable",
            type_name_of(cls)
        ))),
    }
}

fn type_bool(_cx: &mut Ctx, _args: &crate::args::Args) -> PyResult<Value> {
    Ok(Value::TRUE)
}

pub(crate) fn generic_alias_class() -> &'static Value {
    static CLASS: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    CLASS.get_or_init(|| {
        crate::builtins::native_class(
            "GenericAlias",
            "types",
            Some(generic_alias_new),
            &[
                ("__repr__", generic_alias_repr),
                ("__call__", generic_alias_call),
                ("__or__", union_or),
                ("__ror__", union_ror),
            ],
        )
    })
}

/// `types.GenericAlias(origin, args)` (what `__class_getitem__ = classmethod(GenericAlias)`
/// calls).
fn generic_alias_new(_cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(type_error("GenericAlias() takes no keyword arguments"));
    }
    match args.values {
        [_, origin, key] => Ok(generic_alias(origin, key.clone())),
        _ => Err(type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            args.values.len().saturating_sub(1)
        ))),
    }
}

/// `list[int]`: an instance of `types.GenericAlias` with `__origin__` and `__args__`.
fn generic_alias(origin: &Value, key: Value) -> Value {
    let cls = generic_alias_class();
    let args = match key.as_tuple() {
        Some(_) => key,
        None => Value::tuple(vec![key]),
    };
    let dict = Value::dict();
    if let Some(d) = as_dict(&dict) {
        d.set_str("__origin__", origin.clone());
        d.set_str("__args__", args);
    }
    Value::new_obj(
        cls.clone(),
        Payload::Instance(crate::object::InstanceObj::with_dict(dict)),
    )
}

fn alias_part(cx: &mut Ctx, v: &Value) -> PyResult<String> {
    if let Some(t) = v.as_type() {
        return Ok(if t.module == "builtins" {
            t.qualname.clone()
        } else {
            format!("{}.{}", t.module, t.qualname)
        });
    }
    if v.is(&Value::ELLIPSIS) {
        return Ok("...".into());
    }
    ops::repr(cx, v)
}

fn generic_alias_repr(cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let this = hook_args(args, 0, "__repr__")?;
    let origin = ops::getattr(cx, &this, "__origin__")?;
    let items = ops::getattr(cx, &this, "__args__")?;
    let mut parts = Vec::new();
    for a in items.as_tuple().unwrap_or(&[]) {
        parts.push(alias_part(cx, a)?);
    }
    Ok(Value::string(format!(
        "{}[{}]",
        alias_part(cx, &origin)?,
        parts.join(", ")
    )))
}

fn generic_alias_call(cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let Some(this) = args.values.first() else {
        return Err(type_error("GenericAlias.__call__ needs self"));
    };
    let origin = ops::getattr(cx, this, "__origin__")?;
    ops::call_kw(cx, &origin, &args.values[1..], args.kwnames)
}

// ---- `int | str`: types.UnionType ------------------------------------------------------

fn union_class() -> &'static Value {
    static CLASS: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    CLASS.get_or_init(|| {
        crate::builtins::native_class(
            "UnionType",
            "types",
            None,
            &[
                ("__repr__", union_repr),
                ("__eq__", union_eq),
                ("__hash__", union_hash),
                ("__or__", union_or),
                ("__ror__", union_ror),
            ],
        )
    })
}

/// The members of `int | str` (its `__args__`), or None when `v` is not a union.
pub fn union_args(v: &Value) -> Option<Vec<Value>> {
    if !v.class().is(union_class()) {
        return None;
    }
    let args = v.namespace()?.get_str("__args__")?;
    Some(args.as_tuple()?.to_vec())
}

/// What `|` may join into a union (CPython's `is_unionable`): None, a class, a
/// `GenericAlias` or a union.
fn unionable(v: &Value) -> bool {
    v.is_none() || v.is_type() || v.class().is(generic_alias_class()) || v.class().is(union_class())
}

/// `a | b` for classes: a `types.UnionType` of both sides' members, flattened and without
/// repeats (`None` stands for `NoneType`); a single member is returned as is.
fn make_union(a: &Value, b: &Value) -> Value {
    if !unionable(a) || !unionable(b) {
        return Value::NOT_IMPLEMENTED;
    }
    let mut members: Vec<Value> = Vec::new();
    for side in [a, b] {
        let parts = union_args(side).unwrap_or_else(|| vec![side.clone()]);
        for p in parts {
            let p = if p.is_none() {
                types().none_type.clone()
            } else {
                p
            };
            if !members.iter().any(|m| m.is(&p)) {
                members.push(p);
            }
        }
    }
    if members.len() == 1 {
        return members.pop().unwrap_or(Value::NONE);
    }
    let dict = Value::dict();
    if let Some(d) = as_dict(&dict) {
        d.set_str("__args__", Value::tuple(members));
    }
    Value::new_obj(
        union_class().clone(),
        Payload::Instance(crate::object::InstanceObj::with_dict(dict)),
    )
}

fn union_or(_cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let this = hook_args(args, 1, "__or__")?;
    Ok(make_union(&this, &args.values[1]))
}

fn union_ror(_cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let this = hook_args(args, 1, "__ror__")?;
    Ok(make_union(&args.values[1], &this))
}

fn union_repr(cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let this = hook_args(args, 0, "__repr__")?;
    let mut parts = Vec::new();
    for a in union_args(&this).unwrap_or_default() {
        if a.is(&types().none_type) {
            parts.push("None".to_string());
        } else {
            parts.push(alias_part(cx, &a)?);
        }
    }
    Ok(Value::string(parts.join(" | ")))
}

/// Unions are equal when they have the same members, in any order.
fn union_eq(cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let this = hook_args(args, 1, "__eq__")?;
    let (Some(a), Some(b)) = (union_args(&this), union_args(&args.values[1])) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    for (x, y) in [(&a, &b), (&b, &a)] {
        for m in x {
            let mut found = false;
            for n in y {
                if ops::eq(cx, m, n)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(Value::FALSE);
            }
        }
    }
    Ok(Value::TRUE)
}

/// Independent of the members' order, as `hash(frozenset(__args__))`.
fn union_hash(cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let this = hook_args(args, 0, "__hash__")?;
    let mut h: i64 = 0x5eed;
    for a in union_args(&this).unwrap_or_default() {
        h ^= ops::hash(cx, &a)?;
    }
    Ok(Value::int(if h == -1 { -2 } else { h }))
}
