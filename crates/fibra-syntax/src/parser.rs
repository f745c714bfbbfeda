//! The parser driver (layout tokens -> LALRPOP) and the helpers the grammar actions call:
//! AST constructors, target validation, parameter and argument list checks.

use crate::ast::*;
use crate::layout::{layout, Mode, MAX_EXPR_DEPTH};
use crate::lexer::{err, line_of, syn, Lexer};
use crate::token::{StrLit, Tok};
use crate::{SyntaxError, SyntaxErrorKind};
use lalrpop_util::ParseError;

#[allow(clippy::all, unused, non_snake_case, non_camel_case_types, dead_code)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/fibra.rs"));
}

pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

pub type PErr = ParseError<usize, Tok, SyntaxError>;

pub fn u<T>(r: Result<T, SyntaxError>) -> Result<T, PErr> {
    r.map_err(|error| ParseError::User { error })
}

// ---------------------------------------------------------------- driver

pub(crate) fn parse_source(source: &str, mode: Mode) -> Result<Top, SyntaxError> {
    // A UTF-8 byte order mark is not part of the program.
    let base = if source.starts_with('\u{FEFF}') { 3 } else { 0 };
    let mut lexer = Lexer::new(source, base, source.len(), 0);
    run_parser(source, &mut lexer, mode, MAX_EXPR_DEPTH)
}

/// Parses the expression of an f-string replacement field, `full[start..end]`.
pub(crate) fn parse_fstring_expr(
    full: &str,
    start: usize,
    end: usize,
    fdepth: u32,
) -> Result<Expr, SyntaxError> {
    let mut lexer = Lexer::new(full, start, end, fdepth);
    let max = (MAX_EXPR_DEPTH >> fdepth).max(16);
    match run_parser(full, &mut lexer, Mode::FExpr, max) {
        Ok(Top::Expr(e)) => Ok(e),
        Ok(Top::Module(_)) => unreachable!(),
        Err(mut e) => {
            if !e.message.starts_with("f-string") {
                e.message = format!("f-string: {}", e.message);
            }
            e.incomplete = false;
            Err(e)
        }
    }
}

fn run_parser(
    full: &str,
    lexer: &mut Lexer,
    mode: Mode,
    max_depth: u32,
) -> Result<Top, SyntaxError> {
    let lay = layout(lexer, full, mode, max_depth);
    let start = match mode {
        Mode::Module => Tok::StartModule,
        _ => Tok::StartExpr,
    };
    let first = lay.toks.first().map_or(lay.eof, |t| t.0);
    let toks = &lay.toks;
    let iter = std::iter::once(Ok((first, start, first)))
        .chain(toks.iter().cloned().map(Ok))
        .chain(lay.error.clone().map(Err));
    let parser = generated::TopParser::new();
    match parser.parse(iter) {
        Ok(t) => Ok(t),
        Err(e) => Err(convert_error(
            e,
            full,
            toks,
            lay.eof,
            lay.error.as_ref(),
            mode,
        )),
    }
}

fn token_index(toks: &[(usize, Tok, usize)], start: usize, tok: &Tok) -> Option<usize> {
    // Find the token (the last one with that start and value).
    toks.iter().rposition(|t| t.0 == start && &t.1 == tok)
}

fn block_owner(full: &str, toks: &[(usize, Tok, usize)], idx: usize) -> Option<String> {
    // toks[idx] is where INDENT was expected; the header's NEWLINE is before it.
    let mut i = idx;
    // Step back over the NEWLINE that ended the header.
    while i > 0 {
        i -= 1;
        if toks[i].1 == Tok::Newline {
            break;
        }
    }
    // Now find the start of that logical line.
    let mut j = i;
    while j > 0 {
        match toks[j - 1].1 {
            Tok::Newline | Tok::Indent | Tok::Dedent => break,
            _ => j -= 1,
        }
    }
    // A header may follow `;`-less simple statements only on its own line, so toks[j] is the
    // keyword (skipping nothing).
    let (s, kw, _) = &toks.get(j)?;
    let what = match kw {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Match => "'match' statement",
        Tok::Case => "'case' statement",
        Tok::Def => "function definition",
        Tok::Async => match toks.get(j + 1).map(|t| &t.1) {
            Some(Tok::For) => "'for' statement",
            Some(Tok::With) => "'with' statement",
            _ => "function definition",
        },
        Tok::Class => "class definition",
        _ => return None,
    };
    Some(format!("{what} on line {}", line_of(full, *s)))
}

fn expected_has(expected: &[String], what: &str) -> bool {
    expected.iter().any(|e| e == what)
}

fn convert_error(
    e: PErr,
    full: &str,
    toks: &[(usize, Tok, usize)],
    eof: usize,
    lex_error: Option<&SyntaxError>,
    mode: Mode,
) -> SyntaxError {
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            syn("invalid syntax", Span::new(location, location))
        }
        ParseError::ExtraToken { token: (s, _, e) } => syn("invalid syntax", Span::new(s, e)),
        ParseError::UnrecognizedEof { location, expected } => {
            if let Some(le) = lex_error {
                return le.clone();
            }
            let mut er = if expected_has(&expected, "Indent") {
                let owner = block_owner(full, toks, toks.len());
                match owner {
                    Some(o) => err(
                        SyntaxErrorKind::Indentation,
                        format!("expected an indented block after {o}"),
                        Span::new(location, location),
                    ),
                    None => err(
                        SyntaxErrorKind::Indentation,
                        "expected an indented block",
                        Span::new(location, location),
                    ),
                }
            } else if expected_has(&expected, "\"except\"")
                && expected_has(&expected, "\"finally\"")
            {
                syn(
                    "expected 'except' or 'finally' block",
                    Span::new(location, location),
                )
            } else {
                syn(
                    "unexpected EOF while parsing",
                    Span::new(location, location),
                )
            };
            er.incomplete = mode == Mode::Module;
            er
        }
        ParseError::UnrecognizedToken {
            token: (s, tok, e),
            expected,
        } => {
            let span = Span::new(s, e);
            let at_eof = s >= eof && tok == Tok::Dedent;
            let mut er = if tok == Tok::Indent {
                // CPython's offset is inside the indentation: no caret is shown.
                let at = Span::new(s.saturating_sub(1), s.saturating_sub(1));
                err(SyntaxErrorKind::Indentation, "unexpected indent", at)
            } else if let Some(e) = friendly_error(full, toks, s, &tok) {
                e
            } else if expected_has(&expected, "Indent") {
                let idx = token_index(toks, s, &tok).unwrap_or(toks.len());
                match block_owner(full, toks, idx) {
                    Some(o) => err(
                        SyntaxErrorKind::Indentation,
                        format!("expected an indented block after {o}"),
                        span,
                    ),
                    None => err(
                        SyntaxErrorKind::Indentation,
                        "expected an indented block",
                        span,
                    ),
                }
            } else if tok == Tok::Dedent {
                if at_eof {
                    syn("unexpected EOF while parsing", span)
                } else {
                    err(SyntaxErrorKind::Indentation, "unexpected unindent", span)
                }
            } else if tok == Tok::Newline && expected_has(&expected, "\":\"") {
                syn("expected ':'", span)
            } else if expected_has(&expected, "\"except\"")
                && expected_has(&expected, "\"finally\"")
            {
                syn("expected 'except' or 'finally' block", span)
            } else if expected.len() == 1 && expected_has(&expected, "\"else\"") {
                syn("expected 'else' after 'if' expression", span)
            } else if matches!(tok, Tok::Newline) && s >= eof && mode == Mode::FExpr {
                syn("invalid syntax", span)
            } else {
                match &tok {
                    Tok::Int(_) | Tok::Float(_) | Tok::Name(_) | Tok::Str(_)
                        if prev_is_operand(toks, s) =>
                    {
                        let start = operand_start(toks, s).unwrap_or(s);
                        syn(
                            "invalid syntax. Perhaps you forgot a comma?",
                            Span::new(start, e),
                        )
                    }
                    // As CPython, an error the tokenizer finds further on (an unclosed
                    // bracket, an unterminated string) replaces a generic one.
                    _ => match lex_error {
                        Some(le) => SyntaxError {
                            incomplete: false,
                            ..le.clone()
                        },
                        None => syn("invalid syntax", span),
                    },
                }
            };
            if at_eof && mode == Mode::Module {
                er.incomplete = true;
            }
            er
        }
    }
}

/// Where the logical line containing token index `i` starts (a token index).
fn line_start_index(toks: &[(usize, Tok, usize)], i: usize) -> usize {
    let mut j = i;
    while j > 0 && !matches!(toks[j - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent) {
        j -= 1;
    }
    j
}

/// Where the logical line containing token index `i` ends (byte offset of the end of its
/// last token before the NEWLINE).
fn line_end_offset(toks: &[(usize, Tok, usize)], i: usize) -> usize {
    let mut end = toks.get(i).map_or(0, |t| t.2);
    for t in &toks[i..] {
        if t.1 == Tok::Newline {
            break;
        }
        end = t.2;
    }
    end
}

/// Start of the operand that ends just before the token starting at `s` (a name, number or
/// string, or a bracketed group with the name before it, as in `f(1)`).
fn operand_start(toks: &[(usize, Tok, usize)], s: usize) -> Option<usize> {
    let i = toks.iter().position(|t| t.0 == s)?;
    let mut j = i.checked_sub(1)?;
    let mut depth = 0i32;
    loop {
        match toks[j].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
            _ => {}
        }
        if depth <= 0 {
            break;
        }
        j = j.checked_sub(1)?;
    }
    // `f(1)`, `a[0]`: include the name the brackets follow.
    if j > 0 && matches!(toks[j].1, Tok::LPar | Tok::LSqb) && matches!(toks[j - 1].1, Tok::Name(_))
    {
        j -= 1;
    }
    Some(toks[j].0)
}

/// CPython's messages for two newcomer mistakes found at the unexpected token starting at
/// `s`: `print "x"` (a Python 2 print statement) and `if x = 1:` (assignment where a
/// comparison was meant).
fn friendly_error(
    full: &str,
    toks: &[(usize, Tok, usize)],
    s: usize,
    tok: &Tok,
) -> Option<SyntaxError> {
    let i = toks.iter().position(|t| t.0 == s && &t.1 == tok)?;
    let first = line_start_index(toks, i);
    match (&toks[first].1, tok) {
        (Tok::Name(n), Tok::Int(_) | Tok::Float(_) | Tok::Name(_) | Tok::Str(_))
            if n == "print" && i == first + 1 =>
        {
            let end = line_end_offset(toks, i);
            Some(syn(
                "Missing parentheses in call to 'print'. Did you mean print(...)?",
                Span::new(toks[first].0, end),
            ))
        }
        (Tok::If | Tok::Elif | Tok::While, Tok::Equal) if i > first + 1 => {
            let start = toks[first + 1].0;
            let target = crate::parse_expression(full.get(start..s)?).ok()?;
            let (ts, te) = (
                start + target.span.start as usize,
                start + target.span.end as usize,
            );
            if matches!(target.kind, ExprKind::Name(_)) {
                // The span runs to the end of the right-hand side (before the `:`).
                let mut end = toks[i].2;
                for t in &toks[i + 1..] {
                    if matches!(t.1, Tok::Colon | Tok::Newline) {
                        break;
                    }
                    end = t.2;
                }
                Some(syn(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    Span::new(ts, end),
                ))
            } else {
                Some(syn(
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        describe(&target)
                    ),
                    Span::new(ts, te),
                ))
            }
        }
        _ => None,
    }
}

fn prev_is_operand(toks: &[(usize, Tok, usize)], s: usize) -> bool {
    // Inside brackets, two operands in a row is most likely a missing comma.
    let Some(i) = toks.iter().position(|t| t.0 == s) else {
        return false;
    };
    if i == 0 || !toks[i - 1].1.is_operand_end() {
        return false;
    }
    let mut depth = 0i32;
    for t in toks[..i].iter().rev() {
        match t.1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if depth == 0 {
                    return true;
                }
                depth -= 1;
            }
            Tok::Newline => return false,
            _ => {}
        }
    }
    false
}

// ---------------------------------------------------------------- constructors

pub fn expr(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr {
        kind,
        span: Span::new(l, r),
    }
}

pub fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt {
        kind,
        span: Span::new(l, r),
    }
}

fn body_end(body: &[Stmt]) -> u32 {
    body.last().map_or(0, |s| s.span.end)
}

/// A compound statement: its span ends where its last nested statement ends.
pub fn compound(kind: StmtKind, l: usize) -> Stmt {
    let end = match &kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => body_end(body).max(body_end(orelse)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => body_end(body)
            .max(handlers.last().map_or(0, |h| h.span.end))
            .max(body_end(orelse))
            .max(body_end(finalbody)),
        StmtKind::With { body, .. } => body_end(body),
        StmtKind::FunctionDef(f) => body_end(&f.body),
        StmtKind::ClassDef(c) => body_end(&c.body),
        _ => l as u32,
    };
    Stmt {
        kind,
        span: Span {
            start: l as u32,
            end: end.max(l as u32),
        },
    }
}

pub fn tuple(first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first);
    v.extend(rest);
    expr(ExprKind::Tuple(v), l, r)
}

pub fn expr_list(v: (Vec<Expr>, bool), l: usize, r: usize) -> Expr {
    let (mut v, comma) = v;
    if !comma && v.len() == 1 {
        v.pop().unwrap()
    } else {
        expr(ExprKind::Tuple(v), l, r)
    }
}

pub fn binop(a: Expr, op: BinOp, b: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::BinOp {
            left: Box::new(a),
            op,
            right: Box::new(b),
        },
        l,
        r,
    )
}

pub fn unary(op: UnaryOp, e: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(e),
        },
        l,
        r,
    )
}

pub fn boolop(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(ExprKind::BoolOp { op, values }, l, r)
}

pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    expr(
        ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        },
        l,
        r,
    )
}

pub fn slice(lo: Option<Expr>, up: Option<Expr>, st: Option<Expr>, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::Slice {
            lower: lo.map(Box::new),
            upper: up.map(Box::new),
            step: st.map(Box::new),
        },
        l,
        r,
    )
}

pub fn dict(items: Vec<(Option<Expr>, Expr)>, l: usize, r: usize) -> Expr {
    let (keys, values) = items.into_iter().unzip();
    expr(ExprKind::Dict { keys, values }, l, r)
}

pub enum CompKind {
    List,
    Set,
}

pub fn comp(
    kind: CompKind,
    elt: Expr,
    generators: Vec<Comprehension>,
    l: usize,
    r: usize,
) -> Result<Expr, SyntaxError> {
    if let ExprKind::Starred(_) = elt.kind {
        return Err(syn(
            "iterable unpacking cannot be used in comprehension",
            elt.span,
        ));
    }
    let elt = Box::new(elt);
    Ok(expr(
        match kind {
            CompKind::List => ExprKind::ListComp { elt, generators },
            CompKind::Set => ExprKind::SetComp { elt, generators },
        },
        l,
        r,
    ))
}

pub fn comprehension(
    target: Expr,
    iter: Expr,
    ifs: Vec<Expr>,
) -> Result<Comprehension, SyntaxError> {
    validate_target(&target, TargetCtx::Store)?;
    Ok(Comprehension {
        target,
        iter,
        ifs,
        is_async: false,
    })
}

pub fn named_expr(t: Expr, v: Expr, l: usize, r: usize) -> Result<Expr, SyntaxError> {
    match t.kind {
        ExprKind::Name(n) => Ok(expr(
            ExprKind::NamedExpr {
                target: n,
                value: Box::new(v),
            },
            l,
            r,
        )),
        _ => Err(syn(
            format!("cannot use assignment expressions with {}", describe(&t)),
            t.span,
        )),
    }
}

pub fn strings(v: Vec<StrLit>, l: usize, r: usize) -> Result<Expr, SyntaxError> {
    let span = Span::new(l, r);
    let has_bytes = v.iter().any(|s| matches!(s, StrLit::Bytes(_)));
    let all_bytes = v.iter().all(|s| matches!(s, StrLit::Bytes(_)));
    if has_bytes && !all_bytes {
        return Err(syn("cannot mix bytes and nonbytes literals", span));
    }
    if all_bytes {
        let mut out = Vec::new();
        for s in v {
            if let StrLit::Bytes(b) = s {
                out.extend(b);
            }
        }
        return Ok(Expr {
            kind: ExprKind::Constant(Constant::Bytes(out)),
            span,
        });
    }
    if v.iter().any(|s| matches!(s, StrLit::F(_))) {
        let mut parts: Vec<FStringPart> = Vec::new();
        let push_lit = |parts: &mut Vec<FStringPart>, s: String| {
            if s.is_empty() {
                return;
            }
            if let Some(FStringPart::Literal(p)) = parts.last_mut() {
                p.push_str(&s);
            } else {
                parts.push(FStringPart::Literal(s));
            }
        };
        for s in v {
            match s {
                StrLit::Str(s) => push_lit(&mut parts, s),
                StrLit::F(ps) => {
                    for p in ps {
                        match p {
                            FStringPart::Literal(s) => push_lit(&mut parts, s),
                            other => parts.push(other),
                        }
                    }
                }
                StrLit::Bytes(_) => unreachable!(),
            }
        }
        return Ok(Expr {
            kind: ExprKind::FString(parts),
            span,
        });
    }
    let mut out = String::new();
    for s in v {
        if let StrLit::Str(s) = s {
            out.push_str(&s);
        }
    }
    Ok(Expr {
        kind: ExprKind::Constant(Constant::Str(out)),
        span,
    })
}

// ---------------------------------------------------------------- calls and parameters

pub enum ArgItem {
    Pos(Expr),
    Gen(Expr),
    Star(Expr),
    Kw(Expr, Expr, Span),
    DStar(Expr, Span),
}

fn call_args(items: Vec<ArgItem>) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_dstar = false;
    for it in items {
        match it {
            ArgItem::Pos(e) | ArgItem::Gen(e) | ArgItem::Star(e) => {
                let is_star = matches!(e.kind, ExprKind::Starred(_));
                if matches!(e.kind, ExprKind::GeneratorExp { .. }) && n > 1 && !is_star {
                    // Only a bare generator argument reaches here as GeneratorExp with
                    // span == its text; a parenthesised one is fine. We cannot tell them
                    // apart here, so the grammar passes bare ones as ArgItem::Gen.
                }
                if !is_star {
                    if seen_dstar {
                        return Err(syn(
                            "positional argument follows keyword argument unpacking",
                            e.span,
                        ));
                    }
                    if seen_kw {
                        return Err(syn("positional argument follows keyword argument", e.span));
                    }
                } else if seen_dstar {
                    return Err(syn(
                        "iterable argument unpacking follows keyword argument unpacking",
                        e.span,
                    ));
                }
                args.push(e);
            }
            ArgItem::Kw(name, value, span) => {
                let arg = match name.kind {
                    ExprKind::Name(n) => n,
                    ExprKind::Constant(Constant::True) => {
                        return Err(syn("cannot assign to True", name.span))
                    }
                    ExprKind::Constant(Constant::False) => {
                        return Err(syn("cannot assign to False", name.span))
                    }
                    ExprKind::Constant(Constant::None) => {
                        return Err(syn("cannot assign to None", name.span))
                    }
                    _ => {
                        return Err(syn(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            name.span.to(value.span),
                        ))
                    }
                };
                if keywords
                    .iter()
                    .any(|k| k.arg.as_deref() == Some(arg.as_str()))
                {
                    return Err(syn(format!("keyword argument repeated: {arg}"), name.span));
                }
                seen_kw = true;
                keywords.push(Keyword {
                    arg: Some(arg),
                    value,
                    span,
                });
            }
            ArgItem::DStar(value, span) => {
                seen_dstar = true;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span,
                });
            }
        }
    }
    Ok((args, keywords))
}

fn check_gen(items: &[ArgItem]) -> Result<(), SyntaxError> {
    if items.len() > 1 {
        for it in items {
            if let ArgItem::Gen(e) = it {
                return Err(syn("Generator expression must be parenthesized", e.span));
            }
        }
    }
    Ok(())
}

pub fn call(func: Expr, items: Vec<ArgItem>, l: usize, r: usize) -> Result<Expr, SyntaxError> {
    check_gen(&items)?;
    let (args, keywords) = call_args(items)?;
    Ok(expr(
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
        l,
        r,
    ))
}

pub enum ParamItem {
    Plain(Param),
    Star(Option<Param>, Span),
    DStar(Param, Span),
    Slash(Span),
}

fn build_params(items: Vec<ParamItem>) -> Result<Parameters, SyntaxError> {
    let mut p = Parameters::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut seen_default = false;
    let mut bare_star: Option<Span> = None;
    // A set: a definition with 100,000 parameters must not take quadratic time.
    let mut names: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut check_dup = |prm: &Param| -> Result<(), SyntaxError> {
        if names.contains(&prm.name) {
            return Err(syn(
                format!("duplicate argument '{}' in function definition", prm.name),
                prm.span,
            ));
        }
        names.insert(prm.name.clone());
        Ok(())
    };
    for it in items {
        if p.kwarg.is_some() {
            let span = match &it {
                ParamItem::Plain(q) => q.span,
                ParamItem::Star(_, s) | ParamItem::DStar(_, s) | ParamItem::Slash(s) => *s,
            };
            return Err(syn("arguments cannot follow var-keyword argument", span));
        }
        match it {
            ParamItem::Plain(prm) => {
                check_dup(&prm)?;
                if seen_star {
                    bare_star = None;
                    p.kwonly.push(prm);
                } else {
                    if prm.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(syn(
                            "non-default argument follows default argument",
                            prm.span,
                        ));
                    }
                    p.args.push(prm);
                }
            }
            ParamItem::Slash(span) => {
                if seen_slash {
                    return Err(syn("/ may appear only once", span));
                }
                if seen_star {
                    return Err(syn("/ must be ahead of *", span));
                }
                if p.args.is_empty() {
                    return Err(syn("at least one argument must precede /", span));
                }
                seen_slash = true;
                p.posonly = std::mem::take(&mut p.args);
            }
            ParamItem::Star(prm, span) => {
                if seen_star {
                    return Err(syn("* argument may appear only once", span));
                }
                seen_star = true;
                match prm {
                    Some(prm) => {
                        check_dup(&prm)?;
                        p.vararg = Some(prm);
                    }
                    None => bare_star = Some(span),
                }
            }
            ParamItem::DStar(prm, _) => {
                check_dup(&prm)?;
                p.kwarg = Some(prm);
            }
        }
    }
    if let Some(span) = bare_star {
        return Err(syn("named arguments must follow bare *", span));
    }
    Ok(p)
}

pub fn lambda(items: Vec<ParamItem>, body: Expr, l: usize, r: usize) -> Result<Expr, SyntaxError> {
    let params = build_params(items)?;
    Ok(expr(
        ExprKind::Lambda {
            params: Box::new(params),
            body: Box::new(body),
        },
        l,
        r,
    ))
}

pub fn func_def(
    l: usize,
    name: String,
    items: Vec<ParamItem>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
) -> Result<Stmt, SyntaxError> {
    let params = build_params(items)?;
    Ok(compound(
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name,
            params,
            body,
            decorators: vec![],
            returns,
            is_async: false,
        })),
        l,
    ))
}

pub fn class_def(
    l: usize,
    name: String,
    args: Option<Vec<ArgItem>>,
    body: Vec<Stmt>,
) -> Result<Stmt, SyntaxError> {
    let items = args.unwrap_or_default();
    for it in &items {
        if let ArgItem::Gen(e) = it {
            return Err(syn("invalid syntax", e.span));
        }
    }
    let (bases, keywords) = call_args(items)?;
    Ok(compound(
        StmtKind::ClassDef(Box::new(ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators: vec![],
        })),
        l,
    ))
}

/// `async def`, `async for`, `async with`, starting at the `async` keyword at `l`.
pub fn make_async(l: usize, mut s: Stmt) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.is_async = true,
        StmtKind::For { is_async, .. } | StmtKind::With { is_async, .. } => *is_async = true,
        _ => unreachable!(),
    }
    s.span.start = l as u32;
    s
}

/// An `async for` comprehension clause.
pub fn async_comprehension(mut c: Comprehension) -> Comprehension {
    c.is_async = true;
    c
}

pub fn decorate(d: Vec<Expr>, mut s: Stmt) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorators = d,
        StmtKind::ClassDef(c) => c.decorators = d,
        _ => unreachable!(),
    }
    s
}

// ---------------------------------------------------------------- statements

pub fn if_stmt(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let mut orelse = orelse.unwrap_or_default();
    for (el, t, b) in elifs.into_iter().rev() {
        let s = compound(
            StmtKind::If {
                test: t,
                body: b,
                orelse,
            },
            el,
        );
        orelse = vec![s];
    }
    compound(StmtKind::If { test, body, orelse }, l)
}

pub fn for_stmt(
    l: usize,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
) -> Result<Stmt, SyntaxError> {
    validate_target(&target, TargetCtx::Store)?;
    Ok(compound(
        StmtKind::For {
            target,
            iter,
            body,
            orelse: orelse.unwrap_or_default(),
            is_async: false,
        },
        l,
    ))
}

pub fn try_stmt(
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
) -> Result<Stmt, SyntaxError> {
    for (i, h) in handlers.iter().enumerate() {
        if h.typ.is_none() && i + 1 < handlers.len() {
            return Err(syn("default 'except:' must be last", h.span));
        }
        if h.star != handlers[0].star {
            return Err(syn(
                "cannot have both 'except' and 'except*' on the same 'try'",
                h.span,
            ));
        }
    }
    Ok(compound(
        StmtKind::Try {
            body,
            handlers,
            orelse: orelse.unwrap_or_default(),
            finalbody: finalbody.unwrap_or_default(),
        },
        l,
    ))
}

pub fn except_handler(
    l: usize,
    t: Option<(Expr, Option<String>)>,
    body: Vec<Stmt>,
    star: bool,
) -> ExceptHandler {
    let (typ, name) = match t {
        Some((e, n)) => (Some(e), n),
        None => (None, None),
    };
    let end = body_end(&body).max(l as u32);
    ExceptHandler {
        typ,
        name,
        body,
        star,
        span: Span {
            start: l as u32,
            end,
        },
    }
}

/// `except*:` without a type (CPython's message).
pub fn bare_except_star(l: usize) -> SyntaxError {
    let at = Span {
        start: l as u32,
        end: l as u32 + 6,
    };
    syn("expected one or more exception types", at)
}

pub fn with_stmt(
    l: usize,
    items: Vec<(Expr, Option<Expr>)>,
    body: Vec<Stmt>,
) -> Result<Stmt, SyntaxError> {
    let mut out = Vec::with_capacity(items.len());
    for (context, target) in items {
        if let Some(t) = &target {
            validate_target(t, TargetCtx::Store)?;
        }
        out.push(WithItem { context, target });
    }
    Ok(compound(
        StmtKind::With {
            items: out,
            body,
            is_async: false,
        },
        l,
    ))
}

pub fn return_stmt(v: Option<Expr>, l: usize, r: usize) -> Result<Stmt, SyntaxError> {
    if let Some(e) = &v {
        check_bare_star(e)?;
    }
    Ok(stmt(StmtKind::Return(v), l, r))
}

fn check_bare_star(e: &Expr) -> Result<(), SyntaxError> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(syn("can't use starred expression here", e.span));
    }
    Ok(())
}

pub fn expr_stmt(e: Expr, l: usize, r: usize) -> Result<Stmt, SyntaxError> {
    check_bare_star(&e)?;
    Ok(stmt(StmtKind::Expr(e), l, r))
}

pub fn assign_stmt(first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Result<Stmt, SyntaxError> {
    let mut targets = Vec::with_capacity(rest.len());
    targets.push(first);
    targets.extend(rest);
    let value = targets.pop().unwrap();
    for t in &targets {
        validate_target(t, TargetCtx::Assign)?;
    }
    check_bare_star(&value)?;
    Ok(stmt(StmtKind::Assign { targets, value }, l, r))
}

pub fn aug_stmt(
    target: Expr,
    op: BinOp,
    value: Expr,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            validate_target(&target, TargetCtx::Assign)?;
        }
        _ => {
            return Err(syn(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    describe(&target)
                ),
                target.span,
            ))
        }
    }
    check_bare_star(&value)?;
    Ok(stmt(StmtKind::AugAssign { target, op, value }, l, r))
}

pub fn ann_stmt(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            validate_target(&target, TargetCtx::Assign)?;
        }
        ExprKind::Tuple(_) => {
            return Err(syn(
                "only single target (not tuple) can be annotated",
                target.span,
            ))
        }
        ExprKind::List(_) => {
            return Err(syn(
                "only single target (not list) can be annotated",
                target.span,
            ))
        }
        _ => return Err(syn("illegal target for annotation", target.span)),
    }
    Ok(stmt(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        },
        l,
        r,
    ))
}

pub fn del_stmt(targets: Vec<Expr>, l: usize, r: usize) -> Result<Stmt, SyntaxError> {
    for t in &targets {
        validate_target(t, TargetCtx::Del)?;
    }
    Ok(stmt(StmtKind::Delete(targets), l, r))
}

// ---------------------------------------------------------------- target validation

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetCtx {
    /// `=` (messages suggest `==`).
    Assign,
    /// `for`, `with ... as`, comprehension targets.
    Store,
    Del,
}

/// CPython's name for an expression in error messages.
pub fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Call { .. } => "function call",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Slice { .. } => "slice",
    }
}

pub fn validate_target(e: &Expr, ctx: TargetCtx) -> Result<(), SyntaxError> {
    validate_target_inner(e, ctx, true)
}

fn validate_target_inner(e: &Expr, ctx: TargetCtx, top: bool) -> Result<(), SyntaxError> {
    match &e.kind {
        ExprKind::Name(n) => {
            if n == "__debug__" {
                let verb = if ctx == TargetCtx::Del {
                    "delete"
                } else {
                    "assign to"
                };
                return Err(syn(format!("cannot {verb} __debug__"), e.span));
            }
            Ok(())
        }
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(v) | ExprKind::List(v) => {
            let mut stars = 0;
            for x in v {
                if let ExprKind::Starred(inner) = &x.kind {
                    if ctx == TargetCtx::Del {
                        return Err(syn("cannot delete starred", x.span));
                    }
                    stars += 1;
                    if stars > 1 {
                        return Err(syn("multiple starred expressions in assignment", x.span));
                    }
                    validate_target_inner(inner, ctx, false)?;
                } else {
                    validate_target_inner(x, ctx, false)?;
                }
            }
            Ok(())
        }
        ExprKind::Starred(inner) => {
            if ctx == TargetCtx::Del {
                return Err(syn("cannot delete starred", e.span));
            }
            if top {
                return Err(syn(
                    "starred assignment target must be in a list or tuple",
                    e.span,
                ));
            }
            validate_target_inner(inner, ctx, false)
        }
        _ => {
            let what = describe(e);
            let msg = match ctx {
                TargetCtx::Del => format!("cannot delete {what}"),
                _ if matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) => {
                    "assignment to yield expression not possible".to_string()
                }
                _ => {
                    // CPython suggests `==` only for targets at the bitwise-or level.
                    let simple = matches!(
                        e.kind,
                        ExprKind::Constant(Constant::None | Constant::True | Constant::False)
                            | ExprKind::Compare { .. }
                            | ExprKind::BoolOp { .. }
                            | ExprKind::UnaryOp {
                                op: UnaryOp::Not,
                                ..
                            }
                            | ExprKind::IfExp { .. }
                            | ExprKind::Lambda { .. }
                            | ExprKind::NamedExpr { .. }
                    );
                    if ctx == TargetCtx::Assign && !simple && top {
                        format!(
                            "cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                        )
                    } else {
                        format!("cannot assign to {what}")
                    }
                }
            };
            Err(syn(msg, e.span))
        }
    }
}
