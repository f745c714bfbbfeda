//! `_hashlib`: the hash objects behind `stdlib/hashlib.py`. MD5, SHA-1 and SHA-2 are
//! written here (one file each); SHA-3/SHAKE come from the `sha3` crate. The module offers
//! `new(name, data=b'')` and the `HASH` class (`update`, `digest`, `hexdigest`, `copy`,
//! `name`, `digest_size`, `block_size`); messages follow CPython 3.11's `_hashlib`.

mod md5;
mod sha1;
mod sha256;
mod sha3;
mod sha512;

use std::sync::OnceLock;

use num_bigint::BigUint;
use parking_lot::Mutex;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{memory_error, type_error, value_error, PyResult};
use crate::object::{NativeObject, Payload};
use crate::types::bytearray::ByteArray;
use crate::value::Value;

/// Fixed-size block buffering shared by the Merkle-Damgard hashes.
#[derive(Clone)]
pub(crate) struct Blocks<const N: usize> {
    buf: [u8; N],
    len: usize,
    /// Total bytes fed so far.
    total: u128,
}

impl<const N: usize> Default for Blocks<N> {
    fn default() -> Self {
        Blocks {
            buf: [0; N],
            len: 0,
            total: 0,
        }
    }
}

impl<const N: usize> Blocks<N> {
    /// Feeds `data`, calling `f` on each complete block.
    pub(crate) fn feed(&mut self, mut data: &[u8], mut f: impl FnMut(&[u8; N])) {
        self.total = self.total.wrapping_add(data.len() as u128);
        if self.len > 0 {
            let n = (N - self.len).min(data.len());
            self.buf[self.len..self.len + n].copy_from_slice(&data[..n]);
            self.len += n;
            data = &data[n..];
            if self.len < N {
                return;
            }
            f(&self.buf);
            self.len = 0;
        }
        let mut chunks = data.chunks_exact(N);
        for c in &mut chunks {
            let mut block = [0u8; N];
            block.copy_from_slice(c);
            f(&block);
        }
        let rest = chunks.remainder();
        self.buf[..rest.len()].copy_from_slice(rest);
        self.len = rest.len();
    }

    /// The final padding: 0x80, zeros, and the message length in bits as a `lenbytes`-byte
    /// integer (big- or little-endian).
    pub(crate) fn pad(&mut self, lenbytes: usize, big: bool, mut f: impl FnMut(&[u8; N])) {
        let bits = self.total.wrapping_mul(8);
        let mut tail = vec![0x80u8];
        let used = (self.len + 1) % N;
        let zeros = (N + N - lenbytes - used) % N;
        tail.resize(1 + zeros, 0);
        if big {
            tail.extend_from_slice(&bits.to_be_bytes()[16 - lenbytes..]);
        } else {
            tail.extend_from_slice(&bits.to_le_bytes()[..lenbytes]);
        }
        let total = self.total;
        self.feed(&tail, &mut f);
        self.total = total;
    }
}

/// The first `n` primes.
pub(crate) fn primes(n: usize) -> impl Iterator<Item = u64> {
    (2u64..)
        .filter(|&k| (2..k).take_while(|d| d * d <= k).all(|d| k % d != 0))
        .take(n)
}

/// The first `bits` bits of the fractional part of the `root`-th root of `p`.
pub(crate) fn frac_root(p: u64, root: u32, bits: u32) -> u64 {
    let scaled = BigUint::from(p) << (root * bits) as usize;
    let r = scaled.nth_root(root);
    let mask = if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    };
    r.iter_u64_digits().next().unwrap_or(0) & mask
}

/// Lowercase hexadecimal.
pub(crate) fn hex(b: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(b.len() * 2);
    for x in b {
        let _ = write!(s, "{x:02x}");
    }
    s
}

#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha256(sha256::Sha256),
    Sha512(sha512::Sha512),
    Sha3(sha3::Sha3),
}

impl State {
    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => h.update(data),
            State::Sha1(h) => h.update(data),
            State::Sha256(h) => h.update(data),
            State::Sha512(h) => h.update(data),
            State::Sha3(h) => h.update(data),
        }
    }

    fn finish(&self, len: usize) -> Vec<u8> {
        match self {
            State::Md5(h) => h.finish(),
            State::Sha1(h) => h.finish(),
            State::Sha256(h) => h.finish(),
            State::Sha512(h) => h.finish(),
            State::Sha3(h) => h.finish(len),
        }
    }
}

/// (name, digest_size, block_size) of every algorithm, in `algorithms_available` order.
pub const ALGORITHMS: &[(&str, usize, usize)] = &[
    ("md5", 16, 64),
    ("sha1", 20, 64),
    ("sha224", 28, 64),
    ("sha256", 32, 64),
    ("sha384", 48, 128),
    ("sha512", 64, 128),
    ("sha3_224", 28, 144),
    ("sha3_256", 32, 136),
    ("sha3_384", 48, 104),
    ("sha3_512", 64, 72),
    ("shake_128", 0, 168),
    ("shake_256", 0, 136),
];

/// A fresh state for the algorithm `name` (CPython's spellings: `SHA256`, `sha-256`, ...).
fn start(name: &str) -> Option<(&'static str, State)> {
    let lower = name.to_ascii_lowercase().replace('-', "");
    let (canon, st) = match lower.as_str() {
        "md5" => ("md5", State::Md5(md5::Md5::default())),
        "sha1" => ("sha1", State::Sha1(sha1::Sha1::default())),
        "sha224" => ("sha224", State::Sha256(sha256::Sha256::new224())),
        "sha256" => ("sha256", State::Sha256(sha256::Sha256::new256())),
        "sha384" => ("sha384", State::Sha512(sha512::Sha512::new384())),
        "sha512" => ("sha512", State::Sha512(sha512::Sha512::new512())),
        "sha3_224" => (
            "sha3_224",
            State::Sha3(sha3::Sha3::S224(Default::default())),
        ),
        "sha3_256" => (
            "sha3_256",
            State::Sha3(sha3::Sha3::S256(Default::default())),
        ),
        "sha3_384" => (
            "sha3_384",
            State::Sha3(sha3::Sha3::S384(Default::default())),
        ),
        "sha3_512" => (
            "sha3_512",
            State::Sha3(sha3::Sha3::S512(Default::default())),
        ),
        "shake_128" => (
            "shake_128",
            State::Sha3(sha3::Sha3::Shake128(Default::default())),
        ),
        "shake_256" => (
            "shake_256",
            State::Sha3(sha3::Sha3::Shake256(Default::default())),
        ),
        _ => return None,
    };
    Some((canon, st))
}

struct HashObj {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    state: Mutex<State>,
}

impl NativeObject for HashObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The bytes of a hash argument: bytes, bytearray or array; a str is CPython's TypeError.
fn data_of(v: &Value) -> PyResult<Vec<u8>> {
    if v.as_str().is_some() {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(b.to_vec());
    }
    if let Some(ba) = v.downcast_native::<ByteArray>() {
        return Ok(ba.data.lock().clone());
    }
    if let Some(b) = super::array::array_bytes(v) {
        return Ok(b);
    }
    Err(type_error("object supporting the buffer API required"))
}

/// The `_hashlib.HASH` class.
fn hash_class() -> &'static Value {
    static C: OnceLock<Value> = OnceLock::new();
    C.get_or_init(|| {
        let ty = crate::builtins::native_class(
            "HASH",
            "_hashlib",
            None,
            &[
                ("update", h_update),
                ("digest", h_digest),
                ("hexdigest", h_hexdigest),
                ("copy", h_copy),
                ("__repr__", h_repr),
            ],
        );
        crate::builtins::add_properties(
            &ty,
            &[
                ("name", h_name),
                ("digest_size", h_digest_size),
                ("block_size", h_block_size),
            ],
        );
        ty
    })
}

/// Builds `_hashlib`.
pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("_hashlib");
    m.set_attr_str("HASH", hash_class().clone());
    m.add_fn("new", hash_new);
    let names = ALGORITHMS.iter().map(|(n, _, _)| Value::str(n)).collect();
    m.set_attr_str("algorithm_names", Value::tuple(names));
    Ok(m)
}

/// `new(name, data=b'')`.
fn hash_new(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = super::bind_args(args, 0, "new", &["name", "data"], 1)?;
    let name = a[0]
        .and_then(|v| v.as_str())
        .ok_or_else(|| type_error("name must be a string"))?;
    let (canon, mut state) =
        start(name).ok_or_else(|| value_error(format!("unsupported hash type {name}")))?;
    if let Some(d) = a[1] {
        state.update(&data_of(d)?);
    }
    let &(_, digest_size, block_size) = ALGORITHMS
        .iter()
        .find(|(n, _, _)| *n == canon)
        .unwrap_or(&("", 0, 0));
    Ok(Value::native_obj(
        hash_class().clone(),
        HashObj {
            name: canon,
            digest_size,
            block_size,
            state: Mutex::new(state),
        },
    ))
}

fn me<'a>(args: &Args<'a>) -> PyResult<&'a HashObj> {
    args.values
        .first()
        .and_then(|v| v.downcast_native::<HashObj>())
        .ok_or_else(|| type_error("descriptor requires a '_hashlib.HASH' object"))
}

fn h_update(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let h = me(args)?;
    let n = args.pos().len().saturating_sub(1);
    if n != 1 || args.has_kwargs() {
        return Err(type_error(format!(
            "HASH.update() takes exactly one argument ({n} given)"
        )));
    }
    let data = data_of(&args.pos()[1])?;
    h.state.lock().update(&data);
    Ok(Value::NONE)
}

/// The digest; the SHAKEs take a `length` argument.
fn finish(cx: &mut Ctx, args: &Args, fname: &str) -> PyResult<Vec<u8>> {
    let h = me(args)?;
    let len = if h.digest_size == 0 {
        let a = super::bind_args(args, 1, fname, &["length"], 1)?;
        let n = crate::ops::index(cx, a[0].unwrap_or(&Value::NONE))?;
        if !(0..=(1i64 << 32)).contains(&n) {
            return Err(memory_error());
        }
        n as usize
    } else {
        let n = args.values.len() - 1;
        if n != 0 {
            return Err(type_error(format!(
                "HASH.{fname}() takes no arguments ({n} given)"
            )));
        }
        0
    };
    let state = h.state.lock().clone();
    Ok(state.finish(len))
}

fn h_digest(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::bytes(finish(cx, args, "digest")?))
}

fn h_hexdigest(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::string(hex(&finish(cx, args, "hexdigest")?)))
}

fn h_copy(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let h = me(args)?;
    let n = args.values.len() - 1;
    if n != 0 {
        return Err(type_error(format!(
            "HASH.copy() takes no arguments ({n} given)"
        )));
    }
    let state = h.state.lock().clone();
    Ok(Value::native_obj(
        hash_class().clone(),
        HashObj {
            name: h.name,
            digest_size: h.digest_size,
            block_size: h.block_size,
            state: Mutex::new(state),
        },
    ))
}

fn h_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let h = me(args)?;
    let addr = args.values[0].raw();
    Ok(Value::string(format!(
        "<{} _hashlib.HASH object @ {addr:#x}>",
        h.name
    )))
}

fn h_name(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::str(me(args)?.name))
}

fn h_digest_size(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(me(args)?.digest_size as i64))
}

fn h_block_size(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::int(me(args)?.block_size as i64))
}
