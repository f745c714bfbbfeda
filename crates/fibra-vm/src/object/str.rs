//! The `str` object's representation (methods live in `types/str_methods.rs`).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// Non-ASCII strings remember the byte offset of every `STRIDE`-th character (built on
/// first indexing), so `s[i]` costs at most `STRIDE` steps instead of a scan from the start.
const STRIDE: usize = 16;

/// An immutable unicode string with a cached hash and character count.
pub struct StrObj {
    s: Box<str>,
    /// Number of chars (== byte length for ASCII strings, which index in O(1)).
    char_len: usize,
    /// Cached hash; `HASH_UNSET` until first computed.
    hash: AtomicU64,
    /// Sampled char -> byte offsets for non-ASCII strings (see `STRIDE`). Boxed twice: a
    /// thin pointer keeps `StrObj` (the largest payload) at 48 bytes, so an `Obj` is 72
    /// and a tracked container with its collector head 80 (one allocator size class).
    #[allow(clippy::box_collection)] // the point: a thin pointer, not a Vec's 3 words
    offsets: OnceLock<Box<Vec<usize>>>,
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
            offsets: OnceLock::new(),
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
        } else if i >= self.char_len {
            None
        } else {
            self.s[self.char_offset(i)..].chars().next()
        }
    }

    /// Appends `tail` (of `tail_chars` characters) in place: `s += t` on a string that
    /// only the caller can reach (see `eval::str_append_in_place`); a `str` is otherwise
    /// immutable. The buffer grows by `realloc`, which the allocator usually does in
    /// place within its size class, so a loop of appends is linear, not quadratic.
    pub(crate) fn append_unshared(&mut self, tail: &str, tail_chars: usize) {
        let mut bytes = std::mem::take(&mut self.s).into_boxed_bytes().into_vec();
        bytes.reserve_exact(tail.len());
        bytes.extend_from_slice(tail.as_bytes());
        // SAFETY: the concatenation of two UTF-8 strings is UTF-8.
        self.s = unsafe { String::from_utf8_unchecked(bytes) }.into_boxed_str();
        self.char_len += tail_chars;
        *self.hash.get_mut() = HASH_UNSET;
        self.offsets = OnceLock::new();
    }

    /// Byte offset of character `i` (`i <= char_len`; the length in bytes for `char_len`).
    pub fn char_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.s.len());
        }
        if i >= self.char_len {
            return self.s.len();
        }
        let from_end = self.char_len - i;
        if from_end <= STRIDE && self.offsets.get().is_none() {
            // Near the end (`s[-1]`, `s[-3:]`): walk back rather than build the table,
            // which a string that keeps growing (`s += t`) would rebuild every time.
            return self
                .s
                .char_indices()
                .rev()
                .nth(from_end - 1)
                .map_or(0, |(b, _)| b);
        }
        let offsets = self.offsets.get_or_init(|| {
            Box::new(
                self.s
                    .char_indices()
                    .step_by(STRIDE)
                    .map(|(b, _)| b)
                    .collect(),
            )
        });
        let base = offsets[i / STRIDE];
        let rest = i % STRIDE;
        match self.s[base..].char_indices().nth(rest) {
            Some((b, _)) => base + b,
            None => self.s.len(),
        }
    }
}

/// The one immortal `str` object for the contents `s`, shared by every code object that
/// names it (attribute, global and keyword names, identifier-like constants), as CPython
/// interns identifiers. Dict probes compare keys by pointer before contents
/// (`table::same_str`), so `self.x` stored by `__init__` and read by another method's
/// code finds its key without comparing bytes. The table only grows: it holds what code
/// constants already keep alive forever.
pub fn intern(s: &str) -> crate::value::Value {
    use crate::value::Value;
    static TABLE: OnceLock<parking_lot::Mutex<hashbrown::HashMap<Box<str>, Value>>> =
        OnceLock::new();
    let mut table = TABLE.get_or_init(Default::default).lock();
    if let Some(v) = table.get(s) {
        return v.clone();
    }
    let v = Value::str(s);
    if let Some(o) = v.as_obj() {
        o.make_immortal();
    }
    table.insert(s.into(), v.clone());
    v
}

/// Whether a constant string is worth interning: identifier-like, as CPython's rule
/// (attribute names passed to `getattr`, dict keys spelled as literals).
pub fn is_identifier_like(s: &str) -> bool {
    s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets() {
        let text: String = "héllo wörld ✓ 日本 ".repeat(20);
        let s = StrObj::new(text.clone().into_boxed_str());
        for (i, (b, c)) in text.char_indices().enumerate() {
            assert_eq!(s.char_offset(i), b);
            assert_eq!(s.char_at(i), Some(c));
        }
        assert_eq!(s.char_offset(s.char_len()), text.len());
        assert_eq!(s.char_at(s.char_len()), None);
    }
}
