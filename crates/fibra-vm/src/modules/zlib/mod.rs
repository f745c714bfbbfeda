//! `zlib`: DEFLATE compression compatible with CPython's module: `compress`, `decompress`,
//! `compressobj`/`decompressobj` (the `zlib.Compress`/`zlib.Decompress` objects),
//! `crc32`, `adler32`, `zlib.error` and the constants.
//!
//! The DEFLATE bodies come from `flate2` over its pure-Rust miniz_oxide backend; the zlib
//! and gzip containers are handled here (`inflate.rs`, `deflate.rs`) so that headers,
//! trailers, `wbits` and error messages follow C zlib. Compressed bytes differ from C
//! zlib's (another encoder; both valid), except the header and trailer bytes. Not
//! supported: `zdict` (preset dictionaries), `copy()`, strategies other than the default
//! (accepted, ignored), window sizes below 15 when compressing (a 32 KiB window is used).
//!
//! Work on data runs detached from the VM (`Ctx::blocking`), so other threads and the
//! collector go on; output growth is checked (`MemoryError`, never an abort), so a
//! decompression bomb fails cleanly.

mod deflate;
mod inflate;

use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{memory_error, type_error, value_error, Exc, PyResult};
use crate::object::{NativeObject, Payload};
use crate::types::bytearray::ByteArray;
use crate::types::types;
use crate::value::Value;

use deflate::Deflater;
use inflate::Inflater;

/// Output is produced in pieces of this size.
pub(crate) const CHUNK: usize = 64 * 1024;

/// `DEF_BUF_SIZE`: `decompress`'s and `Decompress.flush`'s default buffer size.
const DEF_BUF_SIZE: i64 = 16384;

/// A failure inside the codec, turned into an exception by [`ZError::exc`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ZError {
    /// `Z_DATA_ERROR` (-3) with zlib's message.
    Data(&'static str),
    /// `Z_STREAM_ERROR` (-2): the stream was used after it ended, or a bad flush mode.
    Stream,
    /// `Z_NEED_DICT` (2): the stream needs a preset dictionary.
    NeedDict,
    /// `Z_BUF_ERROR` (-5) at the end of a one-shot `decompress`: the stream stops early.
    Truncated,
    /// The output could not be allocated (or exceeds the memory cap).
    Memory,
}

impl ZError {
    /// The exception for this error while `doing` (`"decompressing data"`, `"flushing"`).
    fn exc(self, doing: &str) -> Exc {
        match self {
            ZError::Data(msg) => error(format!("Error -3 while {doing}: {msg}")),
            ZError::Stream => error(format!("Error -2 while {doing}: inconsistent stream state")),
            ZError::NeedDict => error(format!("Error 2 while {doing}")),
            ZError::Truncated => error(format!(
                "Error -5 while {doing}: incomplete or truncated stream"
            )),
            ZError::Memory => memory_error(),
        }
    }
}

/// Appends `data` to `out`, checking the allocation (and the VM's memory cap).
pub(crate) fn push_output(out: &mut Vec<u8>, data: &[u8]) -> Result<(), ZError> {
    if data.is_empty() {
        return Ok(());
    }
    let total = out.len().checked_add(data.len()).ok_or(ZError::Memory)?;
    if total > isize::MAX as usize {
        return Err(ZError::Memory);
    }
    if total > out.capacity() {
        crate::embed::limits::check_request(total).map_err(|_| ZError::Memory)?;
        out.try_reserve(data.len()).map_err(|_| ZError::Memory)?;
    }
    out.extend_from_slice(data);
    Ok(())
}

/// Running Adler-32 (RFC 1950).
#[derive(Clone, Copy)]
pub(crate) struct Adler32 {
    a: u32,
    b: u32,
}

impl Adler32 {
    const MOD: u32 = 65521;
    /// Bytes that can be summed before `b` may overflow (zlib's NMAX).
    const NMAX: usize = 5552;

    pub(crate) fn new(start: u32) -> Adler32 {
        Adler32 {
            a: start & 0xffff,
            b: start >> 16,
        }
    }

    pub(crate) fn update(&mut self, data: &[u8]) {
        for chunk in data.chunks(Self::NMAX) {
            for &x in chunk {
                self.a += x as u32;
                self.b += self.a;
            }
            self.a %= Self::MOD;
            self.b %= Self::MOD;
        }
    }

    pub(crate) fn value(&self) -> u32 {
        (self.b << 16) | self.a
    }
}

/// `zlib.error` (a subclass of Exception).
fn error_class() -> &'static Value {
    static C: OnceLock<Value> = OnceLock::new();
    C.get_or_init(|| super::new_exception_class("error", "zlib", &types().exception))
}

fn error(msg: impl Into<String>) -> Exc {
    Exc::new(error_class(), msg)
}

/// The bytes of a bytes-like argument (bytes, bytearray, array.array); CPython's TypeError
/// otherwise.
pub(crate) fn buffer_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(b.to_vec());
    }
    if let Some(ba) = v.downcast_native::<ByteArray>() {
        return Ok(ba.data.lock().clone());
    }
    if let Some(b) = super::array::array_bytes(v) {
        return Ok(b);
    }
    Err(type_error(format!(
        "a bytes-like object is required, not '{}'",
        v.type_name()
    )))
}

/// An integer argument that must fit a C `int` (`ssize` for `Py_ssize_t` ones).
fn int_arg(cx: &mut Ctx, v: &Value, ssize: bool) -> PyResult<i64> {
    let too_big = || {
        Exc::new(
            &types().overflow_error,
            format!(
                "Python int too large to convert to C {}",
                if ssize { "ssize_t" } else { "int" }
            ),
        )
    };
    if let Some(Payload::Int(_)) = v.payload() {
        return Err(too_big());
    }
    if v.as_float().is_some() || v.as_str().is_some() {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )));
    }
    let n = crate::ops::index(cx, v)?;
    if !ssize && i32::try_from(n).is_err() {
        return Err(too_big());
    }
    Ok(n)
}

/// A checksum's starting value: any int, reduced modulo 2**32 (C `unsigned int` with
/// wrap-around, as CPython's `crc32`/`adler32` take it).
fn u32_arg(cx: &mut Ctx, v: &Value) -> PyResult<u32> {
    if let Some(i) = v.as_int() {
        return Ok(i as u32);
    }
    if let Some(Payload::Int(b)) = v.payload() {
        let m = num_bigint::BigInt::from(1u64 << 32);
        let r = ((b % &m) + &m) % &m;
        return Ok(u32::try_from(&r).unwrap_or(0));
    }
    Ok(int_arg(cx, v, true)? as u32)
}

/// Checks the positional-only data argument of a `fname(data, /, ...)` function.
fn data_positional<'a>(args: &'a Args, skip: usize, fname: &str) -> PyResult<&'a Value> {
    args.pos().get(skip).ok_or_else(|| {
        type_error(format!(
            "{fname}() takes at least 1 positional argument (0 given)"
        ))
    })
}

/// Binds `(data, /, names...)`: keywords only for `names`, CPython's messages.
fn bind_after_data<'a>(
    args: &'a Args,
    skip: usize,
    fname: &str,
    names: &[&str],
) -> PyResult<(&'a Value, Vec<Option<&'a Value>>)> {
    let data = data_positional(args, skip, fname)?;
    let pos = &args.pos()[skip + 1..];
    if pos.len() > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} arguments ({} given)",
            names.len() + 1,
            pos.len() + 1
        )));
    }
    let mut out: Vec<Option<&Value>> = pos.iter().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(i) => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 2
                )))
            }
            None => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok((data, out))
}

/// Builds the `zlib` module.
pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("zlib");
    m.set_attr_str("error", error_class().clone());
    m.add_fn("compress", zlib_compress);
    m.add_fn("decompress", zlib_decompress);
    m.add_fn("compressobj", zlib_compressobj);
    m.add_fn("decompressobj", zlib_decompressobj);
    m.add_fn("crc32", zlib_crc32);
    m.add_fn("adler32", zlib_adler32);
    let ints: &[(&str, i64)] = &[
        ("DEFLATED", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("DEF_MEM_LEVEL", 8),
        ("MAX_WBITS", 15),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_BEST_SPEED", 1),
        ("Z_BLOCK", deflate::Z_BLOCK),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_FILTERED", 1),
        ("Z_FINISH", deflate::Z_FINISH),
        ("Z_FIXED", 4),
        ("Z_FULL_FLUSH", deflate::Z_FULL_FLUSH),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_NO_COMPRESSION", 0),
        ("Z_NO_FLUSH", deflate::Z_NO_FLUSH),
        ("Z_PARTIAL_FLUSH", deflate::Z_PARTIAL_FLUSH),
        ("Z_RLE", 3),
        ("Z_SYNC_FLUSH", deflate::Z_SYNC_FLUSH),
        ("Z_TREES", deflate::Z_TREES),
    ];
    for &(name, v) in ints {
        m.set_attr_str(name, Value::int(v));
    }
    // The C zlib version CPython 3.11 is commonly built with; the codec is miniz_oxide.
    m.set_attr_str("ZLIB_VERSION", Value::str("1.2.13"));
    m.set_attr_str("ZLIB_RUNTIME_VERSION", Value::str("1.2.13"));
    Ok(m)
}

/// `compress(data, /, level=-1, wbits=15)`.
fn zlib_compress(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (data, a) = bind_after_data(args, 0, "compress", &["level", "wbits"])?;
    let data = buffer_arg(data)?;
    let level = a[0]
        .map(|v| int_arg(cx, v, false))
        .transpose()?
        .unwrap_or(-1);
    let wbits = a[1]
        .map(|v| int_arg(cx, v, false))
        .transpose()?
        .unwrap_or(15);
    let Some(mut z) = Deflater::new(level, wbits, 0) else {
        return Err(error("Bad compression level"));
    };
    let out = cx.blocking(move || {
        let mut out = Vec::new();
        z.compress(&data, &mut out)?;
        z.flush(deflate::Z_FINISH, &mut out)?;
        Ok::<_, ZError>(out)
    });
    Ok(Value::bytes(out.map_err(|e| e.exc("compressing data"))?))
}

/// `decompress(data, /, wbits=15, bufsize=16384)`.
fn zlib_decompress(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (data, a) = bind_after_data(args, 0, "decompress", &["wbits", "bufsize"])?;
    let data = buffer_arg(data)?;
    let wbits = a[0]
        .map(|v| int_arg(cx, v, false))
        .transpose()?
        .unwrap_or(15);
    let bufsize = a[1]
        .map(|v| int_arg(cx, v, true))
        .transpose()?
        .unwrap_or(DEF_BUF_SIZE);
    if bufsize < 0 {
        return Err(value_error("bufsize must be non-negative"));
    }
    let Some(mut z) = Inflater::new(wbits) else {
        return Err(ZError::Stream.exc("preparing to decompress data"));
    };
    let out = cx.blocking(move || {
        let mut out = Vec::new();
        let r = z.run(&data, &mut out, usize::MAX)?;
        if !r.ended {
            return Err(ZError::Truncated);
        }
        Ok(out)
    });
    Ok(Value::bytes(out.map_err(|e| e.exc("decompressing data"))?))
}

/// `crc32(data, value=0, /)`.
fn zlib_crc32(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = checksum_args(args, "crc32")?;
    let data = buffer_arg(&a[0])?;
    let start = a.get(1).map(|v| u32_arg(cx, v)).transpose()?.unwrap_or(0);
    let crc = cx.blocking(move || {
        let mut h = crc32fast::Hasher::new_with_initial(start);
        h.update(&data);
        h.finalize()
    });
    Ok(Value::int(crc as i64))
}

/// `adler32(data, value=1, /)`.
fn zlib_adler32(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = checksum_args(args, "adler32")?;
    let data = buffer_arg(&a[0])?;
    let start = a.get(1).map(|v| u32_arg(cx, v)).transpose()?.unwrap_or(1);
    let mut h = Adler32::new(start);
    h.update(&data);
    Ok(Value::int(h.value() as i64))
}

fn checksum_args<'a>(args: &'a Args, fname: &str) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!("{fname}() takes no keyword arguments")));
    }
    let pos = args.pos();
    match pos.len() {
        0 => Err(type_error(format!(
            "{fname} expected at least 1 argument, got 0"
        ))),
        1 | 2 => Ok(pos),
        n => Err(type_error(format!(
            "{fname} expected at most 2 arguments, got {n}"
        ))),
    }
}

// ---- Compress / Decompress objects ---------------------------------------------------------

/// A `zlib.Compress` object.
struct CompressObj {
    z: Mutex<Deflater>,
}

impl NativeObject for CompressObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The state of a `zlib.Decompress` object.
struct DecompressState {
    z: Inflater,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    eof: bool,
}

/// A `zlib.Decompress` object.
struct DecompressObj {
    st: Mutex<DecompressState>,
}

impl NativeObject for DecompressObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn compress_class() -> &'static Value {
    static C: OnceLock<Value> = OnceLock::new();
    C.get_or_init(|| {
        crate::builtins::native_class(
            "Compress",
            "zlib",
            None,
            &[
                ("compress", c_compress),
                ("flush", c_flush),
                ("copy", c_copy),
            ],
        )
    })
}

fn decompress_class() -> &'static Value {
    static C: OnceLock<Value> = OnceLock::new();
    C.get_or_init(|| {
        let ty = crate::builtins::native_class(
            "Decompress",
            "zlib",
            None,
            &[
                ("decompress", d_decompress),
                ("flush", d_flush),
                ("copy", c_copy),
            ],
        );
        crate::builtins::add_properties(
            &ty,
            &[
                ("unused_data", d_unused_data),
                ("unconsumed_tail", d_unconsumed_tail),
                ("eof", d_eof),
            ],
        );
        ty
    })
}

/// `compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None)`.
fn zlib_compressobj(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = super::bind_args(
        args,
        0,
        "compressobj",
        &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        0,
    )?;
    let mut int = |i: usize, default: i64| -> PyResult<i64> {
        a[i].map(|v| int_arg(cx, v, false))
            .transpose()
            .map(|v| v.unwrap_or(default))
    };
    let level = int(0, -1)?;
    let method = int(1, 8)?;
    let wbits = int(2, 15)?;
    let mem_level = int(3, 8)?;
    let strategy = int(4, 0)?;
    if let Some(zd) = a[5].filter(|v| !v.is_none()) {
        buffer_arg(zd)
            .map_err(|_| type_error("zdict argument must support the buffer protocol"))?;
        return Err(Exc::new(
            &types().not_implemented_error,
            "zlib: zdict (preset dictionaries) is not supported",
        ));
    }
    let z = (method == 8 && (1..=9).contains(&mem_level))
        .then(|| Deflater::new(level, wbits, strategy))
        .flatten()
        .ok_or_else(|| value_error("Invalid initialization option"))?;
    Ok(Value::native_obj(
        compress_class().clone(),
        CompressObj { z: Mutex::new(z) },
    ))
}

/// `decompressobj(wbits=15, zdict=b'')`.
fn zlib_decompressobj(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = super::bind_args(args, 0, "decompressobj", &["wbits", "zdict"], 0)?;
    let wbits = a[0]
        .map(|v| int_arg(cx, v, false))
        .transpose()?
        .unwrap_or(15);
    if let Some(zd) = a[1] {
        let d = buffer_arg(zd)
            .map_err(|_| type_error("zdict argument must support the buffer protocol"))?;
        if !d.is_empty() {
            return Err(Exc::new(
                &types().not_implemented_error,
                "zlib: zdict (preset dictionaries) is not supported",
            ));
        }
    }
    let z = Inflater::new(wbits).ok_or_else(|| value_error("Invalid initialization option"))?;
    Ok(Value::native_obj(
        decompress_class().clone(),
        DecompressObj {
            st: Mutex::new(DecompressState {
                z,
                unused_data: Vec::new(),
                unconsumed_tail: Vec::new(),
                eof: false,
            }),
        },
    ))
}

fn compress_self<'a>(args: &Args<'a>) -> PyResult<&'a CompressObj> {
    args.values
        .first()
        .and_then(|v| v.downcast_native::<CompressObj>())
        .ok_or_else(|| type_error("descriptor requires a 'zlib.Compress' object"))
}

fn decompress_self<'a>(args: &Args<'a>) -> PyResult<&'a DecompressObj> {
    args.values
        .first()
        .and_then(|v| v.downcast_native::<DecompressObj>())
        .ok_or_else(|| type_error("descriptor requires a 'zlib.Decompress' object"))
}

/// `Compress.compress(data, /)`.
fn c_compress(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = compress_self(args)?;
    if args.has_kwargs() {
        return Err(type_error("compress() takes no keyword arguments"));
    }
    let n = args.pos().len() - 1;
    if n != 1 {
        return Err(type_error(format!(
            "compress() takes exactly 1 positional argument ({n} given)"
        )));
    }
    let data = buffer_arg(&args.pos()[1])?;
    // The lock is taken detached: a long compression in one thread must not leave another
    // thread waiting for it while attached (that would hold up a collection).
    let out = cx.blocking(|| {
        let mut out = Vec::new();
        c.z.lock().compress(&data, &mut out).map(|_| out)
    });
    Ok(Value::bytes(out.map_err(|e| e.exc("compressing data"))?))
}

/// `Compress.flush(mode=Z_FINISH, /)`.
fn c_flush(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = compress_self(args)?;
    let a = args.check("flush", 1, 2).map_err(|_| {
        type_error(format!(
            "flush() takes at most 1 argument ({} given)",
            args.values.len() - 1
        ))
    })?;
    let mode = a
        .get(1)
        .map(|v| int_arg(cx, v, false))
        .transpose()?
        .unwrap_or(deflate::Z_FINISH);
    let out = cx.blocking(|| {
        let mut out = Vec::new();
        c.z.lock().flush(mode, &mut out).map(|_| out)
    });
    Ok(Value::bytes(out.map_err(|e| e.exc("flushing"))?))
}

/// `copy()`: the miniz_oxide streams cannot be duplicated.
fn c_copy(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if let Ok(c) = compress_self(args) {
        if cx.blocking(|| c.z.lock().finished()) {
            return Err(value_error("Inconsistent stream state"));
        }
    }
    Err(Exc::new(
        &types().not_implemented_error,
        "zlib: copy() of a compression stream is not supported",
    ))
}

/// Runs the decompressor over `input` (at most `limit` bytes of output) and updates
/// `unused_data`/`unconsumed_tail`/`eof` as CPython's `save_unconsumed_input` does.
fn decompress_into(
    st: &mut DecompressState,
    input: &[u8],
    limit: usize,
    flushing: bool,
) -> Result<Vec<u8>, ZError> {
    let mut out = Vec::new();
    let r = match st.z.run(input, &mut out, limit) {
        Ok(r) => r,
        // `flush()` reports no data errors (CPython returns what it has).
        Err(ZError::Data(_)) | Err(ZError::NeedDict) if flushing => return Ok(out),
        Err(e) => return Err(e),
    };
    let rest = &input[r.consumed.min(input.len())..];
    if r.ended {
        push_output(&mut st.unused_data, rest)?;
        st.eof = true;
    }
    if (!r.ended && !rest.is_empty()) || !st.unconsumed_tail.is_empty() {
        st.unconsumed_tail = rest.to_vec();
    }
    Ok(out)
}

/// `Decompress.decompress(data, /, max_length=0)`.
fn d_decompress(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let d = decompress_self(args)?;
    let (data, a) = bind_after_data(args, 1, "decompress", &["max_length"])?;
    let data = buffer_arg(data)?;
    let max = a[0].map(|v| int_arg(cx, v, true)).transpose()?.unwrap_or(0);
    if max < 0 {
        return Err(value_error("max_length must be non-negative"));
    }
    let limit = if max == 0 { usize::MAX } else { max as usize };
    let out = cx.blocking(|| decompress_into(&mut d.st.lock(), &data, limit, false));
    Ok(Value::bytes(out.map_err(|e| e.exc("decompressing data"))?))
}

/// `Decompress.flush(length=DEF_BUF_SIZE, /)`: decompresses what `unconsumed_tail` holds.
fn d_flush(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let d = decompress_self(args)?;
    let a = args.check("flush", 1, 2).map_err(|_| {
        type_error(format!(
            "flush() takes at most 1 argument ({} given)",
            args.values.len() - 1
        ))
    })?;
    let length = a
        .get(1)
        .map(|v| int_arg(cx, v, true))
        .transpose()?
        .unwrap_or(DEF_BUF_SIZE);
    if length <= 0 {
        return Err(value_error("length must be greater than zero"));
    }
    let out = cx.blocking(|| {
        let mut st = d.st.lock();
        let tail = st.unconsumed_tail.clone();
        decompress_into(&mut st, &tail, usize::MAX, true)
    });
    Ok(Value::bytes(out.map_err(|e| e.exc("flushing"))?))
}

// The getters take the lock detached too: another thread may hold it for a long
// decompression.

fn d_unused_data(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let d = decompress_self(args)?;
    let v = cx.blocking(|| d.st.lock().unused_data.clone());
    Ok(Value::bytes(v))
}

fn d_unconsumed_tail(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let d = decompress_self(args)?;
    let v = cx.blocking(|| d.st.lock().unconsumed_tail.clone());
    Ok(Value::bytes(v))
}

fn d_eof(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let d = decompress_self(args)?;
    let eof = cx.blocking(|| d.st.lock().eof);
    Ok(Value::bool(eof))
}

#[cfg(test)]
mod tests;
