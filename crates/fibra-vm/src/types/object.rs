//! `object`, `type`, `super`, `property`, `staticmethod`, `classmethod`, and the reprs of
//! functions, methods, builtins, modules and the singletons.

use super::{add_methods, set_ctor, BuiltinTypes};
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, PyResult};
use crate::object::{InstanceObj, Payload, PropertyObj, SuperObj};
use crate::ops;
use crate::types::{self, types};
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.object, object_new);
    add_methods(
        &t.object,
        "object",
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__format__", object_format),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__getattribute__", object_getattribute),
        ],
    );
    set_ctor(&t.type_, crate::interp::class::type_ctor);
    add_methods(
        &t.type_,
        "type",
        &[("__repr__", type_repr), ("mro", type_mro)],
    );
    set_ctor(&t.super_, super_new);
    add_methods(&t.super_, "super", &[("__repr__", super_repr)]);
    set_ctor(&t.property, property_new);
    add_methods(
        &t.property,
        "property",
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__get__", property_get),
        ],
    );
    set_ctor(&t.staticmethod, staticmethod_new);
    set_ctor(&t.classmethod, classmethod_new);
    add_methods(&t.function, "function", &[("__repr__", function_repr)]);
    set_ctor(&t.method, method_new);
    add_methods(&t.method, "method", &[("__repr__", method_repr)]);
    add_methods(
        &t.builtin_function,
        "builtin_function_or_method",
        &[("__repr__", builtin_repr)],
    );
    set_ctor(&t.module, module_new);
    add_methods(&t.module, "module", &[("__repr__", module_repr)]);
    add_methods(&t.none_type, "NoneType", &[("__repr__", none_repr)]);
    add_methods(
        &t.not_implemented_type,
        "NotImplementedType",
        &[("__repr__", not_implemented_repr)],
    );
    add_methods(&t.ellipsis_type, "ellipsis", &[("__repr__", ellipsis_repr)]);
    add_methods(&t.cell, "cell", &[("__repr__", cell_repr)]);
    add_methods(&t.code, "code", &[("__repr__", code_repr)]);
}

fn this(args: &Args) -> Value {
    args.values.first().cloned().unwrap_or(Value::NONE)
}

/// `<__main__.A object at 0x...>`-style class path (module omitted for builtins).
pub fn class_path(cls: &Value) -> String {
    match cls.as_type() {
        Some(t) if t.module == "builtins" => t.qualname.clone(),
        Some(t) => format!("{}.{}", t.module, t.qualname),
        None => "?".into(),
    }
}

/// The address shown in default reprs.
pub fn addr(v: &Value) -> String {
    format!("{:#x}", v.raw())
}

// ---- object --------------------------------------------------------------------------

fn object_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let cls = this(args);
    // Only a class with a metaclass of its own (`abc.ABCMeta`) can be abstract here:
    // plain classes pay one comparison.
    if !cls.class().is(&types().type_) {
        check_not_abstract(cx, &cls)?;
    }
    if args.values.len() > 1 {
        let init = types::lookup(&cls, "__init__");
        let own_init = init
            .as_ref()
            .is_some_and(|i| types::lookup(&types().object, "__init__").is_some_and(|o| o.is(i)));
        if own_init {
            return Err(type_error(format!(
                "{}() takes no arguments",
                cls.as_type().map_or("object", |t| t.tp_name())
            )));
        }
    }
    let inst = match cls.as_type() {
        Some(t) if !t.builtin => InstanceObj::new(&t.layout),
        _ => InstanceObj::with_dict(Value::dict()),
    };
    Ok(Value::new_obj(cls, Payload::Instance(inst)))
}

/// CPython's `object.__new__` refuses a class whose `__abstractmethods__` is not empty:
/// "Can't instantiate abstract class Shape with abstract methods area, sides".
fn check_not_abstract(cx: &mut Ctx, cls: &Value) -> PyResult<()> {
    let Some(abstracts) = types::lookup(cls, "__abstractmethods__") else {
        return Ok(());
    };
    if !ops::truthy(cx, &abstracts)? {
        return Ok(());
    }
    let mut names = Vec::new();
    for name in ops::to_vec(cx, &abstracts)? {
        names.push(ops::str(cx, &name)?);
    }
    names.sort();
    Err(type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        cls.as_type().map_or("?", |t| t.tp_name()),
        if names.len() > 1 { "s" } else { "" },
        names.join(", ")
    )))
}

fn object_init(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if args.values.len() > 1 {
        return Err(type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(Value::NONE)
}

fn object_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    Ok(Value::string(format!(
        "<{} object at {}>",
        class_path(s.class()),
        addr(&s)
    )))
}

fn object_str(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    Ok(Value::string(ops::repr(cx, &s)?))
}

fn object_eq(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__eq__", 2, 2)?;
    Ok(if a[0].is(&a[1]) {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

fn object_ne(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__ne__", 2, 2)?;
    match ops::call_special(cx, &a[0], "__eq__", std::slice::from_ref(&a[1]))? {
        Some(r) if r.is(&Value::NOT_IMPLEMENTED) => Ok(r),
        Some(r) => Ok(Value::bool(!ops::truthy(cx, &r)?)),
        None => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn object_hash(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    Ok(Value::int((s.raw() >> 4) as i64))
}

fn object_format(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__format__", 2, 2)?;
    let spec = a[1].as_str().ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            a[1].type_name()
        ))
    })?;
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            a[0].type_name()
        )));
    }
    ops::str_value(cx, &a[0])
}

/// CPython's message for a non-str attribute name.
fn attr_name_error(name: &Value) -> crate::error::Exc {
    type_error(format!(
        "attribute name must be string, not '{}'",
        name.type_name()
    ))
}

fn object_setattr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__setattr__", 3, 3)?;
    let name = a[1].as_str().ok_or_else(|| attr_name_error(&a[1]))?;
    crate::interp::attr::generic_set_attr(cx, &a[0], name, a[2].clone())?;
    Ok(Value::NONE)
}

fn object_delattr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__delattr__", 2, 2)?;
    let name = a[1].as_str().ok_or_else(|| attr_name_error(&a[1]))?;
    crate::interp::attr::generic_del_attr(cx, &a[0], name)?;
    Ok(Value::NONE)
}

fn object_getattribute(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__getattribute__", 2, 2)?;
    let name = a[1].as_str().ok_or_else(|| attr_name_error(&a[1]))?;
    crate::interp::attr::generic_get_attr(cx, &a[0], name, false)
}

// ---- type ----------------------------------------------------------------------------

fn type_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    Ok(Value::string(format!("<class '{}'>", class_path(&s))))
}

fn type_mro(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let t = s
        .as_type()
        .ok_or_else(|| type_error("mro() needs a type"))?;
    Ok(Value::list(t.mro_with(&s).cloned().collect()))
}

// ---- super -----------------------------------------------------------------------------

fn super_new(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("super", 1, 3)?;
    if a.len() != 3 {
        return Err(crate::error::runtime_error("super(): no arguments"));
    }
    let ty = &a[1];
    let obj = &a[2];
    if !ty.is_type() {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            ty.type_name()
        )));
    }
    let ok = types::is_instance(obj, ty) || (obj.is_type() && types::is_subclass(obj, ty));
    if !ok {
        return Err(type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    Ok(Value::new_obj(
        types().super_.clone(),
        Payload::Super(SuperObj {
            ty: ty.clone(),
            obj: obj.clone(),
        }),
    ))
}

fn super_repr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let Some(Payload::Super(sp)) = s.payload() else {
        return Ok(Value::str("<super>"));
    };
    let name = sp.ty.as_type().map_or("?", |t| t.tp_name()).to_string();
    let o = ops::repr(cx, &sp.obj)?;
    Ok(Value::string(format!(
        "<super: <class '{name}'>, <{} object>>",
        if o.is_empty() {
            "?"
        } else {
            sp.obj.type_name()
        }
    )))
}

// ---- property, staticmethod, classmethod ---------------------------------------------

fn prop_of(v: &Value) -> PyResult<&PropertyObj> {
    match v.payload() {
        Some(Payload::Property(p)) => Ok(p),
        _ => Err(type_error("descriptor requires a 'property' object")),
    }
}

fn make_property(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    Value::new_obj(
        types().property.clone(),
        Payload::Property(Box::new(PropertyObj {
            fget,
            fset,
            fdel,
            doc,
        })),
    )
}

fn property_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("property", &["fget", "fset", "fdel", "doc"])?;
    let pos = args.check_pos("property", 1, 5)?;
    let get = |i: usize, name: &str| {
        pos.get(i)
            .or_else(|| args.kwarg(name))
            .cloned()
            .unwrap_or(Value::NONE)
    };
    let fget = get(1, "fget");
    let mut doc = get(4, "doc");
    if doc.is_none() && !fget.is_none() {
        doc = ops::getattr_opt(cx, &fget, "__doc__")?.unwrap_or(Value::NONE);
    }
    Ok(make_property(fget, get(2, "fset"), get(3, "fdel"), doc))
}

fn property_getter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("getter", 2, 2)?;
    let p = prop_of(&a[0])?;
    Ok(make_property(
        a[1].clone(),
        p.fset.clone(),
        p.fdel.clone(),
        p.doc.clone(),
    ))
}

fn property_setter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("setter", 2, 2)?;
    let p = prop_of(&a[0])?;
    Ok(make_property(
        p.fget.clone(),
        a[1].clone(),
        p.fdel.clone(),
        p.doc.clone(),
    ))
}

fn property_deleter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("deleter", 2, 2)?;
    let p = prop_of(&a[0])?;
    Ok(make_property(
        p.fget.clone(),
        p.fset.clone(),
        a[1].clone(),
        p.doc.clone(),
    ))
}

fn property_get(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__get__", 2, 3)?;
    let p = prop_of(&a[0])?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    if p.fget.is_none() || p.fget.is_null() {
        return Err(crate::error::attribute_error("unreadable attribute"));
    }
    ops::call(cx, &p.fget, &a[1..2])
}

fn staticmethod_new(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("staticmethod", 2, 2)?;
    Ok(Value::new_obj(
        types().staticmethod.clone(),
        Payload::StaticMethod(a[1].clone()),
    ))
}

fn classmethod_new(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("classmethod", 2, 2)?;
    Ok(Value::new_obj(
        types().classmethod.clone(),
        Payload::ClassMethod(a[1].clone()),
    ))
}

// ---- reprs -------------------------------------------------------------------------------

fn function_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let q = match s.payload() {
        Some(Payload::Function(f)) => f.qualname.as_str().unwrap_or("?").to_string(),
        _ => "?".into(),
    };
    Ok(Value::string(format!("<function {q} at {}>", addr(&s))))
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn method_new(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("method", 3, 3)?;
    if !crate::builtins::functions::is_callable(&a[1]) {
        return Err(type_error("first argument must be callable"));
    }
    if a[2].is_none() {
        return Err(type_error("instance must not be None"));
    }
    Ok(ops::bound_method(&a[1], &a[2]))
}

/// `types.ModuleType(name, doc=None)`: a new, empty module.
fn module_new(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("module", 2, 3)?;
    let Some(name) = a[1].as_str() else {
        return Err(type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            a[1].type_name()
        )));
    };
    let m = Value::module(name);
    m.set_attr_str("__doc__", a.get(2).cloned().unwrap_or(Value::NONE));
    m.set_attr_str("__package__", Value::NONE);
    m.set_attr_str("__loader__", Value::NONE);
    m.set_attr_str("__spec__", Value::NONE);
    Ok(m)
}

fn method_repr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let Some(Payload::BoundMethod(bm)) = s.payload() else {
        return Ok(Value::str("<method>"));
    };
    let q = match bm.func.payload() {
        Some(Payload::Function(f)) => f.qualname.as_str().unwrap_or("?").to_string(),
        _ => ops::getattr(cx, &bm.func, "__qualname__")
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_else(|| "?".into()),
    };
    let r = ops::repr(cx, &bm.self_)?;
    Ok(Value::string(format!("<bound method {q} of {r}>")))
}

fn builtin_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let Some(Payload::NativeFunction(nf)) = s.payload() else {
        return Ok(Value::str("<built-in function>"));
    };
    if nf.self_.is_null() {
        if nf.owner.is_empty() {
            Ok(Value::string(format!("<built-in function {}>", nf.name)))
        } else {
            Ok(Value::string(format!(
                "<method '{}' of '{}' objects>",
                nf.name, nf.owner
            )))
        }
    } else if nf
        .self_
        .payload()
        .is_some_and(|p| matches!(p, Payload::Module(_)))
    {
        Ok(Value::string(format!("<built-in function {}>", nf.name)))
    } else {
        Ok(Value::string(format!(
            "<built-in method {} of {} object at {}>",
            nf.name,
            nf.self_.type_name(),
            addr(&nf.self_)
        )))
    }
}

fn module_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let Some(Payload::Module(m)) = s.payload() else {
        return Ok(Value::str("<module>"));
    };
    let file = s.namespace().and_then(|ns| ns.get_str("__file__"));
    // A module made by `types.ModuleType(name)` has a `__loader__` of None and no file.
    let made = s
        .namespace()
        .and_then(|ns| ns.get_str("__loader__"))
        .is_some_and(|l| l.is_none());
    Ok(Value::string(
        match file.as_ref().and_then(|f| f.as_str()) {
            Some(f) => format!("<module '{}' from '{}'>", m.name, f),
            None if made => format!("<module '{}'>", m.name),
            None => format!("<module '{}' (built-in)>", m.name),
        },
    ))
}

fn none_repr(_cx: &mut Ctx, _args: &Args) -> PyResult<Value> {
    Ok(Value::str("None"))
}
fn not_implemented_repr(_cx: &mut Ctx, _args: &Args) -> PyResult<Value> {
    Ok(Value::str("NotImplemented"))
}
fn ellipsis_repr(_cx: &mut Ctx, _args: &Args) -> PyResult<Value> {
    Ok(Value::str("Ellipsis"))
}
fn cell_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::string(format!("<cell at {}>", addr(&this(args)))))
}
fn code_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let Some(Payload::Code(c)) = s.payload() else {
        return Ok(Value::str("<code object ?>"));
    };
    Ok(Value::string(format!(
        "<code object {} at {}, file \"{}\", line {}>",
        c.obj.name,
        addr(&s),
        c.obj.filename,
        c.obj.first_line
    )))
}
