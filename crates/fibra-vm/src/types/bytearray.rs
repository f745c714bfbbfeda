//! `bytearray`: a mutable sequence of bytes.
//!
//! Design: a bytearray is a `Payload::Native` holding a [`ByteArray`] (an `ObjLock<Vec<u8>>`),
//! whose class is the builtin type `types().bytearray` (or a script subclass of it). This
//! needs no new `Payload` variant, so the object model's shared files stay untouched; code
//! that accepts bytes-like objects calls [`bytes_like`], which borrows a `bytes` payload and
//! snapshots a bytearray (so no lock is ever held while other code runs).
//!
//! The mutating protocol (item and slice assignment, `del`, `append`, `+=`, ...) is
//! implemented here; the read-only methods shared with `bytes` (`find`, `split`, `decode`,
//! comparisons, `%` ...) run the `bytes` implementation on a snapshot and convert `bytes`
//! results back to `bytearray`, as CPython's bytearray methods return bytearrays.

use std::any::Any;
use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};

use fibra_bytecode::CompareOp;

use super::bytes as b;
use super::common::{index_arg, margs, norm_index, other, recv, repeat_count, repeat_total};
use super::slice::{positions, slice_indices};
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{index_error, memory_error, type_error, value_error, PyResult};
use crate::object::{ChargedLock, Footprint, NativeFn, NativeIterator, NativeObject, Payload};
use crate::ops;
use crate::types::{add_methods, set_ctor, types};
use crate::value::Value;

/// The contents of a bytearray object.
pub struct ByteArray {
    pub data: ChargedLock<Vec<u8>>,
    /// Live memoryviews of this bytearray: while nonzero, its length is fixed (raised and
    /// checked under `data`'s lock, see `memoryview.rs`).
    pub exports: AtomicUsize,
}

impl ByteArray {
    fn new(data: Vec<u8>) -> ByteArray {
        ByteArray {
            data: ChargedLock::new(data),
            exports: AtomicUsize::new(0),
        }
    }
}

/// The BufferError for resizing an exporter that has live memoryviews.
pub(crate) fn exported_error() -> crate::error::Exc {
    crate::error::Exc::new(
        &types().buffer_error,
        "Existing exports of data: object cannot be re-sized",
    )
}

/// Fails if `ba` may not change its length now; call with `ba.data` locked.
fn check_resize(ba: &ByteArray) -> PyResult<()> {
    if ba.exports.load(Ordering::Acquire) != 0 {
        return Err(exported_error());
    }
    Ok(())
}

impl NativeObject for ByteArray {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn footprint(&self) -> usize {
        self.data.lock().footprint()
    }
}

/// The bytes of a bytes-like object: borrowed for `bytes`, a snapshot for `bytearray` and
/// `memoryview`.
pub fn bytes_like(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(Cow::Borrowed(b)),
        Payload::Native(_) => match v.downcast_native::<ByteArray>() {
            Some(ba) => Some(Cow::Owned(ba.data.lock().clone())),
            None => super::memoryview::bytes_of_view(v),
        },
        _ => None,
    }
}

/// A new `bytearray` holding `data`.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::native_obj(types().bytearray.clone(), ByteArray::new(data))
}

/// Is `v` a bytearray (or an instance of a subclass)?
pub fn is_bytearray(v: &Value) -> bool {
    v.downcast_native::<ByteArray>().is_some()
}

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.bytearray, bytearray_new);
    add_methods(
        &t.bytearray,
        "bytearray",
        &[
            ("__repr__", ba_repr),
            ("__str__", ba_repr),
            ("__len__", ba_len),
            ("__getitem__", ba_getitem),
            ("__setitem__", ba_setitem),
            ("__delitem__", ba_delitem),
            ("__iter__", ba_iter),
            ("__contains__", ba_contains),
            ("__add__", ba_add),
            ("__iadd__", ba_iadd),
            ("__mul__", ba_mul),
            ("__rmul__", ba_mul),
            ("__imul__", ba_imul),
            ("__mod__", ba_mod),
            ("__eq__", ba_eq),
            ("__ne__", ba_ne),
            ("__lt__", ba_lt),
            ("__le__", ba_le),
            ("__gt__", ba_gt),
            ("__ge__", ba_ge),
            ("append", ba_append),
            ("extend", ba_extend),
            ("insert", ba_insert),
            ("pop", ba_pop),
            ("remove", ba_remove),
            ("clear", ba_clear),
            ("reverse", ba_reverse),
            ("copy", ba_copy),
            ("__alloc__", ba_alloc),
            ("__rmod__", super::common::not_implemented),
        ],
    );
    add_methods(&t.bytearray, "bytearray", super::bytes_methods::SHARED);
    t.bytearray.set_attr_str("__hash__", Value::NONE);
    t.bytearray.set_attr_str(
        "maketrans",
        Value::new_obj(
            types().staticmethod.clone(),
            Payload::StaticMethod(Value::native_method(
                "bytearray",
                "maketrans",
                super::bytes_methods::m_maketrans,
            )),
        ),
    );
    t.bytearray.set_attr_str(
        "fromhex",
        Value::new_obj(
            types().classmethod.clone(),
            Payload::ClassMethod(Value::native_method("bytearray", "fromhex", ba_fromhex)),
        ),
    );
}

fn ba<'a>(args: &Args<'a>) -> PyResult<&'a ByteArray> {
    recv(args)
        .downcast_native::<ByteArray>()
        .ok_or_else(|| type_error("descriptor requires a 'bytearray' object"))
}

fn snapshot(args: &Args) -> PyResult<Vec<u8>> {
    Ok(ba(args)?.data.lock().clone())
}

/// Runs the `bytes` method `f` on a snapshot of the receiver (same other arguments).
fn delegate(cx: &mut Ctx, args: &Args, f: NativeFn) -> PyResult<Value> {
    let me = Value::bytes(snapshot(args)?);
    let mut vals = Vec::with_capacity(args.values.len());
    vals.push(me);
    vals.extend(args.values.iter().skip(1).cloned());
    f(cx, &Args::new(&vals, args.kwnames))
}

/// A `bytes` result as a bytearray (other values unchanged).
fn to_ba(v: Value) -> Value {
    match v.payload() {
        Some(Payload::Bytes(bs)) if v.class().is(&types().bytes) => new_bytearray(bs.to_vec()),
        _ => v,
    }
}

fn same(v: Value) -> Value {
    v
}

/// Defines bytearray methods that run the bytes implementation on a snapshot.
macro_rules! forward {
    ($($name:ident => $f:ident, $conv:ident;)*) => {
        $(
            fn $name(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
                Ok($conv(delegate(cx, args, b::$f)?))
            }
        )*
    };
}

forward! {
    ba_contains => b_contains, same;
    ba_mul => b_mul, to_ba;
    ba_mod => b_mod, to_ba;
}

/// Defines bytearray comparisons (with any bytes-like object, memoryview included).
macro_rules! comparisons {
    ($($name:ident => $op:ident;)*) => {
        $(
            fn $name(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
                Ok(b::compare(&snapshot(args)?, other(args), CompareOp::$op))
            }
        )*
    };
}

comparisons! {
    ba_eq => Eq;
    ba_ne => Ne;
    ba_lt => Lt;
    ba_le => Le;
    ba_gt => Gt;
    ba_ge => Ge;
}

fn ba_fromhex(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let data = super::bytes_methods::parse_fromhex(args)?;
    let cls = recv(args);
    if cls.is(&types().bytearray) {
        return Ok(new_bytearray(data));
    }
    ops::call(cx, cls, &[Value::bytes(data)])
}

/// `bytearray.__alloc__()`: the allocated size in bytes (CPython keeps one spare byte).
fn ba_alloc(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "__alloc__", 0, 0)?;
    let data = ba(args)?.data.lock();
    let n = if data.capacity() == 0 {
        0
    } else {
        data.capacity().max(data.len() + 1)
    };
    Ok(Value::int(n as i64))
}

/// A new instance of `cls` (bytearray or a subclass) holding `data`.
fn make(cls: &Value, data: Vec<u8>) -> PyResult<Value> {
    if cls.is(&types().bytearray) {
        return Ok(new_bytearray(data));
    }
    if !crate::types::is_subclass(cls, &types().bytearray) {
        return Err(type_error(format!(
            "{} is not a subtype of bytearray",
            cls.as_type().map_or("?", |t| t.tp_name())
        )));
    }
    Ok(Value::native_obj(cls.clone(), ByteArray::new(data)))
}

fn bytearray_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let cls = args
        .pos()
        .first()
        .cloned()
        .unwrap_or_else(|| types().bytearray.clone());
    let data = b::new_contents(cx, args, "bytearray")?;
    make(&cls, data)
}

fn ba_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let data = snapshot(args)?;
    let mut r = b::repr_bytes(&data);
    if r.starts_with("b\"") {
        // Unlike bytes, CPython's bytearray repr escapes `'` even inside double quotes.
        r = r.replace('\'', "\\'");
    }
    Ok(Value::string(format!("{}({r})", recv(args).type_name())))
}

fn ba_len(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(ba(args)?.data.lock().len() as i64))
}

/// A byte value for storing: an int (or `__index__`) in range(256).
fn byte_value(cx: &mut Ctx, v: &Value) -> PyResult<u8> {
    let i = ops::index(cx, v)?;
    u8::try_from(i).map_err(|_| value_error("byte must be in range(0, 256)"))
}

/// An integer index (not a slice) for get/set/del.
fn int_key(cx: &mut Ctx, key: &Value) -> PyResult<i64> {
    if !super::int::is_int(key) && crate::types::lookup(key.class(), "__index__").is_none() {
        return Err(type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            key.type_name()
        )));
    }
    index_arg(cx, key)
}

fn ba_getitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let me = ba(args)?;
    let key = other(args);
    if let Some(Payload::Slice(sl)) = key.payload() {
        let len = me.data.lock().len();
        let (start, _, step, count) = slice_indices(cx, sl, len)?;
        let data = me.data.lock();
        let out: Vec<u8> = positions(start, step, count)
            .filter_map(|p| data.get(p).copied())
            .collect();
        drop(data);
        return Ok(new_bytearray(out));
    }
    let i = int_key(cx, key)?;
    let data = me.data.lock();
    match norm_index(i, data.len()) {
        Some(j) => Ok(Value::int(data[j] as i64)),
        None => Err(index_error("bytearray index out of range")),
    }
}

/// The bytes of the right-hand side of a slice assignment.
fn assigned_bytes(cx: &mut Ctx, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(bs) = bytes_like(v) {
        return Ok(bs.into_owned());
    }
    let bad =
        || type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    if super::int::is_int(v) || v.as_str().is_some() {
        return Err(bad());
    }
    let items = ops::to_vec(cx, v).map_err(|e| {
        if e.matches(&types().type_error) {
            bad()
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    out.try_reserve_exact(items.len())
        .map_err(|_| memory_error())?;
    for it in &items {
        out.push(byte_value(cx, it)?);
    }
    Ok(out)
}

fn ba_setitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "__setitem__", 2, 2)?;
    let me = ba(args)?;
    let (key, value) = (&a[0], &a[1]);
    if let Some(Payload::Slice(sl)) = key.payload() {
        let new = assigned_bytes(cx, value)?;
        let len = me.data.lock().len();
        let (start, stop, step, count) = slice_indices(cx, sl, len)?;
        let mut data = me.data.lock();
        let n = data.len();
        if step == 1 {
            let s = (start.max(0) as usize).min(n);
            let e = (stop.max(start).max(0) as usize).min(n).max(s);
            if new.len() != e - s {
                check_resize(me)?;
            }
            data.try_reserve(new.len().saturating_sub(e - s))
                .map_err(|_| memory_error())?;
            data.splice(s..e, new);
            return Ok(Value::NONE);
        }
        if new.len() != count {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                count
            )));
        }
        for (p, v) in positions(start, step, count).zip(new) {
            if let Some(slot) = data.get_mut(p) {
                *slot = v;
            }
        }
        return Ok(Value::NONE);
    }
    let i = int_key(cx, key)?;
    let v = byte_value(cx, value)?;
    let mut data = me.data.lock();
    match norm_index(i, data.len()) {
        Some(j) => {
            data[j] = v;
            Ok(Value::NONE)
        }
        None => Err(index_error("bytearray index out of range")),
    }
}

fn ba_delitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let me = ba(args)?;
    let key = other(args);
    if let Some(Payload::Slice(sl)) = key.payload() {
        let len = me.data.lock().len();
        let (start, _, step, count) = slice_indices(cx, sl, len)?;
        if count == 0 {
            return Ok(Value::NONE);
        }
        let mut data = me.data.lock();
        check_resize(me)?;
        if step == 1 {
            let s = (start as usize).min(data.len());
            let e = (s + count).min(data.len());
            data.drain(s..e);
        } else {
            let mut doomed: Vec<usize> = positions(start, step, count).collect();
            doomed.sort_unstable();
            let mut k = 0;
            let mut idx = 0;
            data.retain(|_| {
                let drop_it = k < doomed.len() && doomed[k] == idx;
                if drop_it {
                    k += 1;
                }
                idx += 1;
                !drop_it
            });
        }
        return Ok(Value::NONE);
    }
    let i = int_key(cx, key)?;
    let mut data = me.data.lock();
    check_resize(me)?;
    match norm_index(i, data.len()) {
        Some(j) => {
            data.remove(j);
            Ok(Value::NONE)
        }
        None => Err(index_error("bytearray index out of range")),
    }
}

/// Iterates a bytearray, re-reading its length each step (it may change meanwhile).
struct ByteArrayIter {
    ba: Value,
    pos: AtomicUsize,
}

impl NativeIterator for ByteArrayIter {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        let Some(me) = self.ba.downcast_native::<ByteArray>() else {
            return Ok(None);
        };
        let p = self.pos.load(Ordering::Relaxed);
        let c = me.data.lock().get(p).copied();
        match c {
            Some(c) => {
                self.pos.store(p + 1, Ordering::Relaxed);
                Ok(Some(Value::int(c as i64)))
            }
            None => Ok(None),
        }
    }
}

fn ba_iter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    ba(args)?;
    Ok(Value::native_iter(ByteArrayIter {
        ba: recv(args).clone(),
        pos: AtomicUsize::new(0),
    }))
}

fn concat_error(v: &Value) -> crate::error::Exc {
    type_error(format!("can't concat {} to bytearray", v.type_name()))
}

fn ba_add(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let o = bytes_like(other(args)).ok_or_else(|| concat_error(other(args)))?;
    let mine = snapshot(args)?;
    let mut v = Vec::new();
    v.try_reserve_exact(mine.len().saturating_add(o.len()))
        .map_err(|_| memory_error())?;
    v.extend_from_slice(&mine);
    v.extend_from_slice(&o);
    Ok(new_bytearray(v))
}

fn ba_iadd(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let o = bytes_like(other(args)).ok_or_else(|| concat_error(other(args)))?;
    let me = ba(args)?;
    let mut data = me.data.lock();
    if !o.is_empty() {
        check_resize(me)?;
    }
    data.try_reserve(o.len()).map_err(|_| memory_error())?;
    data.extend_from_slice(&o);
    drop(data);
    Ok(recv(args).clone())
}

fn ba_imul(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let me = ba(args)?;
    let Some(n) = repeat_count(cx, other(args))? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let mine = me.data.lock().clone();
    let new = if mine.is_empty() || n == 0 {
        Vec::new()
    } else {
        let total = repeat_total(mine.len(), n, 1)?;
        let mut v = Vec::new();
        v.try_reserve_exact(total).map_err(|_| memory_error())?;
        for _ in 0..n {
            v.extend_from_slice(&mine);
        }
        v
    };
    let mut data = me.data.lock();
    if new.len() != data.len() {
        check_resize(me)?;
    }
    *data = new;
    drop(data);
    Ok(recv(args).clone())
}

fn ba_append(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "append", 1, 1)?;
    let me = ba(args)?;
    let v = byte_value(cx, &a[0])?;
    let mut data = me.data.lock();
    check_resize(me)?;
    data.try_reserve(1).map_err(|_| memory_error())?;
    data.push(v);
    Ok(Value::NONE)
}

fn ba_extend(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "extend", 1, 1)?;
    let me = ba(args)?;
    let new = match bytes_like(&a[0]) {
        Some(bs) => bs.into_owned(),
        None => {
            let it = ops::iter(cx, &a[0]).map_err(|e| {
                if e.matches(&types().type_error) {
                    type_error(format!("can't extend bytearray with {}", a[0].type_name()))
                } else {
                    e
                }
            })?;
            let mut out = Vec::new();
            while let Some(x) = ops::next(cx, &it)? {
                out.try_reserve(1).map_err(|_| memory_error())?;
                out.push(byte_value(cx, &x)?);
            }
            out
        }
    };
    let mut data = me.data.lock();
    check_resize(me)?;
    data.try_reserve(new.len()).map_err(|_| memory_error())?;
    data.extend_from_slice(&new);
    Ok(Value::NONE)
}

fn ba_insert(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "insert", 2, 2)?;
    let me = ba(args)?;
    let i = index_arg(cx, &a[0])?;
    let v = byte_value(cx, &a[1])?;
    let mut data = me.data.lock();
    check_resize(me)?;
    let n = data.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    data.try_reserve(1).map_err(|_| memory_error())?;
    data.insert(at as usize, v);
    Ok(Value::NONE)
}

fn ba_pop(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "pop", 0, 1)?;
    let me = ba(args)?;
    let i = match a.first() {
        Some(v) => index_arg(cx, v)?,
        None => -1,
    };
    let mut data = me.data.lock();
    check_resize(me)?;
    if data.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    match norm_index(i, data.len()) {
        Some(j) => Ok(Value::int(data.remove(j) as i64)),
        None => Err(index_error("pop index out of range")),
    }
}

fn ba_remove(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "remove", 1, 1)?;
    let me = ba(args)?;
    let v = byte_value(cx, &a[0])?;
    let mut data = me.data.lock();
    check_resize(me)?;
    match data.iter().position(|&c| c == v) {
        Some(j) => {
            data.remove(j);
            Ok(Value::NONE)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn ba_clear(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "clear", 0, 0)?;
    let me = ba(args)?;
    let mut data = me.data.lock();
    check_resize(me)?;
    data.clear();
    Ok(Value::NONE)
}

fn ba_reverse(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "reverse", 0, 0)?;
    ba(args)?.data.lock().reverse();
    Ok(Value::NONE)
}

fn ba_copy(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "copy", 0, 0)?;
    Ok(new_bytearray(snapshot(args)?))
}
