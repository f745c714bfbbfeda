//! The layout pass: turns the lexer's tokens and newlines into a token stream with synthetic
//! NEWLINE / INDENT / DEDENT tokens, checks bracket nesting, and bounds expression nesting so
//! that no later (recursive) pass over the AST can overflow the stack.

use crate::ast::Span;
use crate::lexer::{err, line_of, syn, LexItem, Lexer, Spanned};
use crate::token::Tok;
use crate::{SyntaxError, SyntaxErrorKind};

/// CPython's limit on nested brackets.
pub const MAX_BRACKETS: usize = 200;
/// CPython's limit on indentation levels.
pub const MAX_INDENT: usize = 100;
/// Upper bound on the depth of any expression tree (an over-estimate computed from tokens).
pub const MAX_EXPR_DEPTH: u32 = 400;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Module,
    /// `eval` input: no indentation; newlines outside brackets end the input.
    Expr,
    /// The expression of an f-string replacement field: newlines are insignificant.
    FExpr,
}

#[derive(Default)]
struct Frame {
    ops: u32,
    flat: u32,
    child: u32,
    best: u32,
    /// `lambda` keywords whose parameter list has not yet been closed by `:`.
    lambdas: u32,
}

impl Frame {
    fn cur(&self) -> u32 {
        self.ops + self.flat.count_ones() + self.child
    }
    fn reset(&mut self) {
        self.best = self.best.max(self.cur());
        self.ops = 0;
        self.flat = 0;
        self.child = 0;
    }
}

pub struct Layout {
    pub toks: Vec<Spanned>,
    /// The error that stopped tokenisation (reported if the parser gets that far).
    pub error: Option<SyntaxError>,
    /// Offset of the end of input.
    pub eof: usize,
}

pub fn layout(lexer: &mut Lexer, full: &str, mode: Mode, max_depth: u32) -> Layout {
    let mut toks: Vec<Spanned> = Vec::new();
    let eof = lexer.end();
    let error = run(lexer, full, mode, max_depth, &mut toks).err();
    if mode == Mode::Module || mode == Mode::Expr {
        rewrite_with_parens(&mut toks);
    }
    if mode == Mode::Module {
        rewrite_soft_keywords(&mut toks);
    }
    Layout { toks, error, eof }
}

fn indent_of(full: &str, tok_start: usize) -> (u32, u32) {
    let line_start = full[..tok_start].rfind(['\n', '\r']).map_or(0, |p| p + 1);
    let (mut col, mut alt) = (0u32, 0u32);
    for c in full[line_start..tok_start].chars() {
        match c {
            ' ' => {
                col += 1;
                alt += 1;
            }
            '\t' => {
                col = (col / 8 + 1) * 8;
                alt += 1;
            }
            '\x0c' => {
                col = 0;
                alt = 0;
            }
            _ => {}
        }
    }
    (col, alt)
}

fn run(
    lexer: &mut Lexer,
    full: &str,
    mode: Mode,
    max_depth: u32,
    toks: &mut Vec<Spanned>,
) -> Result<(), SyntaxError> {
    let mut brackets: Vec<(Tok, Span)> = Vec::new();
    let mut indents: Vec<(u32, u32)> = vec![(0, 0)];
    let mut at_line_start = true;
    let mut frames: Vec<Frame> = vec![Frame::default()];
    let implicit = mode == Mode::FExpr;
    let eof = lexer.end();

    while let Some(item) = lexer.next_item() {
        let item = item?;
        let (s, tok, e) = match item {
            LexItem::Newline(s, e) => {
                if !brackets.is_empty() || implicit || at_line_start {
                    continue;
                }
                toks.push((s, Tok::Newline, e));
                at_line_start = true;
                let f = frames.last_mut().unwrap();
                f.lambdas = 0;
                f.reset();
                continue;
            }
            LexItem::Tok(t) => t,
        };
        if at_line_start && brackets.is_empty() {
            at_line_start = false;
            if mode == Mode::Module {
                let (col, alt) = indent_of(full, s);
                let &(tc, ta) = indents.last().unwrap();
                if col > tc {
                    if alt <= ta {
                        return Err(err(
                            SyntaxErrorKind::Tab,
                            "inconsistent use of tabs and spaces in indentation",
                            Span::new(s, e),
                        ));
                    }
                    if indents.len() > MAX_INDENT {
                        return Err(err(
                            SyntaxErrorKind::Indentation,
                            "too many levels of indentation",
                            Span::new(s, e),
                        ));
                    }
                    indents.push((col, alt));
                    toks.push((s, Tok::Indent, s));
                } else if col < tc {
                    while indents.last().unwrap().0 > col {
                        indents.pop();
                        toks.push((s, Tok::Dedent, s));
                    }
                    let &(tc, ta) = indents.last().unwrap();
                    if tc != col {
                        // CPython points just past the end of the line.
                        let eol = full[s..].find(['\n', '\r']).map_or(full.len(), |i| s + i);
                        return Err(err(
                            SyntaxErrorKind::Indentation,
                            "unindent does not match any outer indentation level",
                            Span::new(eol, eol),
                        ));
                    }
                    if ta != alt {
                        return Err(err(
                            SyntaxErrorKind::Tab,
                            "inconsistent use of tabs and spaces in indentation",
                            Span::new(s, e),
                        ));
                    }
                } else if alt != ta {
                    return Err(err(
                        SyntaxErrorKind::Tab,
                        "inconsistent use of tabs and spaces in indentation",
                        Span::new(s, e),
                    ));
                }
            }
        }
        // Nesting estimate.
        let prev_operand = toks.last().is_some_and(|t| t.1.is_operand_end());
        let depth_err = |s: usize, e: usize| syn("expression too deeply nested", Span::new(s, e));
        match &tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if brackets.len() >= MAX_BRACKETS {
                    return Err(syn("too many nested parentheses", Span::new(s, e)));
                }
                brackets.push((tok.clone(), Span::new(s, e)));
                let f = frames.last_mut().unwrap();
                if prev_operand {
                    // A call / subscript trailer: one more level in a left-deep chain.
                    f.ops += 1;
                }
                frames.push(Frame::default());
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                let want = match tok {
                    Tok::RPar => Tok::LPar,
                    Tok::RSqb => Tok::LSqb,
                    _ => Tok::LBrace,
                };
                let close = match tok {
                    Tok::RPar => ')',
                    Tok::RSqb => ']',
                    _ => '}',
                };
                match brackets.pop() {
                    None => {
                        return Err(syn(format!("unmatched '{close}'"), Span::new(s, e)));
                    }
                    Some((open, ospan)) => {
                        if open != want {
                            let oc = match open {
                                Tok::LPar => '(',
                                Tok::LSqb => '[',
                                _ => '{',
                            };
                            let ol = line_of(full, ospan.start as usize);
                            let cl = line_of(full, s);
                            let msg = if ol != cl {
                                format!("closing parenthesis '{close}' does not match opening parenthesis '{oc}' on line {ol}")
                            } else {
                                format!("closing parenthesis '{close}' does not match opening parenthesis '{oc}'")
                            };
                            return Err(syn(msg, Span::new(s, e)));
                        }
                    }
                }
                let mut f = frames.pop().unwrap();
                f.reset();
                let p = frames.last_mut().unwrap();
                p.child = p.child.max(f.best + 1);
                if p.cur() > max_depth {
                    return Err(depth_err(s, e));
                }
            }
            Tok::Comma | Tok::Equal => {
                // Inside lambda parameters a comma or `=` does not end the expression.
                let f = frames.last_mut().unwrap();
                if f.lambdas == 0 {
                    f.reset();
                }
            }
            Tok::Colon => {
                let f = frames.last_mut().unwrap();
                f.lambdas = f.lambdas.saturating_sub(1);
            }
            Tok::Semi => {
                let f = frames.last_mut().unwrap();
                f.lambdas = 0;
                f.reset();
            }
            Tok::Or => frames.last_mut().unwrap().flat |= 1,
            Tok::And => frames.last_mut().unwrap().flat |= 2,
            Tok::Less
            | Tok::Greater
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::In
            | Tok::Is => frames.last_mut().unwrap().flat |= 4,
            Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::Slash
            | Tok::VBar
            | Tok::Amper
            | Tok::Dot
            | Tok::Percent
            | Tok::Tilde
            | Tok::Circumflex
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::DoubleStar
            | Tok::DoubleSlash
            | Tok::At
            | Tok::ColonEqual
            | Tok::Not
            | Tok::Lambda
            | Tok::If
            | Tok::Await
            | Tok::Yield => {
                let f = frames.last_mut().unwrap();
                f.ops += 1;
                if tok == Tok::Lambda {
                    f.lambdas += 1;
                }
                if f.cur() + 2 > max_depth {
                    return Err(depth_err(s, e));
                }
            }
            _ => {
                if tok.is_compound_start() {
                    frames.last_mut().unwrap().reset();
                }
            }
        }
        toks.push((s, tok, e));
    }
    if let Some((open, span)) = brackets.last() {
        let oc = match open {
            Tok::LPar => '(',
            Tok::LSqb => '[',
            _ => '{',
        };
        let mut e = syn(format!("'{oc}' was never closed"), *span);
        e.incomplete = true;
        return Err(e);
    }
    if mode != Mode::FExpr && !at_line_start {
        toks.push((eof, Tok::Newline, eof));
    }
    if mode == Mode::Module {
        for _ in 1..indents.len() {
            toks.push((eof, Tok::Dedent, eof));
        }
    }
    Ok(())
}

/// `with (a as b, c):` — when the parenthesis right after `with` is closed just before the
/// `:`, its parentheses delimit the with-items; mark them so the grammar needs no lookahead.
fn rewrite_with_parens(toks: &mut [Spanned]) {
    let mut i = 0;
    while i + 1 < toks.len() {
        if toks[i].1 == Tok::With && toks[i + 1].1 == Tok::LPar {
            let mut depth = 0usize;
            let mut j = i + 1;
            while j < toks.len() {
                match toks[j].1 {
                    Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                    Tok::RPar | Tok::RSqb | Tok::RBrace => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Tok::Newline => break,
                    _ => {}
                }
                j += 1;
            }
            if j + 1 < toks.len() && toks[j].1 == Tok::RPar && toks[j + 1].1 == Tok::Colon {
                toks[i + 1].1 = Tok::WithLPar;
                toks[j].1 = Tok::WithRPar;
            }
        }
        i += 1;
    }
}

/// `match` and `case` are keywords only where a name could not stand (CPython's soft
/// keywords, which its PEG parser tells apart by backtracking). A logical line starting
/// with the name `match` is a match statement when it ends with `:` and `match` is not
/// itself assigned, annotated or followed by an operator that makes it an operand
/// (`match = 1`, `match.x: int`, `match: int = 1`): no expression statement ends with
/// `:`. Inside a match statement's block, every line at the block's indentation that
/// starts with `case` is a case clause.
fn rewrite_soft_keywords(toks: &mut [Spanned]) {
    // Indentation depth (INDENT count) of the blocks of the match statements we are in.
    let mut case_levels: Vec<usize> = Vec::new();
    let mut level = 0usize;
    let mut at_line_start = true;
    let mut i = 0;
    while i < toks.len() {
        match toks[i].1 {
            Tok::Newline => {
                at_line_start = true;
                i += 1;
                continue;
            }
            Tok::Indent => {
                level += 1;
                i += 1;
                continue;
            }
            Tok::Dedent => {
                level = level.saturating_sub(1);
                while case_levels.last().is_some_and(|&l| l > level) {
                    case_levels.pop();
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        if at_line_start {
            at_line_start = false;
            if let Tok::Name(n) = &toks[i].1 {
                if n == "case" && case_levels.last() == Some(&level) {
                    toks[i].1 = Tok::Case;
                } else if n == "match" && is_match_header(toks, i) {
                    toks[i].1 = Tok::Match;
                    case_levels.push(level + 1);
                }
            }
        }
        i += 1;
    }
}

/// Whether the line starting at `toks[i]` (the name `match`) is a match statement header.
fn is_match_header(toks: &[Spanned], i: usize) -> bool {
    let operand_follows = match toks.get(i + 1).map(|t| &t.1) {
        None
        | Some(
            Tok::Newline
            | Tok::Colon
            | Tok::Equal
            | Tok::Dot
            | Tok::Comma
            | Tok::Semi
            | Tok::RPar
            | Tok::PlusEqual
            | Tok::MinEqual
            | Tok::StarEqual
            | Tok::SlashEqual
            | Tok::PercentEqual
            | Tok::AmperEqual
            | Tok::VBarEqual
            | Tok::CircumflexEqual
            | Tok::LeftShiftEqual
            | Tok::RightShiftEqual
            | Tok::DoubleStarEqual
            | Tok::DoubleSlashEqual
            | Tok::AtEqual
            | Tok::Less
            | Tok::Greater
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::In
            | Tok::Is
            | Tok::And
            | Tok::Or
            | Tok::If
            | Tok::Percent
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::VBar
            | Tok::Amper
            | Tok::Circumflex
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::At,
        ) => false,
        Some(_) => true,
    };
    if !operand_follows {
        return false;
    }
    let Some(nl) = toks[i..].iter().position(|t| t.1 == Tok::Newline) else {
        return false;
    };
    let nl = i + nl;
    toks[nl - 1].1 == Tok::Colon
}
