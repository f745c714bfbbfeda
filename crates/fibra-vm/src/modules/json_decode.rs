//! `json.loads`: a recursive-descent parser following CPython's scanner, with its error
//! messages and positions, and a nesting limit (RecursionError, never a Rust stack overflow).

use num_bigint::BigInt;

use crate::ctx::Ctx;
use crate::error::Exc;
use crate::object::Payload;
use crate::ops;
use crate::types::types;
use crate::value::Value;

/// Hooks and limits for one decode.
pub struct DecodeOptions {
    pub object_hook: Option<Value>,
    pub object_pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub strict: bool,
    pub max_depth: usize,
}

/// Why parsing stopped: a decode error (message, byte position) or a Python exception.
pub enum Fail {
    Syntax(&'static str, usize, Option<String>),
    Py(Exc),
}

impl From<Exc> for Fail {
    fn from(e: Exc) -> Fail {
        Fail::Py(e)
    }
}

type R<T> = Result<T, Fail>;

struct Parser<'a, 'c> {
    s: &'a str,
    b: &'a [u8],
    cx: &'c mut Ctx,
    opts: &'a DecodeOptions,
    depth: usize,
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

impl Parser<'_, '_> {
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1;
        }
        i
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    /// CPython's `scan_once`: Err(Syntax("Expecting value", i)) when nothing starts at `i`.
    fn value(&mut self, i: usize) -> R<(Value, usize)> {
        let Some(c) = self.at(i) else {
            return Err(Fail::Syntax("Expecting value", i, None));
        };
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((Value::string(s), end))
            }
            b'{' => self.nested(i, true),
            b'[' => self.nested(i, false),
            b'n' if self.b[i..].starts_with(b"null") => Ok((Value::NONE, i + 4)),
            b't' if self.b[i..].starts_with(b"true") => Ok((Value::TRUE, i + 4)),
            b'f' if self.b[i..].starts_with(b"false") => Ok((Value::FALSE, i + 5)),
            b'N' if self.b[i..].starts_with(b"NaN") => Ok((self.constant(f64::NAN)?, i + 3)),
            b'I' if self.b[i..].starts_with(b"Infinity") => {
                Ok((self.constant(f64::INFINITY)?, i + 8))
            }
            b'-' if self.b[i..].starts_with(b"-Infinity") => {
                Ok((self.constant(f64::NEG_INFINITY)?, i + 9))
            }
            b'-' | b'0'..=b'9' => self.number(i),
            _ => Err(Fail::Syntax("Expecting value", i, None)),
        }
    }

    fn constant(&mut self, f: f64) -> R<Value> {
        Ok(Value::float(f))
    }

    fn nested(&mut self, i: usize, object: bool) -> R<(Value, usize)> {
        if self.depth >= self.opts.max_depth {
            let what = if object { "object" } else { "array" };
            return Err(Fail::Py(Exc::new(
                &types().recursion_error,
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
            )));
        }
        self.depth += 1;
        let r = if object {
            self.object(i + 1)
        } else {
            self.array(i + 1)
        };
        self.depth -= 1;
        r
    }

    fn number(&mut self, i: usize) -> R<(Value, usize)> {
        let b = self.b;
        let mut j = i;
        if b.get(j) == Some(&b'-') {
            j += 1;
        }
        match b.get(j) {
            Some(b'0') => j += 1,
            Some(b'1'..=b'9') => {
                while b.get(j).is_some_and(u8::is_ascii_digit) {
                    j += 1;
                }
            }
            _ => return Err(Fail::Syntax("Expecting value", i, None)),
        }
        let int_end = j;
        let mut is_float = false;
        if b.get(j) == Some(&b'.') && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
            j += 2;
            while b.get(j).is_some_and(u8::is_ascii_digit) {
                j += 1;
            }
            is_float = true;
        }
        if matches!(b.get(j), Some(b'e' | b'E')) {
            let mut k = j + 1;
            if matches!(b.get(k), Some(b'+' | b'-')) {
                k += 1;
            }
            if b.get(k).is_some_and(u8::is_ascii_digit) {
                while b.get(k).is_some_and(u8::is_ascii_digit) {
                    k += 1;
                }
                j = k;
                is_float = true;
            }
        }
        let text = &self.s[i..if is_float { j } else { int_end }];
        let v = if is_float {
            match &self.opts.parse_float {
                Some(f) => ops::call(self.cx, f, &[Value::str(text)])?,
                None => Value::float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.opts.parse_int {
                Some(f) => ops::call(self.cx, f, &[Value::str(text)])?,
                None => match text.parse::<i64>() {
                    Ok(n) => Value::int(n),
                    Err(_) => Value::bigint(text.parse::<BigInt>().unwrap_or_default()),
                },
            }
        };
        Ok((v, if is_float { j } else { int_end }))
    }

    /// Parses a string body starting after the opening quote at `start - 1`.
    fn string(&mut self, start: usize) -> R<(String, usize)> {
        let begin = start - 1;
        let b = self.b;
        let mut out = String::new();
        let mut i = start;
        loop {
            let chunk_start = i;
            while i < b.len()
                && b[i] != b'"'
                && b[i] != b'\\'
                && (b[i] >= 0x20 || !self.opts.strict)
            {
                i += 1;
            }
            out.push_str(&self.s[chunk_start..i]);
            let Some(c) = b.get(i).copied() else {
                return Err(Fail::Syntax("Unterminated string starting at", begin, None));
            };
            match c {
                b'"' => return Ok((out, i + 1)),
                b'\\' => {
                    let Some(e) = b.get(i + 1).copied() else {
                        return Err(Fail::Syntax("Unterminated string starting at", begin, None));
                    };
                    let simple = match e {
                        b'"' => Some('"'),
                        b'\\' => Some('\\'),
                        b'/' => Some('/'),
                        b'b' => Some('\x08'),
                        b'f' => Some('\x0c'),
                        b'n' => Some('\n'),
                        b'r' => Some('\r'),
                        b't' => Some('\t'),
                        _ => None,
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        i += 2;
                        continue;
                    }
                    if e != b'u' {
                        let ch = self.s[i + 1..].chars().next().unwrap_or('?');
                        return Err(Fail::Syntax(
                            "Invalid \\escape",
                            i,
                            Some(format!("{ch:?}").replace('"', "'")),
                        ));
                    }
                    let hex = |p: usize| -> Option<u32> {
                        let h = self.s.get(p..p + 4)?;
                        if !h.bytes().all(|c| c.is_ascii_hexdigit()) {
                            return None;
                        }
                        u32::from_str_radix(h, 16).ok()
                    };
                    let Some(mut u) = hex(i + 2) else {
                        return Err(Fail::Syntax("Invalid \\uXXXX escape", i, None));
                    };
                    i += 6;
                    if (0xd800..0xdc00).contains(&u)
                        && b.get(i) == Some(&b'\\')
                        && b.get(i + 1) == Some(&b'u')
                    {
                        if let Some(lo) = hex(i + 2) {
                            if (0xdc00..0xe000).contains(&lo) {
                                u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                                i += 6;
                            }
                        }
                    }
                    out.push(char::from_u32(u).unwrap_or('\u{FFFD}'));
                }
                _ => {
                    return Err(Fail::Syntax("Invalid control character at", i, None));
                }
            }
        }
    }

    fn object(&mut self, mut end: usize) -> R<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        end = self.skip_ws(end);
        match self.at(end) {
            Some(b'}') => return self.finish_object(pairs, end + 1),
            Some(b'"') => {}
            _ => {
                return Err(Fail::Syntax(
                    "Expecting property name enclosed in double quotes",
                    end,
                    None,
                ))
            }
        }
        loop {
            let (key, e) = self.string(end + 1)?;
            end = e;
            if self.at(end) != Some(b':') {
                end = self.skip_ws(end);
                if self.at(end) != Some(b':') {
                    return Err(Fail::Syntax("Expecting ':' delimiter", end, None));
                }
            }
            end = self.skip_ws(end + 1);
            let (v, e) = self.value(end)?;
            pairs.push((Value::string(key), v));
            end = self.skip_ws(e);
            let c = self.at(end);
            end += 1;
            match c {
                Some(b'}') => break,
                Some(b',') => {}
                _ => return Err(Fail::Syntax("Expecting ',' delimiter", end - 1, None)),
            }
            end = self.skip_ws(end);
            let c = self.at(end);
            end += 1;
            if c != Some(b'"') {
                return Err(Fail::Syntax(
                    "Expecting property name enclosed in double quotes",
                    end - 1,
                    None,
                ));
            }
            end -= 1;
        }
        self.finish_object(pairs, end)
    }

    fn finish_object(&mut self, pairs: Vec<(Value, Value)>, end: usize) -> R<(Value, usize)> {
        if let Some(h) = self.opts.object_pairs_hook.clone() {
            let list = Value::list(
                pairs
                    .into_iter()
                    .map(|(k, v)| Value::tuple(vec![k, v]))
                    .collect(),
            );
            return Ok((ops::call(self.cx, &h, &[list])?, end));
        }
        let d = Value::dict();
        if let Some(Payload::Dict(dd)) = d.payload() {
            for (k, v) in pairs {
                dd.set_str_value(k, v);
            }
        }
        if let Some(h) = self.opts.object_hook.clone() {
            return Ok((ops::call(self.cx, &h, &[d])?, end));
        }
        Ok((d, end))
    }

    fn array(&mut self, mut end: usize) -> R<(Value, usize)> {
        let mut items = Vec::new();
        end = self.skip_ws(end);
        if self.at(end) == Some(b']') {
            return Ok((Value::list(items), end + 1));
        }
        loop {
            let (v, e) = self.value(end)?;
            items.push(v);
            end = self.skip_ws(e);
            let c = self.at(end);
            end += 1;
            match c {
                Some(b']') => break,
                Some(b',') => {}
                _ => return Err(Fail::Syntax("Expecting ',' delimiter", end - 1, None)),
            }
            end = self.skip_ws(end);
        }
        Ok((Value::list(items), end))
    }
}

/// Parses a whole document: `Ok(value)` or the failure (positions in bytes of `s`).
pub fn decode(cx: &mut Ctx, s: &str, opts: &DecodeOptions) -> Result<Value, Fail> {
    let mut p = Parser {
        s,
        b: s.as_bytes(),
        cx,
        opts,
        depth: 0,
    };
    let start = p.skip_ws(0);
    let (v, end) = p.value(start)?;
    let end = p.skip_ws(end);
    if end != s.len() {
        return Err(Fail::Syntax("Extra data", end, None));
    }
    Ok(v)
}
