//! A sandboxed interpreter for untrusted code: no file or process access, output
//! captured by the host, an operation budget per call, a memory cap, and an interrupt
//! from a watchdog thread. `cargo run --example embed_sandbox -p fibra-vm`
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fibra_vm::embed::{Interpreter, Limits};

fn main() {
    let output = Arc::new(Mutex::new(String::new()));
    let sink = output.clone();
    let py = Interpreter::builder()
        .sandboxed(true)
        .stdout(move |s| sink.lock().unwrap().push_str(s))
        .memory_limit(64 << 20)
        .build();

    // File and process access are simply not there.
    for code in ["open('/etc/passwd')", "import os", "x = 'y' * (1 << 30)"] {
        let err = py.exec(code, "untrusted").unwrap_err();
        println!("{code:<24} -> {err}");
    }

    // An operation budget stops a runaway loop deterministically.
    let budgeted = py.with_limits(Limits::none().max_operations(100_000));
    let err = budgeted.exec("while True: pass", "untrusted").unwrap_err();
    println!(
        "budget                   -> {err} (is_operation_limit: {})",
        err.is_operation_limit()
    );

    // An interrupt from another thread stops it by wall-clock time.
    let stop = py.interrupt_handle();
    let t0 = Instant::now();
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        stop.interrupt();
    });
    let err = py
        .exec("n = 0\nwhile True:\n    n += 1\n", "untrusted")
        .unwrap_err();
    watchdog.join().unwrap();
    println!(
        "interrupt                -> {err} after {} ms (is_interrupted: {})",
        t0.elapsed().as_millis(),
        err.is_interrupted()
    );

    // The interpreter is still fine afterwards.
    py.exec("print('still alive:', sum(range(10)))", "untrusted")
        .unwrap();
    print!("captured output: {}", output.lock().unwrap());
}
