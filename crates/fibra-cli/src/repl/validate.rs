//! When is an interactive input complete? The real parser decides: [`input_state`] runs
//! `fibra_syntax::parse_interactive` over everything typed so far.
//!
//! The REPL reads one physical line per `readline` call (so continuation lines get their own
//! `... ` prompt, as in CPython) and accumulates them; a rustyline [`Validator`] additionally
//! keeps a buffer that already holds several lines (a multi-line entry recalled from history,
//! or a bracketed paste) open for editing while the parser says it is incomplete.
//!
//! [`Validator`]: rustyline::validate::Validator

use super::highlight::{scan, TokKind};

/// What the parser thinks of the input so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputState {
    /// A whole statement (or nothing but blank lines and comments): run it.
    Complete,
    /// The input stops early (open bracket, compound statement without its closing blank
    /// line, unterminated triple-quoted string, ...): read another line with `... `.
    Incomplete,
    /// A real syntax error: treat as complete, so the backend reports it.
    Invalid,
}

/// Classifies `source` (the lines typed so far, each ending in `\n`).
pub fn input_state(source: &str) -> InputState {
    if source.trim().is_empty() {
        return InputState::Complete;
    }
    match fibra_syntax::parse_interactive(source) {
        Ok(_) => InputState::Complete,
        Err(e) if e.incomplete => InputState::Incomplete,
        Err(_) if ends_with_line_continuation(source) => InputState::Incomplete,
        Err(_) => InputState::Invalid,
    }
}

/// Whether the input ends in a backslash line continuation (outside strings and comments),
/// which the parser reports as a plain error at end of input.
fn ends_with_line_continuation(source: &str) -> bool {
    let body = source.strip_suffix('\n').unwrap_or(source);
    let body = body.strip_suffix('\r').unwrap_or(body);
    if !body.ends_with('\\') {
        return false;
    }
    let end = body.len();
    !scan(body).iter().any(|t| {
        matches!(t.kind, TokKind::Comment | TokKind::String) && t.start < end && end <= t.end
    })
}

/// The decision of the rustyline validator: should Enter on `buffer` (typed after the
/// already-accepted lines `pending`) insert a newline into the buffer instead of returning it?
///
/// Only a buffer that already spans several lines is kept open; a single line is always
/// returned, and the REPL loop asks for the next line with a `... ` prompt.
pub fn keep_editing(pending: &str, buffer: &str) -> bool {
    if !buffer.contains('\n') {
        return false;
    }
    let mut src = String::with_capacity(pending.len() + buffer.len() + 1);
    src.push_str(pending);
    src.push_str(buffer);
    src.push('\n');
    input_state(&src) == InputState::Incomplete
}

/// Indentation to pre-fill on the next continuation line (auto-indent): the indentation of
/// the last non-blank line, plus four spaces when that line opens a block (ends in `:`
/// outside a comment or string).
pub fn next_indent(pending: &str) -> String {
    let Some(last) = pending.lines().rev().find(|l| !l.trim().is_empty()) else {
        return String::new();
    };
    let mut indent: String = last
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    if opens_block(last) {
        indent.push_str("    ");
    }
    indent
}

/// Whether a line ends in `:` (ignoring a trailing comment and whitespace).
fn opens_block(line: &str) -> bool {
    let mut code_end = line.len();
    for t in scan(line) {
        if t.kind == TokKind::Comment {
            code_end = t.start;
            break;
        }
    }
    let code = line[..code_end].trim_end();
    if !code.ends_with(':') {
        return false;
    }
    // The ':' must not be inside a string (e.g. an unterminated one).
    !scan(code)
        .iter()
        .any(|t| t.kind == TokKind::String && t.end >= code.len())
}
