//! The interpreter: code objects prepared for execution, frames, the dispatch loop, calls,
//! classes, generators, imports and tracebacks.
//!
//! Script-to-script calls recurse on the Rust stack (one `run_frame` per script frame); the
//! recursion limit (`Ctx::depth`) bounds that, and the CLI runs the interpreter on a thread
//! with a large stack.

pub mod attr;
pub mod call;
pub mod carets;
pub mod class;
pub mod code;
pub mod coroutine;
pub mod eval;
pub mod frame;
pub mod frame_obj;
pub mod generator;
pub mod import;
pub mod import_lock;
pub mod interactive;
pub mod lookup_cache;
pub mod mro;
pub mod pattern;
pub mod slots;
pub mod suggest;
pub mod traceback;

pub use call::{call_function, call_type};
pub use code::{Code, CodeRef};
pub use generator::{generator_next, GenInner};

#[cfg(test)]
mod tests;
