//! The embedding API: run Fibra scripts inside a Rust program.
//!
//! ```
//! use fibra_vm::embed::Interpreter;
//!
//! let py = Interpreter::new();
//! py.set_function("greet", |name: String| Ok::<_, String>(format!("hello, {name}")))
//!     .unwrap();
//! let m = py.exec("msg = greet('world')\ndef add(a, b=1):\n    return a + b\n", "app").unwrap();
//! assert_eq!(m.get::<String>("msg").unwrap(), "hello, world");
//! assert_eq!(m.call::<i64>("add", (40, 2)).unwrap(), 42);
//! ```
//!
//! - [`Interpreter`]: one VM, `Send + Sync`, cheap to clone; built by [`Builder`]
//!   (sandbox, module path, output hooks, limits).
//! - [`Module`] and [`Object`]: handles to script modules and values; they keep the object
//!   alive and can be sent to other threads.
//! - [`IntoPy`] / [`FromPy`]: conversions for integers, floats, bools, strings, `Vec`,
//!   `HashMap<String, _>`, `Option`, tuples; [`ConversionError`] on a mismatch.
//! - [`Interpreter::set_function`], [`HostModule`], [`HostType`]: Rust code callable from
//!   scripts; errors become script exceptions ([`HostError`] picks the class), panics
//!   become `RuntimeError`.
//! - [`Limits`], [`InterruptHandle`], [`Builder::memory_limit`]: operation budgets,
//!   recursion depth, memory cap and interrupts.
//!
//! **Threads.** Any number of host threads may call into one interpreter at once; each
//! call runs on the calling thread with its own execution context (created per call), and in the default build calls run in parallel. In the
//! `gil` build each call holds the global lock while it runs (script threads and other
//! calls take turns every 5 ms). Script state (module globals, objects) is shared: the
//! same thread-safety rules as for script threads apply (`docs/threads.md`).
//!
//! **Stack.** A call runs script frames on the calling thread's stack, a few hundred
//! bytes each: the default recursion limit (1000) fits a 512 KiB thread stack. Host threads
//! that raise the limit far beyond it need a larger stack
//! (`std::thread::Builder::stack_size`); [`Limits::max_recursion`] gives a lower per-call cap.

pub mod convert;
pub mod error;
pub mod host;
pub mod limits;

use std::path::Path;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use fibra_compiler::Mode;

use crate::ctx::{Ctx, Vm};
use crate::interp::eval::as_dict;
use crate::interp::frame::Frame;
use crate::object::Payload;
use crate::value::Value;

pub use self::convert::{ConversionError, FromPy, IntoPy};
pub use self::error::{Error, Result, ScriptError};
pub use self::host::{HostError, HostModule, HostType, IntoHostCtor, IntoHostFn, IntoHostMethod};
pub use self::limits::InterruptHandle;

// ---- handles -------------------------------------------------------------------------------

/// A handle to a script value: keeps it alive, can be cloned and sent to other threads.
///
/// Convert it with [`Interpreter::from_object`] (or [`FromPy`]); call it with
/// [`Interpreter::call`].
pub struct Object(Value);

impl Object {
    /// Wraps a value (the calling thread must be attached: inside an API call).
    pub(crate) fn new(v: Value) -> Object {
        Object(v)
    }

    /// The underlying VM value (for use with the lower-level `ops` API inside a `Ctx`).
    pub fn value(&self) -> &Value {
        &self.0
    }

    /// The script type name (`"int"`, `"function"`, ...).
    pub fn type_name(&self) -> String {
        self.0.class_name().to_string()
    }

    /// Whether this is `None`.
    pub fn is_none(&self) -> bool {
        self.0.is_none()
    }

    /// Whether both handles refer to the same object (`a is b`).
    pub fn is(&self, other: &Object) -> bool {
        self.0.is(&other.0)
    }
}

impl Clone for Object {
    fn clone(&self) -> Object {
        // Reference counts are plain integers guarded by the GIL in the `gil` build.
        crate::sync::attach();
        let v = self.0.clone();
        crate::sync::detach();
        Object(v)
    }
}

impl Drop for Object {
    fn drop(&mut self) {
        if self.0.as_obj().is_none() {
            return;
        }
        crate::sync::attach();
        drop(std::mem::take(&mut self.0));
        crate::sync::detach();
    }
}

impl std::fmt::Debug for Object {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<fibra {} object>", self.0.type_name())
    }
}

// ---- arguments ---------------------------------------------------------------------------

/// Positional arguments for [`Interpreter::call`]: `()`, tuples of up to 6 [`IntoPy`]
/// values, or a `Vec<Object>`.
pub trait IntoArgs {
    /// Converts the arguments.
    fn into_args(self, cx: &mut Ctx) -> Result<Vec<Value>, ConversionError>;
}

impl IntoArgs for () {
    fn into_args(self, _cx: &mut Ctx) -> Result<Vec<Value>, ConversionError> {
        Ok(Vec::new())
    }
}

impl IntoArgs for Vec<Object> {
    fn into_args(self, _cx: &mut Ctx) -> Result<Vec<Value>, ConversionError> {
        Ok(self.iter().map(|o| o.0.clone()).collect())
    }
}

macro_rules! tuple_args {
    ($($a:ident : $i:tt),*) => {
        impl<$($a: IntoPy),*> IntoArgs for ($($a,)*) {
            fn into_args(self, cx: &mut Ctx) -> Result<Vec<Value>, ConversionError> {
                Ok(vec![$(self.$i.into_py(cx)?),*])
            }
        }
    };
}
tuple_args!(A: 0);
tuple_args!(A: 0, B: 1);
tuple_args!(A: 0, B: 1, C: 2);
tuple_args!(A: 0, B: 1, C: 2, D: 3);
tuple_args!(A: 0, B: 1, C: 2, D: 3, E: 4);
tuple_args!(A: 0, B: 1, C: 2, D: 3, E: 4, F: 5);

/// Keyword arguments for [`Interpreter::call_kw`]: a `Vec` or array of `(name, value)`
/// pairs (values of one [`IntoPy`] type; use [`Object`]s to mix types).
pub trait IntoKwargs {
    /// Converts to (names, values).
    fn into_kwargs(self, cx: &mut Ctx) -> Result<Vec<(String, Value)>, ConversionError>;
}

impl<S: AsRef<str>, V: IntoPy> IntoKwargs for Vec<(S, V)> {
    fn into_kwargs(self, cx: &mut Ctx) -> Result<Vec<(String, Value)>, ConversionError> {
        self.into_iter()
            .map(|(k, v)| Ok((k.as_ref().to_string(), v.into_py(cx)?)))
            .collect()
    }
}

impl<S: AsRef<str>, V: IntoPy, const N: usize> IntoKwargs for [(S, V); N] {
    fn into_kwargs(self, cx: &mut Ctx) -> Result<Vec<(String, Value)>, ConversionError> {
        self.into_iter()
            .map(|(k, v)| Ok((k.as_ref().to_string(), v.into_py(cx)?)))
            .collect()
    }
}

// ---- limits ---------------------------------------------------------------------------------

/// Per-call limits (see [`Interpreter::with_limits`] and [`Builder::limits`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// At most this many operations (script calls plus loop iterations) per call; beyond
    /// it the call fails with [`Error::OperationLimit`].
    pub max_operations: Option<u64>,
    /// At most this many nested script calls per call (`RecursionError` beyond), within
    /// the interpreter's recursion limit.
    pub max_recursion: Option<usize>,
}

impl Limits {
    /// No per-call limits.
    pub fn none() -> Limits {
        Limits::default()
    }

    /// Sets [`Limits::max_operations`].
    pub fn max_operations(mut self, n: u64) -> Limits {
        self.max_operations = Some(n);
        self
    }

    /// Sets [`Limits::max_recursion`].
    pub fn max_recursion(mut self, n: usize) -> Limits {
        self.max_recursion = Some(n);
        self
    }
}

// ---- the interpreter -----------------------------------------------------------------------

/// Configures and creates an [`Interpreter`].
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use fibra_vm::embed::{Interpreter, Limits};
///
/// let out = Arc::new(Mutex::new(String::new()));
/// let sink = out.clone();
/// let py = Interpreter::builder()
///     .sandboxed(true)
///     .stdout(move |s| sink.lock().unwrap().push_str(s))
///     .limits(Limits::none().max_operations(100_000))
///     .build();
/// py.exec("print('hi', 6 * 7)", "m").unwrap();
/// assert_eq!(*out.lock().unwrap(), "hi 42\n");
/// assert!(py.exec("open('/etc/passwd')", "m").is_err());
/// ```
#[derive(Default)]
pub struct Builder {
    argv: Vec<String>,
    sandboxed: bool,
    path: Vec<String>,
    stdout: Option<host::OutputHook>,
    stderr: Option<host::OutputHook>,
    limits: Limits,
    total_ops: Option<u64>,
    memory: Option<usize>,
    recursion_limit: Option<usize>,
}

impl Builder {
    /// `sys.argv` (default: `[""]`).
    pub fn argv(mut self, argv: Vec<String>) -> Builder {
        self.argv = argv;
        self
    }

    /// The sandbox: no `open` or `input` builtins, and `os`, `os.path`, `posixpath`,
    /// `io` are not importable, so scripts have no file or process access (they may still
    /// import host modules, the pure stdlib modules and modules under the search path the
    /// host gives with [`Builder::module_path`]).
    pub fn sandboxed(mut self, on: bool) -> Builder {
        self.sandboxed = on;
        self
    }

    /// Adds a directory to the module search path (`sys.path`).
    pub fn module_path(mut self, dir: impl Into<String>) -> Builder {
        self.path.push(dir.into());
        self
    }

    /// Sends `print` and `sys.stdout.write` output to `f` instead of the process stdout.
    pub fn stdout(mut self, f: impl Fn(&str) + Send + Sync + 'static) -> Builder {
        self.stdout = Some(Arc::new(f));
        self
    }

    /// Sends `sys.stderr` output (and `print(..., file=sys.stderr)`) to `f`.
    pub fn stderr(mut self, f: impl Fn(&str) + Send + Sync + 'static) -> Builder {
        self.stderr = Some(Arc::new(f));
        self
    }

    /// Default per-call limits (each `exec`, `eval` or `call` gets them).
    pub fn limits(mut self, limits: Limits) -> Builder {
        self.limits = limits;
        self
    }

    /// A budget of operations for the whole interpreter, over all calls and threads
    /// (approximate to ~1,000 operations per thread); beyond it every call fails with
    /// [`Error::OperationLimit`] until [`Interpreter::reset_operations`].
    pub fn max_total_operations(mut self, n: u64) -> Builder {
        self.total_ops = Some(n);
        self
    }

    /// The memory cap, in bytes (approximate: see [`limits`]): `MemoryError` beyond it.
    pub fn memory_limit(mut self, bytes: usize) -> Builder {
        self.memory = Some(bytes);
        self
    }

    /// The interpreter's recursion limit (`sys.getrecursionlimit()`, default 1000).
    pub fn recursion_limit(mut self, n: usize) -> Builder {
        self.recursion_limit = Some(n);
        self
    }

    /// Creates the interpreter.
    pub fn build(self) -> Interpreter {
        let argv = if self.argv.is_empty() {
            vec![String::new()]
        } else {
            self.argv
        };
        let vm = Vm::new(argv);
        crate::sync::attach();
        if let Some(h) = self.stdout {
            let _ = vm.host.stdout.set(h);
        }
        if let Some(h) = self.stderr {
            let _ = vm.host.stderr.set(h);
        }
        if let Some(n) = self.recursion_limit {
            vm.recursion_limit.store(n, Ordering::Relaxed);
        }
        if let Some(n) = self.total_ops {
            vm.host.limits.ops_cap.store(n, Ordering::Relaxed);
        }
        if let Some(b) = self.memory {
            vm.host.limits.mem.set_cap(b);
        }
        if let Some(Payload::List(l)) = vm.path.payload() {
            let mut items = l.items.lock();
            for p in &self.path {
                items.push(Value::str(p));
            }
        }
        if self.sandboxed {
            if let Some(d) = as_dict(&vm.builtins_dict) {
                for name in ["open", "input"] {
                    d.remove_str(name);
                }
            }
            let _ = vm.host.blocked.set(
                ["os", "os.path", "posixpath", "io"]
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
            );
        }
        crate::sync::detach();
        Interpreter {
            vm,
            limits: self.limits,
        }
    }
}

/// One Fibra interpreter (VM): modules, builtins, host registrations and limits.
/// `Send + Sync` and cheap to clone (the clones share the VM); any number of threads may
/// call into it at once.
#[derive(Clone)]
pub struct Interpreter {
    vm: Arc<Vm>,
    limits: Limits,
}

/// A script module: its globals can be read and written, its functions called.
#[derive(Clone)]
pub struct Module {
    interp: Interpreter,
    module: Object,
}

impl Drop for Interpreter {
    /// The last handle of an interpreter (no clone, `Module`, or running script thread
    /// left): runs the `__del__` methods of what its modules hold, with the modules intact
    /// first, then as their namespaces are emptied (`Ctx::finalize_modules`), under this
    /// handle's limits, as the `fibra` command does when a program ends. The VM itself is
    /// freed afterwards.
    fn drop(&mut self) {
        if Arc::strong_count(&self.vm) != 1 {
            return;
        }
        let _ = self.with_ctx(|cx| {
            cx.finalize_modules_with(1);
            Ok(())
        });
    }
}

impl Default for Interpreter {
    fn default() -> Interpreter {
        Interpreter::new()
    }
}

impl Interpreter {
    /// An interpreter with the default options (full builtins and modules, output to the
    /// process stdout, no limits beyond the recursion limit).
    pub fn new() -> Interpreter {
        Builder::default().build()
    }

    /// A [`Builder`] for an interpreter with options.
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// The underlying VM (for the lower-level API: `Ctx::new(vm)`, `ops::*`).
    pub fn vm(&self) -> &Arc<Vm> {
        &self.vm
    }

    /// A handle sharing this interpreter whose calls get `limits` instead of the defaults.
    ///
    /// ```
    /// use fibra_vm::embed::{Interpreter, Limits};
    /// let py = Interpreter::new();
    /// let tight = py.with_limits(Limits::none().max_operations(1000));
    /// assert!(tight.exec("while True: pass", "m").unwrap_err().is_operation_limit());
    /// assert_eq!(py.eval::<i64>("sum(range(5000))").unwrap(), 12497500);
    /// ```
    pub fn with_limits(&self, limits: Limits) -> Interpreter {
        Interpreter {
            vm: self.vm.clone(),
            limits,
        }
    }

    /// A handle that stops running code from any thread.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle {
            epoch: self.vm.host.limits.epoch.clone(),
        }
    }

    /// Operations run so far by all calls (counted in steps of ~1,000 per thread).
    pub fn operations_used(&self) -> u64 {
        self.vm.host.limits.ops_total.load(Ordering::Relaxed)
    }

    /// Refills the interpreter-wide budget of [`Builder::max_total_operations`].
    pub fn reset_operations(&self) {
        self.vm.host.limits.ops_total.store(0, Ordering::Relaxed);
    }

    /// Bytes charged to the memory account (approximate; 0 without a memory limit).
    pub fn memory_used(&self) -> i64 {
        self.vm.host.limits.mem.used()
    }

    /// Flushes buffered script output to the process stdout (when no stdout hook is set).
    pub fn flush(&self) {
        crate::builtins::io::flush_stdout();
    }

    /// Runs `f` with a fresh context of this interpreter on the calling thread, applying
    /// the per-call limits; an escaping exception becomes an [`Error`].
    pub fn with_ctx<R>(&self, f: impl FnOnce(&mut Ctx) -> crate::PyResult<R>) -> Result<R> {
        let mut cx = Ctx::new(self.vm.clone());
        if let Some(n) = self.limits.max_operations {
            cx.set_operation_budget(n);
        }
        let lim = &self.vm.host.limits;
        let cap = lim.ops_cap.load(Ordering::Relaxed);
        if cap > 0 && lim.ops_total.load(Ordering::Relaxed) >= cap {
            // The interpreter-wide budget is spent: fail at the first safepoint.
            cx.tick = 0;
        }
        if let Some(n) = self.limits.max_recursion {
            let limit = self.vm.recursion_limit.load(Ordering::Relaxed);
            cx.depth = limit.saturating_sub(n);
        }
        match f(&mut cx) {
            Ok(r) => Ok(r),
            Err(exc) => {
                // Stop raising: formatting the traceback may run script code (`__str__`).
                cx.tick = i64::MAX;
                cx.limits.exhausted = false;
                cx.depth = 0;
                Err(Error::from_exc(&mut cx, exc))
            }
        }
    }

    fn enter<R>(&self, f: impl FnOnce(&mut Ctx) -> crate::PyResult<Result<R>>) -> Result<R> {
        self.with_ctx(f).and_then(|r| r)
    }

    // ---- running code ----

    /// Runs `source` as a new module called `name` (registered in `sys.modules`, so
    /// scripts can import it) and returns it.
    pub fn exec(&self, source: &str, name: &str) -> Result<Module> {
        self.exec_named(source, name, &format!("<{name}>"))
    }

    /// Reads and runs a file as a module named after the file's stem.
    pub fn exec_file(&self, path: impl AsRef<Path>) -> Result<Module> {
        let path = path.as_ref();
        let source = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                let p = path.to_string_lossy().into_owned();
                return self
                    .enter(|_cx| Err(crate::interp::import::os_error_from_io(&e, Some(&p))));
            }
        };
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "__main__".to_string());
        self.exec_named(&source, &name, &path.to_string_lossy())
    }

    fn exec_named(&self, source: &str, name: &str, filename: &str) -> Result<Module> {
        let r = self.enter(|cx| {
            let m = Value::module(name);
            m.set_attr_str("__file__", Value::str(filename));
            m.set_attr_str("__builtins__", cx.vm.builtins.clone());
            if let Some(d) = as_dict(&cx.vm.modules) {
                d.set_str(name, m.clone());
            }
            crate::interp::import::exec_source(cx, source, filename, &m)?;
            Ok(Ok(Object::new(m)))
        });
        if self.vm.host.stdout_hook().is_none() {
            crate::builtins::io::flush_stdout();
        }
        Ok(Module {
            interp: self.clone(),
            module: r?,
        })
    }

    /// Imports a module by name (`sys.modules`, host modules, the stdlib, the search
    /// path), as `import name` does.
    pub fn import(&self, name: &str) -> Result<Module> {
        let m = self.enter(|cx| {
            let mut m = Value::NONE;
            let mut prefix = String::new();
            for (i, part) in name.split('.').enumerate() {
                if i > 0 {
                    prefix.push('.');
                }
                prefix.push_str(part);
                m = crate::interp::import::import_module(cx, &prefix)?;
            }
            Ok(Ok(Object::new(m)))
        })?;
        Ok(Module {
            interp: self.clone(),
            module: m,
        })
    }

    /// Evaluates an expression with only the builtins in scope.
    ///
    /// ```
    /// let py = fibra_vm::embed::Interpreter::new();
    /// let v: Vec<(String, i64)> = py.eval("[(k, len(k)) for k in ('a', 'bb')]").unwrap();
    /// assert_eq!(v, vec![("a".into(), 1), ("bb".into(), 2)]);
    /// ```
    pub fn eval<T: FromPy>(&self, expr: &str) -> Result<T> {
        self.eval_in(expr, None)
    }

    fn eval_in<T: FromPy>(&self, expr: &str, module: Option<&Object>) -> Result<T> {
        self.enter(|cx| {
            let globals = match module {
                Some(m) => match m.value().payload() {
                    Some(Payload::Module(mo)) => mo.dict.clone(),
                    _ => Value::dict(),
                },
                None => {
                    let g = Value::dict();
                    if let Some(d) = as_dict(&g) {
                        d.set_str("__name__", Value::str("__eval__"));
                        d.set_str("__builtins__", cx.vm.builtins.clone());
                    }
                    g
                }
            };
            let v = eval_expr(cx, expr, globals)?;
            Ok(T::from_py(cx, &v).map_err(Error::from))
        })
    }

    /// Calls a script callable with positional arguments and converts the result.
    ///
    /// ```
    /// let py = fibra_vm::embed::Interpreter::new();
    /// let f: fibra_vm::embed::Object = py.eval("lambda a, b: a * b").unwrap();
    /// assert_eq!(py.call::<i64>(&f, (6, 7)).unwrap(), 42);
    /// ```
    pub fn call<R: FromPy>(&self, f: &Object, args: impl IntoArgs) -> Result<R> {
        self.enter(|cx| {
            let args = match args.into_args(cx) {
                Ok(a) => a,
                Err(e) => return Ok(Err(e.into())),
            };
            let v = crate::ops::call(cx, f.value(), &args)?;
            Ok(R::from_py(cx, &v).map_err(Error::from))
        })
    }

    /// Calls a script callable with positional and keyword arguments.
    ///
    /// ```
    /// let py = fibra_vm::embed::Interpreter::new();
    /// let m = py.exec("def f(a, *, scale=1, shift=0):\n    return a * scale + shift\n", "m").unwrap();
    /// let f = m.function("f").unwrap();
    /// assert_eq!(py.call_kw::<i64>(&f, (4,), [("scale", 10), ("shift", 2)]).unwrap(), 42);
    /// ```
    pub fn call_kw<R: FromPy>(
        &self,
        f: &Object,
        args: impl IntoArgs,
        kwargs: impl IntoKwargs,
    ) -> Result<R> {
        self.enter(|cx| {
            let (mut values, kw) = match (args.into_args(cx), kwargs.into_kwargs(cx)) {
                (Ok(a), Ok(k)) => (a, k),
                (Err(e), _) | (_, Err(e)) => return Ok(Err(e.into())),
            };
            let mut names = Vec::with_capacity(kw.len());
            for (k, v) in kw {
                names.push(Value::string(k));
                values.push(v);
            }
            let v = crate::ops::call_kw(cx, f.value(), &values, &names)?;
            Ok(R::from_py(cx, &v).map_err(Error::from))
        })
    }

    /// Converts a Rust value into a script value handle.
    pub fn to_object(&self, v: impl IntoPy) -> Result<Object> {
        self.enter(|cx| Ok(v.into_py(cx).map(Object::new).map_err(Error::from)))
    }

    /// Converts a handle into a Rust value.
    pub fn from_object<T: FromPy>(&self, o: &Object) -> Result<T> {
        self.enter(|cx| Ok(T::from_py(cx, o.value()).map_err(Error::from)))
    }

    /// `repr(obj)`.
    pub fn repr(&self, o: &Object) -> Result<String> {
        self.enter(|cx| Ok(Ok(crate::ops::repr(cx, o.value())?)))
    }

    /// `getattr(obj, name)`.
    pub fn getattr<T: FromPy>(&self, o: &Object, name: &str) -> Result<T> {
        self.enter(|cx| {
            let v = crate::ops::getattr(cx, o.value(), name)?;
            Ok(T::from_py(cx, &v).map_err(Error::from))
        })
    }

    // ---- host registrations ----

    /// Adds a builtin function implemented in Rust (visible in every module).
    ///
    /// ```
    /// let py = fibra_vm::embed::Interpreter::new();
    /// py.set_function("clamp", |x: i64, lo: i64, hi: i64| Ok::<_, String>(x.max(lo).min(hi))).unwrap();
    /// assert_eq!(py.eval::<i64>("clamp(99, 0, 10)").unwrap(), 10);
    /// ```
    pub fn set_function<M>(&self, name: &str, f: impl IntoHostFn<M>) -> Result<()> {
        let raw = f.into_raw(name);
        self.enter(|cx| {
            if let Some(d) = as_dict(&cx.vm.builtins_dict) {
                d.set_str(name, host::host_fn_value(name, raw));
            }
            Ok(Ok(()))
        })
    }

    /// Sets a builtin name to a value (visible in every module).
    pub fn set_builtin(&self, name: &str, v: impl IntoPy) -> Result<()> {
        self.enter(|cx| {
            let v = match v.into_py(cx) {
                Ok(v) => v,
                Err(e) => return Ok(Err(e.into())),
            };
            if let Some(d) = as_dict(&cx.vm.builtins_dict) {
                d.set_str(name, v);
            }
            Ok(Ok(()))
        })
    }

    /// Makes a host module importable (`import name`).
    pub fn register_module(&self, m: HostModule) -> Result<()> {
        self.enter(|cx| {
            let name = m.name.clone();
            let v = match m.build(cx) {
                Ok(v) => v,
                Err(e) => return Ok(Err(e.into())),
            };
            crate::sync::immortalize_shared(&v);
            self.vm.host.modules.write().insert(name, v);
            Ok(Ok(()))
        })
    }

    /// Registers a host type: its class becomes a builtin name, and `Arc<T>` values convert
    /// to instances (and back). Returns the class.
    pub fn register_type<T: Send + Sync + 'static>(&self, t: HostType<T>) -> Result<Object> {
        self.enter(|cx| {
            let cls = t.build(cx);
            if let (Some(d), Some(ty)) = (as_dict(&cx.vm.builtins_dict), cls.as_type()) {
                d.set_str(&ty.name, cls.clone());
            }
            Ok(Ok(Object::new(cls)))
        })
    }
}

/// Evaluates one expression with `globals` as its global namespace, without storing
/// anything in it: the expression is compiled as the body of a lambda, whose code then
/// runs directly with `globals`.
fn eval_expr(cx: &mut Ctx, expr: &str, globals: Value) -> crate::PyResult<Value> {
    // Parenthesised, so the expression may span lines and must be one expression
    // (anything else is a SyntaxError).
    let source = format!("lambda: ({expr}\n)\n");
    cx.vm.add_source("<eval>", &source);
    let module = fibra_compiler::compile_source(&source, "<eval>", Mode::Module)
        .map_err(|e| crate::interp::import::syntax_error_exc(&e, &source, "<eval>"))?;
    let body = module.consts.iter().find_map(|c| match c {
        fibra_bytecode::Const::Code(c) => Some(c.clone()),
        _ => None,
    });
    let Some(body) = body else {
        return Ok(Value::NONE);
    };
    let code = crate::interp::Code::new(body);
    let frame = Frame::new(code, globals, cx.vm.builtins_dict.clone(), Value::NULL);
    crate::interp::call::run_function_frame(cx, frame)
}

impl std::fmt::Debug for Module {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = match self.module.value().payload() {
            Some(Payload::Module(m)) => m.name.as_str(),
            _ => "?",
        };
        write!(f, "<module '{name}'>")
    }
}

impl std::fmt::Debug for Interpreter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Interpreter")
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl Module {
    /// The module object.
    pub fn object(&self) -> &Object {
        &self.module
    }

    /// The interpreter this module belongs to.
    pub fn interpreter(&self) -> &Interpreter {
        &self.interp
    }

    /// Reads a global (AttributeError-like [`Error::Exception`] `NameError` if missing).
    pub fn get<T: FromPy>(&self, name: &str) -> Result<T> {
        self.interp.enter(|cx| {
            let v = self
                .module
                .value()
                .namespace()
                .and_then(|ns| ns.get_str(name))
                .ok_or_else(|| {
                    crate::error::Exc::new(
                        &crate::types::types().name_error,
                        format!("name '{name}' is not defined"),
                    )
                })?;
            Ok(T::from_py(cx, &v).map_err(Error::from))
        })
    }

    /// Sets a global.
    pub fn set(&self, name: &str, v: impl IntoPy) -> Result<()> {
        self.interp.enter(|cx| {
            let v = match v.into_py(cx) {
                Ok(v) => v,
                Err(e) => return Ok(Err(e.into())),
            };
            self.module.value().set_attr_str(name, v);
            Ok(Ok(()))
        })
    }

    /// A global as a handle (typically a function to call many times).
    pub fn function(&self, name: &str) -> Result<Object> {
        self.get::<Object>(name)
    }

    /// Calls the global function `name` with positional arguments.
    pub fn call<R: FromPy>(&self, name: &str, args: impl IntoArgs) -> Result<R> {
        let f = self.function(name)?;
        self.interp.call(&f, args)
    }

    /// Evaluates an expression in this module's namespace.
    ///
    /// ```
    /// let py = fibra_vm::embed::Interpreter::new();
    /// let m = py.exec("x = 20", "m").unwrap();
    /// assert_eq!(m.eval::<i64>("x * 2 + 2").unwrap(), 42);
    /// ```
    pub fn eval<T: FromPy>(&self, expr: &str) -> Result<T> {
        self.interp.eval_in(expr, Some(&self.module))
    }
}

/// The guided tour, `docs/embedding.md`, whose examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../../../docs/embedding.md")]
pub struct EmbeddingGuide;

#[allow(dead_code)]
fn _assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<Interpreter>();
    is::<Object>();
    is::<Module>();
    is::<InterruptHandle>();
    is::<Error>();
}
