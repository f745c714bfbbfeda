//! Source text to AST: a logos lexer, a layout pass that synthesises NEWLINE/INDENT/DEDENT,
//! and a LALRPOP parser (grammar in `grammar/fibra.lalrpop` at the workspace root).
#![forbid(unsafe_code)]

pub mod ast;

pub use ast::Span;
