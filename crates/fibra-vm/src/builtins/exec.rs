//! `exec(source, globals=None, locals=None)` and `eval(...)`: run a string of code in a
//! namespace (the caller's, by default).

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, PyResult};
use crate::interp::eval::as_dict;
use crate::interp::frame::Frame;
use crate::value::Value;
use fibra_compiler::Mode;

pub(crate) fn register(m: &Value) {
    m.set_attr_str(
        "exec",
        Value::native_fn_reading_caller("exec", builtin_exec),
    );
    m.set_attr_str(
        "eval",
        Value::native_fn_reading_caller("eval", builtin_eval),
    );
}

fn builtin_exec(cx: &mut Ctx, args: &Args) -> PyResult {
    run(cx, args, "exec", Mode::Exec)?;
    Ok(Value::NONE)
}

fn builtin_eval(cx: &mut Ctx, args: &Args) -> PyResult {
    run(cx, args, "eval", Mode::Eval)
}

/// Compiles `args[0]` in `mode` and runs it with the namespaces CPython would use: the
/// given `globals` (a dict) and `locals` (any mapping that is a dict here; `globals` when
/// omitted), or the caller's globals and locals when neither is given. In a function the
/// caller's locals are a snapshot, so assignments do not reach its variables (as in
/// CPython).
fn run(cx: &mut Ctx, args: &Args, name: &str, mode: Mode) -> PyResult {
    // Keyword arguments came in 3.13; 3.11 refuses them.
    if let Some((k, _)) = args.kwargs().next() {
        return Err(type_error(if mode == Mode::Exec {
            format!("'{k}' is an invalid keyword argument for exec()")
        } else {
            format!("{name}() takes no keyword arguments")
        }));
    }
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 3 {
        return Err(type_error(format!(
            "{name} expected at most 3 arguments, got {}",
            pos.len()
        )));
    }
    let arg = |i: usize| pos.get(i).filter(|v| !v.is_none()).cloned();
    let (globals, locals) = (arg(1), arg(2));
    let source = match pos[0].as_str() {
        Some(s) => s.to_string(),
        None => match pos[0].payload() {
            Some(crate::object::Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
            _ => {
                return Err(type_error(format!(
                    "{name}() arg 1 must be a string, bytes or code object"
                )))
            }
        },
    };
    if let Some(g) = &globals {
        if as_dict(g).is_none() {
            return Err(type_error(if mode == Mode::Eval {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                format!("{name}() globals must be a dict, not {}", g.type_name())
            }));
        }
    }
    if let Some(l) = &locals {
        if as_dict(l).is_none() {
            return Err(type_error(format!(
                "locals must be a mapping, not {}",
                l.type_name()
            )));
        }
    }
    let (globals, locals) = match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, given) => {
            let scope = crate::builtins::functions::caller_scope(cx, name)?;
            let l = given.unwrap_or(scope.locals);
            (scope.globals, l)
        }
    };
    // CPython inserts `__builtins__` into a globals dict that lacks it.
    if let Some(d) = as_dict(&globals) {
        if d.get_str("__builtins__").is_none() {
            d.set_str("__builtins__", cx.vm.builtins.clone());
        }
    }
    let code = crate::interp::import::compile(cx, &source, "<string>", mode)?;
    let frame = Frame::new(code, globals, cx.vm.builtins_dict.clone(), locals);
    crate::interp::call::run_function_frame(cx, frame)
}
