//! The `time` module.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{value_error, PyResult};
use crate::ops;
use crate::value::Value;

/// Builds `time`.
pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("time");
    m.add_fn("time", time_time);
    m.add_fn("time_ns", time_time_ns);
    m.add_fn("perf_counter", time_perf_counter);
    m.add_fn("perf_counter_ns", time_perf_counter_ns);
    m.add_fn("monotonic", time_perf_counter);
    m.add_fn("monotonic_ns", time_perf_counter_ns);
    m.add_fn("process_time", time_process_time);
    m.add_fn("sleep", time_sleep);
    Ok(m)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// The process's monotonic clock origin.
fn origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

fn time_time(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("time", 0, 0)?;
    Ok(Value::float(since_epoch().as_secs_f64()))
}

fn time_time_ns(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("time_ns", 0, 0)?;
    Ok(Value::bigint(since_epoch().as_nanos().into()))
}

fn time_perf_counter(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("perf_counter", 0, 0)?;
    // Offset by one second so the first reading is not 0.0.
    Ok(Value::float(origin().elapsed().as_secs_f64() + 1.0))
}

fn time_perf_counter_ns(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("perf_counter_ns", 0, 0)?;
    Ok(Value::bigint(
        (origin().elapsed().as_nanos() + 1_000_000_000).into(),
    ))
}

/// CPU time of the process (user + system), from `/proc/self/stat` on Linux; falls back to
/// the monotonic clock elsewhere.
fn time_process_time(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("process_time", 0, 0)?;
    if let Ok(stat) = std::fs::read_to_string("/proc/self/stat") {
        // Fields after the parenthesised command name; utime and stime are 14 and 15.
        if let Some(rest) = stat.rfind(')').map(|i| &stat[i + 1..]) {
            let f: Vec<&str> = rest.split_whitespace().collect();
            if let (Some(u), Some(s)) = (f.get(11), f.get(12)) {
                if let (Ok(u), Ok(s)) = (u.parse::<f64>(), s.parse::<f64>()) {
                    return Ok(Value::float((u + s) / 100.0));
                }
            }
        }
    }
    Ok(Value::float(origin().elapsed().as_secs_f64()))
}

fn time_sleep(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("sleep", 1, 1)?;
    let secs = ops::to_f64(cx, &a[0])?;
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    crate::builtins::io::flush_stdout();
    let d = Duration::try_from_secs_f64(secs)
        .map_err(|_| crate::error::overflow_error("sleep length is too large"))?;
    if d.is_zero() {
        // `sleep(0)` is how scripts yield to other threads (a polling loop): as in
        // CPython, it lets go of the GIL (in the `gil` build) and of the CPU.
        cx.blocking(std::thread::yield_now);
        cx.check_interrupt()?;
        return Ok(Value::NONE);
    }
    // Sleep in slices so Ctrl-C (KeyboardInterrupt) is seen within 50 ms, and without the
    // GIL in the `gil` build so other threads run meanwhile.
    let deadline = std::time::Instant::now() + d;
    loop {
        let now = std::time::Instant::now();
        if now >= deadline {
            break;
        }
        let slice = (deadline - now).min(Duration::from_millis(50));
        cx.blocking(|| std::thread::sleep(slice));
        cx.check_interrupt()?;
        if crate::interrupt::pending() {
            return Err(crate::interrupt::keyboard_interrupt());
        }
    }
    Ok(Value::NONE)
}
