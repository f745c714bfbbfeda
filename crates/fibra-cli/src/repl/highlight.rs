//! Syntax highlighting of the input line, and colouring of error output.
//!
//! The lexer of `fibra-syntax` is private (and rejects incomplete input), so this is a small,
//! forgiving scanner of its own: it never fails, copes with unterminated strings, and only
//! classifies what it colours (keywords, strings, numbers, comments, names after `def` /
//! `class`). Highlighting only inserts ANSI SGR sequences, so the display width is unchanged,
//! as rustyline requires.

use std::borrow::Cow;

/// Python's hard keywords (3.13).
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// What a highlighted piece of source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Keyword,
    /// `True`, `False`, `None`.
    Constant,
    String,
    Number,
    Comment,
    /// The name after `def` or `class`.
    Definition,
}

/// A classified byte range of the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
}

const RESET: &str = "\x1b[0m";

fn style(kind: TokKind) -> &'static str {
    match kind {
        TokKind::Keyword => "\x1b[1;34m",
        TokKind::Constant => "\x1b[1;36m",
        TokKind::String => "\x1b[32m",
        TokKind::Number => "\x1b[33m",
        TokKind::Comment => "\x1b[90m",
        TokKind::Definition => "\x1b[1;35m",
    }
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Whether `word` (the letters before a quote) is a valid string prefix.
fn is_string_prefix(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

/// Scans `src` into highlighted pieces (everything else is left plain). Never fails.
pub fn scan(src: &str) -> Vec<Tok> {
    let b = src.as_bytes();
    let mut toks = Vec::new();
    let mut i = 0;
    let mut after_def = false;
    while i < b.len() {
        let c = b[i];
        if c == b'#' {
            let end = src[i..].find('\n').map_or(src.len(), |n| i + n);
            toks.push(Tok {
                kind: TokKind::Comment,
                start: i,
                end,
            });
            i = end;
            continue;
        }
        if c == b'\'' || c == b'"' {
            let end = scan_string(b, i);
            toks.push(Tok {
                kind: TokKind::String,
                start: i,
                end,
            });
            i = end;
            after_def = false;
            continue;
        }
        if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            let end = scan_number(b, i);
            toks.push(Tok {
                kind: TokKind::Number,
                start: i,
                end,
            });
            i = end;
            after_def = false;
            continue;
        }
        let ch = src[i..].chars().next().unwrap_or(' ');
        if is_ident_start(ch) {
            let mut end = i;
            for (off, ch) in src[i..].char_indices() {
                if !is_ident_char(ch) {
                    break;
                }
                end = i + off + ch.len_utf8();
            }
            let word = &src[i..end];
            if matches!(b.get(end), Some(b'\'' | b'"')) && is_string_prefix(word) {
                let close = scan_string(b, end);
                toks.push(Tok {
                    kind: TokKind::String,
                    start: i,
                    end: close,
                });
                i = close;
                after_def = false;
                continue;
            }
            // An identifier glued to a preceding `.` is an attribute, never a keyword.
            let is_attr = i > 0 && b[i - 1] == b'.';
            if after_def {
                toks.push(Tok {
                    kind: TokKind::Definition,
                    start: i,
                    end,
                });
                after_def = false;
            } else if !is_attr && matches!(word, "True" | "False" | "None") {
                toks.push(Tok {
                    kind: TokKind::Constant,
                    start: i,
                    end,
                });
            } else if !is_attr && KEYWORDS.contains(&word) {
                toks.push(Tok {
                    kind: TokKind::Keyword,
                    start: i,
                    end,
                });
                after_def = word == "def" || word == "class";
            }
            i = end;
            continue;
        }
        if !(c == b' ' || c == b'\t') {
            after_def = false;
        }
        i += ch.len_utf8();
    }
    toks
}

/// End of the string literal whose opening quote is at `q`. Unterminated strings run to the
/// end of the line (single quotes) or of the input (triple quotes).
fn scan_string(b: &[u8], q: usize) -> usize {
    let quote = b[q];
    let triple = b.len() >= q + 3 && b[q + 1] == quote && b[q + 2] == quote;
    let mut i = if triple { q + 3 } else { q + 1 };
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'\n' if !triple => return i,
            c if c == quote => {
                if !triple {
                    return i + 1;
                }
                if b.len() >= i + 3 && b[i + 1] == quote && b[i + 2] == quote {
                    return i + 3;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    b.len()
}

fn scan_number(b: &[u8], start: usize) -> usize {
    let hex = b[start] == b'0' && matches!(b.get(start + 1), Some(b'x' | b'X'));
    let mut i = start;
    while i < b.len() {
        let c = b[i];
        let exponent_sign =
            (c == b'+' || c == b'-') && !hex && i > start && matches!(b[i - 1], b'e' | b'E');
        if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Wraps the classified pieces of `src[from..]` in ANSI colours. `src[..from]` is context
/// (earlier lines of the same input, so that e.g. a triple-quoted string opened on an earlier
/// line is still coloured) and is not part of the result.
pub fn highlight_from(src: &str, from: usize) -> String {
    let mut out = String::with_capacity((src.len() - from) * 2);
    let mut pos = from;
    for t in scan(src) {
        if t.end <= from {
            continue;
        }
        let start = t.start.max(from);
        out.push_str(&src[pos..start]);
        out.push_str(style(t.kind));
        out.push_str(&src[start..t.end]);
        out.push_str(RESET);
        pos = t.end;
    }
    out.push_str(&src[pos..]);
    out
}

/// Highlights `line`; with `color` off it is returned unchanged.
pub fn highlight_line(line: &str, color: bool) -> Cow<'_, str> {
    if !color || line.is_empty() {
        return Cow::Borrowed(line);
    }
    Cow::Owned(highlight_from(line, 0))
}

/// Highlights `line` typed after the already-accepted lines `pending` of the same input.
pub fn highlight_continuation<'l>(pending: &str, line: &'l str, color: bool) -> Cow<'l, str> {
    if !color || line.is_empty() {
        return Cow::Borrowed(line);
    }
    if pending.is_empty() {
        return Cow::Owned(highlight_from(line, 0));
    }
    let mut src = String::with_capacity(pending.len() + line.len());
    src.push_str(pending);
    src.push_str(line);
    Cow::Owned(highlight_from(&src, pending.len()))
}

/// Formats an error report (a traceback or syntax error) for stderr: with `color`, the final
/// `ExceptionName: message` line is bold red. Always ends in a newline.
pub fn format_error(text: &str, color: bool) -> String {
    let trimmed = text.trim_end_matches(['\n', '\r']);
    if !color {
        return format!("{trimmed}\n");
    }
    let (head, last) = match trimmed.rfind('\n') {
        Some(n) => (&trimmed[..=n], &trimmed[n + 1..]),
        None => ("", trimmed),
    };
    format!("{head}\x1b[1;31m{last}{RESET}\n")
}

/// Whether colour is allowed by the environment: `NO_COLOR` set to a non-empty value turns it
/// off (<https://no-color.org>), and so does `TERM=dumb`.
pub fn env_allows_color() -> bool {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        return false;
    }
    !matches!(std::env::var_os("TERM"), Some(t) if t == "dumb")
}
