//! SHA-512 and SHA-384 (FIPS 180-4).

use std::sync::OnceLock;

use super::{frac_root, primes, Blocks};

/// The round constants: the first 64 bits of the fractional parts of the cube roots of the
/// first 80 primes.
fn k() -> &'static [u64; 80] {
    static K: OnceLock<[u64; 80]> = OnceLock::new();
    K.get_or_init(|| {
        let mut k = [0u64; 80];
        for (x, p) in k.iter_mut().zip(primes(80)) {
            *x = frac_root(p, 3, 64);
        }
        k
    })
}

#[derive(Clone)]
pub struct Sha512 {
    state: [u64; 8],
    blocks: Blocks<128>,
    /// Digest length in bytes: 64, or 48 for SHA-384.
    out: usize,
}

impl Sha512 {
    /// SHA-512: the initial state is the first 64 bits of the fractional parts of the square
    /// roots of the first 8 primes.
    pub fn new512() -> Sha512 {
        Sha512::with_primes(0, 64)
    }

    /// SHA-384: the same from the 9th to 16th primes.
    pub fn new384() -> Sha512 {
        Sha512::with_primes(8, 48)
    }

    fn with_primes(skip: usize, out: usize) -> Sha512 {
        let mut state = [0u64; 8];
        for (s, p) in state.iter_mut().zip(primes(16).skip(skip)) {
            *s = frac_root(p, 2, 64);
        }
        Sha512 {
            state,
            blocks: Blocks::default(),
            out,
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        let state = &mut self.state;
        self.blocks.feed(data, |b| compress(state, b));
    }

    pub fn finish(&self) -> Vec<u8> {
        let mut me = self.clone();
        let state = &mut me.state;
        me.blocks.pad(16, true, |b| compress(state, b));
        let mut out: Vec<u8> = me.state.iter().flat_map(|w| w.to_be_bytes()).collect();
        out.truncate(self.out);
        out
    }
}

fn compress(state: &mut [u64; 8], block: &[u8; 128]) {
    let k = k();
    let mut w = [0u64; 80];
    for (i, chunk) in block.chunks_exact(8).enumerate() {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        w[i] = u64::from_be_bytes(b);
    }
    for i in 16..80 {
        let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
        let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *state;
    for i in 0..80 {
        let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = h
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(k[i])
            .wrapping_add(w[i]);
        let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        h = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (s, v) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
        *s = s.wrapping_add(v);
    }
}

#[cfg(test)]
mod tests {
    use super::super::hex;
    use super::Sha512;

    fn run(mut h: Sha512, data: &[u8]) -> String {
        h.update(data);
        hex(&h.finish())
    }

    #[test]
    fn fips_vectors() {
        assert_eq!(
            run(Sha512::new512(), b"abc"),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            run(Sha512::new512(), b""),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce\
             47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
        );
        assert_eq!(
            run(Sha512::new384(), b"abc"),
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed\
             8086072ba1e7cc2358baeca134c825a7"
        );
    }
}
