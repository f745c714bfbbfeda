//! The `str` object's representation (methods live in `types/str_methods.rs`).

use std::sync::atomic::{AtomicU64, Ordering};

/// An immutable unicode string with a cached hash and character count.
pub struct StrObj {
    s: Box<str>,
    /// Number of chars (== byte length for ASCII strings, which index in O(1)).
    char_len: usize,
    /// Cached hash; `HASH_UNSET` until first computed.
    hash: AtomicU64,
}

const HASH_UNSET: u64 = u64::MAX;

impl StrObj {
    pub fn new(s: Box<str>) -> StrObj {
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj {
            s,
            char_len,
            hash: AtomicU64::new(HASH_UNSET),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in characters (what `len()` returns).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
    /// The Python hash of this string (cached; racing first computations agree).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != HASH_UNSET {
            return h as i64;
        }
        let h = hash_str(&self.s);
        self.hash.store(h as u64, Ordering::Relaxed);
        h
    }
    /// The `i`-th character (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }
}

/// The hash of a string: FNV-1a over the UTF-8 bytes, never -1 (reserved, as in CPython).
/// Dict lookups by `&str` (globals, attributes) and by `str` values both use it.
#[inline]
pub fn hash_str(s: &str) -> i64 {
    hash_str_bytes(s.as_bytes())
}

/// FNV-1a over bytes (`bytes` objects hash like the str with the same UTF-8 bytes).
#[inline]
pub fn hash_str_bytes(bytes: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
