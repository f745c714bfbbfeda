//! `BaseException` and the builtin exception classes: construction, `args`, str/repr,
//! `__cause__`/`__context__`, and the attributes of `StopIteration`, `SystemExit`,
//! `OSError`, `ImportError`, `KeyError`.

use super::{add_methods, set_ctor, BuiltinTypes};
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, Exc, PyResult};
use crate::object::{ExceptionObj, NativeFn, Payload, PropertyObj};
use crate::ops;
use crate::types::{self, types};
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.base_exception, exc_new);
    add_methods(
        &t.base_exception,
        "BaseException",
        &[
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("with_traceback", exc_with_traceback),
            ("add_note", exc_add_note),
        ],
    );
    add_property(&t.base_exception, "args", get_args, Some(set_args));
    add_property(&t.base_exception, "__cause__", get_cause, Some(set_cause));
    add_property(
        &t.base_exception,
        "__context__",
        get_context,
        Some(set_context),
    );
    add_property(
        &t.base_exception,
        "__suppress_context__",
        get_suppress,
        Some(set_suppress),
    );
    add_property(
        &t.base_exception,
        "__traceback__",
        get_traceback,
        Some(set_traceback),
    );
    add_property(
        &t.stop_iteration,
        "value",
        get_first_arg_value,
        Some(set_in_dict_value),
    );
    add_property(
        &t.system_exit,
        "code",
        get_first_arg_code,
        Some(set_in_dict_code),
    );
    add_methods(
        &t.syntax_error,
        "SyntaxError",
        &[
            ("__init__", syntax_error_init),
            ("__str__", syntax_error_str),
        ],
    );
    for name in SYNTAX_ERROR_FIELDS {
        t.syntax_error.set_attr_str(name, Value::NONE);
    }
    t.syntax_error
        .set_attr_str("print_file_and_line", Value::NONE);
    add_methods(&t.key_error, "KeyError", &[("__str__", key_error_str)]);
    add_methods(&t.os_error, "OSError", &[("__str__", os_error_str)]);
    add_property(&t.os_error, "errno", get_errno, Some(set_in_dict_errno));
    add_property(
        &t.os_error,
        "strerror",
        get_strerror,
        Some(set_in_dict_strerror),
    );
    add_property(
        &t.os_error,
        "filename",
        get_filename,
        Some(set_in_dict_filename),
    );
    add_property(
        &t.import_error,
        "name",
        get_import_name,
        Some(set_in_dict_name),
    );
    add_property(
        &t.import_error,
        "path",
        get_import_path,
        Some(set_in_dict_path),
    );
}

pub(crate) fn add_property(ty: &Value, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
    let fget = Value::native_fn(name, get);
    let fset = set.map_or(Value::NONE, |s| Value::native_fn(name, s));
    let p = Value::new_obj(
        types().property.clone(),
        Payload::Property(Box::new(PropertyObj {
            fget,
            fset,
            fdel: Value::NONE,
            doc: Value::NONE,
        })),
    );
    if let Some(o) = p.as_obj() {
        o.make_immortal();
    }
    ty.set_attr_str(name, p);
}

fn this(args: &Args) -> Value {
    args.values.first().cloned().unwrap_or(Value::NONE)
}

fn exc_obj(v: &Value) -> PyResult<&ExceptionObj> {
    match v.payload() {
        Some(Payload::Exception(e)) => Ok(e),
        _ => Err(type_error(format!(
            "descriptor requires a 'BaseException' object but received a '{}'",
            v.type_name()
        ))),
    }
}

/// `e.args` as a vector.
pub fn args_of(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Exception(e)) => e
            .state
            .lock()
            .args
            .as_tuple()
            .map(|t| t.to_vec())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// `e.args[0]`, or None when there are no arguments.
pub fn first_arg(v: &Value) -> Value {
    args_of(v).into_iter().next().unwrap_or(Value::NONE)
}

/// An exception class whose `__init__` is the native one takes no keyword arguments
/// (`ValueError(x=1)`); a script `__init__` may.
pub(crate) fn check_no_kwargs(cls: &Value, args: &Args) -> PyResult<()> {
    if args.has_kwargs() {
        let init = types::lookup(cls, "__init__");
        if init.is_some_and(|i| matches!(i.payload(), Some(Payload::NativeFunction(_)))) {
            return Err(type_error(format!(
                "{}() takes no keyword arguments",
                cls.as_type().map_or("?", |t| t.tp_name())
            )));
        }
    }
    Ok(())
}

fn exc_new(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let cls = this(args);
    check_no_kwargs(&cls, args)?;
    let pos = args.pos();
    let mut rest = pos.get(1..).unwrap_or(&[]).to_vec();
    let mut cls = cls;
    if (2..=5).contains(&rest.len()) && types::is_subclass(&cls, &types().os_error) {
        // As CPython's `OSError.__new__`: `OSError(errno, strerror)` picks the subclass
        // for the errno, and a filename leaves only `(errno, strerror)` in `args`.
        if cls.is(&types().os_error) {
            if let Some(n) = rest[0].as_int() {
                cls = os_error_type(n).clone();
            }
        }
        if rest.len() >= 3 && !rest[2].is_none() {
            let filename = rest[2].clone();
            rest.truncate(2);
            let e = Value::new_obj(
                cls,
                Payload::Exception(Box::new(ExceptionObj::new(Value::tuple(rest)))),
            );
            e.set_attr_str("filename", filename);
            return Ok(e);
        }
    }
    let syntax = types::is_subclass(&cls, &types().syntax_error);
    let e = Value::new_obj(
        cls,
        Payload::Exception(Box::new(ExceptionObj::new(Value::tuple(rest.clone())))),
    );
    if syntax {
        // Native `__init__`s are not called by `call_type`: CPython's SyntaxError_init.
        set_syntax_fields(_cx, &e, &rest)?;
    }
    Ok(e)
}

fn exc_init(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let e = exc_obj(&s)?;
    if let Some((k, _)) = args.kwargs().next() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments (got '{k}')",
            s.type_name()
        )));
    }
    let rest = args.pos().get(1..).unwrap_or(&[]).to_vec();
    e.state.lock().args = Value::tuple(rest);
    Ok(Value::NONE)
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`'s
/// attributes, in the order of the details tuple after `msg`.
const SYNTAX_ERROR_FIELDS: [&str; 7] = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

/// `SyntaxError.__init__`: `args`, then `msg` and the details tuple's fields as
/// attributes (CPython's `SyntaxError_init`).
fn syntax_error_init(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    exc_init(cx, args)?;
    let rest = args.pos().get(1..).unwrap_or(&[]);
    set_syntax_fields(cx, &this(args), rest)?;
    Ok(Value::NONE)
}

/// Sets `msg` from `args[0]` and the other fields from the details tuple `args[1]`.
fn set_syntax_fields(cx: &mut Ctx, s: &Value, rest: &[Value]) -> PyResult<()> {
    if let Some(msg) = rest.first() {
        s.set_attr_str("msg", msg.clone());
    }
    if rest.len() == 2 {
        let info = ops::to_vec(cx, &rest[1])?;
        if !(4..=6).contains(&info.len()) {
            return Err(Exc::new(&types().index_error, "tuple index out of range"));
        }
        for (name, v) in SYNTAX_ERROR_FIELDS[1..].iter().zip(info) {
            s.set_attr_str(name, v);
        }
    }
    Ok(())
}

/// `str(SyntaxError)`: `msg (file, line N)` with the file's base name, as CPython.
fn syntax_error_str(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let get = |name: &str| dict_attr(&s, name).unwrap_or(Value::NONE);
    // Built natively without `__init__` (`Exc::new`): the message is the first argument.
    let msg = match dict_attr(&s, "msg") {
        Some(m) => m,
        None => args_of(&s).first().cloned().unwrap_or(Value::NONE),
    };
    let msg = ops::str(cx, &msg)?;
    let filename = get("filename");
    let filename = filename
        .as_str()
        .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let lineno = get("lineno");
    let lineno = if lineno.class().is(&types().int) {
        lineno.as_int()
    } else {
        None
    };
    Ok(Value::string(match (filename, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    }))
}

/// The repr of a tuple of values, computed here so exceptions do not depend on `tuple`.
fn tuple_repr(cx: &mut Ctx, items: &[Value]) -> PyResult<String> {
    let mut s = String::from("(");
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&ops::repr(cx, v)?);
    }
    if items.len() == 1 {
        s.push(',');
    }
    s.push(')');
    Ok(s)
}

fn exc_str(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args_of(&this(args));
    match a.len() {
        0 => Ok(Value::str("")),
        1 => ops::str_value(cx, &a[0]),
        _ => Ok(Value::string(tuple_repr(cx, &a)?)),
    }
}

fn exc_repr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let a = args_of(&s);
    let name = s
        .class()
        .as_type()
        .map_or("?".to_string(), |t| t.name.clone());
    let mut out = format!("{name}(");
    for (i, v) in a.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&ops::repr(cx, v)?);
    }
    out.push(')');
    Ok(Value::string(out))
}

/// `e.with_traceback(tb)`: `tb` becomes the traceback of `e` (None: an empty one).
fn exc_with_traceback(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("with_traceback", 2, 2)?;
    crate::interp::frame_obj::set_traceback(&a[0], &a[1])?;
    Ok(a[0].clone())
}

/// `e.add_note(note)` (3.11): appends `note` to the list `e.__notes__`, creating it.
fn exc_add_note(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("add_note", 2, 2)?;
    if a[1].as_str().is_none() {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            a[1].type_name()
        )));
    }
    match dict_attr(&a[0], "__notes__") {
        None => a[0].set_attr_str("__notes__", Value::list(vec![a[1].clone()])),
        Some(notes) => match notes.payload() {
            Some(Payload::List(l)) => l.items.lock().push(a[1].clone()),
            _ => return Err(type_error("Cannot add note: __notes__ is not a list")),
        },
    }
    Ok(Value::NONE)
}

fn key_error_str(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args_of(&this(args));
    if a.len() == 1 {
        return Ok(Value::string(ops::repr(cx, &a[0])?));
    }
    exc_str(cx, args)
}

fn get_args(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let r = exc_obj(&s)?.state.lock().args.clone();
    Ok(r)
}

fn set_args(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("args", 2, 2)?;
    let items = ops::to_vec(cx, &a[1])?;
    exc_obj(&a[0])?.state.lock().args = Value::tuple(items);
    Ok(Value::NONE)
}

fn null_to_none(v: Value) -> Value {
    if v.is_null() {
        Value::NONE
    } else {
        v
    }
}

fn get_cause(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let r = null_to_none(exc_obj(&s)?.state.lock().cause.clone());
    Ok(r)
}

fn check_exc_or_none(v: &Value, what: &str) -> PyResult<()> {
    if v.is_none() || types::is_instance(v, &types().base_exception) {
        Ok(())
    } else {
        Err(type_error(format!(
            "exception {what} must be None or derive from BaseException"
        )))
    }
}

fn set_cause(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__cause__", 2, 2)?;
    check_exc_or_none(&a[1], "cause")?;
    let mut st = exc_obj(&a[0])?.state.lock();
    st.cause = a[1].clone();
    st.suppress_context = true;
    Ok(Value::NONE)
}

fn get_context(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let r = null_to_none(exc_obj(&s)?.state.lock().context.clone());
    Ok(r)
}

fn set_context(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__context__", 2, 2)?;
    check_exc_or_none(&a[1], "context")?;
    exc_obj(&a[0])?.state.lock().context = a[1].clone();
    Ok(Value::NONE)
}

fn get_suppress(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let r = Value::bool(exc_obj(&s)?.state.lock().suppress_context);
    Ok(r)
}

fn set_suppress(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("__suppress_context__", 2, 2)?;
    let b = ops::truthy(cx, &a[1])?;
    exc_obj(&a[0])?.state.lock().suppress_context = b;
    Ok(Value::NONE)
}

fn get_traceback(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(crate::interp::traceback::traceback_value(&this(args)))
}

/// `e.__traceback__ = tb` (a traceback or None).
fn set_traceback(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (Some(e), Some(tb)) = (args.values.first(), args.values.get(1)) else {
        return Ok(Value::NONE);
    };
    crate::interp::frame_obj::set_traceback(e, tb)?;
    Ok(Value::NONE)
}

/// An attribute stored in the instance dict (set explicitly), else computed.
fn dict_attr(v: &Value, name: &str) -> Option<Value> {
    v.namespace().and_then(|ns| ns.get_str(name))
}

fn set_dict(args: &Args, name: &str) -> PyResult<Value> {
    let a = args.check(name, 2, 2)?;
    a[0].set_attr_str(name, a[1].clone());
    Ok(Value::NONE)
}

macro_rules! dict_setter {
    ($fn:ident, $name:literal) => {
        fn $fn(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
            set_dict(args, $name)
        }
    };
}
dict_setter!(set_in_dict_value, "value");
dict_setter!(set_in_dict_code, "code");
dict_setter!(set_in_dict_errno, "errno");
dict_setter!(set_in_dict_strerror, "strerror");
dict_setter!(set_in_dict_filename, "filename");
dict_setter!(set_in_dict_name, "name");
dict_setter!(set_in_dict_path, "path");

fn get_first_arg_value(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    Ok(dict_attr(&s, "value").unwrap_or_else(|| first_arg(&s)))
}

fn get_first_arg_code(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    if let Some(v) = dict_attr(&s, "code") {
        return Ok(v);
    }
    let a = args_of(&s);
    Ok(match a.len() {
        0 => Value::NONE,
        1 => a[0].clone(),
        _ => Value::tuple(a),
    })
}

fn os_arg(v: &Value, name: &str, i: usize) -> Value {
    if let Some(x) = dict_attr(v, name) {
        return x;
    }
    let a = args_of(v);
    if (2..=5).contains(&a.len()) {
        a.get(i).cloned().unwrap_or(Value::NONE)
    } else {
        Value::NONE
    }
}

fn get_errno(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(os_arg(&this(args), "errno", 0))
}
fn get_strerror(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(os_arg(&this(args), "strerror", 1))
}
fn get_filename(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    if let Some(x) = dict_attr(&s, "filename") {
        return Ok(x);
    }
    let a = args_of(&s);
    Ok(if (3..=5).contains(&a.len()) {
        a[2].clone()
    } else {
        Value::NONE
    })
}

fn get_import_name(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(dict_attr(&this(args), "name").unwrap_or(Value::NONE))
}
fn get_import_path(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(dict_attr(&this(args), "path").unwrap_or(Value::NONE))
}

fn os_error_str(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = this(args);
    let errno = os_arg(&s, "errno", 0);
    let strerror = os_arg(&s, "strerror", 1);
    let filename = get_filename(cx, args)?;
    if !errno.is_none() || !strerror.is_none() {
        let e = ops::str(cx, &errno)?;
        let m = ops::str(cx, &strerror)?;
        if !filename.is_none() {
            let f = ops::repr(cx, &filename)?;
            return Ok(Value::string(format!("[Errno {e}] {m}: {f}")));
        }
        return Ok(Value::string(format!("[Errno {e}] {m}")));
    }
    exc_str(cx, args)
}

/// The `OSError` subclass CPython picks for an errno (Linux numbering), `OSError` itself
/// when none matches.
pub fn os_error_type(errno: i64) -> &'static Value {
    let t = types();
    match errno {
        1 | 13 => &t.permission_error,
        2 => &t.file_not_found_error,
        3 => &t.process_lookup_error,
        4 => &t.interrupted_error,
        10 => &t.child_process_error,
        11 | 114 | 115 => &t.blocking_io_error,
        17 => &t.file_exists_error,
        20 => &t.not_a_directory_error,
        21 => &t.is_a_directory_error,
        32 | 108 => &t.broken_pipe_error,
        103 => &t.connection_aborted_error,
        104 => &t.connection_reset_error,
        110 => &t.timeout_error,
        111 => &t.connection_refused_error,
        _ => &t.os_error,
    }
}

/// An `OSError` (the matching subclass) for an I/O error, with `errno`, `strerror` and
/// `filename` set the way CPython reports them.
pub fn os_error_from_io(e: &std::io::Error, filename: Option<&str>) -> Exc {
    use std::io::ErrorKind;
    let errno = e.raw_os_error().unwrap_or(match e.kind() {
        ErrorKind::NotFound => 2,
        ErrorKind::PermissionDenied => 13,
        ErrorKind::AlreadyExists => 17,
        _ => 5,
    });
    let ty = os_error_type(errno.into());
    let strerror = match errno {
        2 => "No such file or directory".to_string(),
        13 => "Permission denied".to_string(),
        17 => "File exists".to_string(),
        21 => "Is a directory".to_string(),
        20 => "Not a directory".to_string(),
        _ => {
            let s = e.to_string();
            // Rust appends " (os error N)"; CPython does not.
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    };
    let mut args = vec![Value::int(errno as i64), Value::string(strerror)];
    if let Some(f) = filename {
        args.push(Value::str(f));
    }
    Exc::with_args(ty, args)
}
