//! The source line of a traceback entry and the caret line under the failing
//! sub-expression, following CPython 3.13's `traceback.StackSummary.format_frame_summary`:
//!
//! ```text
//!     return d["a"]["b"] + 1
//!            ~~~~~~^^^^^
//! ```
//!
//! `~` marks the whole expression and `^` its operator (binary operation), its brackets
//! (subscript) or its argument list (call). There is no caret line when the range covers
//! the whole line (nor for `x = f(...)` / `return f(...)` calls spanning the rest of it).
//! Ranges over several lines print their first line only, without carets.

use std::fmt::Write;

use fibra_syntax::ast::{Expr, ExprKind, StmtKind};
use fibra_syntax::LineIndex;

/// Appends the (dedented) source line `line` of `source`, and the caret line for the byte
/// range `span` when it applies.
pub fn source_lines(source: &str, line: u32, span: (u32, u32), out: &mut String) {
    let index = LineIndex::new(source);
    let text = index.line_text(line).trim_end();
    let stripped = text.trim_start();
    if stripped.is_empty() {
        return;
    }
    let _ = writeln!(out, "    {stripped}");
    if let Some(carets) = caret_line(&index, text, line, span) {
        let _ = writeln!(out, "    {carets}");
    }
}

/// The caret line (without the four-space indent) for `span` on `text`, the line `line`.
fn caret_line(index: &LineIndex, text: &str, line: u32, span: (u32, u32)) -> Option<String> {
    let (start, end) = span;
    if start >= end {
        return None;
    }
    let (l1, c1) = index.line_col(start);
    let (l2, c2) = index.line_col(end);
    if l1 != line || l2 != line {
        return None;
    }
    let chars: Vec<char> = text.trim_start().chars().collect();
    let lead = text.chars().count() - chars.len();
    let start = (c1 as usize - 1).saturating_sub(lead).min(chars.len());
    let end = (c2 as usize - 1).saturating_sub(lead).min(chars.len());
    if start >= end {
        return None;
    }
    let dedented: String = chars.iter().collect();
    let segment: String = chars[start..end].iter().collect();
    let anchors = anchors(&segment);
    if !should_show(&dedented, &chars, start, end, anchors.is_some()) {
        return None;
    }
    let mut carets = String::with_capacity(end);
    for col in 0..end {
        let c = if col < start {
            ' '
        } else if anchors.is_some_and(|(l, r)| col >= start + l && col < start + r) {
            '^'
        } else if anchors.is_some() {
            '~'
        } else {
            '^'
        };
        carets.push(c);
    }
    Some(carets)
}

/// CPython's `_should_show_carets`.
fn should_show(dedented: &str, chars: &[char], start: usize, end: usize, anchors: bool) -> bool {
    if let Ok(m) = fibra_syntax::parse_module(dedented) {
        let Some(stmt) = m.body.first() else {
            return false;
        };
        let value = match &stmt.kind {
            StmtKind::Return(Some(v)) => match &v.kind {
                ExprKind::Call { func, .. } if matches!(func.kind, ExprKind::Name(_)) => Some(v),
                _ => None,
            },
            StmtKind::Assign { targets, value }
                if targets.len() == 1
                    && matches!(targets[0].kind, ExprKind::Name(_))
                    && matches!(value.kind, ExprKind::Call { .. }) =>
            {
                Some(value)
            }
            _ => None,
        };
        if let Some(v) = value {
            let vs = char_index(dedented, v.span.start);
            let ve = char_index(dedented, v.span.end);
            if vs == start && ve == end {
                return false;
            }
        }
    }
    if anchors {
        return true;
    }
    chars[..start].iter().any(|c| !c.is_whitespace())
        || chars[end..].iter().any(|c| !c.is_whitespace())
}

fn char_index(s: &str, byte: u32) -> usize {
    let mut b = (byte as usize).min(s.len());
    while !s.is_char_boundary(b) {
        b -= 1;
    }
    s[..b].chars().count()
}

/// CPython's `_extract_caret_anchors_from_line_segment` for a one-line segment: the
/// character range of the operator of a binary operation, or from the opening bracket to
/// the end of a subscript or call.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    // Parenthesised on lines of their own, as CPython does: offsets in the wrapped text are
    // 2 more than in the segment.
    let wrapped = format!("(\n{segment}\n)");
    let m = fibra_syntax::parse_module(&wrapped).ok()?;
    if m.body.len() != 1 {
        return None;
    }
    let StmtKind::Expr(e) = &m.body[0].kind else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    let pos = |off: u32| char_index(segment, off.saturating_sub(2));
    let end_of = |x: &Expr| pos(x.span.end);
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let mut col = end_of(left);
            while col < chars.len() && (chars[col].is_whitespace() || chars[col] == ')') {
                col += 1;
            }
            let mut right_col = col + 1;
            if right_col < chars.len()
                && right_col < pos(right.span.start)
                && !chars[right_col].is_whitespace()
                && !matches!(chars[right_col], '\\' | '#')
            {
                right_col += 1;
            }
            Some((col, right_col))
        }
        ExprKind::Subscript { value, .. } => {
            let mut col = end_of(value);
            while col < chars.len() && chars[col] != '[' {
                col += 1;
            }
            Some((col, end_of(e)))
        }
        ExprKind::Call { func, .. } => {
            let mut col = end_of(func);
            while col < chars.len() && chars[col] != '(' {
                col += 1;
            }
            Some((col, end_of(e)))
        }
        _ => None,
    }
}
