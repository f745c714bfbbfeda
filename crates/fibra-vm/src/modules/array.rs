//! The native `array` module: `array.array`, a compact sequence of machine numbers (or
//! `'u'` characters) of one type code.
//!
//! Design: an array is a `Payload::Native` holding an [`ArrayObj`]: its type code (fixed at
//! creation) and its items as raw native-endian bytes in one object lock, so
//! `tobytes`/`frombytes`/`byteswap`/slicing are byte copies. The byte length is always a
//! multiple of the item size. As for lists, every operation takes the lock for one step and
//! never runs script code under it: arguments (`__index__`, `__float__`, iteration,
//! `__eq__`) are converted or compared first, or on a snapshot, and the result is written
//! under the lock afterwards.

use std::any::Any;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use fibra_bytecode::CompareOp;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{
    index_error, memory_error, overflow_error, type_error, value_error, Exc, PyResult,
};
use crate::object::{ChargedLock, Footprint, NativeIterator, NativeObject, Payload};
use crate::ops;
use crate::types::common::{index_arg, margs, norm_index, repeat_count, repeat_total};
use crate::types::slice::{positions, slice_indices};
use crate::value::Value;

/// The supported type codes, in CPython's order (`array.typecodes`).
const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The contents of an `array.array` object.
pub struct ArrayObj {
    /// One of [`TYPECODES`], as an ASCII byte.
    code: u8,
    /// The items, `itemsize(code)` native-endian bytes each (growth is charged to the
    /// memory cap, as for bytearray).
    data: ChargedLock<Vec<u8>>,
    /// Live memoryviews of this array: while nonzero its length is fixed (see
    /// `types/memoryview.rs`; raised and checked under `data`'s lock).
    exports: AtomicUsize,
}

/// Fails if `a` may not change its length now (it has live memoryviews); call with
/// `a.data` locked.
fn check_resize(a: &ArrayObj) -> PyResult<()> {
    if a.exports.load(Ordering::Acquire) != 0 {
        return Err(Exc::new(
            &crate::types::types().buffer_error,
            "cannot resize an array that is exporting buffers",
        ));
    }
    Ok(())
}

/// The storage, export count and type code of an array, for `memoryview`.
pub(crate) fn array_storage(v: &Value) -> Option<(&ChargedLock<Vec<u8>>, &AtomicUsize, u8)> {
    v.downcast_native::<ArrayObj>()
        .map(|a| (&a.data, &a.exports, a.code))
}

impl NativeObject for ArrayObj {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn footprint(&self) -> usize {
        self.data.lock().footprint()
    }
}

/// The raw bytes of an array (a snapshot), for `bytes(arr)` and other buffer consumers.
pub fn array_bytes(v: &Value) -> Option<Vec<u8>> {
    v.downcast_native::<ArrayObj>()
        .map(|a| a.data.lock().clone())
}

/// The size in bytes of one item of type code `code` (LP64, 4-byte `wchar_t`).
fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        _ => 8,
    }
}

/// The `array.array` class.
fn array_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        let ty = crate::builtins::native_class(
            "array",
            "array",
            Some(array_new),
            &[
                ("__repr__", a_repr),
                ("__len__", a_len),
                ("__getitem__", a_getitem),
                ("__setitem__", a_setitem),
                ("__delitem__", a_delitem),
                ("__iter__", a_iter),
                ("__contains__", a_contains),
                ("__add__", a_add),
                ("__iadd__", a_iadd),
                ("__mul__", a_mul),
                ("__rmul__", a_mul),
                ("__imul__", a_imul),
                ("__eq__", a_eq),
                ("__ne__", a_ne),
                ("__lt__", a_lt),
                ("__le__", a_le),
                ("__gt__", a_gt),
                ("__ge__", a_ge),
                ("__copy__", a_copy),
                ("__deepcopy__", a_deepcopy),
                ("append", a_append),
                ("extend", a_extend),
                ("insert", a_insert),
                ("pop", a_pop),
                ("remove", a_remove),
                ("index", a_index),
                ("count", a_count),
                ("reverse", a_reverse),
                ("tolist", a_tolist),
                ("fromlist", a_fromlist),
                ("tobytes", a_tobytes),
                ("frombytes", a_frombytes),
                ("tounicode", a_tounicode),
                ("fromunicode", a_fromunicode),
                ("byteswap", a_byteswap),
                ("buffer_info", a_buffer_info),
            ],
        );
        ty.set_attr_str("__hash__", Value::NONE);
        crate::builtins::add_properties(&ty, &[("typecode", a_typecode), ("itemsize", a_itemsize)]);
        ty
    })
}

/// Builds the `array` module.
pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("array");
    m.set_attr_str("array", array_type().clone());
    m.set_attr_str("ArrayType", array_type().clone());
    m.set_attr_str("typecodes", Value::str(TYPECODES));
    Ok(m)
}

// ---- item conversion --------------------------------------------------------------------

/// A fixed-size array from the start of `c` (zeros if too short; never for valid arrays).
fn raw<const N: usize>(c: &[u8]) -> [u8; N] {
    c.get(..N).and_then(|s| s.try_into().ok()).unwrap_or([0; N])
}

/// The Python value of one item (`chunk` is `itemsize(code)` bytes).
fn decode(code: u8, chunk: &[u8]) -> PyResult<Value> {
    Ok(match code {
        b'b' => Value::int(i8::from_ne_bytes(raw(chunk)) as i64),
        b'B' => Value::int(u8::from_ne_bytes(raw(chunk)) as i64),
        b'h' => Value::int(i16::from_ne_bytes(raw(chunk)) as i64),
        b'H' => Value::int(u16::from_ne_bytes(raw(chunk)) as i64),
        b'i' => Value::int(i32::from_ne_bytes(raw(chunk)) as i64),
        b'I' => Value::int(u32::from_ne_bytes(raw(chunk)) as i64),
        b'l' | b'q' => Value::int(i64::from_ne_bytes(raw(chunk))),
        b'L' | b'Q' => Value::bigint(BigInt::from(u64::from_ne_bytes(raw(chunk)))),
        b'f' => Value::float(f32::from_ne_bytes(raw(chunk)) as f64),
        b'd' => Value::float(f64::from_ne_bytes(raw(chunk))),
        _ => {
            let cp = u32::from_ne_bytes(raw(chunk));
            match char::from_u32(cp) {
                Some(c) => Value::string(c.to_string()),
                // CPython builds lone surrogates; Fibra strings cannot hold them.
                None => {
                    return Err(value_error(format!(
                        "character U+{cp:x} is not in range [U+0000; U+10ffff]"
                    )))
                }
            }
        }
    })
}

/// Every item of `data` as Python values.
fn decode_all(code: u8, data: &[u8]) -> PyResult<Vec<Value>> {
    data.chunks_exact(itemsize(code))
        .map(|c| decode(code, c))
        .collect()
}

/// An integer argument, widened to i128 (ints beyond that saturate: they are out of range
/// for every type code anyway). Non-ints go through `__index__`.
fn int_value(cx: &mut Ctx, v: &Value) -> PyResult<i128> {
    if let Some(i) = v.as_int() {
        return Ok(i as i128);
    }
    if let Some(Payload::Int(b)) = v.payload() {
        return Ok(b.to_i128().unwrap_or(if b.is_negative() {
            i128::MIN
        } else {
            i128::MAX
        }));
    }
    Ok(ops::index(cx, v)? as i128)
}

/// CPython's range checks (and messages) for storing `x` under integer type code `code`:
/// the codes parsed with `PyArg_Parse` check C long first, then the C type's range.
fn check_int(code: u8, x: i128) -> Result<(), &'static str> {
    let long = |x: i128| {
        if x < i64::MIN as i128 || x > i64::MAX as i128 {
            Err("Python int too large to convert to C long")
        } else {
            Ok(())
        }
    };
    let range = |x: i128, lo: i128, hi: i128, less: &'static str, greater: &'static str| {
        if x < lo {
            Err(less)
        } else if x > hi {
            Err(greater)
        } else {
            Ok(())
        }
    };
    const SHORT: (&str, &str) = (
        "signed short integer is less than minimum",
        "signed short integer is greater than maximum",
    );
    const INT: (&str, &str) = (
        "signed integer is less than minimum",
        "signed integer is greater than maximum",
    );
    match code {
        b'b' => {
            long(x)?;
            range(x, i16::MIN as i128, i16::MAX as i128, SHORT.0, SHORT.1)?;
            range(
                x,
                -128,
                127,
                "signed char is less than minimum",
                "signed char is greater than maximum",
            )
        }
        b'B' => {
            long(x)?;
            range(
                x,
                0,
                255,
                "unsigned byte integer is less than minimum",
                "unsigned byte integer is greater than maximum",
            )
        }
        b'h' => {
            long(x)?;
            range(x, i16::MIN as i128, i16::MAX as i128, SHORT.0, SHORT.1)
        }
        b'H' => {
            long(x)?;
            range(x, i32::MIN as i128, i32::MAX as i128, INT.0, INT.1)?;
            range(
                x,
                0,
                u16::MAX as i128,
                "unsigned short is less than minimum",
                "unsigned short is greater than maximum",
            )
        }
        b'i' => {
            long(x)?;
            range(x, i32::MIN as i128, i32::MAX as i128, INT.0, INT.1)
        }
        b'I' | b'L' => {
            if x < 0 {
                return Err("can't convert negative value to unsigned int");
            }
            if x > u64::MAX as i128 {
                return Err("Python int too large to convert to C unsigned long");
            }
            if code == b'I' && x > u32::MAX as i128 {
                return Err("unsigned int is greater than maximum");
            }
            Ok(())
        }
        b'q' => range(
            x,
            i64::MIN as i128,
            i64::MAX as i128,
            "int too big to convert",
            "int too big to convert",
        ),
        b'Q' => range(
            x,
            0,
            u64::MAX as i128,
            "can't convert negative int to unsigned",
            "int too big to convert",
        ),
        _ => long(x),
    }
}

/// Converts `v` for storing under `code` and appends its bytes to `out`. May run script
/// code (`__index__`, `__float__`): never call it with an array lock held.
fn encode(cx: &mut Ctx, code: u8, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
    match code {
        b'f' => out.extend_from_slice(&(ops::to_f64(cx, v)? as f32).to_ne_bytes()),
        b'd' => out.extend_from_slice(&ops::to_f64(cx, v)?.to_ne_bytes()),
        b'u' => {
            let mut chars = v.as_str().map(|s| s.chars());
            let c = match chars.as_mut().map(|c| (c.next(), c.next())) {
                Some((Some(c), None)) => c,
                _ => return Err(type_error("array item must be unicode character")),
            };
            out.extend_from_slice(&(c as u32).to_ne_bytes());
        }
        _ => {
            let x = int_value(cx, v)?;
            check_int(code, x).map_err(overflow_error)?;
            // In range (checked above), so the truncating casts are exact.
            match itemsize(code) {
                1 => out.push(x as u8),
                2 => out.extend_from_slice(&(x as u16).to_ne_bytes()),
                4 => out.extend_from_slice(&(x as u32).to_ne_bytes()),
                _ => out.extend_from_slice(&(x as u64).to_ne_bytes()),
            }
        }
    }
    Ok(())
}

/// One item's bytes.
fn encode_one(cx: &mut Ctx, code: u8, v: &Value) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(8);
    encode(cx, code, v, &mut out)?;
    Ok(out)
}

/// Converts every item of `items` (stopping at the first error, whose prefix is returned
/// with it so that `extend` can keep it, as CPython does).
fn encode_items(cx: &mut Ctx, code: u8, items: &[Value]) -> (Vec<u8>, Option<Exc>) {
    let mut out = Vec::new();
    if out
        .try_reserve(items.len().saturating_mul(itemsize(code)))
        .is_err()
    {
        return (out, Some(memory_error()));
    }
    for it in items {
        if let Err(e) = encode(cx, code, it, &mut out) {
            return (out, Some(e));
        }
    }
    (out, None)
}

/// Converts every item produced by iterating `v` (prefix kept on error, as above).
fn encode_iter(cx: &mut Ctx, code: u8, v: &Value) -> PyResult<(Vec<u8>, Option<Exc>)> {
    let it = ops::iter(cx, v)?;
    let mut out = Vec::new();
    loop {
        let x = match ops::next(cx, &it) {
            Ok(Some(x)) => x,
            Ok(None) => return Ok((out, None)),
            Err(e) => return Ok((out, Some(e))),
        };
        if out.try_reserve(8).is_err() {
            return Ok((out, Some(memory_error())));
        }
        if let Err(e) = encode(cx, code, &x, &mut out) {
            return Ok((out, Some(e)));
        }
    }
}

// ---- construction -----------------------------------------------------------------------

/// A new instance of `cls` (array or a subclass) holding `data`.
fn make(cls: &Value, code: u8, data: Vec<u8>) -> Value {
    Value::native_obj(
        cls.clone(),
        ArrayObj {
            code,
            data: ChargedLock::new(data),
            exports: AtomicUsize::new(0),
        },
    )
}

/// A new plain `array.array`.
fn new_array(code: u8, data: Vec<u8>) -> Value {
    make(array_type(), code, data)
}

fn array_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    let pos = args.pos();
    let cls = pos.first().cloned().unwrap_or_else(|| array_type().clone());
    let a = pos.get(1..).unwrap_or(&[]);
    if a.is_empty() || a.len() > 2 {
        return Err(type_error(if a.is_empty() {
            "array() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("array() takes at most 2 arguments ({} given)", a.len())
        }));
    }
    let code = match a[0].as_str() {
        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or('?'),
        _ => {
            return Err(type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                a[0].type_name()
            )))
        }
    };
    if !code.is_ascii() || !TYPECODES.contains(code) {
        return Err(value_error(
            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
        ));
    }
    let code = code as u8;
    let data = match a.get(1) {
        None => Vec::new(),
        Some(init) => initial_data(cx, code, init)?,
    };
    Ok(make(&cls, code, data))
}

/// The contents of `array(code, init)`.
fn initial_data(cx: &mut Ctx, code: u8, init: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = init.as_str() {
        if code != b'u' {
            return Err(type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            )));
        }
        return unicode_bytes(s);
    }
    if let Some(src) = init.downcast_native::<ArrayObj>() {
        if src.code == b'u' && code != b'u' {
            return Err(type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            )));
        }
        let snap = src.data.lock().clone();
        if src.code == code {
            return Ok(snap);
        }
        let items = decode_all(src.code, &snap)?;
        return finish(encode_items(cx, code, &items));
    }
    if matches!(init.payload(), Some(Payload::Bytes(_)))
        || crate::types::bytearray::is_bytearray(init)
    {
        let bs = crate::types::bytearray::bytes_like(init).unwrap_or_default();
        return checked_bytes(code, bs.into_owned());
    }
    if let Some(Payload::List(l)) = init.payload() {
        let items = l.items.lock().to_vec();
        return finish(encode_items(cx, code, &items));
    }
    finish(encode_iter(cx, code, init)?)
}

/// The bytes, or the conversion error (no partial result wanted).
fn finish((data, err): (Vec<u8>, Option<Exc>)) -> PyResult<Vec<u8>> {
    match err {
        Some(e) => Err(e),
        None => Ok(data),
    }
}

/// `frombytes` data: its length must be a multiple of the item size.
fn checked_bytes(code: u8, data: Vec<u8>) -> PyResult<Vec<u8>> {
    if !data.len().is_multiple_of(itemsize(code)) {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    Ok(data)
}

/// The items of a `'u'` array holding `s`.
fn unicode_bytes(s: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    out.try_reserve(s.len().saturating_mul(4))
        .map_err(|_| memory_error())?;
    for c in s.chars() {
        out.extend_from_slice(&(c as u32).to_ne_bytes());
    }
    Ok(out)
}

// ---- receiver helpers -------------------------------------------------------------------

fn recv<'a>(args: &Args<'a>) -> &'a Value {
    crate::types::common::recv(args)
}

fn me<'a>(args: &Args<'a>) -> PyResult<&'a ArrayObj> {
    recv(args)
        .downcast_native::<ArrayObj>()
        .ok_or_else(|| type_error("descriptor requires an 'array.array' object"))
}

/// Number of items.
fn count_of(a: &ArrayObj) -> usize {
    a.data.lock().len() / itemsize(a.code)
}

/// A snapshot of the items as Python values.
fn values(a: &ArrayObj) -> PyResult<Vec<Value>> {
    let snap = a.data.lock().clone();
    decode_all(a.code, &snap)
}

/// An item index (`a[i]`): ints and `__index__` only.
fn item_index(cx: &mut Ctx, key: &Value) -> PyResult<i64> {
    if key.as_int().is_none()
        && !matches!(key.payload(), Some(Payload::Int(_)))
        && crate::types::lookup(key.class(), "__index__").is_none()
    {
        return Err(type_error("array indices must be integers"));
    }
    index_arg(cx, key)
}

// ---- the sequence protocol --------------------------------------------------------------

fn a_typecode(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::string((me(args)?.code as char).to_string()))
}

fn a_itemsize(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(itemsize(me(args)?.code) as i64))
}

fn a_repr(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = me(args)?;
    let name = recv(args).class_name().to_string();
    let code = a.code as char;
    if count_of(a) == 0 {
        return Ok(Value::string(format!("{name}('{code}')")));
    }
    let body = if a.code == b'u' {
        let s: String = values(a)?
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        ops::repr(cx, &Value::string(s))?
    } else {
        ops::repr(cx, &Value::list(values(a)?))?
    };
    Ok(Value::string(format!("{name}('{code}', {body})")))
}

fn a_len(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(count_of(me(args)?) as i64))
}

fn a_getitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = me(args)?;
    let key = crate::types::common::other(args);
    let isz = itemsize(a.code);
    if let Some(Payload::Slice(sl)) = key.payload() {
        let (start, _, step, count) = slice_indices(cx, sl, count_of(a))?;
        let data = a.data.lock();
        let mut out = Vec::with_capacity(count.saturating_mul(isz));
        for p in positions(start, step, count) {
            if let Some(c) = data.get(p * isz..(p + 1) * isz) {
                out.extend_from_slice(c);
            }
        }
        drop(data);
        return Ok(new_array(a.code, out));
    }
    let i = item_index(cx, key)?;
    let data = a.data.lock();
    let chunk = norm_index(i, data.len() / isz).and_then(|j| data.get(j * isz..(j + 1) * isz));
    match chunk {
        Some(c) => {
            let mut buf = [0u8; 8];
            buf[..isz].copy_from_slice(c);
            drop(data);
            decode(a.code, &buf[..isz])
        }
        None => Err(index_error("array index out of range")),
    }
}

fn a_setitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let v = margs(args, "__setitem__", 2, 2)?;
    let a = me(args)?;
    let (key, value) = (&v[0], &v[1]);
    let isz = itemsize(a.code);
    if let Some(Payload::Slice(sl)) = key.payload() {
        let Some(src) = value.downcast_native::<ArrayObj>() else {
            return Err(type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                value.type_name()
            )));
        };
        if src.code != a.code {
            return Err(type_error("bad argument type for built-in operation"));
        }
        // Snapshot the source first: it may be the array itself (one lock at a time).
        let new = src.data.lock().clone();
        let (start, stop, step, count) = slice_indices(cx, sl, count_of(a))?;
        let mut data = a.data.lock();
        let n = data.len() / isz;
        if step == 1 {
            let s = (start.max(0) as usize).min(n);
            let e = (stop.max(start).max(0) as usize).min(n).max(s);
            if new.len() != (e - s) * isz {
                check_resize(a)?;
            }
            data.try_reserve(new.len()).map_err(|_| memory_error())?;
            data.splice(s * isz..e * isz, new);
            return Ok(Value::NONE);
        }
        if new.len() / isz != count {
            return Err(value_error(format!(
                "attempt to assign array of size {} to extended slice of size {count}",
                new.len() / isz
            )));
        }
        for (p, c) in positions(start, step, count).zip(new.chunks_exact(isz)) {
            if let Some(slot) = data.get_mut(p * isz..(p + 1) * isz) {
                slot.copy_from_slice(c);
            }
        }
        return Ok(Value::NONE);
    }
    let i = item_index(cx, key)?;
    let bytes = encode_one(cx, a.code, value)?;
    let mut data = a.data.lock();
    let n = data.len() / isz;
    match norm_index(i, n).and_then(|j| data.get_mut(j * isz..(j + 1) * isz)) {
        Some(slot) => {
            slot.copy_from_slice(&bytes);
            Ok(Value::NONE)
        }
        None => Err(index_error("array assignment index out of range")),
    }
}

fn a_delitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = me(args)?;
    let key = crate::types::common::other(args);
    let isz = itemsize(a.code);
    if let Some(Payload::Slice(sl)) = key.payload() {
        let (start, _, step, count) = slice_indices(cx, sl, count_of(a))?;
        if count == 0 {
            return Ok(Value::NONE);
        }
        let mut doomed: Vec<usize> = positions(start, step, count).collect();
        doomed.sort_unstable();
        let mut data = a.data.lock();
        check_resize(a)?;
        let mut k = 0;
        let mut kept = Vec::with_capacity(data.len());
        for (idx, c) in data.chunks_exact(isz).enumerate() {
            if doomed.get(k) == Some(&idx) {
                k += 1;
            } else {
                kept.extend_from_slice(c);
            }
        }
        *data = kept;
        return Ok(Value::NONE);
    }
    let i = item_index(cx, key)?;
    let mut data = a.data.lock();
    check_resize(a)?;
    match norm_index(i, data.len() / isz) {
        Some(j) => {
            data.drain(j * isz..(j + 1) * isz);
            Ok(Value::NONE)
        }
        None => Err(index_error("array assignment index out of range")),
    }
}

/// Iterates an array, re-reading its length each step (it may change meanwhile).
struct ArrayIter {
    arr: Value,
    pos: AtomicUsize,
}

impl NativeIterator for ArrayIter {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        let Some(a) = self.arr.downcast_native::<ArrayObj>() else {
            return Ok(None);
        };
        let isz = itemsize(a.code);
        let p = self.pos.load(Ordering::Relaxed);
        let mut buf = [0u8; 8];
        {
            let data = a.data.lock();
            match data.get(p * isz..(p + 1) * isz) {
                Some(c) => buf[..isz].copy_from_slice(c),
                None => return Ok(None),
            }
        }
        self.pos.store(p + 1, Ordering::Relaxed);
        decode(a.code, &buf[..isz]).map(Some)
    }
}

fn a_iter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    me(args)?;
    Ok(Value::native_iter(ArrayIter {
        arr: recv(args).clone(),
        pos: AtomicUsize::new(0),
    }))
}

fn a_contains(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let items = values(me(args)?)?;
    let x = crate::types::common::other(args);
    for it in &items {
        if ops::eq(cx, it, x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

// ---- operators --------------------------------------------------------------------------

fn a_add(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = me(args)?;
    let o = crate::types::common::other(args);
    let Some(b) = o.downcast_native::<ArrayObj>() else {
        return Err(type_error(format!(
            "can only append array (not \"{}\") to array",
            o.type_name()
        )));
    };
    if a.code != b.code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let mut out = a.data.lock().clone();
    let theirs = b.data.lock().clone();
    out.try_reserve(theirs.len()).map_err(|_| memory_error())?;
    out.extend_from_slice(&theirs);
    Ok(new_array(a.code, out))
}

fn a_iadd(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = me(args)?;
    let o = crate::types::common::other(args);
    let Some(b) = o.downcast_native::<ArrayObj>() else {
        return Err(type_error(format!(
            "can only extend array with array (not \"{}\")",
            o.type_name()
        )));
    };
    extend_from_array(a, b)?;
    Ok(recv(args).clone())
}

/// `a.extend(b)` for an array `b` (which may be `a` itself: snapshot first).
fn extend_from_array(a: &ArrayObj, b: &ArrayObj) -> PyResult<()> {
    if a.code != b.code {
        return Err(type_error("can only extend with array of same kind"));
    }
    let theirs = b.data.lock().clone();
    let mut data = a.data.lock();
    check_resize(a)?;
    data.try_reserve(theirs.len()).map_err(|_| memory_error())?;
    data.extend_from_slice(&theirs);
    Ok(())
}

/// `data` repeated `n` times (allocation checked).
fn repeated(data: &[u8], code: u8, n: i64) -> PyResult<Vec<u8>> {
    let isz = itemsize(code);
    if data.is_empty() || n <= 0 {
        return Ok(Vec::new());
    }
    let total = repeat_total(data.len() / isz, n, isz)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total * isz)
        .map_err(|_| memory_error())?;
    for _ in 0..n {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn a_mul(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = me(args)?;
    let Some(n) = repeat_count(cx, crate::types::common::other(args))? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let snap = a.data.lock().clone();
    Ok(new_array(a.code, repeated(&snap, a.code, n)?))
}

fn a_imul(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = me(args)?;
    let Some(n) = repeat_count(cx, crate::types::common::other(args))? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    // One critical section: a concurrent append is either repeated or comes after.
    let mut data = a.data.lock();
    check_resize(a)?;
    let new = repeated(&data, a.code, n)?;
    *data = new;
    drop(data);
    Ok(recv(args).clone())
}

/// Rich comparison: arrays compare item by item (NotImplemented for other objects).
fn compare(cx: &mut Ctx, args: &Args, op: CompareOp) -> PyResult<Value> {
    let a = me(args)?;
    let Some(b) = crate::types::common::other(args).downcast_native::<ArrayObj>() else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (na, nb) = (count_of(a), count_of(b));
    if na != nb && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::bool(op == CompareOp::Ne));
    }
    let (x, y) = (values(a)?, values(b)?);
    Ok(Value::bool(crate::types::common::seq_compare(
        cx, &x, &y, op,
    )?))
}

fn a_eq(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    compare(cx, args, CompareOp::Eq)
}

fn a_ne(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    compare(cx, args, CompareOp::Ne)
}

fn a_lt(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    compare(cx, args, CompareOp::Lt)
}

fn a_le(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    compare(cx, args, CompareOp::Le)
}

fn a_gt(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    compare(cx, args, CompareOp::Gt)
}

fn a_ge(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    compare(cx, args, CompareOp::Ge)
}

// ---- methods ----------------------------------------------------------------------------

fn a_copy(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = me(args)?;
    Ok(new_array(a.code, a.data.lock().clone()))
}

fn a_deepcopy(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "__deepcopy__", 1, 1)?;
    a_copy(cx, args)
}

fn a_append(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let v = margs(args, "array.append", 1, 1)?;
    let a = me(args)?;
    let bytes = encode_one(cx, a.code, &v[0])?;
    let mut data = a.data.lock();
    check_resize(a)?;
    data.try_reserve(bytes.len()).map_err(|_| memory_error())?;
    data.extend_from_slice(&bytes);
    Ok(Value::NONE)
}

fn a_extend(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let v = margs(args, "array.extend", 1, 1)?;
    let a = me(args)?;
    if let Some(b) = v[0].downcast_native::<ArrayObj>() {
        extend_from_array(a, b)?;
        return Ok(Value::NONE);
    }
    // Items converted before an error stay appended, as in CPython.
    let (new, err) = encode_iter(cx, a.code, &v[0])?;
    {
        let mut data = a.data.lock();
        check_resize(a)?;
        data.try_reserve(new.len()).map_err(|_| memory_error())?;
        data.extend_from_slice(&new);
    }
    match err {
        Some(e) => Err(e),
        None => Ok(Value::NONE),
    }
}

fn a_insert(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let v = margs(args, "insert", 2, 2)?;
    let a = me(args)?;
    let i = index_arg(cx, &v[0])?;
    let bytes = encode_one(cx, a.code, &v[1])?;
    let isz = itemsize(a.code);
    let mut data = a.data.lock();
    check_resize(a)?;
    let n = (data.len() / isz) as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    data.try_reserve(isz).map_err(|_| memory_error())?;
    data.splice(at * isz..at * isz, bytes);
    Ok(Value::NONE)
}

fn a_pop(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let v = margs(args, "pop", 0, 1)?;
    let a = me(args)?;
    let i = match v.first() {
        Some(x) => index_arg(cx, x)?,
        None => -1,
    };
    let isz = itemsize(a.code);
    let mut buf = [0u8; 8];
    {
        let mut data = a.data.lock();
        check_resize(a)?;
        if data.is_empty() {
            return Err(index_error("pop from empty array"));
        }
        let Some(j) = norm_index(i, data.len() / isz) else {
            return Err(index_error("pop index out of range"));
        };
        for (dst, src) in buf.iter_mut().zip(data.drain(j * isz..(j + 1) * isz)) {
            *dst = src;
        }
    }
    decode(a.code, &buf[..isz])
}

/// The position of the first item equal to `x` within `lo..hi` (compared on a snapshot).
fn find(cx: &mut Ctx, items: &[Value], x: &Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    for (j, it) in items.iter().enumerate().take(hi).skip(lo) {
        if ops::eq(cx, it, x)? {
            return Ok(Some(j));
        }
    }
    Ok(None)
}

fn a_remove(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let v = margs(args, "array.remove", 1, 1)?;
    let a = me(args)?;
    let isz = itemsize(a.code);
    loop {
        // Compare on a snapshot (`__eq__` may run script code), then remove the first item
        // with the matching bytes under the lock; if another thread removed it meanwhile,
        // search again.
        let snap = a.data.lock().clone();
        let items = decode_all(a.code, &snap)?;
        let Some(j) = find(cx, &items, &v[0], 0, items.len())? else {
            return Err(value_error("array.remove(x): x not in array"));
        };
        let Some(target) = snap.get(j * isz..(j + 1) * isz) else {
            return Err(value_error("array.remove(x): x not in array"));
        };
        let mut data = a.data.lock();
        check_resize(a)?;
        if let Some(k) = data.chunks_exact(isz).position(|c| c == target) {
            data.drain(k * isz..(k + 1) * isz);
            return Ok(Value::NONE);
        }
    }
}

/// A `start`/`stop` argument of `index` (CPython's `_PyEval_SliceIndexNotNone`).
fn bound_arg(cx: &mut Ctx, v: &Value) -> PyResult<i64> {
    if v.as_int().is_none()
        && !matches!(v.payload(), Some(Payload::Int(_)))
        && crate::types::lookup(v.class(), "__index__").is_none()
    {
        return Err(type_error(
            "slice indices must be integers or have an __index__ method",
        ));
    }
    index_arg(cx, v)
}

fn a_index(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let v = margs(args, "index", 1, 3)?;
    let a = me(args)?;
    let start = match v.get(1) {
        Some(s) => Some(bound_arg(cx, s)?),
        None => None,
    };
    let stop = match v.get(2) {
        Some(s) => Some(bound_arg(cx, s)?),
        None => None,
    };
    let items = values(a)?;
    let (lo, hi) = crate::types::common::clamp_range(start, stop, items.len());
    match find(cx, &items, &v[0], lo, hi)? {
        Some(j) => Ok(Value::int(j as i64)),
        None => Err(value_error("array.index(x): x not in array")),
    }
}

fn a_count(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let v = margs(args, "array.count", 1, 1)?;
    let items = values(me(args)?)?;
    let mut n = 0;
    for it in &items {
        if ops::eq(cx, it, &v[0])? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}

fn a_reverse(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "array.reverse", 0, 0)?;
    let a = me(args)?;
    let isz = itemsize(a.code);
    let mut data = a.data.lock();
    // Reversing all bytes reverses the item order and each item's bytes; undo the latter.
    data.reverse();
    for c in data.chunks_exact_mut(isz) {
        c.reverse();
    }
    Ok(Value::NONE)
}

fn a_tolist(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "array.tolist", 0, 0)?;
    Ok(Value::list(values(me(args)?)?))
}

fn a_fromlist(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let v = margs(args, "array.fromlist", 1, 1)?;
    let a = me(args)?;
    let Some(Payload::List(l)) = v[0].payload() else {
        return Err(type_error("arg must be list"));
    };
    let items = l.items.lock().to_vec();
    // All or nothing, unlike `extend`.
    let new = finish(encode_items(cx, a.code, &items))?;
    let mut data = a.data.lock();
    check_resize(a)?;
    data.try_reserve(new.len()).map_err(|_| memory_error())?;
    data.extend_from_slice(&new);
    Ok(Value::NONE)
}

fn a_tobytes(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "array.tobytes", 0, 0)?;
    Ok(Value::bytes(me(args)?.data.lock().clone()))
}

fn a_frombytes(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let v = margs(args, "array.frombytes", 1, 1)?;
    let a = me(args)?;
    let new = match crate::types::bytearray::bytes_like(&v[0]) {
        Some(b) => b.into_owned(),
        None => match v[0].downcast_native::<ArrayObj>() {
            // CPython wants a buffer of single bytes here.
            Some(src) if itemsize(src.code) == 1 => src.data.lock().clone(),
            Some(_) => return Err(type_error("a bytes-like object is required")),
            None => {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    v[0].type_name()
                )))
            }
        },
    };
    let new = checked_bytes(a.code, new)?;
    let mut data = a.data.lock();
    check_resize(a)?;
    data.try_reserve(new.len()).map_err(|_| memory_error())?;
    data.extend_from_slice(&new);
    Ok(Value::NONE)
}

fn a_tounicode(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "array.tounicode", 0, 0)?;
    let a = me(args)?;
    if a.code != b'u' {
        return Err(value_error(
            "tounicode() may only be called on unicode type arrays",
        ));
    }
    let mut s = String::new();
    for v in values(a)? {
        s.push_str(v.as_str().unwrap_or(""));
    }
    Ok(Value::string(s))
}

fn a_fromunicode(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let v = margs(args, "array.fromunicode", 1, 1)?;
    let a = me(args)?;
    let Some(s) = v[0].as_str() else {
        return Err(type_error(format!(
            "fromunicode() argument must be str, not {}",
            v[0].type_name()
        )));
    };
    if a.code != b'u' {
        return Err(value_error(
            "fromunicode() may only be called on unicode type arrays",
        ));
    }
    let new = unicode_bytes(s)?;
    let mut data = a.data.lock();
    check_resize(a)?;
    data.try_reserve(new.len()).map_err(|_| memory_error())?;
    data.extend_from_slice(&new);
    Ok(Value::NONE)
}

fn a_byteswap(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "array.byteswap", 0, 0)?;
    let a = me(args)?;
    let isz = itemsize(a.code);
    for c in a.data.lock().chunks_exact_mut(isz) {
        c.reverse();
    }
    Ok(Value::NONE)
}

fn a_buffer_info(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "array.buffer_info", 0, 0)?;
    let a = me(args)?;
    let (addr, len) = {
        let data = a.data.lock();
        (data.as_ptr() as usize, data.len() / itemsize(a.code))
    };
    Ok(Value::tuple(vec![
        Value::bigint(BigInt::from(addr)),
        Value::int(len as i64),
    ]))
}
