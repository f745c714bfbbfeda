//! Host functions, host modules and host types: Rust code that scripts call.
//!
//! A host function is an object of type `builtin_function_or_method`-like class
//! `host_function` whose `__call__` runs a boxed Rust closure; typed closures (arity 0-4,
//! arguments converted with [`FromPy`], result with [`IntoPy`]) are adapted by
//! [`IntoHostFn`]. A panic inside the closure is caught and raised as `RuntimeError`.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::fmt::{self, Display};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, OnceLock};

use parking_lot::RwLock;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, Exc, PyResult};
use crate::object::{NativeObject, Payload, PropertyObj};
use crate::types::types;
use crate::value::Value;

use super::convert::{ConversionError, FromPy, IntoPy};
use super::limits::VmLimits;

/// A type-erased host callable: receives the call's arguments (for methods, `self` first).
pub type RawHostFn = dyn Fn(&mut Ctx, &Args) -> PyResult<Value> + Send + Sync;

/// Where `print` and `sys.stdout` writes go.
pub type OutputHook = Arc<dyn Fn(&str) + Send + Sync>;

/// Per-VM embedding state: a field of [`crate::Vm`].
#[derive(Default)]
pub struct VmHost {
    /// `print` / `sys.stdout.write` go here instead of the process stdout when set.
    pub(crate) stdout: OnceLock<OutputHook>,
    /// `print(..., file=sys.stderr)` / `sys.stderr.write` go here when set.
    pub(crate) stderr: OnceLock<OutputHook>,
    /// Modules registered by the host, by name (built module objects).
    pub(crate) modules: RwLock<HashMap<String, Value>>,
    /// Module names that cannot be imported (the sandbox).
    pub(crate) blocked: OnceLock<Vec<String>>,
    /// Classes of registered host types, by Rust type.
    pub(crate) classes: RwLock<HashMap<TypeId, Value>>,
    /// Operation, interrupt and memory limits.
    pub(crate) limits: VmLimits,
}

impl VmHost {
    /// The stdout hook, if the host installed one.
    #[inline]
    pub fn stdout_hook(&self) -> Option<&OutputHook> {
        self.stdout.get()
    }

    /// The stderr hook, if the host installed one.
    #[inline]
    pub fn stderr_hook(&self) -> Option<&OutputHook> {
        self.stderr.get()
    }

    /// Whether the sandbox forbids importing `name` (or its parent package).
    pub fn is_blocked(&self, name: &str) -> bool {
        let Some(b) = self.blocked.get() else {
            return false;
        };
        b.iter().any(|m| {
            name == m || (name.starts_with(m.as_str()) && name[m.len()..].starts_with('.'))
        })
    }

    /// A module the host registered under `name`.
    pub fn find_module(&self, name: &str) -> Option<Value> {
        self.modules.read().get(name).cloned()
    }
}

// ---- host errors --------------------------------------------------------------------------

/// An error a host function returns to choose the script exception it raises.
///
/// Any other error type `E: Display` becomes `RuntimeError(str(e))`; a `HostError` names
/// the builtin exception class (`"ValueError"`, `"KeyError"`, ...).
///
/// ```
/// use fibra_vm::embed::{HostError, Interpreter};
/// let py = Interpreter::new();
/// py.set_function("parse", |s: String| {
///     s.parse::<i64>().map_err(|e| HostError::new("ValueError", e.to_string()))
/// }).unwrap();
/// let m = py
///     .exec("try:\n    parse('x')\nexcept ValueError as e:\n    r = 'caught ' + str(e)\n", "m")
///     .unwrap();
/// let r: String = m.get("r").unwrap();
/// assert!(r.starts_with("caught invalid digit"));
/// ```
#[derive(Clone, Debug)]
pub struct HostError {
    /// The builtin exception class name (`"RuntimeError"`, `"ValueError"`, ...).
    pub exception: String,
    /// The exception message.
    pub message: String,
}

impl HostError {
    /// An error raised in the script as `exception(message)` (an unknown class name
    /// falls back to `RuntimeError`).
    pub fn new(exception: impl Into<String>, message: impl Into<String>) -> HostError {
        HostError {
            exception: exception.into(),
            message: message.into(),
        }
    }
}

impl Display for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exception, self.message)
    }
}

impl std::error::Error for HostError {}

fn builtin_exception_class(cx: &Ctx, name: &str) -> Value {
    let ty = cx
        .vm
        .builtins_dict
        .payload()
        .and_then(|p| match p {
            Payload::Dict(d) => d.get_str(name),
            _ => None,
        })
        .filter(|c| crate::types::is_subclass(c, &types().base_exception));
    ty.unwrap_or_else(|| types().runtime_error.clone())
}

/// Turns a host function's error into the script exception it raises.
fn host_error_to_exc<E: Display + 'static>(cx: &Ctx, e: E) -> Exc {
    let any: &dyn Any = &e;
    if let Some(h) = any.downcast_ref::<HostError>() {
        return Exc::new(
            &builtin_exception_class(cx, &h.exception),
            h.message.clone(),
        );
    }
    if let Some(super::Error::Exception(s)) = any.downcast_ref::<super::Error>() {
        return Exc(s.exception.value().clone());
    }
    Exc::new(&types().runtime_error, e.to_string())
}

fn conversion_to_exc(fname: &str, i: usize, e: ConversionError) -> Exc {
    type_error(format!("{fname}() argument {}: {e}", i + 1))
}

// ---- the host_function type ----------------------------------------------------------------

/// A host callable; `self_` (when not NULL) is prepended to the arguments (a bound method).
pub(crate) struct HostFnObj {
    name: String,
    f: Arc<RawHostFn>,
    self_: Value,
}

impl NativeObject for HostFnObj {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn host_fn_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::types::new_native_type(
            "host_function",
            "builtins",
            &[("__call__", host_fn_call), ("__repr__", host_fn_repr)],
        );
        if let Some(o) = t.as_obj() {
            o.make_immortal();
        }
        t
    })
}

fn host_fn_call(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let Some(this) = args.values.first() else {
        return Err(type_error("host_function.__call__ needs self"));
    };
    let Some(h) = this.downcast_native::<HostFnObj>() else {
        return Err(type_error("not a host function"));
    };
    let rest = &args.values[1..];
    let run = |cx: &mut Ctx| {
        if h.self_.is_null() {
            (h.f)(cx, &Args::new(rest, args.kwnames))
        } else {
            let v = crate::ops::prepend(&h.self_, rest);
            (h.f)(cx, &Args::new(&v, args.kwnames))
        }
    };
    match catch_unwind(AssertUnwindSafe(|| run(cx))) {
        Ok(r) => r,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            Err(Exc::new(
                &types().runtime_error,
                format!("host function '{}' panicked: {msg}", h.name),
            ))
        }
    }
}

fn host_fn_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let name = args
        .values
        .first()
        .and_then(|v| v.downcast_native::<HostFnObj>())
        .map_or("?", |h| h.name.as_str());
    Ok(Value::string(format!("<host function {name}>")))
}

/// A script-callable object running `f`.
pub(crate) fn host_fn_value(name: &str, f: Arc<RawHostFn>) -> Value {
    Value::native_obj(
        host_fn_type().clone(),
        HostFnObj {
            name: name.to_string(),
            f,
            self_: Value::NULL,
        },
    )
}

// ---- typed closures --------------------------------------------------------------------------

/// A Rust closure usable as a host function: `Fn(A, B, ...) -> Result<R, E>` for 0 to 4
/// arguments, each `A: FromPy`, `R: IntoPy`, `E: Display` (a [`HostError`] picks the
/// exception class). `Args` is a marker for the closure's argument tuple.
pub trait IntoHostFn<Marker>: Send + Sync + 'static {
    /// The type-erased form, reporting errors under `name`.
    fn into_raw(self, name: &str) -> Arc<RawHostFn>;
}

fn check_arity(name: &str, args: &Args, n: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.values.len() != n {
        return Err(type_error(format!(
            "{name}() takes {n} positional argument{} but {} {} given",
            if n == 1 { "" } else { "s" },
            args.values.len(),
            if args.values.len() == 1 {
                "was"
            } else {
                "were"
            }
        )));
    }
    Ok(())
}

macro_rules! host_fn_arity {
    ($n:expr; $($a:ident : $i:tt),*) => {
        impl<F, $($a,)* R, E> IntoHostFn<($($a,)* R, E)> for F
        where
            F: Fn($($a),*) -> Result<R, E> + Send + Sync + 'static,
            $($a: FromPy,)*
            R: IntoPy,
            E: Display + 'static,
        {
            #[allow(unused_variables, non_snake_case)]
            fn into_raw(self, name: &str) -> Arc<RawHostFn> {
                let name = name.to_string();
                Arc::new(move |cx: &mut Ctx, args: &Args| {
                    check_arity(&name, args, $n)?;
                    $(let $a = $a::from_py(cx, &args.values[$i])
                        .map_err(|e| conversion_to_exc(&name, $i, e))?;)*
                    match (self)($($a),*) {
                        Ok(r) => r.into_py(cx).map_err(|e| type_error(format!("{name}() result: {e}"))),
                        Err(e) => Err(host_error_to_exc(cx, e)),
                    }
                })
            }
        }
    };
}
host_fn_arity!(0;);
host_fn_arity!(1; A: 0);
host_fn_arity!(2; A: 0, B: 1);
host_fn_arity!(3; A: 0, B: 1, C: 2);
host_fn_arity!(4; A: 0, B: 1, C: 2, D: 3);

/// Marker for [`IntoHostFn`] on raw functions (`Fn(&mut Ctx, &Args) -> PyResult<Value>`),
/// which see every positional and keyword argument.
pub struct RawMarker;

impl<F> IntoHostFn<RawMarker> for F
where
    F: Fn(&mut Ctx, &Args) -> PyResult<Value> + Send + Sync + 'static,
{
    fn into_raw(self, _name: &str) -> Arc<RawHostFn> {
        Arc::new(self)
    }
}

// ---- host modules ----------------------------------------------------------------------------

/// A module implemented by the host, importable by scripts once registered with
/// [`super::Interpreter::register_module`].
///
/// ```
/// use fibra_vm::embed::{HostModule, Interpreter};
/// let py = Interpreter::new();
/// let m = HostModule::new("geometry")
///     .function("area", |w: f64, h: f64| Ok::<_, String>(w * h))
///     .constant("UNIT", 1.0);
/// py.register_module(m).unwrap();
/// let m = py.exec("import geometry\na = geometry.area(2.0, 3.5)", "m").unwrap();
/// assert_eq!(m.get::<f64>("a").unwrap(), 7.0);
/// ```
pub struct HostModule {
    pub(crate) name: String,
    pub(crate) functions: Vec<(String, Arc<RawHostFn>)>,
    pub(crate) constants: Vec<(String, ConstantFn)>,
}

/// Builds a host module's constant when the module is registered.
pub(crate) type ConstantFn = Box<dyn FnOnce(&mut Ctx) -> Result<Value, ConversionError> + Send>;

impl HostModule {
    /// An empty module called `name` (a dotted name such as `app.util` is registered
    /// as-is; its parent need not exist).
    pub fn new(name: impl Into<String>) -> HostModule {
        HostModule {
            name: name.into(),
            functions: Vec::new(),
            constants: Vec::new(),
        }
    }

    /// Adds a function (see [`IntoHostFn`]).
    pub fn function<M>(mut self, name: &str, f: impl IntoHostFn<M>) -> HostModule {
        let raw = f.into_raw(name);
        self.functions.push((name.to_string(), raw));
        self
    }

    /// Adds a constant attribute.
    pub fn constant(mut self, name: &str, v: impl IntoPy + Send + 'static) -> HostModule {
        self.constants.push((
            name.to_string(),
            Box::new(move |cx: &mut Ctx| v.into_py(cx)),
        ));
        self
    }

    pub(crate) fn build(self, cx: &mut Ctx) -> Result<Value, ConversionError> {
        let m = Value::module(&self.name);
        m.set_attr_str("__builtins__", cx.vm.builtins.clone());
        for (name, f) in self.functions {
            m.set_attr_str(&name, host_fn_value(&name, f));
        }
        for (name, c) in self.constants {
            let v = c(cx)?;
            m.set_attr_str(&name, v);
        }
        Ok(m)
    }
}

// ---- host types --------------------------------------------------------------------------------

/// The payload of a host-type instance: the host's value, shared.
pub(crate) struct HostInstance {
    data: Arc<dyn Any + Send + Sync>,
}

impl NativeObject for HostInstance {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The host value inside a host-type instance, if `v` is one holding a `T`.
pub(crate) fn instance_data<T: Send + Sync + 'static>(v: &Value) -> Option<Arc<T>> {
    let h = v.downcast_native::<HostInstance>()?;
    h.data.clone().downcast::<T>().ok()
}

pub(crate) fn short_type_name<T>() -> &'static str {
    let n = std::any::type_name::<T>();
    n.rsplit("::").next().unwrap_or(n)
}

/// Wraps a host value as an instance of its registered class.
pub(crate) fn wrap_instance<T: Send + Sync + 'static>(
    cx: &mut Ctx,
    data: Arc<T>,
) -> Result<Value, ConversionError> {
    let cls = cx.vm.host.classes.read().get(&TypeId::of::<T>()).cloned();
    match cls {
        Some(cls) => Ok(Value::native_obj(cls, HostInstance { data })),
        None => Err(ConversionError::new(
            "a registered host type",
            format!("unregistered Rust type {}", short_type_name::<T>()),
        )),
    }
}

type Method<T> = Arc<dyn Fn(&mut Ctx, &T, &Args) -> PyResult<Value> + Send + Sync>;

/// A Rust type exposed to scripts as a class: methods, read/write attributes and an
/// optional constructor. `T` provides its own synchronisation (it is shared by every
/// script thread that holds an instance): use atomics or a `Mutex` inside.
///
/// ```
/// use std::sync::atomic::{AtomicI64, Ordering};
/// use fibra_vm::embed::{HostType, Interpreter};
///
/// struct Counter(AtomicI64);
/// let py = Interpreter::new();
/// py.register_type(
///     HostType::<Counter>::new("Counter")
///         .constructor(|start: i64| Ok::<_, String>(Counter(AtomicI64::new(start))))
///         .method("add", |c: &Counter, n: i64| Ok::<_, String>(c.0.fetch_add(n, Ordering::SeqCst) + n))
///         .getter("value", |c: &Counter| Ok::<_, String>(c.0.load(Ordering::SeqCst))),
/// ).unwrap();
/// assert_eq!(py.eval::<i64>("Counter(40).add(2)").unwrap(), 42);
/// ```
pub struct HostType<T: Send + Sync + 'static> {
    name: String,
    module: String,
    methods: Vec<(String, Method<T>)>,
    getters: Vec<(String, Method<T>)>,
    setters: Vec<(String, Method<T>)>,
    ctor: Option<Arc<RawHostFn>>,
}

/// Typed host methods: `Fn(&T, A, ...) -> Result<R, E>` for 0 to 3 arguments after `self`.
pub trait IntoHostMethod<T, Marker>: Send + Sync + 'static {
    /// The type-erased form, reporting errors under `name`.
    fn into_method(self, name: &str) -> Method<T>;
}

macro_rules! host_method_arity {
    ($n:expr; $($a:ident : $i:tt),*) => {
        impl<T, F, $($a,)* R, E> IntoHostMethod<T, ($($a,)* R, E)> for F
        where
            T: Send + Sync + 'static,
            F: Fn(&T, $($a),*) -> Result<R, E> + Send + Sync + 'static,
            $($a: FromPy,)*
            R: IntoPy,
            E: Display + 'static,
        {
            #[allow(unused_variables, non_snake_case)]
            fn into_method(self, name: &str) -> Method<T> {
                let name = name.to_string();
                Arc::new(move |cx: &mut Ctx, this: &T, args: &Args| {
                    check_arity(&name, args, $n)?;
                    $(let $a = $a::from_py(cx, &args.values[$i])
                        .map_err(|e| conversion_to_exc(&name, $i, e))?;)*
                    match (self)(this, $($a),*) {
                        Ok(r) => r.into_py(cx).map_err(|e| type_error(format!("{name}() result: {e}"))),
                        Err(e) => Err(host_error_to_exc(cx, e)),
                    }
                })
            }
        }
    };
}
host_method_arity!(0;);
host_method_arity!(1; A: 0);
host_method_arity!(2; A: 0, B: 1);
host_method_arity!(3; A: 0, B: 1, C: 2);

impl<T: Send + Sync + 'static> HostType<T> {
    /// A class called `name` (its `__module__` is `"host"`; see [`HostType::module`]).
    pub fn new(name: impl Into<String>) -> HostType<T> {
        HostType {
            name: name.into(),
            module: "host".to_string(),
            methods: Vec::new(),
            getters: Vec::new(),
            setters: Vec::new(),
            ctor: None,
        }
    }

    /// Sets the class's `__module__` (for its repr).
    pub fn module(mut self, module: impl Into<String>) -> Self {
        self.module = module.into();
        self
    }

    /// Lets scripts create instances: `Name(args...)` runs `f`, a closure
    /// `Fn(A, ...) -> Result<T, E>` (0 to 4 arguments). Without a constructor only the host
    /// creates instances (by passing an `Arc<T>` to scripts).
    pub fn constructor<M>(mut self, f: impl IntoHostCtor<T, M>) -> Self {
        self.ctor = Some(f.into_ctor(&self.name));
        self
    }

    /// Adds a method `obj.name(args...)`.
    pub fn method<M>(mut self, name: &str, f: impl IntoHostMethod<T, M>) -> Self {
        self.methods.push((name.to_string(), f.into_method(name)));
        self
    }

    /// Adds a readable attribute `obj.name`.
    pub fn getter<M>(mut self, name: &str, f: impl IntoHostMethod<T, M>) -> Self {
        self.getters.push((name.to_string(), f.into_method(name)));
        self
    }

    /// Makes attribute `name` writable: `obj.name = v` calls `f(&obj, v)`.
    pub fn setter<M>(mut self, name: &str, f: impl IntoHostMethod<T, M>) -> Self {
        self.setters.push((name.to_string(), f.into_method(name)));
        self
    }

    /// Builds the class object and records it for `T` in `cx`'s VM.
    pub(crate) fn build(self, cx: &mut Ctx) -> Value {
        let cls = new_host_class(&self.name, &self.module, self.ctor.is_some());
        let tname = self.name.clone();
        let self_of = move |args: &Args| -> PyResult<Arc<T>> {
            args.values
                .first()
                .and_then(instance_data::<T>)
                .ok_or_else(|| type_error(format!("descriptor requires a '{tname}' object")))
        };
        let self_of = Arc::new(self_of);
        for (name, m) in self.methods {
            // A property returning a bound host function: `obj.name(...)` works and
            // `obj.name` is a first-class bound method.
            let so = self_of.clone();
            let mname = name.clone();
            let getter: Arc<RawHostFn> = Arc::new(move |_cx: &mut Ctx, args: &Args| {
                so(args)?;
                let m = m.clone();
                let so2 = so.clone();
                let call: Arc<RawHostFn> = Arc::new(move |cx: &mut Ctx, args: &Args| {
                    let this = so2(args)?;
                    let rest = Args::new(&args.values[1..], args.kwnames);
                    m(cx, &this, &rest)
                });
                Ok(Value::native_obj(
                    host_fn_type().clone(),
                    HostFnObj {
                        name: mname.clone(),
                        f: call,
                        self_: args.values[0].clone(),
                    },
                ))
            });
            set_property(&cls, &name, Some(host_fn_value(&name, getter)), None);
        }
        let mut setters: HashMap<String, Method<T>> = self.setters.into_iter().collect();
        for (name, g) in self.getters {
            let so = self_of.clone();
            let get: Arc<RawHostFn> = Arc::new(move |cx: &mut Ctx, args: &Args| {
                let this = so(args)?;
                g(cx, &this, &Args::new(&[], &[]))
            });
            let set = setters.remove(&name).map(|s| {
                let so = self_of.clone();
                let f: Arc<RawHostFn> = Arc::new(move |cx: &mut Ctx, args: &Args| {
                    let this = so(args)?;
                    s(cx, &this, &Args::new(&args.values[1..], &[]))
                });
                host_fn_value(&name, f)
            });
            set_property(&cls, &name, Some(host_fn_value(&name, get)), set);
        }
        for (name, s) in setters {
            let so = self_of.clone();
            let f: Arc<RawHostFn> = Arc::new(move |cx: &mut Ctx, args: &Args| {
                let this = so(args)?;
                s(cx, &this, &Args::new(&args.values[1..], &[]))
            });
            set_property(&cls, &name, None, Some(host_fn_value(&name, f)));
        }
        if let Some(ctor) = self.ctor {
            cls.set_attr_str("__host_new__", host_fn_value(&self.name, ctor));
        }
        if let Some(o) = cls.as_obj() {
            o.make_immortal();
        }
        cx.vm
            .host
            .classes
            .write()
            .insert(TypeId::of::<T>(), cls.clone());
        cls
    }
}

/// Typed host constructors: `Fn(A, ...) -> Result<T, E>` for 0 to 4 arguments.
pub trait IntoHostCtor<T, Marker>: Send + Sync + 'static {
    /// The type-erased form, reporting errors under `name`.
    fn into_ctor(self, name: &str) -> Arc<RawHostFn>;
}

macro_rules! host_ctor_arity {
    ($n:expr; $($a:ident : $i:tt),*) => {
        impl<T, F, $($a,)* E> IntoHostCtor<T, (($($a,)*), E)> for F
        where
            T: Send + Sync + 'static,
            F: Fn($($a),*) -> Result<T, E> + Send + Sync + 'static,
            $($a: FromPy,)*
            E: Display + 'static,
        {
            #[allow(unused_variables, non_snake_case)]
            fn into_ctor(self, name: &str) -> Arc<RawHostFn> {
                let name = name.to_string();
                Arc::new(move |cx: &mut Ctx, args: &Args| {
                    check_arity(&name, args, $n)?;
                    $(let $a = $a::from_py(cx, &args.values[$i])
                        .map_err(|e| conversion_to_exc(&name, $i, e))?;)*
                    match (self)($($a),*) {
                        Ok(t) => wrap_instance(cx, Arc::new(t))
                            .map_err(|e| type_error(format!("{name}(): {e}"))),
                        Err(e) => Err(host_error_to_exc(cx, e)),
                    }
                })
            }
        }
    };
}
host_ctor_arity!(0;);
host_ctor_arity!(1; A: 0);
host_ctor_arity!(2; A: 0, B: 1);
host_ctor_arity!(3; A: 0, B: 1, C: 2);
host_ctor_arity!(4; A: 0, B: 1, C: 2, D: 3);

/// A new class for a host type (a builtin-like class: scripts cannot set attributes on it).
fn new_host_class(name: &str, module: &str, has_ctor: bool) -> Value {
    let t = types();
    let cls = Value::new_obj(
        t.type_.clone(),
        Payload::Type(Box::new(crate::object::TypeObj {
            name: name.to_string(),
            qualname: name.to_string(),
            module: module.to_string(),
            base: Some(t.object.clone()),
            bases: Box::new([]),
            mro: vec![t.object.clone()],
            dict: Value::dict(),
            ctor: if has_ctor { Some(host_type_new) } else { None },
            builtin: true,
            tp_name: None,
            versions: Default::default(),
            layout: Default::default(),
            finalizer: Default::default(),
        })),
    );
    cls.set_attr_str("__module__", Value::str(module));
    cls
}

fn set_property(cls: &Value, name: &str, get: Option<Value>, set: Option<Value>) {
    let p = Value::new_obj(
        types().property.clone(),
        Payload::Property(Box::new(PropertyObj {
            fget: get.unwrap_or(Value::NONE),
            fset: set.unwrap_or(Value::NONE),
            fdel: Value::NONE,
            doc: Value::NONE,
        })),
    );
    cls.set_attr_str(name, p);
}

/// The native constructor of host classes: runs the class's `__host_new__`.
fn host_type_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let cls = args
        .values
        .first()
        .cloned()
        .ok_or_else(|| type_error("host type constructor needs the class"))?;
    let Some(new) = crate::types::lookup(&cls, "__host_new__") else {
        return Err(type_error(format!(
            "cannot create '{}' instances",
            cls.as_type().map_or("?", |t| t.tp_name())
        )));
    };
    crate::ops::call_kw(cx, &new, &args.values[1..], args.kwnames)
}
