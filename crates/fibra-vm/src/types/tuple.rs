//! `tuple`: immutable sequence protocol, lexicographic comparisons, hashing, repr, and
//! the `index`/`count` methods.

use fibra_bytecode::CompareOp;

use super::common::{
    clamp_range, margs, norm_index, opt_index, other, recv, repeat_count, repeat_vec, seq_compare,
};
use super::slice::{positions, slice_indices};
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::object::hash::hash_tuple_of;
use crate::object::Payload;
use crate::ops;
use crate::types::{add_methods, set_ctor, types};
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.tuple, tuple_new);
    add_methods(
        &t.tuple,
        "tuple",
        &[
            ("__len__", t_len),
            ("__getitem__", t_getitem),
            ("__contains__", t_contains),
            ("__iter__", t_iter),
            ("__reversed__", t_reversed),
            ("__add__", t_add),
            ("__mul__", t_mul),
            ("__rmul__", t_mul),
            ("__eq__", t_eq),
            ("__ne__", t_ne),
            ("__lt__", t_lt),
            ("__le__", t_le),
            ("__gt__", t_gt),
            ("__ge__", t_ge),
            ("__hash__", t_hash),
            ("__repr__", t_repr),
            ("__getnewargs__", t_getnewargs),
            ("index", t_index),
            ("count", t_count),
        ],
    );
}

fn items<'a>(args: &Args<'a>) -> &'a [Value] {
    recv(args).as_tuple().unwrap_or(&[])
}

fn t_len(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(items(args).len() as i64))
}

/// `seq[key]` for a snapshot of items; `what` names the type in messages.
pub(crate) fn seq_getitem(
    cx: &mut Ctx,
    v: &[Value],
    key: &Value,
    what: &str,
    make: fn(Vec<Value>) -> Value,
) -> PyResult<Value> {
    if let Some(i) = key.as_int() {
        return match norm_index(i, v.len()) {
            Some(j) => Ok(v[j].clone()),
            None => Err(index_error(format!("{what} index out of range"))),
        };
    }
    if let Some(Payload::Slice(sl)) = key.payload() {
        let (start, _, step, count) = slice_indices(cx, sl, v.len())?;
        if step == 1 {
            return Ok(make(v[start as usize..start as usize + count].to_vec()));
        }
        return Ok(make(
            positions(start, step, count)
                .map(|p| v[p].clone())
                .collect(),
        ));
    }
    if key.as_float().is_none()
        && key.as_str().is_none()
        && (super::int::is_int(key) || crate::types::lookup(key.class(), "__index__").is_some())
    {
        let i = ops::index(cx, key)?;
        return seq_getitem(cx, v, &Value::int(i), what, make);
    }
    Err(type_error(format!(
        "{what} indices must be integers or slices, not {}",
        key.type_name()
    )))
}

fn t_getitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let key = other(args);
    if let Some(Payload::Slice(sl)) = key.payload() {
        // t[:] of an exact tuple is the tuple itself.
        if sl.start.is_none()
            && sl.stop.is_none()
            && sl.step.is_none()
            && recv(args).class().is(&types().tuple)
        {
            return Ok(recv(args).clone());
        }
    }
    seq_getitem(cx, items(args), key, "tuple", Value::tuple)
}

/// `x in seq` by identity or `==`.
pub(crate) fn seq_contains(cx: &mut Ctx, v: &[Value], x: &Value) -> PyResult<bool> {
    for it in v {
        if it.is(x) || ops::eq(cx, it, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn t_contains(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(seq_contains(cx, items(args), other(args))?))
}

fn t_iter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::native_iter(super::iter::TupleIter::new(
        recv(args).clone(),
    )))
}

fn t_reversed(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::native_iter(super::iter::TupleIter::reversed(
        recv(args).clone(),
    )))
}

fn t_add(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let Some(o) = other(args).as_tuple() else {
        return Err(type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            other(args).type_name()
        )));
    };
    let a = items(args);
    let mut v = Vec::new();
    v.try_reserve_exact(a.len() + o.len())
        .map_err(|_| crate::error::memory_error())?;
    v.extend(a.iter().cloned());
    v.extend(o.iter().cloned());
    Ok(Value::tuple(v))
}

fn t_mul(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let Some(n) = repeat_count(cx, other(args))? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if n == 1 && recv(args).class().is(&types().tuple) {
        return Ok(recv(args).clone());
    }
    Ok(Value::tuple(repeat_vec(items(args), n)?))
}

fn cmp(cx: &mut Ctx, args: &Args, op: CompareOp) -> PyResult<Value> {
    let Some(b) = other(args).as_tuple() else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(Value::bool(seq_compare(cx, items(args), b, op)?))
}

fn t_eq(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    cmp(cx, args, CompareOp::Eq)
}
fn t_ne(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    cmp(cx, args, CompareOp::Ne)
}
fn t_lt(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    cmp(cx, args, CompareOp::Lt)
}
fn t_le(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    cmp(cx, args, CompareOp::Le)
}
fn t_gt(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    cmp(cx, args, CompareOp::Gt)
}
fn t_ge(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    cmp(cx, args, CompareOp::Ge)
}

fn t_hash(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let v = items(args);
    let mut hs = Vec::with_capacity(v.len());
    for it in v {
        hs.push(ops::hash(cx, it)?);
    }
    Ok(Value::int(hash_tuple_of(hs.into_iter())))
}

/// Joins the reprs of `v` with ", ".
pub(crate) fn join_reprs(cx: &mut Ctx, v: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, it) in v.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&ops::repr(cx, it)?);
    }
    Ok(out)
}

fn t_repr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let v = items(args);
    if v.is_empty() {
        return Ok(Value::str("()"));
    }
    let Some(_g) = super::common::repr_enter(recv(args)) else {
        return Ok(Value::str("(...)"));
    };
    let inner = join_reprs(cx, v)?;
    Ok(Value::string(if v.len() == 1 {
        format!("({inner},)")
    } else {
        format!("({inner})")
    }))
}

fn t_getnewargs(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::tuple(items(args).to_vec())]))
}

/// `seq.index(x[, start[, stop]])` over a snapshot.
pub(crate) fn seq_index(cx: &mut Ctx, v: &[Value], a: &[Value], what: &str) -> PyResult<Value> {
    let start = opt_index(cx, a.get(1))?;
    let stop = opt_index(cx, a.get(2))?;
    let (s, e) = clamp_range(start, stop, v.len());
    for (i, it) in v.iter().enumerate().take(e).skip(s) {
        if it.is(&a[0]) || ops::eq(cx, it, &a[0])? {
            return Ok(Value::int(i as i64));
        }
    }
    if what == "list" {
        let r = ops::repr(cx, &a[0])?;
        return Err(value_error(format!("{r} is not in list")));
    }
    Err(value_error(format!("{what}.index(x): x not in {what}")))
}

/// `seq.count(x)` over a snapshot.
pub(crate) fn seq_count(cx: &mut Ctx, v: &[Value], x: &Value) -> PyResult<Value> {
    let mut n = 0;
    for it in v {
        if it.is(x) || ops::eq(cx, it, x)? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}

fn t_index(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "index", 1, 3)?;
    seq_index(cx, items(args), a, "tuple")
}

fn t_count(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "count", 1, 1)?;
    seq_count(cx, items(args), &a[0])
}

fn tuple_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("tuple", 1, 2).map_err(|_| {
        type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.pos().len().saturating_sub(1)
        ))
    })?;
    let cls = &a[0];
    let exact = cls.is(&types().tuple);
    let v = match a.get(1) {
        None => Vec::new(),
        Some(x) => {
            if exact && x.class().is(&types().tuple) {
                return Ok(x.clone());
            }
            ops::to_vec(cx, x)?
        }
    };
    if exact {
        Ok(Value::tuple(v))
    } else {
        Ok(Value::new_obj(
            cls.clone(),
            Payload::Tuple(v.into_boxed_slice()),
        ))
    }
}

// ---- struct sequences --------------------------------------------------------------------

/// A CPython "struct sequence" class such as `sys.version_info` (`module.name`): a tuple
/// subclass whose items are also named attributes (up to 16), with the repr
/// `sys.version_info(major=3, ...)`. The names are kept in `__match_args__`, as CPython
/// does.
pub fn struct_seq_type(module: &str, name: &str, fields: &[&'static str]) -> Value {
    const GETTERS: [crate::object::NativeFn; 16] = [
        seq_field::<0>,
        seq_field::<1>,
        seq_field::<2>,
        seq_field::<3>,
        seq_field::<4>,
        seq_field::<5>,
        seq_field::<6>,
        seq_field::<7>,
        seq_field::<8>,
        seq_field::<9>,
        seq_field::<10>,
        seq_field::<11>,
        seq_field::<12>,
        seq_field::<13>,
        seq_field::<14>,
        seq_field::<15>,
    ];
    let dict = Value::dict();
    let cls = crate::interp::class::new_class(name, name, module, types().tuple.clone(), dict);
    cls.set_attr_str(
        "__match_args__",
        Value::tuple(fields.iter().map(|f| Value::str(f)).collect()),
    );
    cls.set_attr_str(
        "__repr__",
        Value::native_method("", "__repr__", struct_seq_repr),
    );
    let props: Vec<(&'static str, crate::object::NativeFn)> =
        fields.iter().zip(GETTERS).map(|(f, g)| (*f, g)).collect();
    crate::builtins::add_properties(&cls, &props);
    cls
}

/// An instance of a [`struct_seq_type`] class.
pub fn struct_seq(cls: &Value, values: Vec<Value>) -> Value {
    Value::new_obj(cls.clone(), Payload::Tuple(values.into_boxed_slice()))
}

fn seq_field<const I: usize>(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let this = recv(args);
    Ok(this
        .as_tuple()
        .and_then(|t| t.get(I).cloned())
        .unwrap_or(Value::NONE))
}

fn struct_seq_repr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let this = recv(args);
    let cls = this.class();
    let names = super::lookup(cls, "__match_args__").unwrap_or(Value::NONE);
    let names = names.as_tuple().unwrap_or(&[]);
    let mut out = format!("{}(", super::object::class_path(cls));
    for (i, v) in this.as_tuple().unwrap_or(&[]).iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(names.get(i).and_then(|n| n.as_str()).unwrap_or("?"));
        out.push('=');
        out.push_str(&ops::repr(cx, v)?);
    }
    out.push(')');
    Ok(Value::string(out))
}
