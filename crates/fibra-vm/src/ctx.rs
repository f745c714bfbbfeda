//! `Vm`, the state shared by every thread running scripts in one interpreter, and `Ctx`,
//! the per-thread execution context that every native function receives.
//!
//! Running code: [`Ctx::run_source`] / [`Ctx::run_file`] execute a program as `__main__`;
//! an uncaught exception comes back as `Err(Exc)`, which [`Ctx::format_exception`] turns
//! into CPython's traceback text and [`Ctx::exit_code`] into a process exit status
//! (`SystemExit` included).

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use crate::error::{Exc, PyResult};
use crate::object::Payload;
use crate::sync::ObjLock;
use crate::types::types;
use crate::value::Value;

/// The next `Ctx::id` (never reused: 2^64 contexts are out of reach).
static NEXT_CTX_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Interpreter-wide state. Shared (`Arc`) by all threads of one interpreter.
pub struct Vm {
    /// The `builtins` module.
    pub builtins: Value,
    /// The namespace dict of `builtins` (what frames look names up in).
    pub builtins_dict: Value,
    /// `sys.modules`: a dict of name -> module.
    pub modules: Value,
    /// `sys.path`: a list of directory strings searched by `import`.
    pub path: Value,
    /// `sys.argv` contents.
    pub argv: Vec<String>,
    /// Source text of every file loaded, by file name (for traceback lines).
    pub sources: ObjLock<HashMap<String, Arc<str>>>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: AtomicUsize,
    /// Embedding state: output hooks, host modules and types, the sandbox, limits
    /// (see `crate::embed`).
    pub host: crate::embed::host::VmHost,
    /// Which thread is initialising which module (`interp::import_lock`).
    pub imports: crate::interp::import_lock::ImportLocks,
}

/// One thread's execution state. Native functions receive `&mut Ctx`.
pub struct Ctx {
    pub vm: Arc<Vm>,
    /// Current depth of nested script calls (checked against the recursion limit).
    pub depth: usize,
    /// The stack of exceptions currently being handled (`except` blocks); the last one is
    /// what a bare `raise` re-raises and what becomes `__context__` of a new exception.
    pub handled: Vec<Value>,
    /// Operations left before the next limits check (`Ctx::check_limits`: the dispatch
    /// loop decrements it at every safepoint).
    pub tick: i64,
    /// Operation budget, interrupt epoch and memory account of this context.
    pub limits: crate::embed::limits::CtxLimits,
    /// This thread's version-validated caches of global names and class attributes
    /// (`interp::lookup_cache`): reads that hit never touch a shared lock.
    pub(crate) lookup: crate::interp::lookup_cache::LookupCache,
    /// This thread's queue of objects it owns that other threads dropped (biased
    /// reference counting): merged at safepoints.
    pub(crate) rc_owner: crate::sync::OwnerHandle,
    /// The calling frame's namespaces, for the length of a call of a builtin that reads
    /// them (`globals()`, `locals()`, `vars()`, `dir()`; see `NativeFunctionObj::reads_caller`).
    pub(crate) caller: Option<crate::interp::frame::CallerScope>,
    /// The innermost script frame running on this context (the head of the chain linked
    /// by `Frame::back`), for `sys._getframe()` (`interp::frame_obj`).
    pub(crate) frame: crate::interp::frame::FrameLink,
    /// Identifies this context among all contexts (frame objects of frames running here
    /// may look at them; see `interp::frame_obj`).
    pub(crate) id: u64,
    /// This thread's current `contextvars.Context` (`modules::contextvars`); NULL until a
    /// variable is first set here (a new thread starts with an empty context, as in 3.11).
    pub(crate) context: Value,
}

impl Vm {
    /// A new interpreter: initialises the builtin types and builds the builtins module.
    /// `argv` becomes `sys.argv` (argv[0] is the script path, `-c` or `-`).
    pub fn new(argv: Vec<String>) -> Arc<Vm> {
        // Building the builtins touches shared (process-wide) objects: in the `gil` build
        // that needs the GIL, as every other thread may be running scripts of another VM.
        crate::sync::attach();
        let vm = Vm::build(argv);
        crate::sync::detach();
        vm
    }

    fn build(argv: Vec<String>) -> Arc<Vm> {
        crate::types::init();
        let builtins = crate::builtins::make_module();
        let builtins_dict = match builtins.payload() {
            Some(Payload::Module(m)) => m.dict.clone(),
            _ => Value::dict(),
        };
        // Every frame holds the builtins namespace and every thread calls its functions:
        // keep their counts out of the hot path.
        crate::sync::immortalize_native_module(&builtins);
        crate::sync::immortalize_shared(&builtins_dict);
        let modules = Value::dict();
        if let Some(Payload::Dict(d)) = modules.payload() {
            d.set_str("builtins", builtins.clone());
        }
        Arc::new(Vm {
            builtins,
            builtins_dict,
            modules,
            path: Value::list(Vec::new()),
            argv,
            sources: ObjLock::new(HashMap::new()),
            recursion_limit: AtomicUsize::new(1000),
            host: Default::default(),
            imports: Default::default(),
        })
    }

    /// Runs a file as `__main__` on a fresh context (see [`Ctx::run_file`]).
    pub fn run_file(self: &Arc<Vm>, path: &str) -> Result<(), Exc> {
        Ctx::new(self.clone()).run_file(path)
    }

    /// Runs source text as `__main__` on a fresh context (see [`Ctx::run_source`]).
    pub fn run_source(self: &Arc<Vm>, source: &str, filename: &str) -> Result<(), Exc> {
        Ctx::new(self.clone()).run_source(source, filename)
    }

    /// Remembers a file's source for traceback lines.
    pub fn add_source(&self, filename: &str, source: &str) {
        self.sources
            .lock()
            .insert(filename.to_string(), Arc::from(source));
    }
}

impl Ctx {
    /// A context for running scripts on the current thread. The thread stays *attached*
    /// (holds the GIL in the `gil` build) for as long as the `Ctx` lives, except inside
    /// [`Ctx::blocking`]; dropping the `Ctx` detaches it.
    pub fn new(vm: Arc<Vm>) -> Ctx {
        crate::sync::attach();
        let limits = crate::embed::limits::CtxLimits::new(&vm);
        Ctx {
            vm,
            depth: 0,
            handled: Vec::new(),
            tick: crate::embed::limits::CHUNK,
            limits,
            lookup: Default::default(),
            rc_owner: crate::sync::OwnerHandle::current(),
            caller: None,
            frame: crate::interp::frame::FrameLink::NONE,
            id: NEXT_CTX_ID.fetch_add(1, Ordering::Relaxed),
            context: Value::NULL,
        }
    }

    /// Runs `f`, a call that may block (sleep, lock or queue wait, join, reading input or
    /// files), with the GIL released in the `gil` build. `f` must not create, clone or drop
    /// `Value`s (it runs without the GIL): convert arguments before, results after.
    #[inline]
    pub fn blocking<R>(&mut self, f: impl FnOnce() -> R) -> R {
        crate::sync::without_gil(f)
    }

    /// Waits for the script's non-daemon threads (CPython's `threading._shutdown()`, run
    /// when the main module ends, also after an uncaught exception). Call once, after
    /// reporting the main script's outcome and before exiting the process.
    pub fn finish(&mut self) {
        crate::object::weakref::run_pending(self);
        crate::threads::shutdown(self);
        crate::object::weakref::run_pending(self);
        self.run_atexit();
    }

    /// Runs the handlers registered with `atexit` (last registered first), if the script
    /// imported it. A handler that raises is reported on stderr and the others still run.
    fn run_atexit(&mut self) {
        let atexit = match self.vm.modules.payload() {
            Some(Payload::Dict(d)) => d.get_str("atexit"),
            _ => None,
        };
        let Some(pop) = atexit.and_then(|m| m.namespace().and_then(|ns| ns.get_str("_pop"))) else {
            return;
        };
        loop {
            let thunk = match crate::ops::call(self, &pop, &[]) {
                Ok(t) if !t.is_none() => t,
                _ => return,
            };
            if let Err(e) = crate::ops::call(self, &thunk, &[]) {
                let func = crate::ops::getattr(self, &thunk, "__wrapped__").unwrap_or(thunk);
                let name = crate::ops::repr(self, &func).unwrap_or_default();
                crate::modules::flush_stdio();
                let text = self.format_exception(&e);
                eprint!("Exception ignored in atexit callback: {name}\n{text}");
            }
        }
    }

    /// Counts one level of recursion (a script call, or a native function that recurses
    /// into container elements such as `repr` or `==` of lists): RecursionError beyond
    /// the limit. Pair every successful call with [`Ctx::leave_recursion`], or use
    /// [`Ctx::with_recursion`].
    #[inline]
    pub fn enter_recursion(&mut self) -> PyResult<()> {
        // The stack guard covers limits raised beyond what this thread's stack holds.
        if self.depth >= self.vm.recursion_limit.load(Ordering::Relaxed)
            || crate::stack_guard::exhausted()
        {
            return Err(crate::interp::call::recursion_error());
        }
        self.depth += 1;
        Ok(())
    }

    /// Ends a level entered with [`Ctx::enter_recursion`].
    #[inline]
    pub fn leave_recursion(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Runs `f` one recursion level deeper (RecursionError beyond the limit).
    pub fn with_recursion<T>(&mut self, f: impl FnOnce(&mut Ctx) -> PyResult<T>) -> PyResult<T> {
        self.enter_recursion()?;
        let r = f(self);
        self.leave_recursion();
        r
    }

    /// Reads and runs a file as `__main__`; its directory goes first on `sys.path`.
    pub fn run_file(&mut self, path: &str) -> Result<(), Exc> {
        let source = std::fs::read_to_string(path)
            .map_err(|e| crate::interp::import::os_error_from_io(&e, Some(path)))?;
        // CPython makes the main script's path absolute (`__file__`, tracebacks).
        let abs = std::path::absolute(path)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| path.to_string());
        let path = abs.as_str();
        let dir = std::path::Path::new(path)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.set_path0(&dir);
        self.run_main(&source, path)
    }

    /// Runs `source` as `__main__` (`-c`, stdin, embedding); `''` goes first on `sys.path`.
    pub fn run_source(&mut self, source: &str, filename: &str) -> Result<(), Exc> {
        self.set_path0("");
        self.run_main(source, filename)
    }

    fn set_path0(&mut self, dir: &str) {
        if let Some(Payload::List(l)) = self.vm.path.payload() {
            l.items.lock().insert(0, Value::str(dir));
        }
    }

    fn run_main(&mut self, source: &str, filename: &str) -> Result<(), Exc> {
        let main = Value::module("__main__");
        main.set_attr_str("__file__", Value::str(filename));
        main.set_attr_str("__builtins__", self.vm.builtins.clone());
        // CPython's `__main__` always starts with an empty `__annotations__`.
        main.set_attr_str("__annotations__", Value::dict());
        if let Some(Payload::Dict(d)) = self.vm.modules.payload() {
            d.set_str("__main__", main.clone());
        }
        crate::interp::import::exec_source(self, source, filename, &main)?;
        Ok(())
    }

    /// The full traceback text of an uncaught exception (what CPython prints on stderr),
    /// ending with a newline.
    pub fn format_exception(&mut self, exc: &Exc) -> String {
        crate::interp::traceback::format_exception(self, exc)
    }

    /// The process exit status for an uncaught exception: `SystemExit(None)` -> 0,
    /// `SystemExit(n)` -> n, `SystemExit(msg)` -> 1 (the message is returned to be printed
    /// on stderr); anything else -> 1 (print [`Ctx::format_exception`]).
    /// Returns `(status, text to print on stderr)`.
    pub fn exit_status(&mut self, exc: &Exc) -> (i32, String) {
        if exc.matches(&types().system_exit) {
            let code = crate::types::exceptions::first_arg(exc.value());
            if code.is_none() {
                return (0, String::new());
            }
            if let Some(i) = code.as_int() {
                return (i as i32, String::new());
            }
            let msg = crate::ops::str(self, &code).unwrap_or_default();
            return (1, format!("{msg}\n"));
        }
        (1, self.format_exception(exc))
    }
}

impl Drop for Ctx {
    fn drop(&mut self) {
        // Values this context still owns are released while still attached.
        self.handled.clear();
        self.context = Value::NULL;
        self.caller = None;
        self.lookup.clear();
        self.limits.release();
        // Objects other threads handed back to this one: free what is dead now (an
        // embedding host's thread may not run scripts again for a long time).
        let _ = self.rc_owner.poll();
        crate::sync::detach();
    }
}

impl Vm {
    /// The modules of `sys.modules` whose namespaces the interpreter's teardown empties:
    /// `__main__` first, then in reverse import order, as CPython's finalisation does;
    /// `builtins` is left alone.
    fn modules_for_teardown(&self) -> Vec<Value> {
        let Some(Payload::Dict(modules)) = self.modules.payload() else {
            return Vec::new();
        };
        let mut order = modules.items();
        order.reverse();
        if let Some(main) = order
            .iter()
            .position(|(k, _)| k.as_str() == Some("__main__"))
        {
            let m = order.remove(main);
            order.insert(0, m);
        }
        order
            .into_iter()
            .filter(|(k, m)| {
                k.as_str() != Some("builtins") && matches!(m.payload(), Some(Payload::Module(_)))
            })
            .map(|(_, m)| m)
            .collect()
    }

    /// Empties the namespace of every module (see [`Vm::modules_for_teardown`]). Modules,
    /// their globals and the functions and classes they define are immortal (see
    /// docs/memory-model.md), so without this nothing a module-level name refers to would
    /// ever be freed: a host that creates interpreters one after another would keep every
    /// one's data, and a file left open in a global would never be flushed.
    ///
    /// Runs when the last reference to the interpreter goes (no context, script thread or
    /// embedding handle is left), so no script can see the emptied namespaces. `__del__`
    /// methods and weak-reference callbacks that the freeing queues on this thread are
    /// dropped: running them would need a context of this interpreter. (A suspended
    /// generator freed here skips its `finally` blocks for the same reason.) The `fibra`
    /// command runs them: it ends with [`Ctx::finalize_modules`], which does this first.
    fn clear_module_namespaces(&self) {
        let queued_before = crate::object::weakref::pending_len();
        for module in self.modules_for_teardown() {
            if let Some(ns) = module.namespace() {
                ns.clear();
            }
        }
        crate::object::weakref::discard_pending_after(queued_before);
    }
}

impl Ctx {
    /// The end of a program (the `fibra` command calls it after [`Ctx::finish`]): first
    /// runs the `__del__` of every instance the modules' namespaces reach, with every
    /// namespace still intact (where CPython's final collection finalises them), then
    /// empties the namespaces, `__main__` first, running the weak-reference callbacks
    /// (and finalisers of anything new) of what that frees after each module. Does nothing while another context, script thread or
    /// embedding handle still uses the interpreter (dropping the last one empties the
    /// namespaces then, without running finalisers).
    pub fn finalize_modules(&mut self) {
        self.finalize_modules_with(0);
    }

    /// [`Ctx::finalize_modules`] when `others` more references to the interpreter are
    /// known to be idle (the dropping `embed::Interpreter`'s own).
    pub(crate) fn finalize_modules_with(&mut self, others: usize) {
        if Arc::strong_count(&self.vm) != 1 + others {
            return;
        }
        // This thread's caches of global names hold references of their own.
        self.lookup.clear();
        let modules = self.vm.modules_for_teardown();
        let namespaces: Vec<Value> = modules
            .iter()
            .filter_map(|m| match m.payload() {
                Some(Payload::Module(m)) => Some(m.dict.clone()),
                _ => None,
            })
            .collect();
        crate::object::finalize::run_reachable(self, &namespaces);
        drop(namespaces);
        for module in &modules {
            if let Some(ns) = module.namespace() {
                ns.clear();
            }
            // A namespace other threads have read retires what it let go of through the
            // reclamation epoch: free it now, so that its finalisers run here.
            crate::sync::epoch::flush();
            crate::object::weakref::run_pending(self);
        }
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        // Tearing down the module graph decrements counts of objects other VMs may share
        // (builtin helper types): do it attached, so the `gil` build holds the GIL.
        crate::sync::attach();
        self.clear_module_namespaces();
        let owned = [
            std::mem::take(&mut self.modules),
            std::mem::take(&mut self.path),
            std::mem::take(&mut self.builtins_dict),
            std::mem::take(&mut self.builtins),
        ];
        drop(owned);
        crate::sync::detach();
    }
}
