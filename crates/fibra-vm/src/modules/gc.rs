//! The `gc` module: the interface to the cycle collector (`crate::gc`).
//!
//! The collector has two generations (`crate::gc`), not CPython's three: `collect(generation)`
//! accepts 0-2 and always collects everything, `get_count()` reports the tracked
//! allocations since the last collection as generation 0, and `get_threshold()` the
//! distance between automatic collections (`set_threshold(0)` turns them off, as in
//! CPython).

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{value_error, PyResult};
use crate::gc;
use crate::ops;
use crate::value::Value;

pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("gc");
    m.add_fn("collect", gc_collect);
    m.add_fn("enable", gc_enable);
    m.add_fn("disable", gc_disable);
    m.add_fn("isenabled", gc_isenabled);
    m.add_fn("get_count", gc_get_count);
    m.add_fn("get_threshold", gc_get_threshold);
    m.add_fn("set_threshold", gc_set_threshold);
    Ok(m)
}

fn gc_collect(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check_pos("collect", 0, 1)?;
    args.check_kwargs("collect", &["generation"])?;
    if let Some(g) = a.first().or(args.kwarg("generation")) {
        let g = ops::index(cx, g)?;
        if !(0..=2).contains(&g) {
            return Err(value_error("invalid generation"));
        }
    }
    // Closure variables of freed cells should not survive in this thread's cache.
    cx.lookup.evict_dead_cells();
    let mut n = gc::collect();
    // Callbacks of weak references to what it freed run before `collect()` returns.
    crate::object::weakref::run_pending(cx);
    // Garbage with `__del__` methods: they ran just now (above); collect again to free
    // what they left unreachable, as CPython's collection does in one pass. A finaliser
    // can make new garbage with finalisers of its own: a few rounds, not a loop forever.
    for _ in 0..4 {
        if !gc::finalizers_queued() {
            break;
        }
        cx.lookup.evict_dead_cells();
        n += gc::collect();
        crate::object::weakref::run_pending(cx);
    }
    Ok(Value::int(n as i64))
}

fn gc_enable(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("enable", 0, 0)?;
    gc::set_enabled(true);
    Ok(Value::NONE)
}

fn gc_disable(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("disable", 0, 0)?;
    gc::set_enabled(false);
    Ok(Value::NONE)
}

fn gc_isenabled(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("isenabled", 0, 0)?;
    Ok(Value::bool(gc::is_enabled()))
}

fn gc_get_count(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("get_count", 0, 0)?;
    let n = gc::allocations_since_collect() as i64;
    Ok(Value::tuple(vec![
        Value::int(n),
        Value::int(0),
        Value::int(0),
    ]))
}

fn gc_get_threshold(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("get_threshold", 0, 0)?;
    let t = gc::threshold() as i64;
    Ok(Value::tuple(vec![
        Value::int(t),
        Value::int(10),
        Value::int(10),
    ]))
}

fn gc_set_threshold(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("set_threshold", 1, 3)?;
    let mut t0 = 0;
    for (i, v) in a.iter().enumerate() {
        let n = ops::index(cx, v)?;
        if i == 0 {
            t0 = n;
        }
    }
    gc::set_threshold(t0.max(0) as usize);
    Ok(Value::NONE)
}
