//! Calls: binding arguments to a script function's parameters (with CPython's error
//! messages), running its frame, and instantiating classes.

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, Exc, PyResult};
use crate::interp::eval::{as_dict, run_frame, Flow};
use crate::interp::frame::Frame;
use crate::interp::generator;
use crate::object::{FunctionObj, Payload};
use crate::ops::{self, prepend};
use crate::types::{self, types};
use crate::value::Value;

/// Calls a script function.
pub fn call_function(
    cx: &mut Ctx,
    f: &Value,
    values: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let Some(Payload::Function(func)) = f.payload() else {
        return Err(type_error("call_function: not a function"));
    };
    let frame = make_frame(cx, func, values, kwnames)?;
    if func.code.obj.flags.generator {
        return Ok(generator::new_generator(cx, func, frame));
    }
    let r = run_function_frame(cx, frame);
    after_call(cx);
    r
}

/// After a script call, its frame gone: the `__del__` methods and weak-reference callbacks
/// of what died with its locals run before the caller goes on, as in CPython (otherwise
/// one flag load).
#[inline(always)]
pub(crate) fn after_call(cx: &mut Ctx) {
    if cx.rc_owner.poll() {
        crate::object::weakref::run_pending(cx);
    }
}

/// Runs a new function frame to completion, counting the recursion depth.
pub fn run_function_frame(cx: &mut Ctx, mut frame: Frame) -> PyResult<Value> {
    cx.enter_recursion()?;
    let r = run_frame(cx, &mut frame, None);
    cx.leave_recursion();
    match r? {
        Flow::Return(v) | Flow::Yield(v) => Ok(v),
        Flow::Next => Ok(Value::NONE),
    }
}

/// Creates the frame for calling `func` with the given arguments.
pub fn make_frame(
    cx: &mut Ctx,
    func: &FunctionObj,
    values: &[Value],
    kwnames: &[Value],
) -> PyResult<Frame> {
    let mut frame = empty_frame(cx, func);
    let code = &func.code;
    let argcount = code.obj.argcount as usize;
    if code.simple_args && kwnames.is_empty() && values.len() == argcount {
        frame.fast[..argcount].clone_from_slice(values);
    } else {
        bind_args(func, &mut frame.fast, values, kwnames)?;
    }
    init_cells(&mut frame, func, Value::clone);
    Ok(frame)
}

/// A frame for calling `func`, its arguments and deref cells not filled in yet.
#[inline]
pub(crate) fn empty_frame(cx: &Ctx, func: &FunctionObj) -> Frame {
    Frame::new(
        func.code.clone(),
        func.globals.clone(),
        cx.vm.builtins_dict.clone(),
        Value::NULL,
    )
}

/// Fills `frame`'s deref slots for `func`: a new empty cell per cellvar, then
/// `closure_cell(c)` for each of the function's closure cells (a counted clone, or a
/// borrowed copy when something else keeps the function alive for the frame's life).
#[inline]
pub(crate) fn init_cells(
    frame: &mut Frame,
    func: &FunctionObj,
    closure_cell: impl Fn(&Value) -> Value,
) {
    let deref = &mut frame.fast[func.code.nlocals..];
    let ncell = func.code.obj.cellvars.len().min(deref.len());
    let (cells, free) = deref.split_at_mut(ncell);
    cells.fill_with(|| Value::cell(Value::NULL));
    for (slot, c) in free.iter_mut().zip(func.closure.iter()) {
        *slot = closure_cell(c);
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Binds positional and keyword arguments into `fast` (CPython's rules and messages).
pub fn bind_args(
    func: &FunctionObj,
    fast: &mut [Value],
    values: &[Value],
    kwnames: &[Value],
) -> PyResult<()> {
    let co = &func.code.obj;
    let fname = func.qualname.as_str().unwrap_or("?");
    let argcount = co.argcount as usize;
    let posonly = co.posonlyargcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let npos = values.len() - kwnames.len();
    let (pos, kwvals) = values.split_at(npos);

    // Positional arguments.
    for (i, v) in pos.iter().take(argcount).enumerate() {
        fast[i] = v.clone();
    }
    let mut slot = argcount + kwonly;
    if co.flags.varargs {
        let extra = if npos > argcount {
            pos[argcount..].to_vec()
        } else {
            Vec::new()
        };
        fast[slot] = Value::tuple(extra);
        slot += 1;
    }
    let kwdict = if co.flags.varkeywords {
        let d = Value::dict();
        fast[slot] = d.clone();
        Some(d)
    } else {
        None
    };

    // Keyword arguments.
    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for (k, v) in kwnames.iter().zip(kwvals) {
        let name = k.as_str().unwrap_or("");
        let idx = co.varnames[posonly..argcount + kwonly]
            .iter()
            .position(|n| &**n == name)
            .map(|i| i + posonly);
        match idx {
            Some(j) => {
                if !fast[j].is_null() {
                    return Err(type_error(format!(
                        "{fname}() got multiple values for argument '{name}'"
                    )));
                }
                fast[j] = v.clone();
            }
            None => {
                if let Some(d) = kwdict.as_ref().and_then(as_dict) {
                    d.set_str(name, v.clone());
                } else if co.varnames[..posonly].iter().any(|n| &**n == name) {
                    posonly_as_kw.push(name);
                } else {
                    return Err(type_error(format!(
                        "{fname}() got an unexpected keyword argument '{name}'"
                    )));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        )));
    }

    // Too many positional arguments.
    if npos > argcount && !co.flags.varargs {
        let ndefaults = func.defaults.as_tuple().map_or(0, |t| t.len());
        let kwonly_given = (argcount..argcount + kwonly)
            .filter(|&i| !fast[i].is_null())
            .count();
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - ndefaults,
                argcount
            )
        } else {
            plural(argcount, "positional argument")
        };
        let given = if kwonly_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos,
                if npos == 1 { "" } else { "s" },
                kwonly_given,
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else if npos == 1 {
            "1 was given".to_string()
        } else {
            format!("{npos} were given")
        };
        return Err(type_error(format!("{fname}() takes {takes} but {given}")));
    }

    // Defaults and missing positional arguments.
    if npos < argcount {
        let defaults = func.defaults.as_tuple().unwrap_or(&[]);
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in npos..argcount {
            if fast[i].is_null() {
                if i >= first_default {
                    fast[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(&*co.varnames[i]);
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{fname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
    }

    // Keyword-only defaults.
    if kwonly > 0 {
        let kwdefaults = as_dict(&func.kwdefaults);
        let mut missing = Vec::new();
        for (slot, name) in fast[argcount..argcount + kwonly]
            .iter_mut()
            .zip(&co.varnames[argcount..])
        {
            if slot.is_null() {
                match kwdefaults.and_then(|d| d.get_str(name)) {
                    Some(v) => *slot = v,
                    None => missing.push(&**name),
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{fname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
    }
    Ok(())
}

/// `cls(*args)`: a metaclass's own `__call__` when it defines one (a singleton
/// metaclass), else [`instantiate`].
pub fn call_type(
    cx: &mut Ctx,
    cls: &Value,
    values: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let t = types();
    let meta = cls.class();
    if !meta.is(&t.type_) {
        if let Some(call) = cx.lookup.class_attr_str(meta, "__call__") {
            // `type.__call__` (native) is `instantiate` itself.
            if !matches!(call.payload(), Some(Payload::NativeFunction(_))) {
                let meta = meta.clone();
                return match ops::bind(cx, &call, cls, &meta)? {
                    ops::Bound::Method(m) => ops::call_kw(cx, &m, &prepend(cls, values), kwnames),
                    ops::Bound::Value(v) => ops::call_kw(cx, &v, values, kwnames),
                };
            }
        }
    }
    instantiate(cx, cls, values, kwnames)
}

/// `type.__call__(cls, *args)`: the constructor found along the MRO creates the object,
/// then `__init__` (when it is not a native one: native constructors initialise fully)
/// initialises it.
pub fn instantiate(
    cx: &mut Ctx,
    cls: &Value,
    values: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let t = types();
    if cls.is(&t.type_) && values.len() == 1 && kwnames.is_empty() {
        return Ok(values[0].class().clone());
    }
    // A `__new__` written in Python (a staticmethod in the class namespace) creates the
    // object; `__init__` then runs when it returned an instance of `cls`.
    if let Some(new) = cx.lookup.class_attr_str(cls, "__new__") {
        if let Some(Payload::StaticMethod(f)) = new.payload() {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let obj = ops::call_kw(cx, f, &prepend(cls, values), kwnames)?;
                return init_instance(cx, cls, obj, values, kwnames);
            }
        }
    }
    let Some(ctor) = types::find_ctor(cls) else {
        return Err(type_error(format!(
            "cannot create '{}' instances",
            cls.as_type().map_or("?", |t| t.tp_name())
        )));
    };
    let args = prepend(cls, values);
    let obj = ctor(cx, &Args::new(&args, kwnames))?;
    init_instance(cx, cls, obj, values, kwnames)
}

/// Runs a script-level `__init__` on a freshly created `obj` when it is an instance of `cls`.
fn init_instance(
    cx: &mut Ctx,
    cls: &Value,
    obj: Value,
    values: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if types::is_instance(&obj, cls) {
        if let Some(init) = cx.lookup.class_attr_str(cls, "__init__") {
            let native = matches!(init.payload(), Some(Payload::NativeFunction(_)));
            if !native {
                let r = match ops::bind(cx, &init, &obj, cls)? {
                    ops::Bound::Method(m) => ops::call_kw(cx, &m, &prepend(&obj, values), kwnames)?,
                    ops::Bound::Value(v) => ops::call_kw(cx, &v, values, kwnames)?,
                };
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        r.type_name()
                    )));
                }
            }
        }
    }
    Ok(obj)
}

/// RecursionError for the depth check.
pub fn recursion_error() -> Exc {
    Exc::new(&types().recursion_error, "maximum recursion depth exceeded")
}

#[cfg(test)]
mod tests {
    use super::name_list;

    #[test]
    fn names() {
        assert_eq!(name_list(&["a"]), "'a'");
        assert_eq!(name_list(&["a", "b"]), "'a' and 'b'");
        assert_eq!(name_list(&["a", "b", "c"]), "'a', 'b', and 'c'");
    }
}
