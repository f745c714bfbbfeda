//! Native modules (`sys`, `gc`, `math`, `cmath`, `time`, `os`, `os.path`, `re`, `json`,
//! `struct`, `array`, `_hashlib`, `zlib`, `binascii`, `_subprocess`, `_weakref`,
//! `_contextvars`).

pub mod array;
pub mod binascii;
pub mod cmath;
pub mod contextvars;
pub mod gc;
pub mod hashlib;
pub mod json;
mod json_decode;
pub mod math;
pub mod os;
pub mod random;
pub mod re;
mod re_translate;
pub mod struct_;
#[cfg(unix)]
pub mod subprocess;
pub mod sys;
pub mod time;
pub mod weakref;
pub mod zlib;

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::value::Value;

/// Builds a native module on first import.
pub type ModuleInit = fn(&mut Ctx) -> PyResult<Value>;

/// The native module called `name`, if there is one.
pub fn find_native(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "sys" => sys::make_module,
        "math" => math::make_module,
        "cmath" => cmath::make_module,
        "time" => time::make_module,
        "os" => os::make_module,
        "os.path" | "posixpath" => os::make_path_module,
        "re" => re::make_module,
        "json" => json::make_module,
        "_random" => random::make_module,
        "struct" => struct_::make_module,
        "array" => array::make_module,
        "gc" => gc::make_module,
        "_hashlib" => hashlib::make_module,
        "zlib" => zlib::make_module,
        "binascii" => binascii::make_module,
        "_weakref" => weakref::make_module,
        "_contextvars" => contextvars::make_module,
        #[cfg(unix)]
        "_subprocess" => subprocess::make_module,
        _ => return None,
    })
}

/// Flushes buffered `sys.stdout` / `sys.stderr` output (at exit, before tracebacks).
pub fn flush_stdio() {
    crate::builtins::io::flush_stdout();
}

/// Looks up a module already in `sys.modules`, or builds and registers it (used so that
/// `os.path` is one module object whether reached as `os.path` or `import os.path`).
pub(crate) fn get_or_init(cx: &mut Ctx, name: &str, init: ModuleInit) -> PyResult<Value> {
    if let Some(crate::object::Payload::Dict(d)) = cx.vm.modules.payload() {
        if let Some(m) = d.get_str(name) {
            return Ok(m);
        }
    }
    let m = init(cx)?;
    crate::sync::immortalize_native_module(&m);
    if let Some(crate::object::Payload::Dict(d)) = cx.vm.modules.payload() {
        d.set_str(name, m.clone());
    }
    Ok(m)
}

/// Keyword or positional argument helper: the value of an optional flag-like argument.
pub(crate) fn opt_bool(cx: &mut Ctx, v: Option<&Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(v) => crate::ops::truthy(cx, v),
    }
}

/// Creates an exception class `module.name` deriving from the builtin exception `base`.
pub(crate) fn new_exception_class(name: &str, module: &str, base: &Value) -> Value {
    use crate::object::{Payload, TypeObj};
    let t = crate::types::types();
    let mut mro = vec![base.clone()];
    if let Some(bt) = base.as_type() {
        mro.extend(bt.mro.iter().cloned());
    }
    let ty = Value::new_obj(
        t.type_.clone(),
        Payload::Type(Box::new(TypeObj {
            name: name.to_string(),
            qualname: name.to_string(),
            module: module.to_string(),
            base: Some(base.clone()),
            bases: Box::new([]),
            mro,
            dict: Value::dict(),
            ctor: None,
            builtin: false,
            tp_name: None,
            versions: Default::default(),
            layout: Default::default(),
            finalizer: Default::default(),
        })),
    );
    ty.set_attr_str("__module__", Value::str(module));
    if let Some(o) = ty.as_obj() {
        o.make_immortal();
    }
    ty
}

/// Binds a native call's positional and keyword arguments to the parameter `names`
/// (positional-or-keyword, as in a Python signature); the first `required` are mandatory.
/// `skip` leading positional values (e.g. `self`) are not bound.
pub(crate) fn bind_args<'a>(
    args: &'a crate::args::Args,
    skip: usize,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    use crate::error::type_error;
    let pos = args.pos().get(skip..).unwrap_or(&[]);
    if pos.len() > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<&Value>> = pos.iter().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(_) => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    names.iter().position(|n| *n == k).map_or(0, |i| i + 1)
                )))
            }
            None => {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
