//! `memoryview`: a zero-copy, one-dimensional view of the bytes of `bytes`, `bytearray` or
//! `array.array` (CPython's buffer protocol, restricted to the exporters Fibra has).
//!
//! Design: a view is a `Payload::Native` [`MemoryView`]: the exporting object, the view's
//! geometry (byte offset of item 0, item count, stride in bytes, item format) and a
//! `released` flag. Slicing makes a new view of the same exporter with a new geometry, so
//! nothing is copied; reads and writes go to the exporter's storage under its object lock,
//! one operation at a time, and never run script code under it (arguments are converted
//! first).
//!
//! Export counting: every live, unreleased view counts one export on a resizable exporter
//! (bytearray, array). The count is raised under the exporter's lock and resizing code
//! checks it under the same lock, so a resize and a new view cannot interleave: while a
//! view exists the exporter keeps its length and raises BufferError on a resize, as in
//! CPython. `release()`, leaving a `with` block, or freeing the view gives the export back.
//! Thread safety: all of this is safe to share between threads; a view's geometry is
//! immutable, `released` is atomic, and every access re-checks its bounds against the
//! storage it locked (an out-of-bounds access is an error, never a wild read).
//! Known gap: a cycle through a bytearray subclass's `__dict__` that holds a view of itself
//! is never collected (native objects are not traversed by the cycle collector).

use std::any::Any;
use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::OnceLock;

use fibra_bytecode::CompareOp;

use super::bytearray::ByteArray;
use super::common::{index_arg, margs, norm_index, recv};
use super::slice::slice_indices;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{index_error, type_error, value_error, Exc, PyResult};
use crate::object::{hash_str_bytes, ChargedLock, NativeObject, Payload};
use crate::ops;
use crate::types::types;
use crate::value::Value;

/// One memoryview.
pub struct MemoryView {
    /// The exporting object (`obj`).
    base: Value,
    /// The struct format character of each item (`B`, `b`, `c`, `h`, ..., `d`).
    fmt: u8,
    itemsize: usize,
    /// Byte offset of item 0 in the exporter's storage.
    start: usize,
    /// Number of items.
    len: usize,
    /// Bytes from one item to the next (negative for a reversed slice).
    stride: isize,
    readonly: bool,
    released: AtomicBool,
}

impl NativeObject for MemoryView {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.release();
    }
}

/// What a memoryview can see: immutable bytes, or locked storage with an export count.
enum Storage<'a> {
    Fixed(&'a [u8]),
    Locked(&'a ChargedLock<Vec<u8>>, &'a AtomicUsize),
}

/// The storage, item format and writability of an exporter; None if `v` exports nothing.
fn storage(v: &Value) -> Option<(Storage<'_>, u8, bool)> {
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Some((Storage::Fixed(b), b'B', true));
    }
    if let Some(ba) = v.downcast_native::<ByteArray>() {
        return Some((Storage::Locked(&ba.data, &ba.exports), b'B', false));
    }
    let (data, exports, code) = crate::modules::array::array_storage(v)?;
    Some((Storage::Locked(data, exports), code, false))
}

/// The size of one item of struct format `f` (native sizes), or None if unsupported.
fn format_size(f: u8) -> Option<usize> {
    Some(match f {
        b'B' | b'b' | b'c' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' | b'n' | b'N' => 8,
        _ => return None,
    })
}

fn released_error() -> Exc {
    value_error("operation forbidden on released memoryview object")
}

fn resized_error() -> Exc {
    Exc::new(
        &types().buffer_error,
        "memoryview: underlying buffer was resized",
    )
}

impl MemoryView {
    /// A new view of `base`, counting one export.
    fn new(
        base: &Value,
        fmt: u8,
        itemsize: usize,
        geometry: (usize, usize, isize),
        readonly: bool,
    ) -> PyResult<MemoryView> {
        let (st, _, _) = storage(base).ok_or_else(|| not_buffer(base))?;
        if let Storage::Locked(data, exports) = st {
            // Counted under the lock that resizers take, so no resize can slip past it.
            let _guard = data.lock();
            exports.fetch_add(1, Ordering::AcqRel);
        }
        let (start, len, stride) = geometry;
        Ok(MemoryView {
            base: base.clone(),
            fmt,
            itemsize,
            start,
            len,
            stride,
            readonly,
            released: AtomicBool::new(false),
        })
    }

    /// Gives the export back (once).
    fn release(&self) {
        if self.released.swap(true, Ordering::AcqRel) {
            return;
        }
        if let Some((Storage::Locked(_, exports), _, _)) = storage(&self.base) {
            exports.fetch_sub(1, Ordering::AcqRel);
        }
    }

    fn check(&self) -> PyResult<()> {
        if self.released.load(Ordering::Acquire) {
            return Err(released_error());
        }
        Ok(())
    }

    fn nbytes(&self) -> usize {
        self.len * self.itemsize
    }

    fn contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.itemsize as isize
    }

    /// Byte offset of item `i`.
    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.stride) as usize
    }

    /// Runs `f` on the exporter's bytes (locked for the call).
    fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
        self.check()?;
        match storage(&self.base) {
            Some((Storage::Fixed(b), _, _)) => Ok(f(b)),
            Some((Storage::Locked(data, _), _, _)) => Ok(f(&data.lock())),
            None => Err(released_error()),
        }
    }

    /// Runs `f` on the exporter's bytes, writable (bytearray and array only).
    fn with_bytes_mut<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> PyResult<R> {
        self.check()?;
        if self.readonly {
            return Err(type_error("cannot modify read-only memory"));
        }
        match storage(&self.base) {
            Some((Storage::Locked(data, _), _, _)) => Ok(f(&mut data.lock())),
            _ => Err(type_error("cannot modify read-only memory")),
        }
    }

    /// The raw bytes of every item, in order.
    fn to_bytes(&self) -> PyResult<Vec<u8>> {
        let size = self.itemsize;
        self.with_bytes(|b| {
            let mut out = Vec::with_capacity(self.nbytes());
            for i in 0..self.len {
                let p = self.offset(i);
                out.extend_from_slice(b.get(p..p + size).ok_or_else(resized_error)?);
            }
            Ok(out)
        })?
    }

    /// The items, unpacked.
    fn to_values(&self) -> PyResult<Vec<Value>> {
        let raw = self.to_bytes()?;
        raw.chunks(self.itemsize.max(1))
            .map(|c| unpack(self.fmt, c))
            .collect()
    }
}

fn not_buffer(v: &Value) -> Exc {
    type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        v.type_name()
    ))
}

/// One item of format `f` from its native-endian bytes.
fn unpack(f: u8, b: &[u8]) -> PyResult<Value> {
    let arr = |n: usize| -> [u8; 8] {
        let mut a = [0u8; 8];
        a[..n].copy_from_slice(&b[..n]);
        a
    };
    Ok(match f {
        b'B' => Value::int(b[0] as i64),
        b'b' => Value::int(b[0] as i8 as i64),
        b'c' => Value::bytes(vec![b[0]]),
        b'?' => Value::bool(b[0] != 0),
        b'h' => Value::int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        b'H' => Value::int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        b'i' => Value::int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'I' => Value::int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'f' => Value::float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'l' | b'q' | b'n' => Value::int(i64::from_ne_bytes(arr(8))),
        b'L' | b'Q' | b'N' => {
            let u = u64::from_ne_bytes(arr(8));
            match i64::try_from(u) {
                Ok(i) => Value::int(i),
                Err(_) => Value::bigint(u.into()),
            }
        }
        b'd' => Value::float(f64::from_ne_bytes(arr(8))),
        other => {
            return Err(Exc::new(
                &types().not_implemented_error,
                format!("memoryview: format {} not supported", other as char),
            ))
        }
    })
}

/// The native-endian bytes of `v` as one item of format `f`.
fn pack(cx: &mut Ctx, f: u8, v: &Value) -> PyResult<Vec<u8>> {
    let fc = f as char;
    let bad_type = || type_error(format!("memoryview: invalid type for format '{fc}'"));
    let bad_value = || value_error(format!("memoryview: invalid value for format '{fc}'"));
    match f {
        b'c' => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(b.to_vec()),
            Some(Payload::Bytes(_)) => Err(bad_value()),
            _ => Err(bad_type()),
        },
        b'f' | b'd' => {
            let x = match v.as_float() {
                Some(x) => x,
                None if super::int::is_int(v) => ops::to_f64(cx, v)?,
                None => return Err(bad_type()),
            };
            Ok(if f == b'f' {
                (x as f32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            })
        }
        b'?' => Ok(vec![ops::truthy(cx, v)? as u8]),
        _ => {
            if !super::int::is_int(v) {
                return Err(bad_type());
            }
            let i = v.as_bigint().ok_or_else(bad_type)?;
            use num_traits::ToPrimitive;
            let out = match f {
                b'B' => i.to_u8().map(|x| x.to_ne_bytes().to_vec()),
                b'b' => i.to_i8().map(|x| x.to_ne_bytes().to_vec()),
                b'h' => i.to_i16().map(|x| x.to_ne_bytes().to_vec()),
                b'H' => i.to_u16().map(|x| x.to_ne_bytes().to_vec()),
                b'i' => i.to_i32().map(|x| x.to_ne_bytes().to_vec()),
                b'I' => i.to_u32().map(|x| x.to_ne_bytes().to_vec()),
                b'l' | b'q' | b'n' => i.to_i64().map(|x| x.to_ne_bytes().to_vec()),
                b'L' | b'Q' | b'N' => i.to_u64().map(|x| x.to_ne_bytes().to_vec()),
                _ => None,
            };
            out.ok_or_else(bad_value)
        }
    }
}

/// The `memoryview` class.
pub fn memoryview_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        let ty = crate::builtins::native_class(
            "memoryview",
            "builtins",
            Some(mv_new),
            &[
                ("__repr__", mv_repr),
                ("__len__", mv_len),
                ("__getitem__", mv_getitem),
                ("__setitem__", mv_setitem),
                ("__delitem__", mv_delitem),
                ("__iter__", mv_iter),
                ("__eq__", mv_eq),
                ("__ne__", mv_ne),
                ("__hash__", mv_hash),
                ("__enter__", mv_enter),
                ("__exit__", mv_exit),
                ("release", mv_release),
                ("tobytes", mv_tobytes),
                ("tolist", mv_tolist),
                ("hex", mv_hex),
                ("toreadonly", mv_toreadonly),
                ("cast", mv_cast),
            ],
        );
        crate::builtins::add_properties(
            &ty,
            &[
                ("obj", p_obj),
                ("nbytes", p_nbytes),
                ("readonly", p_readonly),
                ("itemsize", p_itemsize),
                ("format", p_format),
                ("ndim", p_ndim),
                ("shape", p_shape),
                ("strides", p_strides),
                ("suboffsets", p_suboffsets),
                ("c_contiguous", p_contiguous),
                ("f_contiguous", p_contiguous),
                ("contiguous", p_contiguous),
            ],
        );
        ty
    })
}

/// Is `v` a memoryview?
pub fn is_memoryview(v: &Value) -> bool {
    v.downcast_native::<MemoryView>().is_some()
}

/// The bytes a memoryview shows (a copy), for code that accepts any bytes-like object;
/// None if `v` is not a memoryview or was released.
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    v.downcast_native::<MemoryView>()?.to_bytes().ok()
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a MemoryView> {
    recv(args)
        .downcast_native::<MemoryView>()
        .ok_or_else(|| type_error("descriptor requires a 'memoryview' object"))
}

/// `this` for an operation on a live view.
fn live<'a>(args: &Args<'a>) -> PyResult<&'a MemoryView> {
    let m = this(args)?;
    m.check()?;
    Ok(m)
}

fn make(m: MemoryView) -> Value {
    Value::native_obj(memoryview_type().clone(), m)
}

fn mv_new(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("memoryview", &["object"])?;
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(type_error(format!(
            "memoryview() takes at most 1 argument ({} given)",
            pos.len()
        )));
    }
    let Some(obj) = pos.first().or(args.kwarg("object")) else {
        return Err(type_error(
            "memoryview() missing required argument 'object' (pos 1)",
        ));
    };
    // A view of a view sees the same exporter with the same geometry.
    if let Some(m) = obj.downcast_native::<MemoryView>() {
        m.check()?;
        let g = (m.start, m.len, m.stride);
        return Ok(make(MemoryView::new(
            &m.base, m.fmt, m.itemsize, g, m.readonly,
        )?));
    }
    let (st, fmt, readonly) = storage(obj).ok_or_else(|| not_buffer(obj))?;
    let itemsize = format_size(fmt).unwrap_or(4);
    let nbytes = match st {
        Storage::Fixed(b) => b.len(),
        Storage::Locked(data, _) => data.lock().len(),
    };
    let g = (0, nbytes / itemsize, itemsize as isize);
    Ok(make(MemoryView::new(obj, fmt, itemsize, g, readonly)?))
}

fn mv_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let m = this(args)?;
    let what = if m.released.load(Ordering::Acquire) {
        "released memory"
    } else {
        "memory"
    };
    Ok(Value::string(format!(
        "<{what} at {}>",
        super::object::addr(recv(args))
    )))
}

fn mv_len(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(live(args)?.len as i64))
}

fn mv_getitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "__getitem__", 1, 1)?;
    let m = live(args)?;
    let key = &a[0];
    if let Some(Payload::Slice(sl)) = key.payload() {
        let (start, _, step, count) = slice_indices(cx, sl, m.len)?;
        let first = if count == 0 {
            m.start
        } else {
            m.offset(start as usize)
        };
        let g = (first, count, m.stride * step as isize);
        return Ok(make(MemoryView::new(
            &m.base, m.fmt, m.itemsize, g, m.readonly,
        )?));
    }
    let i = item_index(cx, m, key)?;
    let size = m.itemsize;
    let p = m.offset(i);
    let raw = m.with_bytes(|b| b.get(p..p + size).map(<[u8]>::to_vec))?;
    unpack(m.fmt, &raw.ok_or_else(resized_error)?)
}

/// An integer key, normalised to an item index.
fn item_index(cx: &mut Ctx, m: &MemoryView, key: &Value) -> PyResult<usize> {
    if !super::int::is_int(key) && crate::types::lookup(key.class(), "__index__").is_none() {
        return Err(type_error("memoryview: invalid slice key"));
    }
    let i = index_arg(cx, key)?;
    norm_index(i, m.len).ok_or_else(|| index_error("index out of bounds on dimension 1"))
}

fn mv_setitem(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "__setitem__", 2, 2)?;
    let m = live(args)?;
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    let (key, value) = (&a[0], &a[1]);
    let size = m.itemsize;
    if let Some(Payload::Slice(sl)) = key.payload() {
        let (start, _, step, count) = slice_indices(cx, sl, m.len)?;
        let src = super::bytes_methods::need_buffer(value)?.into_owned();
        let src_fmt = value
            .downcast_native::<MemoryView>()
            .map_or_else(|| storage(value).map_or(b'B', |s| s.1), |v| v.fmt);
        if src.len() != count * size || format_size(src_fmt) != Some(size) {
            return Err(value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let offsets: Vec<usize> = (0..count)
            .map(|k| m.offset((start + k as i64 * step) as usize))
            .collect();
        return m.with_bytes_mut(|b| {
            for (k, p) in offsets.into_iter().enumerate() {
                let dst = b.get_mut(p..p + size).ok_or_else(resized_error)?;
                dst.copy_from_slice(&src[k * size..(k + 1) * size]);
            }
            Ok(Value::NONE)
        })?;
    }
    let i = item_index(cx, m, key)?;
    let raw = pack(cx, m.fmt, value)?;
    let p = m.offset(i);
    m.with_bytes_mut(|b| {
        let dst = b.get_mut(p..p + size).ok_or_else(resized_error)?;
        dst.copy_from_slice(&raw);
        Ok(Value::NONE)
    })?
}

fn mv_delitem(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if live(args)?.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    Err(type_error("cannot delete memory"))
}

fn mv_iter(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let items = live(args)?.to_values()?;
    ops::iter(cx, &Value::list(items))
}

/// The unpacked items of the other operand of `==`, if it is a buffer.
fn other_values(v: &Value) -> PyResult<Option<Vec<Value>>> {
    if let Some(m) = v.downcast_native::<MemoryView>() {
        return m.to_values().map(Some);
    }
    let Some((_, fmt, _)) = storage(v) else {
        return Ok(None);
    };
    let raw = super::bytes_methods::buffer_of(v).unwrap_or_default();
    let size = format_size(fmt).unwrap_or(4);
    raw.chunks(size)
        .map(|c| unpack(fmt, c))
        .collect::<PyResult<_>>()
        .map(Some)
}

fn equal(cx: &mut Ctx, args: &Args) -> PyResult<Option<bool>> {
    let m = this(args)?;
    let o = super::common::other(args);
    if o.is(recv(args)) {
        return Ok(Some(true));
    }
    if m.released.load(Ordering::Acquire)
        || o.downcast_native::<MemoryView>()
            .is_some_and(|v| v.released.load(Ordering::Acquire))
    {
        return Ok(Some(false));
    }
    let Some(theirs) = other_values(o)? else {
        return Ok(None);
    };
    let mine = m.to_values()?;
    Ok(Some(
        mine.len() == theirs.len()
            && super::common::seq_compare(cx, &mine, &theirs, CompareOp::Eq)?,
    ))
}

fn mv_eq(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(equal(cx, args)?.map_or(Value::NOT_IMPLEMENTED, Value::bool))
}

fn mv_ne(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(equal(cx, args)?.map_or(Value::NOT_IMPLEMENTED, |e| Value::bool(!e)))
}

fn mv_hash(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let m = live(args)?;
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.fmt, b'B' | b'b' | b'c') {
        return Err(value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    Ok(Value::int(hash_str_bytes(&m.to_bytes()?)))
}

fn mv_enter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    live(args)?;
    Ok(recv(args).clone())
}

fn mv_exit(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    this(args)?.release();
    Ok(Value::NONE)
}

fn mv_release(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "release", 0, 0)?;
    this(args)?.release();
    Ok(Value::NONE)
}

fn mv_tobytes(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("tobytes", &["order"])?;
    margs(&Args::positional_only(args.pos()), "tobytes", 0, 1)?;
    if let Some(o) = args.arg(1, "order").filter(|v| !v.is_none()) {
        if !matches!(o.as_str(), Some("C" | "F" | "A")) {
            return Err(value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    Ok(Value::bytes(live(args)?.to_bytes()?))
}

fn mv_tolist(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "tolist", 0, 0)?;
    Ok(Value::list(live(args)?.to_values()?))
}

fn mv_hex(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("hex", &["sep", "bytes_per_sep"])?;
    margs(&Args::positional_only(args.pos()), "hex", 0, 2)?;
    let raw = live(args)?.to_bytes()?;
    let s = super::bytes_methods::hex_with_sep(
        cx,
        &raw,
        args.arg(1, "sep"),
        args.arg(2, "bytes_per_sep"),
    )?;
    Ok(Value::string(s))
}

fn mv_toreadonly(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    margs(args, "toreadonly", 0, 0)?;
    let m = live(args)?;
    let g = (m.start, m.len, m.stride);
    Ok(make(MemoryView::new(&m.base, m.fmt, m.itemsize, g, true)?))
}

/// `cast(format[, shape])`: the same bytes seen as items of another format (one dimension;
/// one side must be a byte format, as CPython requires).
fn mv_cast(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("cast", &["format", "shape"])?;
    margs(&Args::positional_only(args.pos()), "cast", 0, 2)?;
    let m = live(args)?;
    let Some(fv) = args.arg(1, "format") else {
        return Err(type_error(
            "cast() missing required argument 'format' (pos 1)",
        ));
    };
    let f = fv.as_str().ok_or_else(|| {
        type_error(format!(
            "cast() argument 'format' must be str, not {}",
            fv.type_name()
        ))
    })?;
    let bad_format = || {
        value_error(
            "memoryview: destination format must be a native single character format \
             prefixed with an optional '@'",
        )
    };
    let fb = match f.strip_prefix('@').unwrap_or(f).as_bytes() {
        [c] => *c,
        _ => return Err(bad_format()),
    };
    let size = format_size(fb).ok_or_else(bad_format)?;
    if !m.contiguous() {
        return Err(type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let byte_fmt = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !byte_fmt(m.fmt) && !byte_fmt(fb) {
        return Err(type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = m.nbytes();
    if !nbytes.is_multiple_of(size) {
        return Err(type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    if let Some(shape) = args.arg(2, "shape") {
        let dims = ops::to_vec(cx, shape)?;
        let ok = match dims.as_slice() {
            [n] => index_arg(cx, n)? as i128 * size as i128 == nbytes as i128,
            _ => false,
        };
        if !ok {
            return Err(type_error(
                "memoryview: product(shape) * itemsize != buffer size",
            ));
        }
    }
    let g = (m.start, nbytes / size, size as isize);
    Ok(make(MemoryView::new(&m.base, fb, size, g, m.readonly)?))
}

fn p_obj(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(live(args)?.base.clone())
}
fn p_nbytes(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(live(args)?.nbytes() as i64))
}
fn p_readonly(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(live(args)?.readonly))
}
fn p_itemsize(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(live(args)?.itemsize as i64))
}
fn p_format(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::string((live(args)?.fmt as char).to_string()))
}
fn p_ndim(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    live(args)?;
    Ok(Value::int(1))
}
fn p_shape(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::int(live(args)?.len as i64)]))
}
fn p_strides(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::int(live(args)?.stride as i64)]))
}
fn p_suboffsets(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    live(args)?;
    Ok(Value::tuple(vec![]))
}
fn p_contiguous(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(live(args)?.contiguous()))
}

/// The bytes of `v` if it is a memoryview (for `bytes_like`).
pub(super) fn bytes_of_view(v: &Value) -> Option<Cow<'_, [u8]>> {
    view_bytes(v).map(Cow::Owned)
}
