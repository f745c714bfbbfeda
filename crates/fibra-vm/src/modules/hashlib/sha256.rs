//! SHA-256 and SHA-224 (FIPS 180-4).

use std::sync::OnceLock;

use super::{frac_root, primes, Blocks};

/// The round constants: the first 32 bits of the fractional parts of the cube roots of the
/// first 64 primes.
fn k() -> &'static [u32; 64] {
    static K: OnceLock<[u32; 64]> = OnceLock::new();
    K.get_or_init(|| {
        let mut k = [0u32; 64];
        for (x, p) in k.iter_mut().zip(primes(64)) {
            *x = frac_root(p, 3, 32) as u32;
        }
        k
    })
}

#[derive(Clone)]
pub struct Sha256 {
    state: [u32; 8],
    blocks: Blocks<64>,
    /// Digest length in bytes: 32, or 28 for SHA-224.
    out: usize,
}

impl Sha256 {
    /// SHA-256: the initial state is the first 32 bits of the fractional parts of the square
    /// roots of the first 8 primes.
    pub fn new256() -> Sha256 {
        let mut state = [0u32; 8];
        for (s, p) in state.iter_mut().zip(primes(8)) {
            *s = frac_root(p, 2, 32) as u32;
        }
        Sha256 {
            state,
            blocks: Blocks::default(),
            out: 32,
        }
    }

    /// SHA-224: the initial state is the second 32 bits of the fractional parts of the
    /// square roots of the 9th to 16th primes.
    pub fn new224() -> Sha256 {
        let mut state = [0u32; 8];
        for (s, p) in state.iter_mut().zip(primes(16).skip(8)) {
            *s = frac_root(p, 2, 64) as u32;
        }
        Sha256 {
            state,
            blocks: Blocks::default(),
            out: 28,
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        let state = &mut self.state;
        self.blocks.feed(data, |b| compress(state, b));
    }

    pub fn finish(&self) -> Vec<u8> {
        let mut me = self.clone();
        let state = &mut me.state;
        me.blocks.pad(8, true, |b| compress(state, b));
        let mut out: Vec<u8> = me.state.iter().flat_map(|w| w.to_be_bytes()).collect();
        out.truncate(self.out);
        out
    }
}

fn compress(state: &mut [u32; 8], block: &[u8; 64]) {
    let k = k();
    let mut w = [0u32; 64];
    for i in 0..16 {
        w[i] = u32::from_be_bytes([
            block[4 * i],
            block[4 * i + 1],
            block[4 * i + 2],
            block[4 * i + 3],
        ]);
    }
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *state;
    for i in 0..64 {
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = h
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(k[i])
            .wrapping_add(w[i]);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
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
    use super::Sha256;

    fn run(mut h: Sha256, data: &[u8]) -> String {
        h.update(data);
        hex(&h.finish())
    }

    #[test]
    fn fips_vectors() {
        assert_eq!(
            run(Sha256::new256(), b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            run(Sha256::new256(), b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            run(
                Sha256::new256(),
                b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
            ),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
        assert_eq!(
            run(Sha256::new224(), b"abc"),
            "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"
        );
        assert_eq!(
            run(Sha256::new224(), b""),
            "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f"
        );
    }
}
