//! `struct`: packing values into C-layout bytes and back. `pack`, `unpack`, `calcsize`,
//! `pack_into`, `unpack_from`, `iter_unpack`, the `Struct` class and `struct.error`, with the
//! byte orders `@` (native, aligned), `=`, `<`, `>`, `!` and the formats
//! `x c b B ? h H i I l L q Q n N P e f d s p` (`n N P` native only), as CPython 3.11 on a
//! 64-bit LP64 host; error types and messages follow CPython's `_struct`.

use std::sync::OnceLock;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{memory_error, overflow_error, type_error, Exc, PyResult};
use crate::object::{NativeObject, Payload};
use crate::ops;
use crate::types::bytearray::{bytes_like, ByteArray};
use crate::types::types;
use crate::value::Value;

static NONE: Value = Value::NONE;

/// `struct.error` (a subclass of Exception).
fn error_class() -> &'static Value {
    static C: OnceLock<Value> = OnceLock::new();
    C.get_or_init(|| super::new_exception_class("error", "struct", &types().exception))
}

fn error(msg: impl Into<String>) -> Exc {
    Exc::new(error_class(), msg)
}

/// The `Struct` class (`_struct.Struct`).
fn struct_class() -> &'static Value {
    static C: OnceLock<Value> = OnceLock::new();
    C.get_or_init(|| {
        let ty = crate::builtins::native_class(
            "Struct",
            "_struct",
            Some(struct_new),
            &[
                ("pack", st_pack),
                ("unpack", st_unpack),
                ("pack_into", st_pack_into),
                ("unpack_from", st_unpack_from),
                ("iter_unpack", st_iter_unpack),
            ],
        );
        crate::builtins::add_properties(&ty, &[("format", st_format), ("size", st_size)]);
        ty
    })
}

/// Builds the `struct` module.
pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("struct");
    m.set_attr_str("error", error_class().clone());
    m.set_attr_str("Struct", struct_class().clone());
    m.add_fn("pack", pack);
    m.add_fn("unpack", unpack);
    m.add_fn("calcsize", calcsize);
    m.add_fn("pack_into", pack_into);
    m.add_fn("unpack_from", unpack_from);
    m.add_fn("iter_unpack", iter_unpack);
    Ok(m)
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    /// `@`: native order, native sizes and alignment.
    Native,
    /// `=`: native order, standard sizes, no alignment.
    NativeStd,
    Little,
    Big,
}

impl Order {
    fn little(self) -> bool {
        match self {
            Order::Little => true,
            Order::Big => false,
            Order::Native | Order::NativeStd => cfg!(target_endian = "little"),
        }
    }
}

/// One format code with its repeat count, at `offset` in the packed layout.
#[derive(Clone, Copy)]
struct Field {
    code: u8,
    count: usize,
    /// The size of one item (for `s`/`p`/`x`: 1).
    size: usize,
    offset: usize,
}

/// A parsed format string.
struct Layout {
    order: Order,
    fields: Vec<Field>,
    size: usize,
    /// How many values `pack` takes (and `unpack` returns).
    nargs: usize,
}

/// (size, alignment) of a code, or None for a bad code.
fn code_info(code: u8, order: Order) -> Option<(usize, usize)> {
    let native = order == Order::Native;
    let long = std::mem::size_of::<std::os::raw::c_long>();
    let sz = match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => return Some((1, 1)),
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if native => long,
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => std::mem::size_of::<usize>(),
        _ => return None,
    };
    Some((sz, if native { sz } else { 1 }))
}

fn too_long() -> Exc {
    error("total struct size too long")
}

fn parse(fmt: &str) -> PyResult<Layout> {
    let b = fmt.as_bytes();
    let (order, mut i) = match b.first() {
        Some(b'@') => (Order::Native, 1),
        Some(b'=') => (Order::NativeStd, 1),
        Some(b'<') => (Order::Little, 1),
        Some(b'>') | Some(b'!') => (Order::Big, 1),
        _ => (Order::Native, 0),
    };
    let mut fields = Vec::new();
    let mut size = 0usize;
    let mut nargs = 0usize;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = 0;
            while i < b.len() && b[i].is_ascii_digit() {
                count = count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((b[i] - b'0') as usize))
                    .ok_or_else(too_long)?;
                i += 1;
            }
            if i >= b.len() {
                return Err(error("repeat count given without format specifier"));
            }
        }
        let code = b[i];
        i += 1;
        let (isz, align) =
            code_info(code, order).ok_or_else(|| error("bad char in struct format"))?;
        if align > 1 {
            size = size
                .checked_add(align - 1)
                .map(|s| s / align * align)
                .ok_or_else(too_long)?;
        }
        let bytes = count.checked_mul(isz).ok_or_else(too_long)?;
        fields.push(Field {
            code,
            count,
            size: isz,
            offset: size,
        });
        size = size
            .checked_add(bytes)
            .filter(|&s| s <= isize::MAX as usize)
            .ok_or_else(too_long)?;
        nargs += match code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
    }
    Ok(Layout {
        order,
        fields,
        size,
        nargs,
    })
}

/// The format argument (str or bytes) as a str.
fn format_str(v: &Value, what: &str) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(type_error(format!(
        "{what} argument 1 must be a str or bytes object, not {}",
        v.type_name()
    )))
}

/// The layout of a format argument: a `Struct` or a format string.
fn layout_of(v: &Value) -> PyResult<Layout> {
    if let Some(s) = v.downcast_native::<StructObj>() {
        return parse(&s.format);
    }
    parse(&format_str(v, "Struct()")?)
}

fn range_error(code: u8, order: Order, v: i128) -> Exc {
    let oor = || error("argument out of range");
    let big = order == Order::Big;
    match code {
        b'b' => error("byte format requires -128 <= number <= 127"),
        b'B' => error("ubyte format requires 0 <= number <= 255"),
        b'h' if big => error("'h' format requires -32768 <= number <= 32767"),
        b'h' => error("short format requires -32768 <= number <= 32767"),
        b'H' if big && v < 0 => oor(),
        b'H' if big => error("'H' format requires 0 <= number <= 65535"),
        b'H' => error("ushort format requires 0 <= number <= 65535"),
        _ => {
            let Some((sz, _)) = code_info(code, order) else {
                return oor();
            };
            let unsigned = code.is_ascii_uppercase();
            if unsigned && v < 0 {
                return if sz == 8 && big {
                    error("int too large to convert")
                } else {
                    oor()
                };
            }
            if sz >= 8 {
                return oor();
            }
            let bits = sz as u32 * 8;
            let (lo, hi) = if unsigned {
                (0i128, (1i128 << bits) - 1)
            } else {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            };
            error(format!(
                "'{}' format requires {lo} <= number <= {hi}",
                code as char
            ))
        }
    }
}

/// An integer argument for `code`, range-checked, as its two's-complement bits.
fn pack_int(cx: &mut Ctx, v: &Value, code: u8, size: usize, order: Order) -> PyResult<u64> {
    let is_intlike = int_like(v) || crate::types::lookup(v.class(), "__index__").is_some();
    if !is_intlike {
        return Err(error("required argument is not an integer"));
    }
    let n: i128 = if let Some(i) = v.as_int() {
        i as i128
    } else if let Some(b) = v.as_bigint() {
        match b.to_i128() {
            Some(x) if (i64::MIN as i128..=u64::MAX as i128).contains(&x) => x,
            _ => return Err(error("argument out of range")),
        }
    } else {
        ops::index(cx, v)? as i128
    };
    let unsigned = code.is_ascii_uppercase();
    let bits = size as u32 * 8;
    let ok = if unsigned {
        n >= 0 && n <= ((1i128 << bits) - 1)
    } else {
        n >= -(1i128 << (bits - 1)) && n < (1i128 << (bits - 1))
    };
    if !ok {
        return Err(range_error(code, order, n));
    }
    Ok(n as u64)
}

fn int_like(v: &Value) -> bool {
    v.as_int().is_some() || v.as_bigint().is_some()
}

fn pack_float(cx: &mut Ctx, v: &Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if int_like(v)
        || crate::types::lookup(v.class(), "__float__").is_some()
        || crate::types::lookup(v.class(), "__index__").is_some()
    {
        return ops::to_f64(cx, v);
    }
    Err(error("required argument is not a float"))
}

/// frexp: x = m * 2^e with 0.5 <= |m| < 1 (x finite and nonzero).
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * f64::powi(2.0, 54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// IEEE 754 half precision, rounding half to even (CPython's PyFloat_Pack2).
fn to_half(x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    if x == 0.0 {
        return Ok(sign);
    }
    let too_large = || overflow_error("float too large to pack with e format");
    let (f, e) = frexp(x.abs());
    let (mut f, mut e) = (f * 2.0 - 1.0, e - 1);
    if e >= 16 {
        return Err(too_large());
    } else if e < -25 {
        f = 0.0;
        e = 0;
    } else if e < -14 {
        f = (1.0 + f) * f64::powi(2.0, 14 + e);
        e = 0;
    } else {
        e += 15;
    }
    let f = f * 1024.0;
    let mut bits = f as u16;
    let rest = f - bits as f64;
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return Err(too_large());
            }
        }
    }
    Ok(sign | ((e as u16) << 10) | bits)
}

fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * f64::powi(2.0, -24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * f64::powi(2.0, e - 15),
    }
}

fn put(out: &mut [u8], at: usize, bits: u64, size: usize, little: bool) {
    let Some(dst) = out.get_mut(at..at + size) else {
        return;
    };
    if little {
        dst.copy_from_slice(&bits.to_le_bytes()[..size]);
    } else {
        dst.copy_from_slice(&bits.to_be_bytes()[8 - size..]);
    }
}

fn get(data: &[u8], at: usize, size: usize, little: bool) -> u64 {
    let mut buf = [0u8; 8];
    let src = data.get(at..at + size).unwrap_or(&[]);
    if little {
        buf[..src.len()].copy_from_slice(src);
        u64::from_le_bytes(buf)
    } else {
        buf[8 - src.len()..].copy_from_slice(src);
        u64::from_be_bytes(buf)
    }
}

/// Packs `vals` (already counted) into `out` (of at least `lay.size` bytes, zeroed).
fn pack_to(cx: &mut Ctx, lay: &Layout, vals: &[Value], out: &mut [u8]) -> PyResult<()> {
    let little = lay.order.little();
    let mut next = vals.iter();
    for f in &lay.fields {
        match f.code {
            b'x' => {}
            b's' | b'p' => {
                let v = next.next().unwrap_or(&NONE);
                let data = bytes_like(v).ok_or_else(|| {
                    error(format!(
                        "argument for '{}' must be a bytes object",
                        f.code as char
                    ))
                })?;
                let Some(dst) = out.get_mut(f.offset..f.offset + f.count) else {
                    continue;
                };
                if f.code == b's' {
                    let n = data.len().min(f.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if f.count > 0 {
                    let n = data.len().min(f.count - 1).min(255);
                    dst[0] = n as u8;
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            code => {
                for k in 0..f.count {
                    let v = next.next().unwrap_or(&NONE);
                    let at = f.offset + k * f.size;
                    let bits = match code {
                        b'c' => match bytes_like(v) {
                            Some(b) if b.len() == 1 => b[0] as u64,
                            _ => {
                                return Err(error(
                                    "char format requires a bytes object of length 1",
                                ))
                            }
                        },
                        b'?' => ops::truthy(cx, v)? as u64,
                        b'e' => to_half(pack_float(cx, v)?)? as u64,
                        b'f' => {
                            let x = pack_float(cx, v)?;
                            let y = x as f32;
                            if y.is_infinite() && x.is_finite() && lay.order != Order::Native {
                                return Err(overflow_error(
                                    "float too large to pack with f format",
                                ));
                            }
                            y.to_bits() as u64
                        }
                        b'd' => pack_float(cx, v)?.to_bits(),
                        _ => pack_int(cx, v, code, f.size, lay.order)?,
                    };
                    put(out, at, bits, f.size, little);
                }
            }
        }
    }
    Ok(())
}

fn unpack_at(lay: &Layout, data: &[u8]) -> Value {
    let little = lay.order.little();
    let mut out = Vec::with_capacity(lay.nargs);
    for f in &lay.fields {
        match f.code {
            b'x' => {}
            b's' => {
                let d = data.get(f.offset..f.offset + f.count).unwrap_or(&[]);
                out.push(Value::bytes(d.to_vec()));
            }
            b'p' => {
                let d = data.get(f.offset..f.offset + f.count).unwrap_or(&[]);
                let n = match d.first() {
                    Some(&n) => (n as usize).min(f.count - 1),
                    None => 0,
                };
                out.push(Value::bytes(d.get(1..1 + n).unwrap_or(&[]).to_vec()));
            }
            code => {
                for k in 0..f.count {
                    let bits = get(data, f.offset + k * f.size, f.size, little);
                    out.push(match code {
                        b'c' => Value::bytes(vec![bits as u8]),
                        b'?' => Value::bool(bits != 0),
                        b'e' => Value::float(from_half(bits as u16)),
                        b'f' => Value::float(f32::from_bits(bits as u32) as f64),
                        b'd' => Value::float(f64::from_bits(bits)),
                        c if c.is_ascii_uppercase() => match i64::try_from(bits) {
                            Ok(i) => Value::int(i),
                            Err(_) => Value::bigint(BigInt::from(bits)),
                        },
                        _ => {
                            let shift = 64 - f.size as u32 * 8;
                            Value::int(((bits << shift) as i64) >> shift)
                        }
                    });
                }
            }
        }
    }
    Value::tuple(out)
}

fn check_count(lay: &Layout, fname: &str, got: usize) -> PyResult<()> {
    if got != lay.nargs {
        return Err(error(format!(
            "{fname} expected {} items for packing (got {got})",
            lay.nargs
        )));
    }
    Ok(())
}

fn do_pack(cx: &mut Ctx, lay: &Layout, vals: &[Value]) -> PyResult<Value> {
    check_count(lay, "pack", vals.len())?;
    let mut out = Vec::new();
    out.try_reserve_exact(lay.size)
        .map_err(|_| memory_error())?;
    out.resize(lay.size, 0);
    pack_to(cx, lay, vals, &mut out)?;
    Ok(Value::bytes(out))
}

fn buffer_of(v: &Value) -> PyResult<std::borrow::Cow<'_, [u8]>> {
    bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

fn do_unpack(lay: &Layout, buf: &Value) -> PyResult<Value> {
    let data = buffer_of(buf)?;
    if data.len() != lay.size {
        return Err(error(format!(
            "unpack requires a buffer of {} bytes",
            lay.size
        )));
    }
    Ok(unpack_at(lay, &data))
}

/// Resolves a possibly negative `offset` into a buffer of `len` bytes.
fn resolve_offset(offset: i64, len: usize, size: usize, packing: bool) -> PyResult<usize> {
    let len_i = len as i64;
    let mut off = offset;
    if off < 0 {
        if off + len_i < 0 {
            return Err(error(format!(
                "offset {offset} out of range for {len}-byte buffer"
            )));
        }
        off += len_i;
        if len_i - off < size as i64 {
            return Err(error(if packing {
                format!("no space to pack {size} bytes at offset {offset}")
            } else {
                format!("not enough data to unpack {size} bytes at offset {offset}")
            }));
        }
        return Ok(off as usize);
    }
    if len_i - off < size as i64 {
        return Err(error(if packing {
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {offset} (actual buffer size is {len})",
                size as i64 + offset
            )
        } else {
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {len})",
                size as i64 + offset
            )
        }));
    }
    Ok(off as usize)
}

fn do_pack_into(cx: &mut Ctx, lay: &Layout, rest: &[Value]) -> PyResult<Value> {
    let (Some(buf), Some(off)) = (rest.first(), rest.get(1)) else {
        return Err(type_error("pack_into expected buffer argument"));
    };
    check_count(lay, "pack_into", rest.len() - 2)?;
    let Some(ba) = buf.downcast_native::<ByteArray>() else {
        return Err(type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            buf.type_name()
        )));
    };
    let offset = ops::index(cx, off)?;
    let mut packed = vec![0u8; lay.size];
    pack_to(cx, lay, &rest[2..], &mut packed)?;
    let mut data = ba.data.lock();
    let at = resolve_offset(offset, data.len(), lay.size, true)?;
    if let Some(dst) = data.get_mut(at..at + lay.size) {
        dst.copy_from_slice(&packed);
    }
    Ok(Value::NONE)
}

fn do_unpack_from(cx: &mut Ctx, lay: &Layout, args: &Args, skip: usize) -> PyResult<Value> {
    let a = super::bind_args(args, skip, "unpack_from", &["buffer", "offset"], 1)?;
    let data = buffer_of(a[0].unwrap_or(&NONE))?;
    let offset = match a[1] {
        Some(v) => ops::index(cx, v)?,
        None => 0,
    };
    let at = resolve_offset(offset, data.len(), lay.size, false)?;
    Ok(unpack_at(lay, &data[at..]))
}

fn do_iter_unpack(cx: &mut Ctx, lay: &Layout, buf: &Value) -> PyResult<Value> {
    let data = buffer_of(buf)?;
    if lay.size == 0 {
        return Err(error("cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % lay.size != 0 {
        return Err(error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            lay.size
        )));
    }
    let items: Vec<Value> = data
        .chunks(lay.size)
        .map(|chunk| unpack_at(lay, chunk))
        .collect();
    ops::iter(cx, &Value::list(items))
}

/// The format argument of a module-level function.
fn fmt_arg<'a>(args: &Args<'a>, fname: &str, min: usize) -> PyResult<(Layout, &'a [Value])> {
    if args.has_kwargs() && fname != "unpack_from" {
        return Err(type_error(format!("{fname}() takes no keyword arguments")));
    }
    let pos = args.pos();
    let Some(f) = pos.first() else {
        return Err(type_error("missing format argument"));
    };
    if pos.len() < min {
        return Err(type_error(format!(
            "{fname} expected {min} arguments, got {}",
            pos.len()
        )));
    }
    Ok((layout_of(f)?, &pos[1..]))
}

fn pack(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (lay, rest) = fmt_arg(args, "pack", 1)?;
    do_pack(cx, &lay, rest)
}

fn unpack(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("unpack", 2, 2).map_err(|_| {
        type_error(format!(
            "unpack expected 2 arguments, got {}",
            args.values.len()
        ))
    })?;
    do_unpack(&layout_of(&a[0])?, &a[1])
}

fn calcsize(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("calcsize", 1, 1)?;
    Ok(Value::int(layout_of(&a[0])?.size as i64))
}

fn pack_into(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let (lay, rest) = fmt_arg(args, "pack_into", 3)?;
    do_pack_into(cx, &lay, rest)
}

fn unpack_from(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let f = args
        .pos()
        .first()
        .ok_or_else(|| type_error("missing format argument"))?;
    let lay = layout_of(f)?;
    do_unpack_from(cx, &lay, args, 1)
}

fn iter_unpack(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("iter_unpack", 2, 2).map_err(|_| {
        type_error(format!(
            "iter_unpack expected 2 arguments, got {}",
            args.values.len()
        ))
    })?;
    do_iter_unpack(cx, &layout_of(&a[0])?, &a[1])
}

/// A compiled `Struct`: its format (as given) and layout.
struct StructObj {
    format: String,
    layout: Layout,
}

impl NativeObject for StructObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn struct_new(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = super::bind_args(args, 1, "Struct", &["format"], 1)?;
    let format = format_str(a[0].unwrap_or(&NONE), "Struct()")?;
    let layout = parse(&format)?;
    let cls = args
        .pos()
        .first()
        .cloned()
        .unwrap_or_else(|| struct_class().clone());
    Ok(Value::native_obj(cls, StructObj { format, layout }))
}

fn me<'a>(args: &Args<'a>) -> PyResult<&'a StructObj> {
    args.values
        .first()
        .and_then(|v| v.downcast_native::<StructObj>())
        .ok_or_else(|| type_error("descriptor requires a '_struct.Struct' object"))
}

fn st_pack(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = me(args)?;
    if args.has_kwargs() {
        return Err(type_error("pack() takes no keyword arguments"));
    }
    do_pack(cx, &s.layout, &args.pos()[1..])
}

fn st_unpack(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = me(args)?;
    let a = args.check("unpack", 2, 2)?;
    do_unpack(&s.layout, &a[1])
}

fn st_pack_into(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = me(args)?;
    if args.has_kwargs() {
        return Err(type_error("pack_into() takes no keyword arguments"));
    }
    let rest = &args.pos()[1..];
    if rest.len() < 2 {
        return Err(type_error("pack_into expected buffer argument"));
    }
    do_pack_into(cx, &s.layout, rest)
}

fn st_unpack_from(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = me(args)?;
    do_unpack_from(cx, &s.layout, args, 1)
}

fn st_iter_unpack(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let s = me(args)?;
    let a = args.check("iter_unpack", 2, 2)?;
    do_iter_unpack(cx, &s.layout, &a[1])
}

fn st_format(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::str(&me(args)?.format))
}

fn st_size(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(me(args)?.layout.size as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_half_floats() {
        crate::types::init();
        assert_eq!(parse("@bq").unwrap().size, 16);
        assert_eq!(parse("=bq").unwrap().size, 9);
        assert_eq!(parse("ci0l").unwrap().size, 8);
        assert_eq!(parse("3s2x4p").unwrap().size, 9);
        assert!(parse("<n").is_err());
        assert_eq!(to_half(1.5).unwrap(), 0x3e00);
        assert_eq!(to_half(65519.0).unwrap(), 0x7bff);
        assert!(to_half(65520.0).is_err());
        assert_eq!(to_half(5.96e-8).unwrap(), 1);
        assert_eq!(from_half(0x7bff), 65504.0);
        assert_eq!(from_half(1), 5.960464477539063e-08);
    }
}
