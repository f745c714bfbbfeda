//! `_random`: the Mersenne Twister (MT19937) core behind the `random` module in `stdlib/`,
//! bit-for-bit CPython's: `seed(int)` (init_by_array over the 32-bit words of |n|),
//! `random()` (53-bit floats from two draws) and `getrandbits(k)`. Everything above these
//! (randrange, choice, shuffle, gauss...) is `stdlib/random.py`, which follows CPython's
//! `random.py`, so seeded sequences match. Each generator's state sits behind its own
//! mutex: every call here is atomic, so a generator can be shared by threads.

use std::sync::OnceLock;

use num_bigint::{BigInt, Sign};
use parking_lot::Mutex;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, value_error, PyResult};
use crate::object::NativeObject;
use crate::value::Value;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator state: 624 words and the position of the next one.
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N + 1,
        };
        mt.init_genrand(5489);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let keylen = key.len().max(1);
        for _ in 0..N.max(keylen) {
            let prev = mt[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= keylen {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn genrand(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    fn random(&mut self) -> f64 {
        let a = (self.genrand() >> 5) as f64;
        let b = (self.genrand() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

struct Generator(Mutex<Mt>);

impl NativeObject for Generator {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn generator_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| crate::types::new_native_type("MersenneTwister", "_random", &[]))
}

/// Creates the `_random` module.
pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("_random");
    m.add_fn("new", rnd_new);
    m.add_fn("seed", rnd_seed);
    m.add_fn("random", rnd_random);
    m.add_fn("getrandbits", rnd_getrandbits);
    m.add_fn("getstate", rnd_getstate);
    m.add_fn("setstate", rnd_setstate);
    Ok(m)
}

fn gen(v: &Value) -> PyResult<&Generator> {
    v.downcast_native::<Generator>()
        .ok_or_else(|| type_error("expected a _random generator"))
}

fn rnd_new(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check("new", 0, 0)?;
    Ok(Value::native_obj(
        generator_type().clone(),
        Generator(Mutex::new(Mt::new())),
    ))
}

/// `seed(gen, n)`: n an int (its absolute value is used).
fn rnd_seed(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("seed", 2, 2)?;
    let g = gen(&a[0])?;
    let n = a[1]
        .as_bigint()
        .ok_or_else(|| type_error("seed must be an int"))?;
    let (_, mut key) = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    g.0.lock().init_by_array(&key);
    Ok(Value::NONE)
}

fn rnd_random(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("random", 1, 1)?;
    let g = gen(&a[0])?;
    let r = g.0.lock().random();
    Ok(Value::float(r))
}

fn rnd_getrandbits(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("getrandbits", 2, 2)?;
    let g = gen(&a[0])?;
    let k = a[1]
        .as_int()
        .ok_or_else(|| type_error("getrandbits() argument must be an int"))?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::int(0));
    }
    if k <= 32 {
        let r = g.0.lock().genrand() >> (32 - k);
        return Ok(Value::int(r as i64));
    }
    let words = usize::try_from((k - 1) / 32 + 1).map_err(|_| crate::error::memory_error())?;
    let mut out: Vec<u32> = Vec::new();
    out.try_reserve(words)
        .map_err(|_| crate::error::memory_error())?;
    let mut mt = g.0.lock();
    let mut left = k;
    for _ in 0..words {
        let mut r = mt.genrand();
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left -= 32;
    }
    drop(mt);
    Ok(Value::bigint(BigInt::from_slice(Sign::Plus, &out)))
}

/// `getstate(gen)`: a tuple of the 624 words and the index (CPython's internal state).
fn rnd_getstate(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("getstate", 1, 1)?;
    let g = gen(&a[0])?;
    let mt = g.0.lock();
    let mut items: Vec<Value> = mt.state.iter().map(|&w| Value::int(w as i64)).collect();
    items.push(Value::int(mt.index as i64));
    Ok(Value::tuple(items))
}

fn rnd_setstate(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("setstate", 2, 2)?;
    let g = gen(&a[0])?;
    let items = a[1]
        .as_tuple()
        .filter(|t| t.len() == N + 1)
        .ok_or_else(|| value_error("state vector is the wrong size"))?;
    let mut state = [0u32; N];
    for (dst, v) in state.iter_mut().zip(items) {
        *dst = v
            .as_int()
            .and_then(|w| u32::try_from(w).ok())
            .ok_or_else(|| value_error("invalid state"))?;
    }
    let index = items[N]
        .as_int()
        .and_then(|i| usize::try_from(i).ok())
        .filter(|&i| i <= N)
        .ok_or_else(|| value_error("invalid state"))?;
    let mut mt = g.0.lock();
    mt.state = state;
    mt.index = index;
    Ok(Value::NONE)
}

#[cfg(test)]
mod tests {
    use super::Mt;

    #[test]
    fn reference_sequence() {
        // init_by_array({0x123, 0x234, 0x345, 0x456}): the first outputs of mt19937ar.
        let mut mt = Mt::new();
        mt.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        assert_eq!(mt.genrand(), 1_067_595_299);
        assert_eq!(mt.genrand(), 955_945_823);
    }
}
