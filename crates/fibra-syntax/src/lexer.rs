//! The raw lexer (logos) and the conversion of raw tokens into parser tokens (numbers, strings,
//! keywords decoded).

use crate::ast::Span;
use crate::token::{StrLit, Tok};
use crate::{SyntaxError, SyntaxErrorKind};
use logos::Logos;
use num_bigint::BigInt;
use num_traits::Num;

#[derive(Debug, Clone, Default, PartialEq)]
pub enum RawError {
    #[default]
    Invalid,
    Unterminated,
    UnterminatedTriple,
}

#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
#[logos(error = RawError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"#[^\r\n]*")]
#[logos(skip r"\\(\r\n|\n|\r)")]
pub enum Raw {
    #[regex(r"\r\n|\n|\r")]
    Newline,
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", ident_tail)]
    #[regex(r"[^\x00-\x7F]", ident_tail)]
    Name,
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?['"]"#, string_body)]
    Str,
    #[regex(r"[0-9]", number_tail)]
    #[regex(r"\.[0-9]", number_tail)]
    Number(NumKind),
    #[token("\\")]
    Backslash,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<>")]
    LtGt,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
    #[token("!")]
    Exclamation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    Dec,
    Hex,
    Oct,
    Bin,
    Float,
    /// A decimal or float literal followed by `j` (`2j`, `1.5e3J`).
    Imag,
}

/// Scans a number by hand (logos does not backtrack out of a failed `1e`).
fn number_tail(lex: &mut logos::Lexer<Raw>) -> NumKind {
    let slice = lex.slice().as_bytes();
    let rem = lex.remainder().as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize, ok: &dyn Fn(u8) -> bool| {
        // `(_?digit)*`
        loop {
            if *i < rem.len() && ok(rem[*i]) {
                *i += 1;
            } else if *i + 1 < rem.len() && rem[*i] == b'_' && ok(rem[*i + 1]) {
                *i += 2;
            } else {
                break;
            }
        }
    };
    if slice[0] == b'0' && slice.len() == 1 && i < rem.len() {
        let (kind, ok): (NumKind, &dyn Fn(u8) -> bool) = match rem[0] {
            b'x' | b'X' => (NumKind::Hex, &|b: u8| b.is_ascii_hexdigit()),
            b'o' | b'O' => (NumKind::Oct, &|b: u8| (b'0'..=b'7').contains(&b)),
            b'b' | b'B' => (NumKind::Bin, &|b: u8| b == b'0' || b == b'1'),
            _ => (NumKind::Dec, &|_| false),
        };
        if kind != NumKind::Dec {
            i = 1;
            // `0x_1f`: an underscore may follow the prefix.
            if i + 1 < rem.len() && rem[i] == b'_' && ok(rem[i + 1]) {
                i += 1;
            }
            digits(&mut i, ok);
            lex.bump(i);
            return kind;
        }
    }
    let dig = |b: u8| b.is_ascii_digit();
    digits(&mut i, &dig);
    let mut kind = NumKind::Dec;
    if slice[0] == b'.' {
        kind = NumKind::Float;
    } else if i < rem.len() && rem[i] == b'.' {
        kind = NumKind::Float;
        i += 1;
        if i < rem.len() && dig(rem[i]) {
            i += 1;
            digits(&mut i, &dig);
        }
    }
    if i < rem.len() && (rem[i] == b'e' || rem[i] == b'E') {
        let mut j = i + 1;
        if j < rem.len() && (rem[j] == b'+' || rem[j] == b'-') {
            j += 1;
        }
        if j < rem.len() && dig(rem[j]) {
            j += 1;
            i = j;
            digits(&mut i, &dig);
            kind = NumKind::Float;
        }
    }
    if i < rem.len() && (rem[i] == b'j' || rem[i] == b'J') {
        i += 1;
        kind = NumKind::Imag;
    }
    lex.bump(i);
    kind
}

fn is_id_continue(c: char) -> bool {
    c == '_' || unicode_ident::is_xid_continue(c)
}

fn ident_tail(lex: &mut logos::Lexer<Raw>) -> Result<(), RawError> {
    let first = lex.slice().chars().next().unwrap();
    if !first.is_ascii() && !unicode_ident::is_xid_start(first) {
        return Err(RawError::Invalid);
    }
    let n: usize = lex
        .remainder()
        .chars()
        .take_while(|&c| is_id_continue(c))
        .map(|c| c.len_utf8())
        .sum();
    lex.bump(n);
    Ok(())
}

fn string_body(lex: &mut logos::Lexer<Raw>) -> Result<(), RawError> {
    let q = lex.slice().as_bytes()[lex.slice().len() - 1];
    let rem = lex.remainder().as_bytes();
    let triple = rem.len() >= 2 && rem[0] == q && rem[1] == q;
    let mut i = if triple { 2 } else { 0 };
    loop {
        if i >= rem.len() {
            lex.bump(rem.len());
            return Err(if triple {
                RawError::UnterminatedTriple
            } else {
                RawError::Unterminated
            });
        }
        let c = rem[i];
        if c == b'\\' {
            i += 2;
            if i > rem.len() {
                i = rem.len();
            } else if rem[i - 1] == b'\r' && i < rem.len() && rem[i] == b'\n' {
                i += 1;
            }
            continue;
        }
        if c == q {
            if !triple {
                lex.bump(i + 1);
                return Ok(());
            }
            if i + 2 < rem.len() && rem[i + 1] == q && rem[i + 2] == q {
                lex.bump(i + 3);
                return Ok(());
            }
        }
        if (c == b'\n' || c == b'\r') && !triple {
            lex.bump(i);
            return Err(RawError::Unterminated);
        }
        i += 1;
    }
}

pub(crate) fn err(kind: SyntaxErrorKind, msg: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError {
        kind,
        message: msg.into(),
        span,
        incomplete: false,
    }
}

pub(crate) fn syn(msg: impl Into<String>, span: Span) -> SyntaxError {
    err(SyntaxErrorKind::Syntax, msg, span)
}

pub(crate) fn line_of(src: &str, offset: usize) -> usize {
    let offset = offset.min(src.len());
    1 + src.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// One raw token converted into a parser token, with absolute byte positions.
pub type Spanned = (usize, Tok, usize);

/// Converts the logos token stream into parser tokens. `base` is added to every position.
pub struct Lexer<'s> {
    src: &'s str,
    /// The full source (for line numbers in messages); `src` is `full[base..]`.
    full: &'s str,
    base: usize,
    inner: logos::Lexer<'s, Raw>,
    /// f-string nesting depth of this source (0 for a top-level source).
    pub fdepth: u32,
    prev_end_operand: Option<usize>,
}

pub enum LexItem {
    Tok(Spanned),
    Newline(usize, usize),
}

impl<'s> Lexer<'s> {
    pub fn new(full: &'s str, base: usize, end: usize, fdepth: u32) -> Lexer<'s> {
        let src = &full[base..end];
        Lexer {
            src,
            full,
            base,
            inner: Raw::lexer(src),
            fdepth,
            prev_end_operand: None,
        }
    }

    pub fn end(&self) -> usize {
        self.base + self.src.len()
    }

    pub fn next_item(&mut self) -> Option<Result<LexItem, SyntaxError>> {
        let raw = self.inner.next()?;
        let r = self.inner.span();
        let (s, e) = (r.start + self.base, r.end + self.base);
        let span = Span::new(s, e);
        let text = self.inner.slice();
        let raw = match raw {
            Ok(raw) => raw,
            Err(RawError::Unterminated) => {
                return Some(Err(syn(
                    format!(
                        "unterminated string literal (detected at line {})",
                        line_of(self.full, s)
                    ),
                    Span::new(s, s + 1),
                )))
            }
            Err(RawError::UnterminatedTriple) => {
                let mut e = syn(
                    format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        line_of(self.full, self.end().saturating_sub(1))
                    ),
                    Span::new(s, s + 1),
                );
                e.incomplete = true;
                return Some(Err(e));
            }
            Err(RawError::Invalid) => {
                let c = text.chars().next().unwrap_or(' ');
                let msg = if c == '\0' {
                    "source code cannot contain null bytes".to_string()
                } else if c.is_ascii() {
                    "invalid syntax".to_string()
                } else {
                    format!("invalid character '{}' (U+{:04X})", c, c as u32)
                };
                return Some(Err(syn(msg, span)));
            }
        };
        // A number immediately followed by an identifier character.
        if let Some(pe) = self.prev_end_operand.take() {
            if pe == s && raw == Raw::Name {
                if let Some(e) = self.number_suffix_error(text, span) {
                    return Some(Err(e));
                }
            }
        }
        let tok = match raw {
            Raw::Newline => return Some(Ok(LexItem::Newline(s, e))),
            Raw::Name => match Tok::keyword(text) {
                Some(k) => k,
                None => Tok::Name(text.to_string()),
            },
            Raw::Str => match self.string(text, s) {
                Ok(t) => t,
                Err(e) => return Some(Err(e)),
            },
            Raw::Number(kind) => match number(text, kind) {
                Ok(t) => {
                    self.prev_end_operand = Some(e);
                    t
                }
                Err(msg) => return Some(Err(syn(msg, span))),
            },
            Raw::Backslash => {
                if e >= self.end() {
                    let mut er = syn("unexpected EOF while parsing", span);
                    er.incomplete = true;
                    return Some(Err(er));
                }
                return Some(Err(syn(
                    "unexpected character after line continuation character",
                    span,
                )));
            }
            Raw::Exclamation => return Some(Err(syn("invalid syntax", span))),
            Raw::LtGt => return Some(Err(syn("invalid syntax", span))),
            Raw::LPar => Tok::LPar,
            Raw::RPar => Tok::RPar,
            Raw::LSqb => Tok::LSqb,
            Raw::RSqb => Tok::RSqb,
            Raw::LBrace => Tok::LBrace,
            Raw::RBrace => Tok::RBrace,
            Raw::Colon => Tok::Colon,
            Raw::Comma => Tok::Comma,
            Raw::Semi => Tok::Semi,
            Raw::Plus => Tok::Plus,
            Raw::Minus => Tok::Minus,
            Raw::Star => Tok::Star,
            Raw::Slash => Tok::Slash,
            Raw::VBar => Tok::VBar,
            Raw::Amper => Tok::Amper,
            Raw::Less => Tok::Less,
            Raw::Greater => Tok::Greater,
            Raw::Equal => Tok::Equal,
            Raw::Dot => Tok::Dot,
            Raw::Percent => Tok::Percent,
            Raw::EqEqual => Tok::EqEqual,
            Raw::NotEqual => Tok::NotEqual,
            Raw::LessEqual => Tok::LessEqual,
            Raw::GreaterEqual => Tok::GreaterEqual,
            Raw::Tilde => Tok::Tilde,
            Raw::Circumflex => Tok::Circumflex,
            Raw::LeftShift => Tok::LeftShift,
            Raw::RightShift => Tok::RightShift,
            Raw::DoubleStar => Tok::DoubleStar,
            Raw::PlusEqual => Tok::PlusEqual,
            Raw::MinEqual => Tok::MinEqual,
            Raw::StarEqual => Tok::StarEqual,
            Raw::SlashEqual => Tok::SlashEqual,
            Raw::PercentEqual => Tok::PercentEqual,
            Raw::AmperEqual => Tok::AmperEqual,
            Raw::VBarEqual => Tok::VBarEqual,
            Raw::CircumflexEqual => Tok::CircumflexEqual,
            Raw::LeftShiftEqual => Tok::LeftShiftEqual,
            Raw::RightShiftEqual => Tok::RightShiftEqual,
            Raw::DoubleStarEqual => Tok::DoubleStarEqual,
            Raw::DoubleSlash => Tok::DoubleSlash,
            Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
            Raw::At => Tok::At,
            Raw::AtEqual => Tok::AtEqual,
            Raw::RArrow => Tok::RArrow,
            Raw::Ellipsis => Tok::Ellipsis,
            Raw::ColonEqual => Tok::ColonEqual,
        };
        Some(Ok(LexItem::Tok((s, tok, e))))
    }

    fn number_suffix_error(&self, name: &str, span: Span) -> Option<SyntaxError> {
        if Tok::keyword(name).is_some() {
            return None;
        }
        Some(syn("invalid decimal literal", span))
    }

    fn string(&self, text: &str, start: usize) -> Result<Tok, SyntaxError> {
        let qpos = text.find(['\'', '"']).unwrap();
        let prefix = text[..qpos].to_ascii_lowercase();
        let q = text.as_bytes()[qpos];
        let triple = text.len() >= qpos + 6
            && text.as_bytes()[qpos + 1] == q
            && text.as_bytes()[qpos + 2] == q;
        let ql = if triple { 3 } else { 1 };
        let body_start = qpos + ql;
        let body_end = text.len() - ql;
        let body = &text[body_start..body_end];
        let raw = prefix.contains('r');
        let span = Span::new(start, start + text.len());
        if prefix.contains('f') {
            let parts = crate::fstring::parse_fstring(
                self.full,
                start + body_start,
                start + body_end,
                raw,
                self.fdepth,
                span,
            )?;
            Ok(Tok::Str(StrLit::F(parts)))
        } else if prefix.contains('b') {
            Ok(Tok::Str(StrLit::Bytes(decode_bytes(body, raw, span)?)))
        } else {
            Ok(Tok::Str(StrLit::Str(decode_str(body, raw, span)?)))
        }
    }
}

/// Converts a number token. (logos may hand back a longer slice than the regex allows when a
/// longer pattern failed part-way, e.g. `1e`; such slices are reported as invalid.)
fn number(text: &str, kind: NumKind) -> Result<Tok, String> {
    let (radix, body, what) = match kind {
        NumKind::Hex => (16, &text[2..], "hexadecimal"),
        NumKind::Oct => (8, &text[2..], "octal"),
        NumKind::Bin => (2, &text[2..], "binary"),
        _ => (10, text, "decimal"),
    };
    let digits: String = body.chars().filter(|&c| c != '_').collect();
    let bad = || format!("invalid {what} literal");
    if kind == NumKind::Imag {
        let body = &digits[..digits.len() - 1];
        if !body
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        {
            return Err("invalid imaginary literal".into());
        }
        return body
            .parse::<f64>()
            .map(Tok::Imag)
            .map_err(|_| "invalid imaginary literal".into());
    }
    if kind == NumKind::Float {
        if !digits
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        {
            return Err(bad());
        }
        return digits.parse::<f64>().map(Tok::Float).map_err(|_| bad());
    }
    if digits.is_empty() {
        return Err(bad());
    }
    if radix == 10 {
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        if digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|b| b != b'0') {
            return Err("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into());
        }
    }
    BigInt::from_str_radix(&digits, radix)
        .map(Tok::Int)
        .map_err(|_| bad())
}

fn unicode_err(msg: &str, span: Span) -> SyntaxError {
    syn(
        format!("(unicode error) 'unicodeescape' codec can't decode bytes: {msg}"),
        span,
    )
}

/// Decodes the escapes of a (non-bytes) string literal body.
pub fn decode_str(body: &str, raw: bool, span: Span) -> Result<String, SyntaxError> {
    if raw {
        return Ok(body.replace("\r\n", "\n"));
    }
    if !body.contains('\\') && !body.contains('\r') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let mut it = body.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\r' {
            if it.peek() == Some(&'\n') {
                it.next();
            }
            out.push('\n');
            continue;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(n) = it.next() else {
            out.push('\\');
            break;
        };
        match n {
            '\n' => {}
            '\r' => {
                if it.peek() == Some(&'\n') {
                    it.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = n.to_digit(8).unwrap();
                for _ in 0..2 {
                    match it.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            it.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(v).unwrap());
            }
            'x' | 'u' | 'U' => {
                let len = match n {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v: u32 = 0;
                for _ in 0..len {
                    match it.peek().and_then(|c| c.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            it.next();
                        }
                        None => {
                            let what = match n {
                                'x' => "truncated \\xXX escape",
                                'u' => "truncated \\uXXXX escape",
                                _ => "truncated \\UXXXXXXXX escape",
                            };
                            return Err(unicode_err(what, span));
                        }
                    }
                }
                match char::from_u32(v) {
                    Some(c) => out.push(c),
                    None if v <= 0x10FFFF => {
                        // A lone surrogate cannot be represented in a Rust String.
                        out.push('\u{FFFD}');
                    }
                    None => return Err(unicode_err("illegal Unicode character", span)),
                }
            }
            'N' => {
                let bad = || unicode_err("malformed \\N character escape", span);
                if it.peek() != Some(&'{') {
                    return Err(bad());
                }
                it.next();
                let mut name = String::new();
                loop {
                    match it.next() {
                        Some('}') => break,
                        Some(c) => name.push(c),
                        None => return Err(bad()),
                    }
                }
                match unicode_names2::character(&name) {
                    Some(c) => out.push(c),
                    None => return Err(unicode_err("unknown Unicode character name", span)),
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes a bytes literal body.
pub fn decode_bytes(body: &str, raw: bool, span: Span) -> Result<Vec<u8>, SyntaxError> {
    if !body.is_ascii() {
        return Err(syn("bytes can only contain ASCII literal characters", span));
    }
    let b = body.as_bytes();
    if raw {
        return Ok(body.replace("\r\n", "\n").into_bytes());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c == b'\r' {
            if i < b.len() && b[i] == b'\n' {
                i += 1;
            }
            out.push(b'\n');
            continue;
        }
        if c != b'\\' {
            out.push(c);
            continue;
        }
        if i >= b.len() {
            out.push(b'\\');
            break;
        }
        let n = b[i];
        i += 1;
        match n {
            b'\n' => {}
            b'\r' => {
                if i < b.len() && b[i] == b'\n' {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (n - b'0') as u32;
                for _ in 0..2 {
                    if i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                        v = v * 8 + (b[i] - b'0') as u32;
                        i += 1;
                    } else {
                        break;
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let h = |c: u8| (c as char).to_digit(16);
                if i + 2 <= b.len() {
                    if let (Some(a), Some(d)) = (h(b[i]), h(b[i + 1])) {
                        out.push((a * 16 + d) as u8);
                        i += 2;
                        continue;
                    }
                }
                return Err(syn("(value error) invalid \\x escape", span));
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
