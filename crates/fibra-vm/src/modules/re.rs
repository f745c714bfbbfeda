//! The `re` module, backed by `fancy_regex` (the `regex` crate plus lookaround and
//! backreferences) after translating Python syntax (`re_translate`).
//!
//! Positions: the engines work in UTF-8 byte offsets; everything a script sees (`start`,
//! `end`, `span`, `pos`, `endpos`) is in characters.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use fancy_regex::Regex;
use parking_lot::Mutex;

use crate::args::Args;
use crate::builtins::iters::iter_of_class;
use crate::builtins::{add_properties, native_class};
use crate::ctx::Ctx;
use crate::error::{index_error, type_error, Exc, PyResult};
use crate::object::{NativeIterator, NativeObject, Payload};
use crate::ops;
use crate::types::types;
use crate::value::Value;

use super::bind_args;
use super::re_translate::{self, translate, A, DEBUG, I, L, M, S, U, X};

/// Byte spans of every group of one match (group 0 first), None for unmatched groups.
pub type Spans = Vec<Option<(usize, usize)>>;

/// A compiled pattern (`re.Pattern`).
pub struct PatternObj {
    pub pattern: Value,
    pub flags: i64,
    prefix: String,
    body: String,
    search: Regex,
    anchored: OnceLock<Option<Regex>>,
    full: OnceLock<Option<Regex>>,
    full_unanchored: OnceLock<Option<Regex>>,
    pub groups: usize,
    /// Group index -> name.
    pub names: Arc<Vec<Option<String>>>,
}

impl NativeObject for PatternObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A match (`re.Match`).
pub struct MatchObj {
    pub string: Value,
    pub re: Value,
    pub pos: usize,
    pub endpos: usize,
    /// Byte spans in `string`, for slicing.
    bytes: Spans,
    /// Character spans, as scripts see them.
    pub spans: Vec<Option<(usize, usize)>>,
    names: Arc<Vec<Option<String>>>,
}

impl NativeObject for MatchObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

struct Classes {
    pattern: Value,
    match_: Value,
    scanner: Value,
    error: Value,
}

fn classes() -> &'static Classes {
    static C: OnceLock<Classes> = OnceLock::new();
    C.get_or_init(|| {
        let pattern = native_class(
            "Pattern",
            "re",
            None,
            &[
                ("search", pattern_search),
                ("match", pattern_match),
                ("fullmatch", pattern_fullmatch),
                ("findall", pattern_findall),
                ("finditer", pattern_finditer),
                ("sub", pattern_sub),
                ("subn", pattern_subn),
                ("split", pattern_split),
                ("__repr__", pattern_repr),
            ],
        );
        add_properties(
            &pattern,
            &[
                ("pattern", pattern_pattern),
                ("flags", pattern_flags),
                ("groups", pattern_groups),
                ("groupindex", pattern_groupindex),
            ],
        );
        let match_ = native_class(
            "Match",
            "re",
            None,
            &[
                ("group", match_group),
                ("groups", match_groups),
                ("groupdict", match_groupdict),
                ("start", match_start),
                ("end", match_end),
                ("span", match_span),
                ("expand", match_expand),
                ("__getitem__", match_getitem),
                ("__repr__", match_repr),
                ("__bool__", match_bool),
            ],
        );
        add_properties(
            &match_,
            &[
                ("string", match_string),
                ("re", match_re),
                ("pos", match_pos),
                ("endpos", match_endpos),
                ("lastindex", match_lastindex),
                ("lastgroup", match_lastgroup),
            ],
        );
        // `finditer` returns a plain `callable_iterator` in CPython.
        let scanner = native_class(
            "callable_iterator",
            "builtins",
            None,
            &[
                ("__iter__", crate::builtins::iters::iter_self),
                ("__next__", crate::builtins::iters::iter_next),
            ],
        );
        let error = super::new_exception_class("error", "re", &types().exception);
        Classes {
            pattern,
            match_,
            scanner,
            error,
        }
    })
}

/// The `re.error` exception class.
pub fn error_class() -> Value {
    classes().error.clone()
}

fn re_error(msg: impl Into<String>) -> Exc {
    let msg = msg.into();
    let e = Exc::new(&classes().error, msg.clone());
    if let Some(Payload::Dict(d)) = e.exception().map(|x| &x.dict).and_then(|d| d.payload()) {
        d.set_str("msg", Value::string(msg));
    }
    e
}

fn engine_error(e: fancy_regex::Error) -> Exc {
    match e {
        fancy_regex::Error::RuntimeError(_) => {
            crate::error::runtime_error("regular expression too complex (backtrack limit exceeded)")
        }
        e => re_error(format!("{e}")),
    }
}

/// Builds `re`.
pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("re");
    let c = classes();
    m.set_attr_str("error", c.error.clone());
    m.set_attr_str("Pattern", c.pattern.clone());
    m.set_attr_str("Match", c.match_.clone());
    for (names, v) in [
        (&["I", "IGNORECASE"][..], I),
        (&["L", "LOCALE"], L),
        (&["M", "MULTILINE"], M),
        (&["S", "DOTALL"], S),
        (&["U", "UNICODE"], U),
        (&["X", "VERBOSE"], X),
        (&["A", "ASCII"], A),
        (&["DEBUG"], DEBUG),
        (&["NOFLAG"], 0),
    ] {
        for n in names {
            m.set_attr_str(n, Value::int(v));
        }
    }
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("compile", re_compile),
        ("search", re_search),
        ("match", re_match),
        ("fullmatch", re_fullmatch),
        ("findall", re_findall),
        ("finditer", re_finditer),
        ("sub", re_sub),
        ("subn", re_subn),
        ("split", re_split),
        ("escape", re_escape),
        ("purge", re_purge),
    ];
    for &(name, f) in fns {
        m.add_fn(name, f);
    }
    Ok(m)
}

// ---- compiling and the pattern cache -------------------------------------------------------

fn build(re: &str) -> Result<Regex, Box<fancy_regex::Error>> {
    fancy_regex::RegexBuilder::new(re)
        .backtrack_limit(10_000_000)
        .build()
        .map_err(Box::new)
}

/// Compiles a Python pattern into a `PatternObj` (no caching).
pub fn compile_pattern(pattern: &str, flags: i64) -> PyResult<PatternObj> {
    let t = translate(pattern, flags)
        .map_err(|e| re_error(format!("{} at position {}", e.msg, e.pos)))?;
    let search = build(&format!("{}{}", t.prefix, t.body)).map_err(|e| engine_error(*e))?;
    let n = search.captures_len();
    let mut names = vec![None; n];
    for (i, name) in search.capture_names().enumerate() {
        if let (Some(slot), Some(name)) = (names.get_mut(i), name) {
            *slot = Some(name.to_string());
        }
    }
    Ok(PatternObj {
        pattern: Value::str(pattern),
        flags: t.flags,
        prefix: t.prefix,
        body: t.body,
        search,
        anchored: OnceLock::new(),
        full: OnceLock::new(),
        full_unanchored: OnceLock::new(),
        groups: n.saturating_sub(1),
        names: Arc::new(names),
    })
}

fn cache() -> &'static Mutex<HashMap<(String, i64), Value>> {
    static CACHE: OnceLock<Mutex<HashMap<(String, i64), Value>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

const CACHE_MAX: usize = 512;

/// `re.compile(pattern, flags)` through the cache; a Pattern passes through.
pub fn compile_value(pattern: &Value, flags: i64) -> PyResult<Value> {
    if pattern.downcast_native::<PatternObj>().is_some() {
        if flags != 0 {
            return Err(crate::error::value_error(
                "cannot process flags argument with a compiled pattern",
            ));
        }
        return Ok(pattern.clone());
    }
    let Some(p) = pattern.as_str() else {
        return Err(type_error(
            "first argument must be string or compiled pattern",
        ));
    };
    let key = (p.to_string(), flags);
    if let Some(v) = cache().lock().get(&key) {
        return Ok(v.clone());
    }
    let obj = compile_pattern(p, flags)?;
    let v = Value::native_obj(classes().pattern.clone(), obj);
    let mut c = cache().lock();
    if c.len() >= CACHE_MAX {
        c.clear();
    }
    c.insert(key, v.clone());
    Ok(v)
}

fn flags_arg(cx: &mut Ctx, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(0),
        Some(v) => ops::index(cx, v),
    }
}

// ---- matching core ------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Search,
    Match,
    Full,
}

impl PatternObj {
    fn variant(&self, mode: Mode, at_start: bool) -> PyResult<&Regex> {
        let (slot, text) = match (mode, at_start) {
            (Mode::Search, _) => return Ok(&self.search),
            (Mode::Match, true) => (
                &self.anchored,
                format!("{}\\A(?:{})", self.prefix, self.body),
            ),
            (Mode::Match, false) => return Ok(&self.search),
            (Mode::Full, true) => (
                &self.full,
                format!("{}\\A(?:{})\\z", self.prefix, self.body),
            ),
            (Mode::Full, false) => (
                &self.full_unanchored,
                format!("{}(?:{})\\z", self.prefix, self.body),
            ),
        };
        slot.get_or_init(|| build(&text).ok())
            .as_ref()
            .ok_or_else(|| re_error("cannot compile the anchored form of the pattern"))
    }

    /// Runs one search of `text` from byte `pos`; spans of all groups.
    fn captures(&self, re: &Regex, text: &str, pos: usize) -> PyResult<Option<Spans>> {
        let caps = re.captures_from_pos(text, pos).map_err(engine_error)?;
        Ok(caps.map(|c| {
            (0..=self.groups)
                .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                .collect()
        }))
    }

    /// search/match/fullmatch of `text[..end]` from byte `pos`.
    fn find(&self, mode: Mode, text: &str, pos: usize, end: usize) -> PyResult<Option<Spans>> {
        let hay = text.get(..end).unwrap_or(text);
        let re = self.variant(mode, pos == 0)?;
        let r = self.captures(re, hay, pos)?;
        Ok(match (mode, r) {
            (Mode::Search, r) => r,
            (_, Some(s))
                if s.first()
                    .copied()
                    .flatten()
                    .is_some_and(|(st, _)| st == pos) =>
            {
                Some(s)
            }
            _ => None,
        })
    }
}

/// Iterates the successive non-overlapping matches (Python 3.7+ empty-match rules).
struct Scan {
    pos: usize,
    prev_empty: bool,
    done: bool,
}

impl Scan {
    fn new(pos: usize) -> Scan {
        Scan {
            pos,
            prev_empty: false,
            done: false,
        }
    }

    fn next(&mut self, p: &PatternObj, hay: &str) -> PyResult<Option<Spans>> {
        if self.done {
            return Ok(None);
        }
        let mut start = self.pos;
        loop {
            if start > hay.len() {
                self.done = true;
                return Ok(None);
            }
            let Some(spans) = p.captures(&p.search, hay, start)? else {
                self.done = true;
                return Ok(None);
            };
            let (s, e) = spans.first().copied().flatten().unwrap_or((start, start));
            if s == e && self.prev_empty && s == self.pos {
                // No empty match where the previous empty match was: move one char on.
                match hay.get(start..).and_then(|r| r.chars().next()) {
                    Some(c) => start += c.len_utf8(),
                    None => {
                        self.done = true;
                        return Ok(None);
                    }
                }
                continue;
            }
            self.pos = e;
            self.prev_empty = s == e;
            return Ok(Some(spans));
        }
    }
}

/// Converts byte offsets to char offsets, moving forward incrementally.
struct CharMap<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    ch: usize,
}

impl<'a> CharMap<'a> {
    fn new(text: &'a str) -> CharMap<'a> {
        CharMap {
            text,
            ascii: text.is_ascii(),
            byte: 0,
            ch: 0,
        }
    }

    fn char_of_byte(&mut self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        if b < self.byte {
            self.byte = 0;
            self.ch = 0;
        }
        self.ch += self.text.get(self.byte..b).map_or(0, |s| s.chars().count());
        self.byte = b;
        self.ch
    }

    /// Char index -> byte offset (clamped to the text).
    fn to_byte(&self, c: usize) -> usize {
        if self.ascii {
            return c.min(self.text.len());
        }
        self.text
            .char_indices()
            .nth(c)
            .map_or(self.text.len(), |(b, _)| b)
    }
}

fn make_match(
    pat: &Value,
    p: &PatternObj,
    string: &Value,
    map: &mut CharMap,
    spans: Spans,
    pos: usize,
    endpos: usize,
) -> Value {
    let mut cs = Vec::with_capacity(spans.len());
    // Group 0 first so the cursor moves forward; groups usually lie after its start.
    for s in &spans {
        cs.push(s.map(|(a, b)| (map.char_of_byte(a), map.char_of_byte(b))));
    }
    Value::native_obj(
        classes().match_.clone(),
        MatchObj {
            string: string.clone(),
            re: pat.clone(),
            pos,
            endpos,
            bytes: spans,
            spans: cs,
            names: p.names.clone(),
        },
    )
}

fn pattern_of(v: &Value) -> PyResult<&PatternObj> {
    v.downcast_native::<PatternObj>()
        .ok_or_else(|| type_error("descriptor requires a 're.Pattern' object"))
}

fn string_arg(v: &Value) -> PyResult<&str> {
    v.as_str().ok_or_else(|| {
        type_error(format!(
            "expected string or bytes-like object, got '{}'",
            v.type_name()
        ))
    })
}

/// (pos, endpos) in chars from optional arguments, clamped like CPython.
fn pos_args(
    cx: &mut Ctx,
    text: &str,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<(usize, usize)> {
    let n = if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    } as i64;
    let p = match pos {
        Some(v) => ops::index(cx, v)?.clamp(0, n),
        None => 0,
    };
    let e = match endpos.filter(|v| !v.is_none()) {
        Some(v) => ops::index(cx, v)?.clamp(0, n),
        None => n,
    };
    Ok((p as usize, e.max(p) as usize))
}

fn do_find(
    cx: &mut Ctx,
    pat: &Value,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
    mode: Mode,
) -> PyResult {
    let p = pattern_of(pat)?;
    let text = string_arg(string)?;
    let (cp, ce) = pos_args(cx, text, pos, endpos)?;
    let mut map = CharMap::new(text);
    let (bp, be) = (map.to_byte(cp), map.to_byte(ce));
    match p.find(mode, text, bp, be)? {
        Some(spans) => Ok(make_match(pat, p, string, &mut map, spans, cp, ce)),
        None => Ok(Value::NONE),
    }
}

fn group_str(text: &str, span: Option<(usize, usize)>, default: &Value) -> Value {
    match span {
        Some((a, b)) => Value::str(text.get(a..b).unwrap_or("")),
        None => default.clone(),
    }
}

fn do_findall(
    cx: &mut Ctx,
    pat: &Value,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult {
    let p = pattern_of(pat)?;
    let text = string_arg(string)?;
    let (cp, ce) = pos_args(cx, text, pos, endpos)?;
    let map = CharMap::new(text);
    let (bp, be) = (map.to_byte(cp), map.to_byte(ce));
    let hay = text.get(..be).unwrap_or(text);
    let mut scan = Scan::new(bp);
    let mut out = Vec::new();
    let empty = Value::str("");
    while let Some(spans) = scan.next(p, hay)? {
        let item = match p.groups {
            0 => group_str(hay, spans[0], &empty),
            1 => group_str(hay, spans.get(1).copied().flatten(), &empty),
            _ => Value::tuple(
                spans[1..]
                    .iter()
                    .map(|s| group_str(hay, *s, &empty))
                    .collect(),
            ),
        };
        out.push(item);
    }
    Ok(Value::list(out))
}

/// `finditer`'s iterator: owns the subject and scans lazily.
struct FindIter {
    pat: Value,
    string: Value,
    state: Mutex<(Scan, usize, usize)>,
    endpos_char: usize,
    pos_char: usize,
}

impl NativeIterator for FindIter {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        let p = pattern_of(&self.pat)?;
        let text = string_arg(&self.string)?;
        let mut st = self.state.lock();
        let be = st.2;
        let hay = text.get(..be).unwrap_or(text);
        let Some(spans) = st.0.next(p, hay)? else {
            return Ok(None);
        };
        // Resume char counting where the previous match started.
        let mut map = CharMap::new(text);
        let start = spans[0].map_or(0, |s| s.0);
        if !map.ascii && st.1 <= start {
            map.byte = st.1;
            map.ch = text.get(..st.1).map_or(0, |s| s.chars().count());
        }
        st.1 = start;
        drop(st);
        Ok(Some(make_match(
            &self.pat,
            p,
            &self.string,
            &mut map,
            spans,
            self.pos_char,
            self.endpos_char,
        )))
    }
}

fn do_finditer(
    cx: &mut Ctx,
    pat: &Value,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult {
    pattern_of(pat)?;
    let text = string_arg(string)?;
    let (cp, ce) = pos_args(cx, text, pos, endpos)?;
    let map = CharMap::new(text);
    let (bp, be) = (map.to_byte(cp), map.to_byte(ce));
    Ok(iter_of_class(
        &classes().scanner,
        FindIter {
            pat: pat.clone(),
            string: string.clone(),
            state: Mutex::new((Scan::new(bp), 0, be)),
            endpos_char: ce,
            pos_char: cp,
        },
    ))
}

// ---- sub / split --------------------------------------------------------------------------

enum Piece {
    Lit(String),
    Group(usize),
}

/// Parses a replacement template (`\1`, `\g<name>`, `\g<1>`, `\n`, ...).
fn parse_template(p: &PatternObj, repl: &str) -> PyResult<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let chars: Vec<char> = repl.chars().collect();
    let mut i = 0;
    let group_ref = |s: &str| -> PyResult<usize> {
        if let Ok(n) = s.parse::<usize>() {
            if n > p.groups {
                return Err(re_error(format!("invalid group reference {n}")));
            }
            return Ok(n);
        }
        p.names
            .iter()
            .position(|n| n.as_deref() == Some(s))
            .ok_or_else(|| index_error(format!("unknown group name '{s}'")))
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            lit.push(c);
            i += 1;
            continue;
        }
        let Some(&n) = chars.get(i + 1) else {
            return Err(re_error("bad escape (end of pattern)"));
        };
        i += 2;
        let simple = match n {
            'n' => Some('\n'),
            't' => Some('\t'),
            'r' => Some('\r'),
            'f' => Some('\x0c'),
            'v' => Some('\x0b'),
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            '\\' => Some('\\'),
            _ => None,
        };
        if let Some(s) = simple {
            lit.push(s);
            continue;
        }
        let group = if n == 'g' {
            if chars.get(i) != Some(&'<') {
                return Err(re_error("missing <"));
            }
            let Some(end) = chars[i..].iter().position(|&c| c == '>') else {
                return Err(re_error("missing >, unterminated name"));
            };
            let name: String = chars[i + 1..i + end].iter().collect();
            i += end + 1;
            group_ref(&name)?
        } else if n.is_ascii_digit() && n != '0' {
            let mut num = String::from(n);
            if i < chars.len() && chars[i].is_ascii_digit() {
                num.push(chars[i]);
                i += 1;
            }
            group_ref(&num)?
        } else if n == '0' {
            let mut v = 0u32;
            let mut k = 0;
            while k < 2 && i < chars.len() && ('0'..='7').contains(&chars[i]) {
                v = v * 8 + chars[i].to_digit(8).unwrap_or(0);
                i += 1;
                k += 1;
            }
            lit.push(char::from_u32(v).unwrap_or('\0'));
            continue;
        } else if n.is_ascii_alphabetic() {
            return Err(re_error(format!("bad escape \\{n}")));
        } else {
            lit.push('\\');
            lit.push(n);
            continue;
        };
        if !lit.is_empty() {
            pieces.push(Piece::Lit(std::mem::take(&mut lit)));
        }
        pieces.push(Piece::Group(group));
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(pieces)
}

fn do_sub(
    cx: &mut Ctx,
    pat: &Value,
    repl: &Value,
    string: &Value,
    count: Option<&Value>,
) -> PyResult<(String, usize)> {
    let p = pattern_of(pat)?;
    let text = string_arg(string)?;
    let count = match count {
        Some(c) => ops::index(cx, c)?.max(0) as usize,
        None => 0,
    };
    let template = match repl.as_str() {
        Some(r) => Some(parse_template(p, r)?),
        None if crate::builtins::functions::is_callable(repl) => None,
        None => {
            return Err(type_error(format!(
                "expected str instance, {} found",
                repl.type_name()
            )))
        }
    };
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut n = 0;
    let mut scan = Scan::new(0);
    let mut map = CharMap::new(text);
    while count == 0 || n < count {
        let Some(spans) = scan.next(p, text)? else {
            break;
        };
        let (s, e) = spans[0].unwrap_or((last, last));
        out.push_str(text.get(last..s).unwrap_or(""));
        match &template {
            Some(pieces) => {
                for piece in pieces {
                    match piece {
                        Piece::Lit(l) => out.push_str(l),
                        Piece::Group(g) => {
                            if let Some(Some((a, b))) = spans.get(*g) {
                                out.push_str(text.get(*a..*b).unwrap_or(""));
                            }
                        }
                    }
                }
            }
            None => {
                let m = make_match(pat, p, string, &mut map, spans, 0, text.chars().count());
                let r = ops::call(cx, repl, &[m])?;
                match r.as_str() {
                    Some(rs) => out.push_str(rs),
                    None => {
                        return Err(type_error(format!(
                            "expected str instance, {} found",
                            r.type_name()
                        )))
                    }
                }
            }
        }
        last = e;
        n += 1;
    }
    out.push_str(text.get(last..).unwrap_or(""));
    Ok((out, n))
}

fn do_split(cx: &mut Ctx, pat: &Value, string: &Value, maxsplit: Option<&Value>) -> PyResult {
    let p = pattern_of(pat)?;
    let text = string_arg(string)?;
    let maxsplit = match maxsplit {
        Some(m) => ops::index(cx, m)?,
        None => 0,
    };
    let mut out = Vec::new();
    let mut last = 0;
    let mut n = 0;
    let mut scan = Scan::new(0);
    while maxsplit <= 0 || n < maxsplit {
        let Some(spans) = scan.next(p, text)? else {
            break;
        };
        let (s, e) = spans[0].unwrap_or((last, last));
        out.push(Value::str(text.get(last..s).unwrap_or("")));
        for g in &spans[1..] {
            out.push(group_str(text, *g, &Value::NONE));
        }
        last = e;
        n += 1;
    }
    out.push(Value::str(text.get(last..).unwrap_or("")));
    Ok(Value::list(out))
}

// ---- module functions ---------------------------------------------------------------------

fn re_compile(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = bind_args(args, 0, "compile", &["pattern", "flags"], 1)?;
    let flags = flags_arg(cx, a[1])?;
    compile_value(a[0].unwrap_or(&Value::NONE), flags)
}

/// Binds `(pattern, string, <extra...>, flags)` and compiles the pattern.
fn module_call<'a>(
    cx: &mut Ctx,
    args: &'a Args,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<(Value, Vec<Option<&'a Value>>)> {
    let a = bind_args(args, 0, fname, names, required)?;
    let flags = flags_arg(cx, a[names.len() - 1])?;
    let pat = compile_value(a[0].unwrap_or(&Value::NONE), flags)?;
    Ok((pat, a))
}

fn re_search(cx: &mut Ctx, args: &Args) -> PyResult {
    let (pat, a) = module_call(cx, args, "search", &["pattern", "string", "flags"], 2)?;
    do_find(
        cx,
        &pat,
        a[1].unwrap_or(&Value::NONE),
        None,
        None,
        Mode::Search,
    )
}

fn re_match(cx: &mut Ctx, args: &Args) -> PyResult {
    let (pat, a) = module_call(cx, args, "match", &["pattern", "string", "flags"], 2)?;
    do_find(
        cx,
        &pat,
        a[1].unwrap_or(&Value::NONE),
        None,
        None,
        Mode::Match,
    )
}

fn re_fullmatch(cx: &mut Ctx, args: &Args) -> PyResult {
    let (pat, a) = module_call(cx, args, "fullmatch", &["pattern", "string", "flags"], 2)?;
    do_find(
        cx,
        &pat,
        a[1].unwrap_or(&Value::NONE),
        None,
        None,
        Mode::Full,
    )
}

fn re_findall(cx: &mut Ctx, args: &Args) -> PyResult {
    let (pat, a) = module_call(cx, args, "findall", &["pattern", "string", "flags"], 2)?;
    do_findall(cx, &pat, a[1].unwrap_or(&Value::NONE), None, None)
}

fn re_finditer(cx: &mut Ctx, args: &Args) -> PyResult {
    let (pat, a) = module_call(cx, args, "finditer", &["pattern", "string", "flags"], 2)?;
    do_finditer(cx, &pat, a[1].unwrap_or(&Value::NONE), None, None)
}

fn re_sub(cx: &mut Ctx, args: &Args) -> PyResult {
    let names = ["pattern", "repl", "string", "count", "flags"];
    let (pat, a) = module_call(cx, args, "sub", &names, 3)?;
    let (s, _) = do_sub(
        cx,
        &pat,
        a[1].unwrap_or(&Value::NONE),
        a[2].unwrap_or(&Value::NONE),
        a[3],
    )?;
    Ok(Value::string(s))
}

fn re_subn(cx: &mut Ctx, args: &Args) -> PyResult {
    let names = ["pattern", "repl", "string", "count", "flags"];
    let (pat, a) = module_call(cx, args, "subn", &names, 3)?;
    let (s, n) = do_sub(
        cx,
        &pat,
        a[1].unwrap_or(&Value::NONE),
        a[2].unwrap_or(&Value::NONE),
        a[3],
    )?;
    Ok(Value::tuple(vec![Value::string(s), Value::int(n as i64)]))
}

fn re_split(cx: &mut Ctx, args: &Args) -> PyResult {
    let names = ["pattern", "string", "maxsplit", "flags"];
    let (pat, a) = module_call(cx, args, "split", &names, 2)?;
    do_split(cx, &pat, a[1].unwrap_or(&Value::NONE), a[2])
}

fn re_escape(_cx: &mut Ctx, args: &Args) -> PyResult {
    let a = bind_args(args, 0, "escape", &["pattern"], 1)?;
    let none = Value::NONE;
    let s = string_arg(a[0].unwrap_or(&none))?;
    Ok(Value::string(re_translate::escape(s)))
}

fn re_purge(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("purge", 0, 0)?;
    cache().lock().clear();
    Ok(Value::NONE)
}

// ---- Pattern methods ----------------------------------------------------------------------

fn self_arg<'a>(args: &'a Args) -> PyResult<&'a Value> {
    args.values
        .first()
        .ok_or_else(|| type_error("method needs an argument"))
}

fn pattern_method_find(cx: &mut Ctx, args: &Args, fname: &str, mode: Mode) -> PyResult {
    let pat = self_arg(args)?;
    let a = bind_args(args, 1, fname, &["string", "pos", "endpos"], 1)?;
    do_find(cx, pat, a[0].unwrap_or(&Value::NONE), a[1], a[2], mode)
}

fn pattern_search(cx: &mut Ctx, args: &Args) -> PyResult {
    pattern_method_find(cx, args, "search", Mode::Search)
}

fn pattern_match(cx: &mut Ctx, args: &Args) -> PyResult {
    pattern_method_find(cx, args, "match", Mode::Match)
}

fn pattern_fullmatch(cx: &mut Ctx, args: &Args) -> PyResult {
    pattern_method_find(cx, args, "fullmatch", Mode::Full)
}

fn pattern_findall(cx: &mut Ctx, args: &Args) -> PyResult {
    let pat = self_arg(args)?;
    let a = bind_args(args, 1, "findall", &["string", "pos", "endpos"], 1)?;
    do_findall(cx, pat, a[0].unwrap_or(&Value::NONE), a[1], a[2])
}

fn pattern_finditer(cx: &mut Ctx, args: &Args) -> PyResult {
    let pat = self_arg(args)?;
    let a = bind_args(args, 1, "finditer", &["string", "pos", "endpos"], 1)?;
    do_finditer(cx, pat, a[0].unwrap_or(&Value::NONE), a[1], a[2])
}

fn pattern_sub(cx: &mut Ctx, args: &Args) -> PyResult {
    let pat = self_arg(args)?;
    let a = bind_args(args, 1, "sub", &["repl", "string", "count"], 2)?;
    let (s, _) = do_sub(
        cx,
        pat,
        a[0].unwrap_or(&Value::NONE),
        a[1].unwrap_or(&Value::NONE),
        a[2],
    )?;
    Ok(Value::string(s))
}

fn pattern_subn(cx: &mut Ctx, args: &Args) -> PyResult {
    let pat = self_arg(args)?;
    let a = bind_args(args, 1, "subn", &["repl", "string", "count"], 2)?;
    let (s, n) = do_sub(
        cx,
        pat,
        a[0].unwrap_or(&Value::NONE),
        a[1].unwrap_or(&Value::NONE),
        a[2],
    )?;
    Ok(Value::tuple(vec![Value::string(s), Value::int(n as i64)]))
}

fn pattern_split(cx: &mut Ctx, args: &Args) -> PyResult {
    let pat = self_arg(args)?;
    let a = bind_args(args, 1, "split", &["string", "maxsplit"], 1)?;
    do_split(cx, pat, a[0].unwrap_or(&Value::NONE), a[1])
}

/// The flag names shown in a Pattern's repr.
fn flag_names(flags: i64) -> Vec<&'static str> {
    [
        (I, "re.IGNORECASE"),
        (L, "re.LOCALE"),
        (M, "re.MULTILINE"),
        (S, "re.DOTALL"),
        (X, "re.VERBOSE"),
        (A, "re.ASCII"),
        (DEBUG, "re.DEBUG"),
    ]
    .iter()
    .filter(|(f, _)| flags & f != 0)
    .map(|(_, n)| *n)
    .collect()
}

fn pattern_repr(cx: &mut Ctx, args: &Args) -> PyResult {
    let p = pattern_of(self_arg(args)?)?;
    let r = ops::repr(cx, &p.pattern)?;
    let names = flag_names(p.flags);
    if names.is_empty() {
        Ok(Value::string(format!("re.compile({r})")))
    } else {
        Ok(Value::string(format!(
            "re.compile({r}, {})",
            names.join("|")
        )))
    }
}

fn pattern_pattern(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(pattern_of(self_arg(args)?)?.pattern.clone())
}

fn pattern_flags(_cx: &mut Ctx, args: &Args) -> PyResult {
    let p = pattern_of(self_arg(args)?)?;
    let f = if p.flags & A != 0 {
        p.flags
    } else {
        p.flags | U
    };
    Ok(Value::int(f))
}

fn pattern_groups(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::int(pattern_of(self_arg(args)?)?.groups as i64))
}

fn pattern_groupindex(_cx: &mut Ctx, args: &Args) -> PyResult {
    let p = pattern_of(self_arg(args)?)?;
    let d = Value::dict();
    if let Some(Payload::Dict(dd)) = d.payload() {
        for (i, n) in p.names.iter().enumerate() {
            if let Some(n) = n {
                dd.set_str(n, Value::int(i as i64));
            }
        }
    }
    Ok(d)
}

// ---- Match methods ------------------------------------------------------------------------

fn match_of(v: &Value) -> PyResult<&MatchObj> {
    v.downcast_native::<MatchObj>()
        .ok_or_else(|| type_error("descriptor requires a 're.Match' object"))
}

impl MatchObj {
    /// Resolves a group argument (index or name).
    fn index(&self, g: &Value) -> PyResult<usize> {
        if let Some(i) = g.as_int() {
            if i >= 0 && (i as usize) < self.bytes.len() {
                return Ok(i as usize);
            }
        } else if let Some(name) = g.as_str() {
            if let Some(i) = self.names.iter().position(|n| n.as_deref() == Some(name)) {
                return Ok(i);
            }
        }
        Err(index_error("no such group"))
    }

    fn text(&self) -> &str {
        self.string.as_str().unwrap_or("")
    }

    fn group_value(&self, i: usize, default: &Value) -> Value {
        group_str(self.text(), self.bytes.get(i).copied().flatten(), default)
    }

    /// The group that closed last: the matched group with the greatest end (outermost on
    /// ties), as CPython's `lastindex` reports.
    fn lastindex(&self) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for (i, s) in self.bytes.iter().enumerate().skip(1) {
            if let Some((_, e)) = s {
                if best.is_none_or(|(_, be)| *e > be) {
                    best = Some((i, *e));
                }
            }
        }
        best.map(|(i, _)| i)
    }
}

fn match_group(_cx: &mut Ctx, args: &Args) -> PyResult {
    let m = match_of(self_arg(args)?)?;
    let a = args.check("group", 1, usize::MAX)?;
    match a.len() {
        1 => Ok(m.group_value(0, &Value::NONE)),
        2 => Ok(m.group_value(m.index(&a[1])?, &Value::NONE)),
        _ => {
            let mut out = Vec::with_capacity(a.len() - 1);
            for g in &a[1..] {
                out.push(m.group_value(m.index(g)?, &Value::NONE));
            }
            Ok(Value::tuple(out))
        }
    }
}

fn match_getitem(_cx: &mut Ctx, args: &Args) -> PyResult {
    let m = match_of(self_arg(args)?)?;
    let a = args.check("__getitem__", 2, 2)?;
    Ok(m.group_value(m.index(&a[1])?, &Value::NONE))
}

fn match_groups(_cx: &mut Ctx, args: &Args) -> PyResult {
    let m = match_of(self_arg(args)?)?;
    let a = bind_args(args, 1, "groups", &["default"], 0)?;
    let default = a[0].cloned().unwrap_or(Value::NONE);
    Ok(Value::tuple(
        (1..m.bytes.len())
            .map(|i| m.group_value(i, &default))
            .collect(),
    ))
}

fn match_groupdict(_cx: &mut Ctx, args: &Args) -> PyResult {
    let m = match_of(self_arg(args)?)?;
    let a = bind_args(args, 1, "groupdict", &["default"], 0)?;
    let default = a[0].cloned().unwrap_or(Value::NONE);
    let d = Value::dict();
    if let Some(Payload::Dict(dd)) = d.payload() {
        for (i, n) in m.names.iter().enumerate() {
            if let Some(n) = n {
                dd.set_str(n, m.group_value(i, &default));
            }
        }
    }
    Ok(d)
}

fn group_span(args: &Args, fname: &str) -> PyResult<Option<(usize, usize)>> {
    let m = match_of(self_arg(args)?)?;
    let a = args.check(fname, 1, 2)?;
    let g = match a.get(1) {
        Some(g) => m.index(g)?,
        None => 0,
    };
    Ok(m.spans.get(g).copied().flatten())
}

fn match_start(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::int(
        group_span(args, "start")?.map_or(-1, |s| s.0 as i64),
    ))
}

fn match_end(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::int(
        group_span(args, "end")?.map_or(-1, |s| s.1 as i64),
    ))
}

fn match_span(_cx: &mut Ctx, args: &Args) -> PyResult {
    let (s, e) = group_span(args, "span")?.map_or((-1, -1), |(s, e)| (s as i64, e as i64));
    Ok(Value::tuple(vec![Value::int(s), Value::int(e)]))
}

fn match_expand(_cx: &mut Ctx, args: &Args) -> PyResult {
    let m = match_of(self_arg(args)?)?;
    let a = args.check("expand", 2, 2)?;
    let p = pattern_of(&m.re)?;
    let pieces = parse_template(p, string_arg(&a[1])?)?;
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Lit(l) => out.push_str(&l),
            Piece::Group(g) => {
                if let Some(Some((s, e))) = m.bytes.get(g) {
                    out.push_str(m.text().get(*s..*e).unwrap_or(""));
                }
            }
        }
    }
    Ok(Value::string(out))
}

fn match_repr(cx: &mut Ctx, args: &Args) -> PyResult {
    let m = match_of(self_arg(args)?)?;
    let (s, e) = m.spans.first().copied().flatten().unwrap_or((0, 0));
    let text = m.group_value(0, &Value::str(""));
    let r = ops::repr(cx, &text)?;
    Ok(Value::string(format!(
        "<re.Match object; span=({s}, {e}), match={r}>"
    )))
}

fn match_bool(_cx: &mut Ctx, args: &Args) -> PyResult {
    match_of(self_arg(args)?)?;
    Ok(Value::TRUE)
}

fn match_string(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(match_of(self_arg(args)?)?.string.clone())
}

fn match_re(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(match_of(self_arg(args)?)?.re.clone())
}

fn match_pos(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::int(match_of(self_arg(args)?)?.pos as i64))
}

fn match_endpos(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::int(match_of(self_arg(args)?)?.endpos as i64))
}

fn match_lastindex(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(match match_of(self_arg(args)?)?.lastindex() {
        Some(i) => Value::int(i as i64),
        None => Value::NONE,
    })
}

fn match_lastgroup(_cx: &mut Ctx, args: &Args) -> PyResult {
    let m = match_of(self_arg(args)?)?;
    Ok(m.lastindex()
        .and_then(|i| m.names.get(i).cloned().flatten())
        .map_or(Value::NONE, Value::string))
}
