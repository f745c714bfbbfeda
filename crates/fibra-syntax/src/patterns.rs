//! AST constructors for the patterns of `match` statements, called by the grammar's
//! actions, with the syntax checks CPython's parser makes while building them. (The
//! checks that need the whole `case` clause, such as names bound twice, are the
//! compiler's, as in CPython.)

use crate::ast::*;
use crate::lexer::syn;
use crate::parser::strings;
use crate::token::StrLit;
use crate::SyntaxError;

/// The last item of a mapping pattern: a `key: pattern` pair or `**rest`.
pub enum MappingTail {
    Item((Expr, Pattern)),
    Rest(Ident, Span),
}

/// One argument of a class pattern: positional or `attr=pattern`.
pub enum ClassPatternArg {
    Pos(Pattern),
    Kw(Ident, usize, Pattern),
}

pub fn pattern(kind: PatternKind, l: usize, r: usize) -> Pattern {
    Pattern {
        kind,
        span: Span::new(l, r),
    }
}

/// A bare name: a capture, or the wildcard `_`.
pub fn capture_pattern(name: Ident, l: usize, r: usize) -> Pattern {
    let name = (name != "_").then_some(name);
    pattern(
        PatternKind::As {
            pattern: None,
            name,
        },
        l,
        r,
    )
}

pub fn as_pattern(p: Pattern, name: Ident, l: usize, r: usize) -> Result<Pattern, SyntaxError> {
    if name == "_" {
        return Err(syn("cannot use '_' as a target", Span::new(l, r)));
    }
    Ok(pattern(
        PatternKind::As {
            pattern: Some(Box::new(p)),
            name: Some(name),
        },
        l,
        r,
    ))
}

pub fn or_pattern(first: Pattern, rest: Vec<Pattern>, l: usize, r: usize) -> Pattern {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first);
    v.extend(rest);
    pattern(PatternKind::Or(v), l, r)
}

pub fn star_pattern(name: Ident, l: usize, r: usize) -> Pattern {
    pattern(PatternKind::Star((name != "_").then_some(name)), l, r)
}

pub fn sequence_pattern(
    first: Option<Pattern>,
    rest: Vec<Pattern>,
    l: usize,
    r: usize,
) -> Result<Pattern, SyntaxError> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.extend(first);
    v.extend(rest);
    let mut stars = v.iter().filter(|p| matches!(p.kind, PatternKind::Star(_)));
    if let (Some(_), Some(second)) = (stars.next(), stars.next()) {
        return Err(syn(
            "multiple starred names in sequence pattern",
            second.span,
        ));
    }
    Ok(pattern(PatternKind::Sequence(v), l, r))
}

/// Adjacent string literals in a pattern; f-strings are not literals.
pub fn literal_strings(v: Vec<StrLit>, l: usize, r: usize) -> Result<Expr, SyntaxError> {
    if v.iter().any(|s| matches!(s, StrLit::F(_))) {
        return Err(syn(
            "patterns may only match literals and attribute lookups",
            Span::new(l, r),
        ));
    }
    strings(v, l, r)
}

pub fn mapping_pattern(
    mut items: Vec<(Expr, Pattern)>,
    last: Option<MappingTail>,
    l: usize,
    r: usize,
) -> Result<Pattern, SyntaxError> {
    let mut rest = None;
    match last {
        Some(MappingTail::Item(kv)) => items.push(kv),
        Some(MappingTail::Rest(name, span)) => {
            // `**_` is not allowed: it would match everything a mapping pattern does.
            if name == "_" {
                return Err(syn("invalid syntax", span));
            }
            rest = Some(name);
        }
        None => {}
    }
    let (keys, patterns) = items.into_iter().unzip();
    Ok(pattern(
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        },
        l,
        r,
    ))
}

pub fn class_pattern(
    cls: Expr,
    args: Vec<ClassPatternArg>,
    l: usize,
    r: usize,
) -> Result<Pattern, SyntaxError> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for a in args {
        match a {
            ClassPatternArg::Pos(p) => {
                if !kwd_attrs.is_empty() {
                    return Err(syn("positional patterns follow keyword patterns", p.span));
                }
                patterns.push(p);
            }
            ClassPatternArg::Kw(name, kl, p) => {
                if kwd_attrs.contains(&name) {
                    return Err(syn(
                        format!("attribute name repeated in class pattern: {name}"),
                        Span::new(kl, p.span.end as usize),
                    ));
                }
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
        }
    }
    Ok(pattern(
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
        l,
        r,
    ))
}
