//! Tab completion: keywords, names of `__main__` and builtins, and attributes after a dot.
//!
//! Like CPython's `rlcompleter`, names starting with `_` are offered only when the typed prefix
//! starts with `_` (and dunder names only after `__`). Tab after nothing but whitespace indents
//! by four spaces instead of listing every name.

use super::highlight::{scan, TokKind, KEYWORDS};

/// Where names for completion come from (the REPL's [`Backend`](super::Backend) in practice).
pub trait NameSource {
    /// Globals of `__main__` and builtins.
    fn global_names(&mut self) -> Vec<String>;
    /// Attributes of the value of `expr` (a dotted name or a literal such as `[]`).
    fn attribute_names(&mut self, expr: &str) -> Vec<String>;
}

impl<B: super::Backend + ?Sized> NameSource for B {
    fn global_names(&mut self) -> Vec<String> {
        super::Backend::global_names(self)
    }
    fn attribute_names(&mut self, expr: &str) -> Vec<String> {
        super::Backend::attribute_names(self, expr)
    }
}

/// The indentation inserted by Tab at the start of a line.
pub const INDENT: &str = "    ";

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Completes the word before byte offset `pos` of `line`. Returns the byte offset where the
/// replaced word starts and the candidates (full replacements for `line[start..pos]`), sorted
/// and without duplicates.
pub fn complete<N: NameSource + ?Sized>(
    line: &str,
    pos: usize,
    names: &mut N,
) -> (usize, Vec<String>) {
    let pos = pos.min(line.len());
    let before = &line[..pos];
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    if before[line_start..].trim().is_empty() {
        return (pos, vec![INDENT.to_string()]);
    }
    // Nothing to complete inside a string or a comment.
    if scan(before).iter().any(|t| {
        matches!(t.kind, TokKind::String | TokKind::Comment)
            && t.start < pos
            && pos <= t.end
            && !(t.kind == TokKind::String
                && t.end == pos
                && string_is_closed(&before[t.start..t.end]))
    }) {
        return (pos, Vec::new());
    }
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_ident_char(*c))
        .last()
        .map_or(pos, |(i, _)| i);
    let prefix = &before[word_start..];
    if prefix.starts_with(|c: char| c.is_ascii_digit()) {
        return (pos, Vec::new());
    }
    let mut cands: Vec<String> = if before[..word_start].ends_with('.') {
        let Some(expr) = object_before_dot(&before[..word_start - 1]) else {
            return (pos, Vec::new());
        };
        names
            .attribute_names(expr)
            .into_iter()
            .filter(|n| n.starts_with(prefix) && underscore_ok(n, prefix))
            .collect()
    } else {
        let mut v: Vec<String> = KEYWORDS
            .iter()
            .filter(|k| k.starts_with(prefix))
            .map(|k| (*k).to_string())
            .collect();
        v.extend(
            names
                .global_names()
                .into_iter()
                .filter(|n| n.starts_with(prefix) && underscore_ok(n, prefix)),
        );
        v
    };
    cands.sort();
    cands.dedup();
    (word_start, cands)
}

/// A string token ending exactly at the cursor is closed (`'abc'|`), so the cursor is after it.
fn string_is_closed(tok: &str) -> bool {
    let body = tok.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let Some(q) = body.chars().next() else {
        return false;
    };
    let triple = format!("{q}{q}{q}");
    if body.len() >= 6 && body.starts_with(&triple) {
        return body.ends_with(&triple);
    }
    body.len() >= 2 && body.ends_with(q) && !body.starts_with(&triple)
}

/// rlcompleter's rule for private names.
fn underscore_ok(name: &str, prefix: &str) -> bool {
    if name.starts_with("__") {
        prefix.starts_with("__")
    } else if name.starts_with('_') {
        prefix.starts_with('_')
    } else {
        true
    }
}

/// The expression whose attributes are wanted, i.e. what ends right before the dot: a dotted
/// name (`a.b`), or a literal that is side-effect free to evaluate: `[]`, `()`, `{}`, or a
/// simple string literal. `None` for anything else (calls, subscripts, numbers).
pub fn object_before_dot(text: &str) -> Option<&str> {
    let end = text.len();
    for lit in ["[]", "()", "{}"] {
        if text.ends_with(lit) {
            return Some(&text[end - 2..]);
        }
    }
    if let Some(q) = text.chars().last().filter(|c| *c == '\'' || *c == '"') {
        let inner = &text[..end - 1];
        let open = inner.rfind(q)?;
        let body = &inner[open + 1..];
        if body.contains('\\') || body.contains('\n') {
            return None;
        }
        return Some(&text[open..]);
    }
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_ident_char(*c) || *c == '.')
        .last()
        .map_or(end, |(i, _)| i);
    let dotted = &text[start..];
    let valid = !dotted.is_empty()
        && dotted.split('.').all(|part| {
            part.chars()
                .next()
                .is_some_and(|c| c == '_' || c.is_alphabetic())
        });
    valid.then_some(dotted)
}
