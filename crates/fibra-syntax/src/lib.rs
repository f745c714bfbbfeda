//! Source text to AST: a logos lexer, a layout pass that synthesises NEWLINE/INDENT/DEDENT,
//! and a LALRPOP parser (grammar in `grammar/fibra.lalrpop` at the workspace root).
//!
//! Entry points: [`parse_module`], [`parse_interactive`], [`parse_expression`]. Errors are
//! [`SyntaxError`]s with a byte span; `incomplete` tells a REPL to ask for more input.
//!
//! Nesting is bounded while tokenising (brackets: 200, indentation: 100 levels, expression
//! depth: an over-estimate bounded by [`MAX_EXPR_DEPTH`]) so that recursive walks, drops and
//! clones of the AST cannot overflow the stack.
#![forbid(unsafe_code)]

pub mod ast;
mod fstring;
mod layout;
mod lexer;
mod parser;
mod patterns;
#[doc(hidden)]
pub mod sexp;
mod token;

#[cfg(test)]
mod tests;

pub use ast::Span;
pub use layout::MAX_EXPR_DEPTH;

use layout::Mode;
use parser::Top;

/// Which Python exception a syntax error corresponds to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError`
    Indentation,
    /// `TabError`
    Tab,
}

impl SyntaxErrorKind {
    /// The Python exception class name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        }
    }
}

/// A syntax error with a byte span into the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub message: String,
    pub span: Span,
    /// The input ended too early (a REPL should read more lines).
    pub incomplete: bool,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// Parses a whole file.
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    match parser::parse_source(source, Mode::Module)? {
        Top::Module(body) => Ok(ast::Module { body }),
        Top::Expr(_) => unreachable!(),
    }
}

/// Parses one REPL input. A compound statement is complete only when followed by a blank line.
pub fn parse_interactive(source: &str) -> Result<ast::Interactive, SyntaxError> {
    let body = match parser::parse_source(source, Mode::Module)? {
        Top::Module(body) => body,
        Top::Expr(_) => unreachable!(),
    };
    let needs_blank = body.last().is_some_and(|s| {
        matches!(
            s.kind,
            ast::StmtKind::If { .. }
                | ast::StmtKind::While { .. }
                | ast::StmtKind::For { .. }
                | ast::StmtKind::Try { .. }
                | ast::StmtKind::With { .. }
                | ast::StmtKind::FunctionDef(_)
                | ast::StmtKind::ClassDef(_)
        )
    });
    if needs_blank && !ends_with_blank_line(source) {
        let end = source.len();
        return Err(SyntaxError {
            kind: SyntaxErrorKind::Syntax,
            message: "incomplete input".to_string(),
            span: Span::new(end, end),
            incomplete: true,
        });
    }
    Ok(ast::Interactive { body })
}

fn ends_with_blank_line(source: &str) -> bool {
    let t = source.replace("\r\n", "\n");
    if !t.ends_with('\n') {
        return false;
    }
    let lines: Vec<&str> = t.split('\n').collect();
    lines.len() >= 3 && lines[lines.len() - 2].trim().is_empty()
}

/// Parses an expression (`eval` input; a bare tuple `1, 2` is allowed).
pub fn parse_expression(source: &str) -> Result<ast::Expr, SyntaxError> {
    match parser::parse_source(source, Mode::Expr)? {
        Top::Expr(e) => Ok(e),
        Top::Module(_) => unreachable!(),
    }
}

/// Maps byte offsets to 1-based (line, column) pairs.
#[derive(Clone, Debug)]
pub struct LineIndex {
    source: String,
    /// Byte offset of the start of each line.
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0u32];
        let b = source.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => starts.push(i as u32 + 1),
                b'\r' => {
                    if i + 1 < b.len() && b[i + 1] == b'\n' {
                        i += 1;
                    }
                    starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            source: source.to_string(),
            starts,
        }
    }

    /// 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.source.len() as u32);
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line] as usize;
        let mut end = offset as usize;
        while !self.source.is_char_boundary(end) {
            end -= 1;
        }
        let col = self.source[start..end].chars().count() as u32;
        (line as u32 + 1, col + 1)
    }

    /// The text of a 1-based line, without its line terminator ("" when out of range).
    pub fn line_text(&self, line: u32) -> &str {
        if line == 0 || line as usize > self.starts.len() {
            return "";
        }
        let start = self.starts[line as usize - 1] as usize;
        let end = self
            .starts
            .get(line as usize)
            .map_or(self.source.len(), |&e| e as usize);
        self.source[start..end].trim_end_matches(['\n', '\r'])
    }

    /// Number of lines (a trailing newline does not start a new counted line).
    pub fn line_count(&self) -> u32 {
        let n = self.starts.len() as u32;
        if n > 1 && *self.starts.last().unwrap() as usize == self.source.len() {
            n - 1
        } else {
            n
        }
    }

    /// Byte offset where a 1-based line starts (the end of the source when out of range).
    pub fn line_start(&self, line: u32) -> u32 {
        if line == 0 {
            return 0;
        }
        self.starts
            .get(line as usize - 1)
            .copied()
            .unwrap_or(self.source.len() as u32)
    }
}
