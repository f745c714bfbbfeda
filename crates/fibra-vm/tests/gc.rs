//! Cycle collector tests that watch process-wide counters (live tracked objects,
//! collections run), so they run one at a time and in their own test binary.
//!
//! Run in both builds: `cargo test -p fibra-vm --test gc` and
//! `cargo test -p fibra-vm --test gc --features gil --target-dir target/gil`.

use std::sync::{mpsc, Mutex, MutexGuard};
use std::time::Duration;

use fibra_vm::{Ctx, Value, Vm};

const WATCHDOG: Duration = Duration::from_secs(120);

fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs `source` as `__main__` on its own interpreter thread (under a watchdog) and
/// returns its globals `ok` and `detail` rendered as a string, or the traceback.
fn run_script(source: &'static str) -> Result<String, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let vm = Vm::new(vec!["gc.py".into()]);
            let mut cx = Ctx::new(vm);
            let r = match cx.run_source(source, "gc.py") {
                Ok(()) => Ok(format!(
                    "{} {}",
                    main_global(&cx, "ok"),
                    main_global(&cx, "detail")
                )),
                Err(e) => Err(cx.format_exception(&e)),
            };
            cx.finish();
            let _ = tx.send(r);
        })
        .expect("spawn interpreter thread");
    match rx.recv_timeout(WATCHDOG) {
        Ok(r) => r,
        Err(_) => panic!("watchdog: the script did not finish within {WATCHDOG:?} (deadlock?)"),
    }
}

fn main_global(cx: &Ctx, name: &str) -> String {
    let Some(fibra_vm::object::Payload::Dict(modules)) = cx.vm.modules.payload() else {
        return "<no modules>".into();
    };
    let Some(main) = modules.get_str("__main__") else {
        return "<no __main__>".into();
    };
    let v: Option<Value> = main.namespace().and_then(|ns| ns.get_str(name));
    match v {
        None => "<unset>".into(),
        Some(v) if v.is(&Value::TRUE) => "True".into(),
        Some(v) => v.as_str().map_or_else(|| format!("{v:?}"), str::to_string),
    }
}

/// 8 threads build and drop cycles (instances, lists, dicts, closures, generators with
/// live frames) while automatic collections (a low threshold) and explicit ones run;
/// after join + collect the live container count is back to its baseline.
#[test]
fn cycles_collected_while_threads_run() {
    let _serial = serial();
    let r = run_script(concat!(
        "import threading\n",
        "N = 8\nOPS = 10000\n",
        "barrier = threading.Barrier(N)\n",
        "def run_all(work):\n",
        "    def go(tid):\n",
        "        barrier.wait()\n",
        "        work(tid)\n",
        "    ts = [threading.Thread(target=go, args=(t,)) for t in range(N)]\n",
        "    for t in ts:\n",
        "        t.start()\n",
        "    for t in ts:\n",
        "        t.join()\n",
        "ok = False\ndetail = ''\n",
        r#"
import gc
import sys
class Node:
    pass
def gen(box):
    me = yield 1
    box.append(me)
    yield 2
shared = []
def work(tid):
    kept = 0
    for i in range(OPS // 4):
        a = Node()
        b = Node()
        a.peer = b
        b.peer = a
        a.items = [b, {"a": a, "t": (a, i)}]
        def f():
            return f
        f.me = a
        g = gen([])
        next(g)
        g.send(g)
        if i % 500 == 0:
            shared.append(a)
            gc.collect()
        if a.peer.peer is a:
            kept += 1
    if kept != OPS // 4:
        raise AssertionError(kept)
def warm(tid):
    pass
run_all(warm)
gc.collect()
base = sys.getallocatedblocks()
old = gc.get_threshold()
gc.set_threshold(500)
run_all(work)
gc.set_threshold(*old)
n = len(shared)
good = all(x.peer.peer is x for x in shared)
shared.clear()
gc.collect()
gc.collect()
after = sys.getallocatedblocks()
detail = str(after - base) + " " + str(n)
ok = good and n == N * (OPS // 4 // 500) and after - base < 100
"#
    ));
    match r {
        Ok(s) => assert!(s.starts_with("True"), "invariant failed: {s}"),
        Err(tb) => panic!("script raised:\n{tb}"),
    }
}

#[test]
fn big_heap_does_not_trigger_repeated_full_scans() {
    let _serial = serial();
    let vm = Vm::new(vec!["trigger.py".into()]);
    let mut cx = Ctx::new(vm);
    cx.run_source("import gc\ngc.collect()\n", "warm.py")
        .expect("warm-up");
    let before = fibra_vm::gc::collections();
    // 400,000 tuples that stay tracked (each holds a list), plus their lists: 800,000
    // tracked allocations into a live heap that keeps growing.
    cx.run_source(
        "keep = []\nfor i in range(400000):\n    keep.append((i, [i]))\nprint(len(keep))\n",
        "big.py",
    )
    .expect("build");
    let runs = fibra_vm::gc::collections() - before;
    // With a fixed threshold of 10,000 this would be 80 collections, each scanning the
    // whole (growing) heap; with max(threshold, last work / 4) it is logarithmic (5).
    eprintln!("{runs} collections while building a 400,000-tuple heap");
    assert!(runs <= 25, "{runs} collections while building the heap");
    assert!(runs >= 3, "{runs} collections: the trigger did not fire");
    cx.finish();
}
