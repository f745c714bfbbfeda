//! AST to bytecode.
//!
//! Two passes: [`symtable`] resolves every name of every scope (locals, cells, free
//! variables, globals), then [`compile`] walks the AST once more and emits a
//! [`CodeObject`] per function, class body, lambda, comprehension and module.
//!
//! Compile errors are [`SyntaxError`]s with a span into the source.
#![forbid(unsafe_code)]

mod compile;
mod error;
mod lines;
mod mangle;
pub use mangle::mangle;
mod symtable;
pub mod verify;

use std::sync::Arc;

use fibra_bytecode::CodeObject;
use fibra_syntax::ast;

pub use error::{SyntaxError, SyntaxErrorKind};

/// What kind of input [`compile_source`] compiles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A whole file: expression statements discard their value.
    Module,
    /// One REPL input: expression statements print their value (`PrintExpr`).
    Interactive,
    /// `exec()`: a module whose top-level names live in the frame's locals, which may
    /// differ from its globals.
    Exec,
    /// `eval()`: one expression, whose value the code returns.
    Eval,
}

/// Compiles a parsed module. `source` is the text it was parsed from (for line numbers).
pub fn compile_module(
    module: &ast::Module,
    source: &str,
    filename: &str,
) -> Result<Arc<CodeObject>, SyntaxError> {
    compile::compile_top(&module.body, source, filename, false, false).map(Arc::new)
}

/// Compiles one REPL input; top-level expression statements use `PrintExpr`.
pub fn compile_interactive(
    input: &ast::Interactive,
    source: &str,
    filename: &str,
) -> Result<Arc<CodeObject>, SyntaxError> {
    compile::compile_top(&input.body, source, filename, true, false).map(Arc::new)
}

/// Parses and compiles `source`.
pub fn compile_source(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Arc<CodeObject>, SyntaxError> {
    match mode {
        Mode::Module => {
            let module = fibra_syntax::parse_module(source)?;
            compile_module(&module, source, filename)
        }
        Mode::Interactive => {
            let input = fibra_syntax::parse_interactive(source)?;
            compile_interactive(&input, source, filename)
        }
        Mode::Exec => {
            let module = fibra_syntax::parse_module(source)?;
            compile::compile_top(&module.body, source, filename, false, true).map(Arc::new)
        }
        Mode::Eval => {
            // As CPython, leading spaces and tabs are not an indentation error.
            let trimmed = source.trim_start_matches([' ', '\t']);
            let module = fibra_syntax::parse_module(trimmed)?;
            compile::compile_eval(&module.body, trimmed, filename).map(Arc::new)
        }
    }
}
