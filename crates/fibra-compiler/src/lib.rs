//! AST to bytecode.
#![forbid(unsafe_code)]
