//! Fibra's virtual machine: values, objects, the interpreter loop, builtins and native
//! modules. Its public items are the embedding API.
//!
//! Module map:
//! - `value`: the one-word tagged [`Value`].
//! - `object`: heap objects (header + payload), allocation, dict/set tables, hashing.
//! - `sync`: reference counts and object locks, switched by the `gil` feature.
//! - `types`: the builtin type registry and each builtin type's methods.
//! - `ops`: the object protocol (calls, attributes, operators, iteration, repr...).
//! - `interp`: frames, the dispatch loop, function calls, classes, generators, imports.
//! - `builtins`, `modules`: the builtins module and the native modules.
//! - `stdlib`: the modules written in Fibra under `stdlib/`, embedded at build time.
//! - `embed`: the embedding API (`embed::Interpreter`), for Rust programs that run scripts.
//! - `threads`: script threads (`_thread`) and the embedded `threading`, `queue` and
//!   `concurrent.futures` modules.
#![deny(unsafe_op_in_unsafe_fn)]
// The loom models in `tests/` compile the modules they check themselves; under `--cfg loom`
// the library is empty and its dependencies are not built (see Cargo.toml).
#![cfg(not(loom))]

pub mod args;
pub mod builtins;
pub mod ctx;
pub mod embed;
pub mod error;
pub mod gc;
pub mod interp;
pub mod interrupt;
pub mod modules;
pub mod object;
pub mod ops;
pub mod stack_guard;
pub mod stdlib;
pub mod sync;
pub mod threads;
pub mod types;
pub mod value;

pub use args::Args;
pub use ctx::{Ctx, Vm};
pub use error::{Exc, PyResult};
pub use value::Value;
