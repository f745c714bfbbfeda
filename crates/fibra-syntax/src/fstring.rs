//! f-string bodies: literal text, `{{`/`}}`, and replacement fields whose expressions are parsed
//! by the ordinary parser (with spans into the original source).

use crate::ast::{FStringPart, Span};
use crate::lexer::{decode_str, syn};
use crate::SyntaxError;

/// f-strings nested inside replacement fields deeper than this are rejected.
const MAX_FSTRING_NESTING: u32 = 4;

struct Ctx<'a> {
    full: &'a str,
    raw: bool,
    fdepth: u32,
    span: Span,
}

/// Parses the body `full[start..end]` of an f-string literal.
pub fn parse_fstring(
    full: &str,
    start: usize,
    end: usize,
    raw: bool,
    fdepth: u32,
    span: Span,
) -> Result<Vec<FStringPart>, SyntaxError> {
    if fdepth >= MAX_FSTRING_NESTING {
        return Err(syn("f-string: expressions nested too deeply", span));
    }
    let cx = Ctx {
        full,
        raw,
        fdepth,
        span,
    };
    let (parts, pos) = parse_parts(&cx, start, end, 0)?;
    debug_assert_eq!(pos, end);
    Ok(parts)
}

fn push_lit(cx: &Ctx, parts: &mut Vec<FStringPart>, lit: &mut String) -> Result<(), SyntaxError> {
    if lit.is_empty() {
        return Ok(());
    }
    let s = decode_str(lit, cx.raw, cx.span)?;
    lit.clear();
    if s.is_empty() {
        return Ok(());
    }
    if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
        prev.push_str(&s);
    } else {
        parts.push(FStringPart::Literal(s));
    }
    Ok(())
}

/// Parses literal text and fields from `pos` up to `end`, or (in a format spec, `spec_depth > 0`)
/// up to an unmatched `}`. Returns the parts and the position reached.
fn parse_parts(
    cx: &Ctx,
    mut pos: usize,
    end: usize,
    spec_depth: u32,
) -> Result<(Vec<FStringPart>, usize), SyntaxError> {
    let b = cx.full.as_bytes();
    let mut parts = Vec::new();
    let mut lit = String::new();
    while pos < end {
        let c = b[pos];
        match c {
            b'{' => {
                if spec_depth == 0 && pos + 1 < end && b[pos + 1] == b'{' {
                    lit.push('{');
                    pos += 2;
                    continue;
                }
                push_lit(cx, &mut parts, &mut lit)?;
                let (part, np) = parse_field(cx, pos + 1, end, spec_depth)?;
                parts.push(part);
                pos = np;
            }
            b'}' => {
                if spec_depth > 0 {
                    break;
                }
                if pos + 1 < end && b[pos + 1] == b'}' {
                    lit.push('}');
                    pos += 2;
                    continue;
                }
                return Err(syn(
                    "f-string: single '}' is not allowed",
                    Span::new(pos, pos + 1),
                ));
            }
            b'\\' if !cx.raw => {
                // Keep the escape for decode_str; `\N{...}` would contain braces.
                if pos + 2 < end && b[pos + 1] == b'N' && b[pos + 2] == b'{' {
                    match cx.full[pos..end].find('}') {
                        Some(k) => {
                            lit.push_str(&cx.full[pos..pos + k + 1]);
                            pos += k + 1;
                            continue;
                        }
                        None => {
                            return Err(syn(
                                "(unicode error) malformed \\N character escape",
                                cx.span,
                            ))
                        }
                    }
                }
                lit.push('\\');
                pos += 1;
                if pos < end {
                    let ch = cx.full[pos..].chars().next().unwrap();
                    if ch != '{' && ch != '}' {
                        lit.push(ch);
                        pos += ch.len_utf8();
                    }
                }
            }
            _ => {
                let ch = cx.full[pos..].chars().next().unwrap();
                lit.push(ch);
                pos += ch.len_utf8();
            }
        }
    }
    push_lit(cx, &mut parts, &mut lit)?;
    Ok((parts, pos))
}

/// Parses one replacement field starting just after its `{`; returns the position after `}`.
fn parse_field(
    cx: &Ctx,
    start: usize,
    end: usize,
    spec_depth: u32,
) -> Result<(FStringPart, usize), SyntaxError> {
    if spec_depth >= 2 {
        return Err(syn(
            "f-string: expressions nested too deeply",
            Span::new(start - 1, start),
        ));
    }
    let b = cx.full.as_bytes();
    let mut i = start;
    let mut depth = 0usize;
    let expecting = || syn("f-string: expecting '}'", Span::new(start - 1, start));
    // Find the end of the expression.
    let mut debug = false;
    loop {
        if i >= end {
            return Err(expecting());
        }
        let c = b[i];
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b'}' => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            b'\'' | b'"' => {
                // Skip a nested string literal.
                let triple = i + 2 < end && b[i + 1] == c && b[i + 2] == c;
                let ql = if triple { 3 } else { 1 };
                let mut j = i + ql;
                loop {
                    if j >= end {
                        return Err(expecting());
                    }
                    if b[j] == b'\\' {
                        j += 2;
                        continue;
                    }
                    if b[j] == c && (!triple || (j + 2 < end && b[j + 1] == c && b[j + 2] == c)) {
                        j += ql;
                        break;
                    }
                    j += 1;
                }
                i = j;
                continue;
            }
            b'#' => {
                return Err(syn(
                    "f-string expression part cannot include '#'",
                    Span::new(i, i + 1),
                ))
            }
            b'\\' => {
                return Err(syn(
                    "f-string expression part cannot include a backslash",
                    Span::new(i, i + 1),
                ))
            }
            b'!' if depth == 0 && !(i + 1 < end && b[i + 1] == b'=') => break,
            b':' if depth == 0 => break,
            b'=' if depth == 0 => {
                let next_eq = i + 1 < end && b[i + 1] == b'=';
                let prev = if i > start { b[i - 1] } else { b' ' };
                if next_eq {
                    i += 2;
                    continue;
                }
                if !matches!(prev, b'=' | b'!' | b'<' | b'>' | b':') {
                    debug = true;
                    break;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let expr_end = i;
    let text = &cx.full[start..expr_end];
    if text.trim().is_empty() {
        return Err(syn(
            "f-string: empty expression not allowed",
            Span::new(start - 1, expr_end + 1),
        ));
    }
    let value = crate::parser::parse_fstring_expr(cx.full, start, expr_end, cx.fdepth + 1)?;
    let mut debug_text = None;
    if debug {
        i += 1; // '='
        while i < end && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
            i += 1;
        }
        debug_text = Some(cx.full[start..i].to_string());
    }
    let mut conversion = None;
    if i < end && b[i] == b'!' {
        let c = cx.full[i + 1..].chars().next();
        match c {
            Some(ch @ ('s' | 'r' | 'a')) if i + 2 <= end => {
                conversion = Some(ch);
                i += 2;
            }
            _ => {
                return Err(syn(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    Span::new(i, (i + 2).min(end)),
                ))
            }
        }
        if i >= end || (b[i] != b':' && b[i] != b'}') {
            return Err(expecting());
        }
    }
    let mut format_spec = None;
    if i < end && b[i] == b':' {
        let (spec, np) = parse_parts(cx, i + 1, end, spec_depth + 1)?;
        format_spec = Some(spec);
        i = np;
    }
    if i >= end || b[i] != b'}' {
        return Err(expecting());
    }
    if debug && conversion.is_none() && format_spec.is_none() {
        conversion = Some('r');
    }
    Ok((
        FStringPart::Expr {
            value: Box::new(value),
            conversion,
            format_spec,
            debug_text,
        },
        i + 1,
    ))
}
