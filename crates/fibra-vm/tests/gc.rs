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
    let full_before = fibra_vm::gc::full_collections();
    // 400,000 tuples that stay tracked (each holds a list), plus their lists: 800,000
    // tracked allocations into a live heap that keeps growing.
    cx.run_source(
        "keep = []\nfor i in range(400000):\n    keep.append((i, [i]))\nprint(len(keep))\n",
        "big.py",
    )
    .expect("build");
    let runs = fibra_vm::gc::collections() - before;
    let full = fibra_vm::gc::full_collections() - full_before;
    // Every 10,000 allocations a young collection (80), which only looks at what was
    // allocated since the previous one; a full scan of the (growing) heap only once the
    // promoted objects reach a quarter of the last full one's work: logarithmic (~5).
    eprintln!("{runs} collections ({full} full) while building a 400,000-tuple heap");
    assert!(
        full <= 25,
        "{full} full collections while building the heap"
    );
    assert!(runs >= 40, "{runs} collections: the trigger did not fire");
    cx.finish();
}

/// Temporaries churned next to a large live heap: the young collections do not rescan
/// the heap (few full collections), cycles that die young are found by them, and cycles
/// that became garbage after they were promoted wait for a full collection.
#[test]
fn young_collections_skip_the_old_heap() {
    let _serial = serial();
    let vm = Vm::new(vec!["young.py".into()]);
    let mut cx = Ctx::new(vm);
    cx.run_source(
        concat!(
            "import gc, sys\n",
            "sys.keep = [[i] for i in range(300000)]\n",
            "gc.collect()\n",
        ),
        "heap.py",
    )
    .expect("heap");
    let before = fibra_vm::gc::collections();
    let full_before = fibra_vm::gc::full_collections();
    let found_before = fibra_vm::gc::collected();
    // Each round keeps a two-instance cycle alive (in `hold`) across many young
    // collections, so it is promoted, and drops the previous round's; and it makes
    // young cycles (`c`) that die at once.
    cx.run_source(
        concat!(
            "class Node:\n    pass\n",
            "hold = None\n",
            "for r in range(40):\n",
            "    a = Node()\n    b = Node()\n    a.peer = b\n    b.peer = a\n",
            "    hold = a\n",
            "    a = b = None\n",
            "    for i in range(25000):\n",
            "        c = [i]\n        c.append(c)\n",
        ),
        "churn.py",
    )
    .expect("churn");
    let runs = fibra_vm::gc::collections() - before;
    let full = fibra_vm::gc::full_collections() - full_before;
    let young_found = fibra_vm::gc::collected() - found_before;
    cx.run_source("import gc\ngc.collect()\n", "full.py")
        .expect("collect");
    let old_found = fibra_vm::gc::collected() - found_before - young_found;
    eprintln!(
        "{runs} collections ({full} full): {young_found} unreachable objects found, \
         then {old_found} by gc.collect()"
    );
    // 1,000,000 tracked allocations (the self-referencing lists): ~100 young collections.
    // A full scan of the 300,000 lists costs ~600,000 work, so one is due after ~150,000
    // promotions; here only a few objects survive each young collection.
    assert!(runs >= 50, "{runs} collections: the trigger did not fire");
    assert!(
        full <= 2,
        "{full} full collections for a heap that does not grow"
    );
    assert!(
        young_found >= 900_000,
        "young collections found {young_found}"
    );
    // The 39 dropped cycles of instances (with their attribute dicts).
    assert!(old_found >= 78, "gc.collect() found {old_found}");
    cx.finish();
}

/// Tuples that hold only untracked values (strings, numbers, other such tuples) never
/// enter the registry, so they do not count towards a collection; a tuple that holds a
/// container is tracked, and a cycle through it is found.
#[test]
fn atomic_tuples_are_not_tracked() {
    let _serial = serial();
    let vm = Vm::new(vec!["atomic.py".into()]);
    let mut cx = Ctx::new(vm);
    cx.run_source("import gc\ngc.collect()\n", "warm.py")
        .expect("warm-up");
    let before = fibra_vm::gc::collections();
    cx.run_source(
        concat!(
            "import sys\n",
            "sys.keep = [(i, str(i), (i, 'x'), None) for i in range(200000)]\n",
            "sys.keep.append(divmod(7, 2) + 'a b'.partition(' '))\n",
        ),
        "atomic.py",
    )
    .expect("atomic tuples");
    let runs = fibra_vm::gc::collections() - before;
    eprintln!("{runs} collections while building 200,000 atomic tuples");
    assert!(runs <= 1, "{runs} collections: the tuples were tracked");
    let found_before = fibra_vm::gc::collected();
    cx.run_source(
        concat!(
            "import gc\n",
            "def make():\n",
            "    for i in range(10):\n",
            "        l = []\n        t = (l, i)\n        l.append(t)\n",
            "make()\n",
            "gc.collect()\n",
        ),
        "cycle.py",
    )
    .expect("cycle through a tuple");
    let found = fibra_vm::gc::collected() - found_before;
    assert!(
        found >= 20,
        "gc.collect() found {found} of the 10 list-tuple cycles"
    );
    cx.finish();
}

/// Host threads that call into one interpreter and exit, 400 of them, while another
/// thread collects all the time. Each host thread creates objects and cycles, waits while
/// another thread drops its references to them (so at its exit it must merge a queue of
/// objects to free: `sync::brc`), and replaces items of shared containers (so it has
/// references retired through the epoch: `sync::epoch`). Both exit paths free objects and
/// must do it attached, or a collection running in the collecting thread could scan what
/// they free (heap corruption, a stale index in the collector, or a broken cycle).
#[test]
fn host_threads_exit_while_collecting() {
    const HOSTS: usize = 4;
    let _serial = serial();
    // In the `gil` build a collection holds the GIL, and the fair hand-off gives the
    // collector every other turn: pause longer between collections there, or the host
    // threads crawl (210 s in a debug build with the default build's pause).
    let pause = if cfg!(feature = "gil") {
        "0.002"
    } else {
        "0.0001"
    };
    let py = fibra_vm::embed::Interpreter::new();
    let m = py
        .exec(
            &"import gc\nimport time\ngc.set_threshold(200)\n\
             keep = [[i] for i in range(50000)]\n\
             shared = {}\n\
             mine = [None] * 4\n\
             stop = [False]\n\
             def collector():\n\
             \x20   n = 0\n\
             \x20   while not stop[0]:\n\
             \x20       gc.collect()\n\
             \x20       time.sleep(PAUSE)\n\
             \x20       n += 1\n\
             \x20   return n\n\
             def visit(tid, rounds):\n\
             \x20   made = []\n\
             \x20   for i in range(rounds):\n\
             \x20       node = [tid, i]\n\
             \x20       node.append(node)\n\
             \x20       d = {'n': node, 'k': [i] * 3}\n\
             \x20       d['self'] = d\n\
             \x20       shared[(tid + i) % 97] = d\n\
             \x20       shared.get((tid + i + 1) % 97)\n\
             \x20       made.append([d, node, str(i)])\n\
             \x20   mine[tid % 4] = made\n\
             \x20   return rounds\n\
             def drop_other(tid):\n\
             \x20   mine[(tid + 1) % 4] = None\n\
             def intact():\n\
             \x20   return len([d for d in shared.values() if d['self'] is d])\n"
                .replace("PAUSE", pause),
            "exits",
        )
        .unwrap();
    let collector = m.function("collector").unwrap();
    let visit = m.function("visit").unwrap();
    let drop_other = m.function("drop_other").unwrap();
    let (tx, rx) = mpsc::channel();
    let c = {
        let py = py.clone();
        std::thread::spawn(move || {
            let n = py.call::<i64>(&collector, ()).unwrap();
            let _ = tx.send(n);
        })
    };
    for round in 0..100 {
        let made = std::sync::Arc::new(std::sync::Barrier::new(HOSTS));
        let dropped = std::sync::Arc::new(std::sync::Barrier::new(HOSTS));
        let hs: Vec<_> = (0..HOSTS)
            .map(|k| {
                let (py, visit, drop_other) = (py.clone(), visit.clone(), drop_other.clone());
                let (made, dropped) = (made.clone(), dropped.clone());
                std::thread::spawn(move || {
                    let tid = (round * HOSTS + k) as i64;
                    let n = py.call::<i64>(&visit, (tid, 100)).unwrap();
                    made.wait();
                    // Another host thread's objects: their owner is alive, so the last
                    // references dropped here queue them to it.
                    py.call::<()>(&drop_other, (tid,)).unwrap();
                    dropped.wait();
                    n // then exit, with a queue to merge
                })
            })
            .collect();
        for h in hs {
            assert_eq!(h.join().unwrap(), 100);
        }
    }
    py.exec("import exits\nexits.stop[0] = True\n", "stopper")
        .unwrap();
    let collections = rx.recv_timeout(WATCHDOG).expect("collector thread stopped");
    c.join().unwrap();
    assert!(collections > 0);
    // Everything the host threads left is still intact.
    assert_eq!(m.call::<i64>("intact", ()).unwrap(), 97);
    py.exec("import gc\ngc.set_threshold(10000)\n", "reset")
        .unwrap();
}

/// Modules, their globals and what module code defines are immortal, so an interpreter
/// that goes away must empty its modules' namespaces itself: a host creating interpreters
/// one after another must not keep every one's data. Also a generator kept in a global
/// (it refers to its interpreter) must not keep the interpreter alive.
#[test]
fn dropping_an_interpreter_frees_its_module_globals() {
    let _serial = serial();
    let run = || {
        let py = fibra_vm::embed::Interpreter::new();
        let m = py
            .exec(
                "import json\n\
                 keep = [(i, [i]) for i in range(20000)]\n\
                 json.cache_of_mine = {i: [i] for i in range(5000)}\n\
                 def gen():\n\
                 \x20   try:\n\
                 \x20       yield 1\n\
                 \x20   finally:\n\
                 \x20       pass\n\
                 g = gen()\n\
                 next(g)\n",
                "big",
            )
            .unwrap();
        drop(m);
        let vm = std::sync::Arc::downgrade(py.vm());
        drop(py);
        assert!(vm.upgrade().is_none(), "the interpreter is still alive");
        fibra_vm::gc::collect();
        fibra_vm::gc::tracked_objects()
    };
    let first = run();
    let mut last = first;
    for _ in 0..3 {
        last = run();
    }
    // 50,000 tracked objects per interpreter were kept before; allow a little slack for
    // the immortal functions and classes each one defines.
    assert!(
        last < first + 1000,
        "tracked objects grew from {first} to {last} over 3 interpreters"
    );
}
