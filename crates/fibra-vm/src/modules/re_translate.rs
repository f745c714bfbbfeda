//! Translates Python `re` pattern syntax into `fancy_regex` syntax (which adds lookaround
//! and backreferences on top of the `regex` crate).
//!
//! Differences handled: `\Z` (end of text), `$` outside MULTILINE (end or before a final
//! newline), `{` that is not a quantifier (a literal), `{,n}`, `(?P=name)`, `(?#...)`,
//! `[` and set operators inside classes (literals in Python), VERBOSE mode (stripped here,
//! keeping whitespace inside classes), ASCII mode (`\d \w \s` as ASCII classes), leading
//! global flags `(?aiLmsux)`, and Python's "bad escape" errors.

/// `re` flag values (as CPython defines them).
pub const I: i64 = 2;
pub const L: i64 = 4;
pub const M: i64 = 8;
pub const S: i64 = 16;
pub const U: i64 = 32;
pub const X: i64 = 64;
pub const DEBUG: i64 = 128;
pub const A: i64 = 256;

/// A translated pattern: `flags_prefix` (inline flags for the whole pattern) and `body`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translated {
    pub prefix: String,
    pub body: String,
    /// The flags after merging the pattern's leading inline flags.
    pub flags: i64,
}

/// A pattern syntax error: message and position (in chars).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    pub msg: String,
    pub pos: usize,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, PatternError> {
    Err(PatternError {
        msg: msg.into(),
        pos,
    })
}

fn flag_of(c: char) -> Option<i64> {
    Some(match c {
        'a' => A,
        'i' => I,
        'L' => L,
        'm' => M,
        's' => S,
        'u' => U,
        'x' => X,
        _ => return None,
    })
}

/// Is `chars[i..]` a valid `{m}`, `{m,}`, `{,n}` or `{m,n}` quantifier? Returns its end
/// (index after `}`) and the normalised text.
fn quantifier(chars: &[char], i: usize) -> Option<(usize, String)> {
    let mut j = i + 1;
    let mut lo = String::new();
    while j < chars.len() && chars[j].is_ascii_digit() {
        lo.push(chars[j]);
        j += 1;
    }
    let mut hi = None;
    if j < chars.len() && chars[j] == ',' {
        j += 1;
        let mut h = String::new();
        while j < chars.len() && chars[j].is_ascii_digit() {
            h.push(chars[j]);
            j += 1;
        }
        hi = Some(h);
    }
    if j >= chars.len() || chars[j] != '}' {
        return None;
    }
    if lo.is_empty() && hi.as_deref().is_none_or(str::is_empty) {
        // `{}` and `{,}` are literals in Python.
        return None;
    }
    let lo = if lo.is_empty() { "0".to_string() } else { lo };
    let text = match hi {
        None => format!("{{{lo}}}"),
        Some(h) => format!("{{{lo},{h}}}"),
    };
    Some((j + 1, text))
}

const ASCII_DIGIT: &str = "0-9";
const ASCII_WORD: &str = "0-9A-Za-z_";
const ASCII_SPACE: &str = "\\t\\n\\x0B\\x0C\\r ";

/// Translates a Python pattern with `flags` (the `re.I | re.M ...` value).
pub fn translate(pattern: &str, flags: i64) -> Result<Translated, PatternError> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut flags = flags;
    let mut i = 0;
    // Leading global flags: `(?im)`.
    while i + 2 < chars.len() && chars[i] == '(' && chars[i + 1] == '?' {
        let mut j = i + 2;
        let mut f = 0;
        while j < chars.len() {
            match flag_of(chars[j]) {
                Some(v) => f |= v,
                None => break,
            }
            j += 1;
        }
        if j == i + 2 || j >= chars.len() || chars[j] != ')' {
            break;
        }
        flags |= f;
        i = j + 1;
    }
    let verbose = flags & X != 0;
    let ascii = flags & A != 0;
    let multiline = flags & M != 0;
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut depth = 0usize;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                let Some(&n) = chars.get(i + 1) else {
                    return err("bad escape (end of pattern)", i);
                };
                i += 2;
                match n {
                    'Z' => out.push_str("\\z"),
                    'A' | 'b' | 'B' => {
                        out.push('\\');
                        out.push(n);
                    }
                    'd' | 'D' | 'w' | 'W' | 's' | 'S' if ascii => {
                        let set = match n.to_ascii_lowercase() {
                            'd' => ASCII_DIGIT,
                            'w' => ASCII_WORD,
                            _ => ASCII_SPACE,
                        };
                        let neg = if n.is_ascii_uppercase() { "^" } else { "" };
                        out.push_str(&format!("[{neg}{set}]"));
                    }
                    'd' | 'D' | 'w' | 'W' | 's' | 'S' | 'n' | 't' | 'r' | 'f' | 'v' | 'a' => {
                        out.push('\\');
                        out.push(n);
                    }
                    'x' | 'u' | 'U' => {
                        let len = match n {
                            'x' => 2,
                            'u' => 4,
                            _ => 8,
                        };
                        let hex: String = chars.iter().skip(i).take(len).collect();
                        if hex.len() != len || !hex.chars().all(|h| h.is_ascii_hexdigit()) {
                            return err(format!("incomplete escape \\{n}{hex}"), i - 2);
                        }
                        out.push_str(&format!("\\x{{{hex}}}"));
                        i += len;
                    }
                    '0' => {
                        // Octal escape: up to two more octal digits.
                        let mut v = 0u32;
                        let mut k = 0;
                        while k < 2 && i < chars.len() && ('0'..='7').contains(&chars[i]) {
                            v = v * 8 + chars[i].to_digit(8).unwrap_or(0);
                            i += 1;
                            k += 1;
                        }
                        out.push_str(&format!("\\x{{{v:x}}}"));
                    }
                    '1'..='9' => {
                        let mut num = String::from(n);
                        if i < chars.len() && chars[i].is_ascii_digit() {
                            num.push(chars[i]);
                            i += 1;
                        }
                        out.push('\\');
                        out.push_str(&num);
                    }
                    _ if n.is_ascii_alphanumeric() => {
                        return err(format!("bad escape \\{n}"), i - 2);
                    }
                    _ => push_literal(&mut out, n),
                }
            }
            '[' => {
                i = translate_class(&chars, i, ascii, &mut out)?;
            }
            '$' if !multiline => {
                out.push_str("(?=\\n?\\z)");
                i += 1;
            }
            '{' => match quantifier(&chars, i) {
                Some((end, q)) if i > 0 => {
                    out.push_str(&q);
                    i = end;
                }
                _ => {
                    out.push_str("\\{");
                    i += 1;
                }
            },
            '}' => {
                out.push_str("\\}");
                i += 1;
            }
            '(' => {
                if chars.get(i + 1) == Some(&'?') {
                    let rest: String = chars[i + 2..].iter().take(3).collect();
                    if rest.starts_with('#') {
                        // Comment group: skip to the closing parenthesis.
                        let Some(end) = chars[i..].iter().position(|&c| c == ')') else {
                            return err("missing ), unterminated comment", i);
                        };
                        i += end + 1;
                        continue;
                    }
                    if rest.starts_with("P=") {
                        let start = i + 4;
                        let Some(end) = chars[start..].iter().position(|&c| c == ')') else {
                            return err("missing ), unterminated name", start);
                        };
                        let name: String = chars[start..start + end].iter().collect();
                        out.push_str(&format!("\\k<{name}>"));
                        i = start + end + 1;
                        continue;
                    }
                    if rest.starts_with("P<") {
                        out.push_str("(?P<");
                        i += 4;
                        depth += 1;
                        continue;
                    }
                    // Scoped flags `(?i:...)` / `(?-i:...)`: drop a, u, L (no meaning here).
                    let mut j = i + 2;
                    let mut fl = String::new();
                    while j < chars.len() && (flag_of(chars[j]).is_some() || chars[j] == '-') {
                        if !matches!(chars[j], 'a' | 'u' | 'L') {
                            fl.push(chars[j]);
                        }
                        j += 1;
                    }
                    if j > i + 2 && j < chars.len() && chars[j] == ':' {
                        let fl = fl.trim_end_matches('-');
                        if fl.is_empty() {
                            out.push_str("(?:");
                        } else {
                            out.push_str(&format!("(?{fl}:"));
                        }
                        i = j + 1;
                        depth += 1;
                        continue;
                    }
                    if j > i + 2 && j < chars.len() && chars[j] == ')' {
                        return err("global flags not at the start of the expression", i);
                    }
                }
                out.push('(');
                depth += 1;
                i += 1;
            }
            ')' => {
                if depth == 0 {
                    return err("unbalanced parenthesis", i);
                }
                depth -= 1;
                out.push(')');
                i += 1;
            }
            '#' if verbose => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            c if verbose && c.is_whitespace() => i += 1,
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    if depth > 0 {
        return err("missing ), unterminated subpattern", pattern.len());
    }
    let mut prefix = String::new();
    for (f, c) in [(I, 'i'), (M, 'm'), (S, 's')] {
        if flags & f != 0 {
            prefix.push(c);
        }
    }
    let prefix = if prefix.is_empty() {
        prefix
    } else {
        format!("(?{prefix})")
    };
    Ok(Translated {
        prefix,
        body: out,
        flags,
    })
}

/// Appends `c` as a literal (escaped when it is a regex metacharacter).
fn push_literal(out: &mut String, c: char) {
    if "\\.+*?()|[]{}^$#&-~".contains(c) {
        out.push('\\');
    }
    if c == ' ' || c == '\t' || c == '\n' {
        // Escape whitespace so an inline `x` flag could never drop it.
        match c {
            ' ' => out.push_str("\\x20"),
            '\t' => out.push_str("\\t"),
            _ => out.push_str("\\n"),
        }
        return;
    }
    out.push(c);
}

/// Translates a character class starting at `chars[start] == '['`; returns the index
/// after its closing `]`.
fn translate_class(
    chars: &[char],
    start: usize,
    ascii: bool,
    out: &mut String,
) -> Result<usize, PatternError> {
    let mut i = start + 1;
    out.push('[');
    if chars.get(i) == Some(&'^') {
        out.push('^');
        i += 1;
    }
    if chars.get(i) == Some(&']') {
        out.push_str("\\]");
        i += 1;
    }
    while i < chars.len() {
        let c = chars[i];
        match c {
            ']' => {
                out.push(']');
                return Ok(i + 1);
            }
            '\\' => {
                let Some(&n) = chars.get(i + 1) else {
                    return err("bad escape (end of pattern)", i);
                };
                i += 2;
                match n {
                    'd' | 'w' | 's' if ascii => out.push_str(match n {
                        'd' => ASCII_DIGIT,
                        'w' => ASCII_WORD,
                        _ => ASCII_SPACE,
                    }),
                    'd' | 'D' | 'w' | 'W' | 's' | 'S' | 'n' | 't' | 'r' | 'f' | 'v' | 'a' => {
                        out.push('\\');
                        out.push(n);
                    }
                    'b' => out.push_str("\\x08"),
                    'x' | 'u' | 'U' => {
                        let len = match n {
                            'x' => 2,
                            'u' => 4,
                            _ => 8,
                        };
                        let hex: String = chars.iter().skip(i).take(len).collect();
                        if hex.len() != len || !hex.chars().all(|h| h.is_ascii_hexdigit()) {
                            return err(format!("incomplete escape \\{n}{hex}"), i - 2);
                        }
                        out.push_str(&format!("\\x{{{hex}}}"));
                        i += len;
                    }
                    '0'..='7' => {
                        let mut v = n.to_digit(8).unwrap_or(0);
                        let mut k = 0;
                        while k < 2 && i < chars.len() && ('0'..='7').contains(&chars[i]) {
                            v = v * 8 + chars[i].to_digit(8).unwrap_or(0);
                            i += 1;
                            k += 1;
                        }
                        out.push_str(&format!("\\x{{{v:x}}}"));
                    }
                    _ if n.is_ascii_alphanumeric() => {
                        return err(format!("bad escape \\{n}"), i - 2);
                    }
                    _ => {
                        out.push('\\');
                        out.push(n);
                    }
                }
            }
            '[' | '&' | '~' => {
                out.push('\\');
                out.push(c);
                i += 1;
            }
            '-' if chars.get(i + 1) == Some(&'-') => {
                out.push_str("\\-");
                i += 1;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    err("unterminated character set", start)
}

/// `re.escape`: backslash before the characters CPython escapes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\\t"),
            '\n' => out.push_str("\\\n"),
            '\r' => out.push_str("\\\r"),
            '\x0b' => out.push_str("\\\x0b"),
            '\x0c' => out.push_str("\\\x0c"),
            _ => {
                if "()[]{}?*+-|^$\\.&~# ".contains(c) {
                    out.push('\\');
                }
                out.push(c);
            }
        }
    }
    out
}
