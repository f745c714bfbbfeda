//! A fake REPL backend, shared by `tests/repl.rs` and `examples/repl_fake.rs` (both compile
//! `src/repl/` into themselves with `#[path]` as the crate-root module `repl`).
//!
//! It runs nothing: it prints `ran: <source>` for each input, keeps the names assigned with
//! `name = ...` as "globals", fails inputs that start with `raise`, loops in an input
//! containing `while True` until interrupted, and ends the REPL on `exit(N)`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

#[derive(Default)]
pub struct Fake {
    globals: Vec<String>,
    interrupted: Arc<AtomicBool>,
    exit: Option<i32>,
}

impl crate::repl::Backend for Fake {
    fn run(&mut self, source: &str) -> Result<(), String> {
        let src = source.trim_end();
        if src.contains("while True") {
            self.interrupted.store(false, Ordering::SeqCst);
            while !self.interrupted.load(Ordering::SeqCst) {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            return Err("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt".into());
        }
        if src.starts_with("raise") {
            return Err("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nValueError: boom".into());
        }
        if let Some(n) = src.strip_prefix("exit(").and_then(|r| r.strip_suffix(')')) {
            self.exit = Some(n.trim().parse().unwrap_or(1));
            return Ok(());
        }
        if let Some((name, _)) = src.split_once('=') {
            let name = name.trim();
            if !name.is_empty() && name.chars().all(|c| c == '_' || c.is_alphanumeric()) {
                self.globals.push(name.to_string());
            }
        }
        println!("ran: {src:?}");
        Ok(())
    }

    fn global_names(&mut self) -> Vec<String> {
        let mut v: Vec<String> = ["print", "len", "range", "__name__"]
            .map(String::from)
            .to_vec();
        v.extend(self.globals.iter().cloned());
        v
    }

    fn attribute_names(&mut self, dotted: &str) -> Vec<String> {
        match dotted {
            "[]" => [
                "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove",
                "reverse", "sort", "__len__",
            ]
            .map(String::from)
            .to_vec(),
            _ => Vec::new(),
        }
    }

    fn interrupt_handle(&self) -> Box<dyn Fn() + Send + Sync> {
        let flag = self.interrupted.clone();
        Box::new(move || flag.store(true, Ordering::SeqCst))
    }

    fn exit_requested(&mut self) -> Option<i32> {
        self.exit.take()
    }
}
