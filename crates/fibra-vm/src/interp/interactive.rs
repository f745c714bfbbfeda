//! Interactive execution (the REPL) and `-m`: running inputs in the persistent `__main__`
//! module, and the name listings the REPL's completion needs.
//!
//! Each REPL input is compiled in interactive mode (expression statements echo their value
//! with `repr` and set `builtins._`, see `Op::PrintExpr`) under the file name
//! `<python-input-N>` (CPython 3.13's REPL names), whose source is kept for tracebacks, and
//! runs with the globals of `sys.modules['__main__']`, created on first use (or left by a
//! script run before, for `fibra -i`).

use std::sync::atomic::{AtomicUsize, Ordering};

use fibra_compiler::{compile_source, Mode};

use crate::ctx::Ctx;
use crate::error::{Exc, PyResult};
use crate::interp::code::Code;
use crate::interp::eval::as_dict;
use crate::interp::import::{exec_code, exec_source, syntax_error_exc};
use crate::object::Payload;
use crate::ops;
use crate::value::Value;

/// Number of REPL inputs compiled so far (for `<python-input-N>`).
static INPUTS: AtomicUsize = AtomicUsize::new(0);

impl Ctx {
    /// Runs one complete REPL input in `__main__`. Expression results are printed with
    /// `repr` (not `None`) and kept in `_`. An uncaught exception, a `SyntaxError` included,
    /// comes back as `Err` (format it with [`Ctx::format_exception`]; `SystemExit` with
    /// [`Ctx::exit_status`]). A Ctrl-C request made before the input started is dropped.
    pub fn run_interactive(&mut self, source: &str) -> Result<(), Exc> {
        crate::interrupt::clear();
        let n = INPUTS.fetch_add(1, Ordering::Relaxed);
        let filename = format!("<python-input-{n}>");
        self.vm.add_source(&filename, source);
        let code = compile_source(source, &filename, Mode::Interactive)
            .map_err(|e| syntax_error_exc(&e, source, &filename))?;
        let main = self.main_module();
        exec_code(self, Code::new(code), &main)?;
        Ok(())
    }

    /// `sys.modules['__main__']`, created (with `__builtins__`, as CPython's REPL has it)
    /// when there is none yet. The first creation also puts `''` first on `sys.path`.
    pub fn main_module(&mut self) -> Value {
        let modules = self.vm.modules.clone();
        if let Some(m) = as_dict(&modules).and_then(|d| d.get_str("__main__")) {
            return m;
        }
        let main = Value::module("__main__");
        main.set_attr_str("__builtins__", self.vm.builtins.clone());
        main.set_attr_str("__doc__", Value::NONE);
        if let Some(d) = as_dict(&modules) {
            d.set_str("__main__", main.clone());
        }
        self.push_path0("");
        main
    }

    /// The globals dict of `__main__` (see [`Ctx::main_module`]).
    pub fn main_globals(&mut self) -> Value {
        match self.main_module().payload() {
            Some(Payload::Module(m)) => m.dict.clone(),
            _ => Value::dict(),
        }
    }

    /// The names completion offers at the top level: the globals of `__main__` then the
    /// builtins (unsorted, may repeat).
    pub fn global_names(&mut self) -> Vec<String> {
        let mut names = Vec::new();
        for ns in [self.main_globals(), self.vm.builtins_dict.clone()] {
            if let Some(d) = as_dict(&ns) {
                names.extend(
                    d.keys()
                        .iter()
                        .filter_map(|k| k.as_str().map(str::to_string)),
                );
            }
        }
        names
    }

    /// `dir()` of the value a dotted name (`xs`, `os.path`) or a simple literal (`[]`,
    /// `()`, `{}`, `''`, `"abc"`) denotes in `__main__`, for attribute completion. Nothing
    /// else is evaluated; the attributes along a dotted path are read with `getattr`.
    pub fn attribute_names(&mut self, dotted: &str) -> Vec<String> {
        let dotted = dotted.trim();
        let value = match dotted {
            "[]" => Some(Value::list(Vec::new())),
            "()" => Some(Value::tuple(Vec::new())),
            "{}" => Some(Value::dict()),
            s if s.len() >= 2
                && (s.starts_with('\'') && s.ends_with('\'')
                    || s.starts_with('"') && s.ends_with('"')) =>
            {
                Some(Value::str(&s[1..s.len() - 1]))
            }
            _ => self.lookup_dotted(dotted).ok().flatten(),
        };
        match value {
            Some(v) => crate::builtins::functions::dir_names(&v),
            None => Vec::new(),
        }
    }

    fn lookup_dotted(&mut self, dotted: &str) -> PyResult<Option<Value>> {
        let mut parts = dotted.split('.');
        let Some(first) = parts.next() else {
            return Ok(None);
        };
        let globals = self.main_globals();
        let found = as_dict(&globals)
            .and_then(|d| d.get_str(first))
            .or_else(|| as_dict(&self.vm.builtins_dict).and_then(|d| d.get_str(first)));
        let Some(mut v) = found else { return Ok(None) };
        for p in parts {
            if p.is_empty() || !p.chars().all(|c| c == '_' || c.is_alphanumeric()) {
                return Ok(None);
            }
            match ops::getattr_opt(self, &v, p)? {
                Some(a) => v = a,
                None => return Ok(None),
            }
        }
        Ok(Some(v))
    }

    /// Runs the module file `path` as `__main__` (`fibra -m`): like a script, except that
    /// the current directory, not the file's, goes first on `sys.path`.
    pub fn run_module_file(&mut self, path: &str) -> Result<(), Exc> {
        let source = std::fs::read_to_string(path)
            .map_err(|e| crate::interp::import::os_error_from_io(&e, Some(path)))?;
        let abs = std::path::absolute(path)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| path.to_string());
        let cwd = std::env::current_dir()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.push_path0(&cwd);
        let main = Value::module("__main__");
        main.set_attr_str("__file__", Value::str(&abs));
        main.set_attr_str("__builtins__", self.vm.builtins.clone());
        if let Some(d) = as_dict(&self.vm.modules) {
            d.set_str("__main__", main.clone());
        }
        exec_source(self, &source, &abs, &main)?;
        Ok(())
    }

    /// Adds `exit` and `quit` to the builtins, as CPython's `site` module does (callable
    /// objects raising `SystemExit`; their repr tells how to leave). Kept when the builtins
    /// already have them.
    pub fn install_site_builtins(&mut self) -> Result<(), Exc> {
        let builtins = self.vm.builtins_dict.clone();
        if as_dict(&builtins).is_some_and(|d| d.get_str("exit").is_some()) {
            return Ok(());
        }
        let m = Value::module("_sitebuiltins");
        m.set_attr_str("__builtins__", self.vm.builtins.clone());
        exec_source(self, SITE_BUILTINS, "<_sitebuiltins>", &m)?;
        if let (Some(src), Some(dst)) = (m.namespace(), as_dict(&builtins)) {
            for name in ["exit", "quit"] {
                if let Some(v) = src.get_str(name) {
                    dst.set_str(name, v);
                }
            }
        }
        Ok(())
    }

    fn push_path0(&mut self, dir: &str) {
        if let Some(Payload::List(l)) = self.vm.path.payload() {
            l.items.lock().insert(0, Value::str(dir));
        }
    }
}

/// CPython's `_sitebuiltins.Quitter`.
const SITE_BUILTINS: &str = "\
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)
exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
";
