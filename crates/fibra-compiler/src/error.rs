//! Compile errors are the parser's `SyntaxError`s; every one the compiler raises is built
//! through [`syntax_error`].

use fibra_syntax::ast::Span;
pub use fibra_syntax::{SyntaxError, SyntaxErrorKind};

pub(crate) fn syntax_error(span: Span, message: impl Into<String>) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::Syntax,
        message: message.into(),
        span,
        incomplete: false,
    }
}
