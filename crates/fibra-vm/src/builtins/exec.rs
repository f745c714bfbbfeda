//! `exec(source, globals=None, locals=None)` and `eval(...)`: run a string of code or a
//! code object in a namespace (the caller's, by default); `compile(...)` makes the code
//! objects.

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, value_error, Exc, PyResult};
use crate::interp::code::CodeRef;
use crate::interp::eval::as_dict;
use crate::interp::frame::Frame;
use crate::object::Payload;
use crate::types::types;
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
    m.add_fn("compile", builtin_compile);
}

// `compile()` flags, as CPython's (`Include/cpython/compile.h`, `Include/cpython/code.h`).
const PYCF_ONLY_AST: i64 = 0x400;
const PYCF_TYPE_COMMENTS: i64 = 0x1000;
const PYCF_ALLOW_TOP_LEVEL_AWAIT: i64 = 0x2000;
const PYCF_DONT_IMPLY_DEDENT: i64 = 0x200;
const PYCF_ALLOW_INCOMPLETE_INPUT: i64 = 0x4000;
/// The `from __future__` feature flags (accepted; their features are always on in 3.11
/// or, for `annotations`, not supported).
const PYCF_MASK: i64 =
    0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
/// `CO_NESTED`, obsolete.
const PYCF_MASK_OBSOLETE: i64 = 0x10;
const PYCF_COMPILE_MASK: i64 = PYCF_ONLY_AST
    | PYCF_ALLOW_TOP_LEVEL_AWAIT
    | PYCF_TYPE_COMMENTS
    | PYCF_DONT_IMPLY_DEDENT
    | PYCF_ALLOW_INCOMPLETE_INPUT;

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: a code
/// object that `exec()` and `eval()` run. `mode` is `'exec'` (a module), `'eval'` (one
/// expression) or `'single'` (one interactive statement: expression values are
/// printed). Fibra has no `ast` module, so `ast.PyCF_ONLY_AST` and AST sources are
/// refused.
fn builtin_compile(cx: &mut Ctx, args: &Args) -> PyResult {
    const NAMES: [&str; 7] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    let pos = args.pos();
    if pos.len() > 6 {
        return Err(type_error(format!(
            "compile() takes at most 6 arguments ({} given)",
            pos.len()
        )));
    }
    let mut slots: [Option<&Value>; 7] = [None; 7];
    for (slot, v) in slots.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for (k, v) in args.kwargs() {
        let Some(i) = NAMES.iter().position(|n| *n == k) else {
            return Err(type_error(format!(
                "compile() got an unexpected keyword argument '{k}'"
            )));
        };
        if slots[i].is_some() {
            return Err(type_error(format!(
                "argument for compile() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v);
    }
    for (i, name) in NAMES.iter().enumerate().take(3) {
        if slots[i].is_none() {
            return Err(type_error(format!(
                "compile() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    let [source, filename, mode] = [0, 1, 2].map(|i| slots[i].unwrap_or(&NONE));
    let filename = match filename.as_str() {
        Some(f) => f.to_string(),
        None => match filename.payload() {
            Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
            _ => match crate::modules::os::fspath_of(cx, filename)? {
                Some(p) => match p.as_str() {
                    Some(s) => s.to_string(),
                    None => match p.payload() {
                        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
                        _ => String::new(),
                    },
                },
                None => {
                    return Err(type_error(format!(
                        "expected str, bytes or os.PathLike object, not {}",
                        filename.type_name()
                    )))
                }
            },
        },
    };
    let Some(mode) = mode.as_str() else {
        return Err(type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            mode.type_name()
        )));
    };
    let int_arg = |cx: &mut Ctx, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v) if v.as_float().is_some() => Err(type_error(
                "'float' object cannot be interpreted as an integer",
            )),
            Some(v) => crate::ops::index(cx, v),
        }
    };
    let flags = int_arg(cx, slots[3], 0)?;
    if flags & !(PYCF_MASK | PYCF_MASK_OBSOLETE | PYCF_COMPILE_MASK) != 0 {
        return Err(value_error("compile(): unrecognised flags"));
    }
    if let Some(d) = slots[4] {
        crate::ops::truthy(cx, d)?;
    }
    let optimize = int_arg(cx, slots[5], -1)?;
    if !(-1..=2).contains(&optimize) {
        return Err(value_error("compile(): invalid optimize value"));
    }
    let mode = match mode {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Interactive,
        "func_type" => {
            return Err(value_error(
                "compile() mode 'func_type' requires flag PyCF_ONLY_AST",
            ))
        }
        _ => {
            return Err(value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    let text = match source.as_str() {
        Some(s) => s.to_string(),
        None => match source.payload() {
            Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
            _ => {
                return Err(type_error(
                    "compile() arg 1 must be a string, bytes or AST object",
                ))
            }
        },
    };
    if flags & PYCF_ONLY_AST != 0 {
        return Err(Exc::new(
            &types().not_implemented_error,
            "compile(): ast.PyCF_ONLY_AST is not supported (Fibra has no ast module)",
        ));
    }
    if text.contains('\0') {
        return Err(Exc::new(
            &types().syntax_error,
            "source code string cannot contain null bytes",
        ));
    }
    let code = if mode == Mode::Interactive {
        compile_single(cx, &text, &filename)?
    } else {
        crate::interp::import::compile(cx, &text, &filename, mode)?
    };
    Ok(Value::new_obj(types().code.clone(), Payload::Code(code)))
}

/// `compile(..., 'single')`: one statement (or one line of simple statements), whose
/// expression values are printed when it runs. Unlike the REPL, a compound statement
/// needs no blank line after it.
fn compile_single(cx: &mut Ctx, text: &str, filename: &str) -> PyResult<CodeRef> {
    use crate::interp::import::syntax_error_exc;
    cx.vm.add_source(filename, text);
    let module =
        fibra_syntax::parse_module(text).map_err(|e| syntax_error_exc(&e, text, filename))?;
    let error = |msg: &str, at: usize| {
        let e = fibra_compiler::SyntaxError {
            kind: fibra_compiler::SyntaxErrorKind::Syntax,
            message: msg.to_string(),
            span: fibra_syntax::ast::Span::new(at, at),
            incomplete: false,
        };
        syntax_error_exc(&e, text, filename)
    };
    let Some(first) = module.body.first() else {
        return Err(error("invalid syntax", 0));
    };
    let index = fibra_syntax::LineIndex::new(text);
    let first_line = index.line_col(first.span.start).0;
    // More than one line's worth of statements (CPython's tokenizer refuses the rest).
    if module.body[1..]
        .iter()
        .any(|s| index.line_col(s.span.start).0 != first_line || first.span.end > s.span.start)
    {
        return Err(error(
            "multiple statements found while compiling a single statement",
            first.span.start as usize,
        ));
    }
    let input = fibra_syntax::ast::Interactive { body: module.body };
    let code = fibra_compiler::compile_interactive(&input, text, filename)
        .map_err(|e| syntax_error_exc(&e, text, filename))?;
    Ok(crate::interp::Code::new(code))
}

static NONE: Value = Value::NONE;

/// What `exec`/`eval` run: source text, or a code object from `compile()`.
enum Source {
    Text(String),
    Code(CodeRef),
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
        Some(s) => Source::Text(s.to_string()),
        None => match pos[0].payload() {
            Some(Payload::Bytes(b)) => Source::Text(String::from_utf8_lossy(b).into_owned()),
            Some(Payload::Code(c)) => {
                let nfree = c.obj.freevars.len();
                if nfree != 0 {
                    return Err(type_error(if mode == Mode::Exec {
                        format!("code object requires a closure of exactly length {nfree}")
                    } else {
                        "code object passed to eval() may not contain free variables".to_string()
                    }));
                }
                Source::Code(c.clone())
            }
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
    let code = match source {
        Source::Text(text) => crate::interp::import::compile(cx, &text, "<string>", mode)?,
        Source::Code(code) => code,
    };
    let frame = Frame::new(code, globals, cx.vm.builtins_dict.clone(), locals);
    crate::interp::call::run_function_frame(cx, frame)
}
