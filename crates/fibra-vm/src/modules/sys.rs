//! The `sys` module.

use std::sync::atomic::Ordering;

use crate::args::Args;
use crate::builtins::io::{std_stream, StdStream};
use crate::ctx::Ctx;
use crate::error::{type_error, Exc, PyResult};
use crate::object::Payload;
use crate::ops;
use crate::types::types;
use crate::value::Value;

/// Builds `sys`.
pub fn make_module(cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("sys");
    let vm = cx.vm.clone();
    m.set_attr_str(
        "argv",
        Value::list(vm.argv.iter().map(|a| Value::str(a)).collect()),
    );
    m.set_attr_str("path", vm.path.clone());
    m.set_attr_str("modules", vm.modules.clone());
    m.set_attr_str("stdin", std_stream(StdStream::Stdin));
    m.set_attr_str("stdout", std_stream(StdStream::Stdout));
    m.set_attr_str("stderr", std_stream(StdStream::Stderr));
    m.set_attr_str("__stdin__", std_stream(StdStream::Stdin));
    m.set_attr_str("__stdout__", std_stream(StdStream::Stdout));
    m.set_attr_str("__stderr__", std_stream(StdStream::Stderr));
    m.set_attr_str("maxsize", Value::int(i64::MAX));
    m.set_attr_str("maxunicode", Value::int(0x10FFFF));
    m.set_attr_str("version", Value::str("3.11.0 (Fibra 0.1.0)"));
    use crate::types::tuple::{struct_seq, struct_seq_type};
    let version_info = struct_seq_type(
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    m.set_attr_str(
        "version_info",
        struct_seq(
            &version_info,
            vec![
                Value::int(3),
                Value::int(11),
                Value::int(0),
                Value::str("final"),
                Value::int(0),
            ],
        ),
    );
    let float_info = struct_seq_type(
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    m.set_attr_str(
        "float_info",
        struct_seq(
            &float_info,
            vec![
                Value::float(f64::MAX),
                Value::int(f64::MAX_EXP as i64),
                Value::int(f64::MAX_10_EXP as i64),
                Value::float(f64::MIN_POSITIVE),
                Value::int(f64::MIN_EXP as i64),
                Value::int(f64::MIN_10_EXP as i64),
                Value::int(f64::DIGITS as i64),
                Value::int(f64::MANTISSA_DIGITS as i64),
                Value::float(f64::EPSILON),
                Value::int(f64::RADIX as i64),
                Value::int(1),
            ],
        ),
    );
    let int_info = struct_seq_type(
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
    );
    m.set_attr_str(
        "int_info",
        struct_seq(
            &int_info,
            vec![
                Value::int(30),
                Value::int(4),
                Value::int(4300),
                Value::int(640),
            ],
        ),
    );
    m.set_attr_str("hexversion", Value::int(0x030B00F0));
    m.set_attr_str("platform", Value::str("linux"));
    m.set_attr_str(
        "byteorder",
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    m.set_attr_str("executable", Value::string(exe));
    m.set_attr_str("builtin_module_names", {
        let names = [
            "builtins", "cmath", "json", "math", "os", "re", "sys", "time",
        ];
        Value::tuple(names.iter().map(|n| Value::str(n)).collect())
    });
    let implementation = Value::module("implementation");
    implementation.set_attr_str("name", Value::str("fibra"));
    implementation.set_attr_str("cache_tag", Value::NONE);
    m.set_attr_str("implementation", implementation);
    m.add_fn("exit", sys_exit);
    m.add_fn("getrecursionlimit", sys_getrecursionlimit);
    m.add_fn("setrecursionlimit", sys_setrecursionlimit);
    m.add_fn("intern", sys_intern);
    m.add_fn("getsizeof", sys_getsizeof);
    m.add_fn("exc_info", sys_exc_info);
    m.add_fn("exception", sys_exception);
    m.add_fn("getrefcount", sys_getrefcount);
    m.add_fn("getallocatedblocks", sys_getallocatedblocks);
    m.add_fn("getdefaultencoding", sys_getdefaultencoding);
    m.add_fn("_fibra_format_exception", sys_fibra_format_exception);
    m.add_fn("_fibra_tb_entries", sys_fibra_tb_entries);
    m.add_fn("_getframe", sys_getframe);
    m.add_fn("_fibra_source", sys_fibra_source);
    Ok(m)
}

fn sys_exit(_cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("exit", 0, 1)?;
    let exc_args = match a.first() {
        None => vec![],
        Some(v) => vec![v.clone()],
    };
    let exc = Exc::with_args(&types().system_exit, exc_args);
    if let Some(e) = exc.exception() {
        if let Some(Payload::Dict(d)) = e.dict.payload() {
            d.set_str("code", a.first().cloned().unwrap_or(Value::NONE));
        }
    }
    Err(exc)
}

fn sys_getrecursionlimit(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("getrecursionlimit", 0, 0)?;
    Ok(Value::int(
        cx.vm.recursion_limit.load(Ordering::Relaxed) as i64
    ))
}

fn sys_setrecursionlimit(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("setrecursionlimit", 1, 1)?;
    if a[0].as_float().is_some() {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = ops::index(cx, &a[0])?;
    if n < 1 {
        return Err(crate::error::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    cx.vm
        .recursion_limit
        .store(n.min(i32::MAX as i64) as usize, Ordering::Relaxed);
    Ok(Value::NONE)
}

/// `sys._getframe([depth])`: the frame object of the caller, or `depth` calls above it.
fn sys_getframe(cx: &mut Ctx, args: &Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(type_error("sys._getframe() takes no keyword arguments"));
    }
    let a = args.pos();
    if a.len() > 1 {
        return Err(type_error(format!(
            "_getframe expected at most 1 argument, got {}",
            a.len()
        )));
    }
    let depth = match a.first() {
        None => 0,
        Some(v) if v.as_float().is_some() => {
            return Err(type_error(
                "'float' object cannot be interpreted as an integer",
            ))
        }
        Some(v) => {
            // A C int in CPython.
            let too_big = || {
                Exc::new(
                    &types().overflow_error,
                    "Python int too large to convert to C int",
                )
            };
            if matches!(v.payload(), Some(Payload::Int(_))) {
                return Err(too_big());
            }
            let d = ops::index(cx, v)?;
            if d > i32::MAX as i64 || d < i32::MIN as i64 {
                return Err(too_big());
            }
            d
        }
    };
    crate::interp::frame_obj::getframe(cx, depth)
}

/// `sys._fibra_source(filename)`: the source text the interpreter kept for `filename`
/// (every file, stdlib module and string it compiled), or None; what `linecache` reads.
fn sys_fibra_source(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("_fibra_source", 1, 1)?;
    let Some(name) = a[0].as_str() else {
        return Ok(Value::NONE);
    };
    let text = cx.vm.sources.lock().get(name).cloned();
    Ok(text.map_or(Value::NONE, |t| Value::str(&t)))
}

fn sys_intern(_cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("intern", 1, 1)?;
    if a[0].as_str().is_none() {
        return Err(type_error(format!(
            "intern() argument must be str, not {}",
            a[0].type_name()
        )));
    }
    Ok(a[0].clone())
}

/// A rough size in bytes, shaped like CPython's numbers for the common types.
fn sys_getsizeof(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("getsizeof", 1, 2)?;
    let v = &a[0];
    let n = match v.payload() {
        None => 28,
        Some(Payload::Int(b)) => 24 + 4 * ((b.bits() as i64 + 29) / 30),
        Some(Payload::Float(_)) => 24,
        Some(Payload::Str(s)) => 49 + s.as_str().len() as i64,
        Some(Payload::Bytes(b)) => 33 + b.len() as i64,
        Some(Payload::Tuple(t)) => 40 + 8 * t.len() as i64,
        Some(Payload::List(l)) => 56 + 8 * l.items.lock().len() as i64,
        Some(Payload::Dict(d)) => 64 + 24 * d.len() as i64,
        _ => 48,
    };
    let _ = cx;
    Ok(Value::int(n))
}

fn sys_exc_info(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("exc_info", 0, 0)?;
    match cx.handled.last() {
        Some(e) if !e.is_null() && !e.is_none() => {
            let tb = crate::interp::traceback::traceback_value(e);
            Ok(Value::tuple(vec![e.class().clone(), e.clone(), tb]))
        }
        _ => Ok(Value::tuple(vec![Value::NONE, Value::NONE, Value::NONE])),
    }
}

fn sys_exception(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("exception", 0, 0)?;
    Ok(match cx.handled.last() {
        Some(e) if !e.is_null() => e.clone(),
        _ => Value::NONE,
    })
}

fn sys_getrefcount(_cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("getrefcount", 1, 1)?;
    Ok(Value::int(a[0].as_obj().map_or(1, |o| o.refcount()) as i64))
}

/// The number of live container objects (those the cycle collector tracks); CPython
/// counts every allocated block, so compare differences, taken after `gc.collect()`.
fn sys_getallocatedblocks(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("getallocatedblocks", 0, 0)?;
    Ok(Value::int(crate::gc::tracked_objects() as i64))
}

fn sys_getdefaultencoding(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("getdefaultencoding", 0, 0)?;
    Ok(Value::str("utf-8"))
}

/// `sys._fibra_format_exception(exc, mode)`: the text the interpreter prints for `exc`
/// when uncaught (mode 0: with its cause/context chain; 1: without it; 2: only the
/// `Type: message` part). Fibra's `traceback` module is built on it, so the two agree.
fn sys_fibra_format_exception(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("_fibra_format_exception", 2, 2)?;
    if !matches!(a[0].payload(), Some(Payload::Exception(_))) {
        return Err(type_error(format!(
            "expected an exception, not {}",
            a[0].class().as_type().map_or("?", |t| t.name.as_str())
        )));
    }
    use crate::interp::traceback as tb;
    let text = match a[1].as_int() {
        Some(2) => tb::format_exception_only(cx, &a[0]),
        Some(1) => tb::format_exception_value(cx, &a[0], false),
        _ => tb::format_exception_value(cx, &a[0], true),
    };
    Ok(Value::string(text))
}

/// `sys._fibra_tb_entries(exc_or_tb)`: the frames of an exception or traceback object,
/// outermost first, as `(filename, lineno, name, line, text)` tuples, where `line` is the
/// stripped source line and `text` the entry as a traceback prints it (with carets).
fn sys_fibra_tb_entries(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("_fibra_tb_entries", 1, 1)?;
    if a[0].is_none() {
        return Ok(Value::list(Vec::new()));
    }
    use crate::interp::traceback as tb;
    let Some(entries) = tb::entries_of(&a[0]) else {
        return Err(type_error("expected an exception or a traceback"));
    };
    let items = entries
        .iter()
        .map(|e| {
            Value::tuple(vec![
                Value::string(e.filename.to_string()),
                Value::int(e.line as i64),
                Value::string(e.name.to_string()),
                Value::string(tb::entry_line(cx, e)),
                Value::string(tb::format_entry(cx, e)),
            ])
        })
        .collect();
    Ok(Value::list(items))
}
