//! SHA-3 and SHAKE (FIPS 202), from the `sha3` crate.

use sha3::digest::{Digest, ExtendableOutput, Update, XofReader};

#[derive(Clone)]
pub enum Sha3 {
    S224(sha3::Sha3_224),
    S256(sha3::Sha3_256),
    S384(sha3::Sha3_384),
    S512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
}

impl Sha3 {
    pub fn update(&mut self, data: &[u8]) {
        match self {
            Sha3::S224(h) => Digest::update(h, data),
            Sha3::S256(h) => Digest::update(h, data),
            Sha3::S384(h) => Digest::update(h, data),
            Sha3::S512(h) => Digest::update(h, data),
            Sha3::Shake128(h) => Update::update(h, data),
            Sha3::Shake256(h) => Update::update(h, data),
        }
    }

    /// The digest; `len` bytes for the SHAKEs (ignored by the fixed-size ones).
    pub fn finish(&self, len: usize) -> Vec<u8> {
        match self {
            Sha3::S224(h) => h.clone().finalize().to_vec(),
            Sha3::S256(h) => h.clone().finalize().to_vec(),
            Sha3::S384(h) => h.clone().finalize().to_vec(),
            Sha3::S512(h) => h.clone().finalize().to_vec(),
            Sha3::Shake128(h) => xof(h.clone().finalize_xof(), len),
            Sha3::Shake256(h) => xof(h.clone().finalize_xof(), len),
        }
    }
}

fn xof(mut r: impl XofReader, len: usize) -> Vec<u8> {
    let mut out = vec![0u8; len];
    r.read(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::super::hex;
    use super::Sha3;

    #[test]
    fn fips202_vectors() {
        let mut h = Sha3::S256(Default::default());
        h.update(b"abc");
        assert_eq!(
            hex(&h.finish(0)),
            "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"
        );
        let h = Sha3::S224(Default::default());
        assert_eq!(
            hex(&h.finish(0)),
            "6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7"
        );
        let h = Sha3::Shake128(Default::default());
        assert_eq!(hex(&h.finish(8)), "7f9c2ba4e88f827d");
    }
}
