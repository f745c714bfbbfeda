//! Native modules (`sys`, `math`, `time`, `os`, `os.path`, `re`, `json`).

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::value::Value;

/// Builds a native module on first import.
pub type ModuleInit = fn(&mut Ctx) -> PyResult<Value>;

/// The native module called `name`, if there is one.
pub fn find_native(name: &str) -> Option<ModuleInit> {
    let _ = name;
    None
}

/// Flushes buffered `sys.stdout` / `sys.stderr` output (at exit, before tracebacks).
pub fn flush_stdio() {}
