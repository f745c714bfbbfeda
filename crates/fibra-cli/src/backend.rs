//! The REPL's [`Backend`] over the VM: inputs run in the persistent `__main__` module of one
//! [`Ctx`] (see `Ctx::run_interactive` in fibra-vm).

use fibra_vm::Ctx;

use crate::repl::Backend;

/// Runs REPL inputs on a VM context.
pub struct VmBackend<'c> {
    cx: &'c mut Ctx,
    exit: Option<i32>,
}

impl<'c> VmBackend<'c> {
    pub fn new(cx: &'c mut Ctx) -> Self {
        VmBackend { cx, exit: None }
    }
}

impl Backend for VmBackend<'_> {
    fn run(&mut self, source: &str) -> Result<(), String> {
        let result = self.cx.run_interactive(source);
        fibra_vm::modules::flush_stdio();
        match result {
            Ok(()) => Ok(()),
            Err(exc) => {
                if exc.matches(&fibra_vm::types::types().system_exit) {
                    let (code, text) = self.cx.exit_status(&exc);
                    self.exit = Some(code);
                    return if text.is_empty() { Ok(()) } else { Err(text) };
                }
                Err(self.cx.format_exception(&exc))
            }
        }
    }

    // Completion runs while the REPL waits for its line, released (`idle_wrapper`): it
    // attaches again to read the namespace.
    fn global_names(&mut self) -> Vec<String> {
        fibra_vm::sync::with_gil(|| self.cx.global_names())
    }

    fn attribute_names(&mut self, dotted: &str) -> Vec<String> {
        fibra_vm::sync::with_gil(|| self.cx.attribute_names(dotted))
    }

    fn interrupt_handle(&self) -> Box<dyn Fn() + Send + Sync> {
        Box::new(fibra_vm::interrupt::request)
    }

    fn exit_requested(&mut self) -> Option<i32> {
        self.exit.take()
    }

    fn idle_wrapper(&self) -> fn(&mut dyn FnMut()) {
        |read| fibra_vm::sync::without_gil(read)
    }
}
