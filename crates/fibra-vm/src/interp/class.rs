//! Class creation: `BuildClass` (running the class body with a namespace dict as its
//! locals) and the 3-argument `type(name, bases, dict)`.

use crate::ctx::Ctx;
use crate::error::{type_error, PyResult};
use crate::interp::call::{make_frame, run_function_frame};
use crate::interp::eval::as_dict;
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

/// Checks the bases of a new class and returns the single base.
pub fn single_base(bases: &[Value]) -> PyResult<Value> {
    if bases.len() > 1 {
        return Err(type_error("multiple inheritance is not supported"));
    }
    let base = bases
        .first()
        .cloned()
        .unwrap_or_else(|| types().object.clone());
    let Some(bt) = base.as_type() else {
        return Err(type_error(format!(
            "bases must be types, not '{}'",
            base.type_name()
        )));
    };
    if bt.builtin && FINAL_TYPES.contains(&bt.name.as_str()) {
        return Err(type_error(format!(
            "type '{}' is not an acceptable base type",
            bt.tp_name()
        )));
    }
    Ok(base)
}

/// Creates a class object from its parts. `dict` becomes the class namespace.
pub fn new_class(name: &str, qualname: &str, module: &str, base: Value, dict: Value) -> Value {
    let mut mro = vec![base.clone()];
    if let Some(bt) = base.as_type() {
        mro.extend(bt.mro.iter().cloned());
    }
    if let Some(d) = as_dict(&dict) {
        if d.get_str("__eq__").is_some() && d.get_str("__hash__").is_none() {
            d.set_str("__hash__", Value::NONE);
        }
    }
    Value::new_obj(
        types().type_.clone(),
        Payload::Type(Box::new(TypeObj {
            name: name.to_string(),
            qualname: qualname.to_string(),
            module: module.to_string(),
            base: Some(base),
            mro,
            dict,
            ctor: None,
            builtin: false,
            tp_name: None,
            versions: Default::default(),
        })),
    )
}

/// `BuildClass`: runs the class body and creates the class. `kwargs` (a dict), from
/// `class C(Base, key=value)`, goes to the parent's `__init_subclass__`.
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
    let kwargs = kwargs
        .and_then(as_dict)
        .map(|d| d.items())
        .unwrap_or_default();
    if kwargs.iter().any(|(k, _)| k.as_str() == Some("metaclass")) {
        return Err(type_error("metaclasses are not supported"));
    }
    let name = name.as_str().unwrap_or("?").to_string();
    let resolved = resolve_mro_entries(cx, bases)?;
    let base = single_base(resolved.as_deref().unwrap_or(bases))?;
    let ns = Value::dict();
    let mut frame = make_frame(cx, func, &[], &[])?;
    frame.locals = ns.clone();
    run_function_frame(cx, frame)?;
    let d = as_dict(&ns).ok_or_else(|| type_error("class namespace"))?;
    if resolved.is_some() {
        d.set_str("__orig_bases__", Value::tuple(bases.to_vec()));
    }
    let module = as_dict(&func.globals)
        .and_then(|g| g.get_str("__name__"))
        .and_then(|n| n.as_str().map(str::to_string))
        // No `__name__` in the globals (`exec(src, {})`): CPython's class module is
        // then `builtins`.
        .unwrap_or_else(|| "builtins".to_string());
    let qualname = d
        .remove_str("__qualname__")
        .and_then(|q| q.as_str().map(str::to_string))
        .unwrap_or_else(|| name.clone());
    let cell = d.remove_str("__classcell__");
    implicit_wrappers(d);
    let cls = new_class(&name, &qualname, &module, base, ns.clone());
    if let Some(Payload::Cell(c)) = cell.as_ref().and_then(|c| c.payload()) {
        c.set(cls.clone());
    }
    finish_class(cx, &cls, &ns, &kwargs)?;
    Ok(cls)
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
/// define it, then the parent's `__init_subclass__()` (as CPython's `type.__new__`).
fn finish_class(cx: &mut Ctx, cls: &Value, ns: &Value, kwargs: &[(Value, Value)]) -> PyResult<()> {
    if let Some(d) = as_dict(ns) {
        for (k, v) in d.items() {
            if let Some(set_name) = types::lookup(v.class(), "__set_name__") {
                if matches!(set_name.payload(), Some(Payload::Function(_))) {
                    ops::call(cx, &set_name, &[v.clone(), cls.clone(), k.clone()])?;
                }
            }
        }
    }
    let Some(parent) = cls.as_type().and_then(|t| t.base.clone()) else {
        return Ok(());
    };
    let mut values = vec![cls.clone()];
    let mut kwnames = Vec::with_capacity(kwargs.len());
    for (k, v) in kwargs {
        kwnames.push(k.clone());
        values.push(v.clone());
    }
    if let Some(hook) = types::lookup(&parent, "__init_subclass__") {
        match hook.payload() {
            Some(Payload::ClassMethod(f)) => {
                ops::call_kw(cx, f, &values, &kwnames)?;
            }
            Some(Payload::Function(_)) => {
                ops::call_kw(cx, &hook, &values, &kwnames)?;
            }
            _ => {}
        }
    }
    Ok(())
}

// ---- class-level hooks ----------------------------------------------------------------
//
// Fibra has no metaclasses. These natives, installed in `object` and `type` at start-up,
// give the few class-level protocols the standard library needs:
// - `object.__new__` (a staticmethod reaching the nearest builtin constructor, so
//   `super().__new__(cls)` and `tuple.__new__(cls, items)` work in a Python `__new__`);
// - `object.__init_subclass__` (does nothing, so hooks can call `super()`'s);
// - `type.__getitem__`: `cls[key]` calls `cls.__class_getitem__(key)`; `list[int]` and the
//   other builtin containers give a `types.GenericAlias` (repr `list[int]`);
// - `type.__iter__`, `__len__`, `__contains__`: delegate to the classmethods
//   `__class_iter__`, `__class_len__`, `__class_contains__` when the class defines them
//   (what `enum` uses in place of a metaclass), raising CPython's errors otherwise;
// - `type.__bool__`: classes are true;
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
    for (name, f) in [
        ("__getitem__", type_getitem as crate::object::NativeFn),
        ("__iter__", type_iter),
        ("__len__", type_len),
        ("__contains__", type_contains),
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

fn type_getitem(cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let cls = hook_args(args, 1, "__getitem__")?;
    let key = args.values[1].clone();
    if let Some(v) = call_class_hook(cx, &cls, "__class_getitem__", std::slice::from_ref(&key))? {
        return Ok(v);
    }
    match cls.as_type() {
        Some(t) if t.builtin && GENERIC_BUILTINS.contains(&t.name.as_str()) => {
            Ok(generic_alias(&cls, key))
        }
        _ => Err(type_error(format!(
            "type '{}' is not subscriptable",
            type_name_of(&cls)
        ))),
    }
}

fn type_iter(cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let cls = hook_args(args, 0, "__iter__")?;
    match call_class_hook(cx, &cls, "__class_iter__", &[])? {
        Some(it) => ops::iter(cx, &it),
        None => Err(type_error("'type' object is not iterable")),
    }
}

fn type_len(cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let cls = hook_args(args, 0, "__len__")?;
    match call_class_hook(cx, &cls, "__class_len__", &[])? {
        Some(n) => Ok(n),
        None => Err(type_error("object of type 'type' has no len()")),
    }
}

fn type_contains(cx: &mut Ctx, args: &crate::args::Args) -> PyResult<Value> {
    let cls = hook_args(args, 1, "__contains__")?;
    let item = args.values[1].clone();
    match call_class_hook(cx, &cls, "__class_contains__", &[item])? {
        Some(r) => Ok(r),
        None => Err(type_error("argument of type 'type' is not iterable")),
    }
}

fn type_bool(_cx: &mut Ctx, _args: &crate::args::Args) -> PyResult<Value> {
    Ok(Value::TRUE)
}

fn generic_alias_class() -> &'static Value {
    static CLASS: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    CLASS.get_or_init(|| {
        crate::builtins::native_class(
            "GenericAlias",
            "types",
            None,
            &[
                ("__repr__", generic_alias_repr),
                ("__call__", generic_alias_call),
                ("__or__", union_or),
                ("__ror__", union_ror),
            ],
        )
    })
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
        Payload::Instance(crate::object::InstanceObj { dict }),
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
        Payload::Instance(crate::object::InstanceObj { dict }),
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
