//! Ctrl-C while code runs.
//!
//! At the prompt rustyline has the terminal in raw mode, so Ctrl-C arrives as a key and
//! `readline` returns `Interrupted`. While the backend runs code the terminal is in cooked
//! mode and Ctrl-C raises SIGINT; one process-wide handler (installed on first use with the
//! `ctrlc` crate, which runs it on its own thread, not in signal context) forwards it to the
//! current *target*, the backend's interrupt handle. Outside [`with_target`] there is no
//! target and SIGINT is ignored (the REPL must not die between prompts).

use std::sync::{Mutex, OnceLock};

type Target = Box<dyn Fn() + Send + Sync>;

static TARGET: Mutex<Option<Target>> = Mutex::new(None);
static INSTALLED: OnceLock<bool> = OnceLock::new();

fn target() -> std::sync::MutexGuard<'static, Option<Target>> {
    TARGET.lock().unwrap_or_else(|e| e.into_inner())
}

/// Installs the SIGINT handler once. `false` when it could not be installed (another handler
/// was installed with `ctrlc` elsewhere); Ctrl-C then keeps its default effect.
pub fn install() -> bool {
    *INSTALLED.get_or_init(|| {
        ctrlc::set_handler(|| {
            if let Some(f) = target().as_ref() {
                f();
            }
        })
        .is_ok()
    })
}

/// Runs `body` with SIGINT forwarded to `on_interrupt`; afterwards SIGINT is ignored again.
pub fn with_target<R>(on_interrupt: Target, body: impl FnOnce() -> R) -> R {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            *target() = None;
        }
    }
    install();
    *target() = Some(on_interrupt);
    let _reset = Reset;
    body()
}
