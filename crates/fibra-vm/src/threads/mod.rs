//! Script threads: the native `_thread` module (OS threads, locks, conditions, thread
//! handles). The Python-level modules built on it (`threading`, `queue`,
//! `concurrent.futures`) live in `stdlib/` at the repository root, embedded by
//! `crate::stdlib`.
//!
//! Every script thread is an OS thread with its own [`Ctx`] sharing the `Arc<Vm>`; see
//! `docs/threads.md` for the guarantees and `docs/memory-model.md` for the memory model.

mod locks;
mod thread_mod;

use crate::ctx::Ctx;
use crate::modules::ModuleInit;
use crate::ops;
use crate::value::Value;

pub use locks::Waiter;
pub use thread_mod::current_ident;

/// The native modules implemented here (`_thread`).
pub fn find_native(name: &str) -> Option<ModuleInit> {
    match name {
        "_thread" => Some(thread_mod::init),
        _ => None,
    }
}

/// An embedded module written in Fibra (found through `crate::stdlib`).
pub struct EmbeddedModule {
    pub source: &'static str,
    pub filename: &'static str,
    pub is_package: bool,
}

/// Waits for the non-daemon threads at interpreter exit: calls `threading._shutdown()`
/// when `threading` was imported (threads can only be started through it or `_thread`,
/// and `_thread.start_new_thread` threads are daemonic, as in CPython).
pub fn shutdown(cx: &mut Ctx) {
    let modules = cx.vm.modules.clone();
    let threading = match modules.payload() {
        Some(crate::object::Payload::Dict(d)) => d.get_str("threading"),
        _ => None,
    };
    let Some(threading) = threading else {
        return;
    };
    let Some(f) = threading.namespace().and_then(|ns| ns.get_str("_shutdown")) else {
        return;
    };
    if let Err(e) = ops::call(cx, &f, &[]) {
        crate::modules::flush_stdio();
        let text = cx.format_exception(&e);
        eprint!("Exception ignored in threading shutdown:\n{text}");
    }
    drop(f);
    let _: Value = threading;
}
