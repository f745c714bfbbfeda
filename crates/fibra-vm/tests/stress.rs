//! Concurrency stress tests: 8 script threads x 10,000 operations on shared lists, dicts,
//! sets, instances, closure cells and globals, released together by a barrier; exact
//! invariants are checked afterwards by the script itself (it sets `ok = True` only when
//! they all hold). Every test runs under a watchdog: a hang fails the test.
//!
//! Run in both builds: `cargo test -p fibra-vm --test stress` and
//! `cargo test -p fibra-vm --test stress --features gil --target-dir target/gil`.

use std::sync::mpsc;
use std::time::Duration;

use fibra_vm::{Ctx, Value, Vm};

const WATCHDOG: Duration = Duration::from_secs(120);

/// Runs `source` as `__main__` on its own interpreter thread and returns the value of its
/// global `ok` rendered as a string (or the uncaught exception's traceback).
fn run_script(source: &'static str) -> Result<String, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let vm = Vm::new(vec!["stress.py".into()]);
            let mut cx = Ctx::new(vm);
            let r = match cx.run_source(source, "stress.py") {
                Ok(()) => {
                    let ok = main_global(&cx, "ok");
                    let detail = main_global(&cx, "detail");
                    Ok(format!("{ok} {detail}"))
                }
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

/// `repr`-ish rendering of a global of `__main__` (only str/int/bool/None needed here).
fn main_global(cx: &Ctx, name: &str) -> String {
    let modules = match cx.vm.modules.payload() {
        Some(fibra_vm::object::Payload::Dict(d)) => d,
        _ => return "<no modules>".into(),
    };
    let Some(main) = modules.get_str("__main__") else {
        return "<no __main__>".into();
    };
    let v: Option<Value> = main.namespace().and_then(|ns| ns.get_str(name));
    match v {
        None => "<unset>".into(),
        Some(v) => {
            if let Some(s) = v.as_str() {
                s.to_string()
            } else if v.is(&Value::TRUE) {
                "True".into()
            } else if v.is(&Value::FALSE) {
                "False".into()
            } else if let Some(i) = v.as_int() {
                i.to_string()
            } else {
                format!("{v:?}")
            }
        }
    }
}

fn check(source: &'static str) {
    match run_script(source) {
        Ok(s) => assert!(s.starts_with("True"), "invariant failed: {s}"),
        Err(tb) => panic!("script raised:\n{tb}"),
    }
}

/// Common prelude: 8 threads released together by a barrier, each running `work(tid)`.
macro_rules! script {
    ($body:literal) => {
        concat!(
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
            $body
        )
    };
}

#[test]
fn list_append_no_lost_or_duplicated_items() {
    check(script!(
        r#"
shared = []
def work(tid):
    app = shared.append
    for i in range(OPS):
        app(tid * OPS + i)
run_all(work)
detail = str(len(shared))
ok = len(shared) == N * OPS and len(set(shared)) == N * OPS and sorted(shared) == list(range(N * OPS))
"#
    ));
}

#[test]
fn list_pop_and_append_conserve_items() {
    check(script!(
        r#"
source = list(range(N * OPS))
sinks = [[] for _ in range(N)]
def work(tid):
    mine = sinks[tid]
    while True:
        try:
            x = source.pop()
        except IndexError:
            return
        mine.append(x)
run_all(work)
allitems = []
for s in sinks:
    allitems.extend(s)
detail = str(len(allitems))
ok = len(source) == 0 and sorted(allitems) == list(range(N * OPS))
"#
    ));
}

#[test]
fn dict_set_and_delete_exact_contents() {
    check(script!(
        r#"
d = {}
def work(tid):
    for i in range(OPS):
        d[(tid, i)] = i * 2
    for i in range(0, OPS, 2):
        del d[(tid, i)]
run_all(work)
good = len(d) == N * OPS // 2
for t in range(N):
    for i in range(1, OPS, 2):
        if d.get((t, i)) != i * 2:
            good = False
detail = str(len(d))
ok = good
"#
    ));
}

#[test]
fn dict_readers_during_resizes_and_iteration() {
    check(script!(
        r#"
d = {"k" + str(i): i for i in range(100)}
errors = []
def work(tid):
    if tid % 2 == 0:
        for i in range(OPS):
            d["t" + str(tid) + "_" + str(i)] = i
    else:
        misses = 0
        for i in range(OPS):
            if d.get("k" + str(i % 100)) != i % 100:
                misses += 1
            if i % 1000 == 0:
                try:
                    n = 0
                    for k in d:
                        n += 1
                except RuntimeError:
                    pass
        if misses:
            errors.append(misses)
run_all(work)
detail = str(len(d)) + " " + str(errors)
ok = not errors and len(d) == 100 + (N // 2) * OPS
"#
    ));
}

#[test]
fn lock_free_dict_reads_during_replacement_and_deletion() {
    // Readers look keys up without the lock while writers replace the values with new
    // objects, delete and re-add keys, and grow and compact the table: every value read
    // must be one the key really held (never a freed or torn object).
    check(script!(
        r#"
KEYS = ["k" + str(i) for i in range(64)]
d = {k: (k, 0, [k]) for k in KEYS}
bad = []
def work(tid):
    if tid < 3:
        for i in range(OPS):
            k = KEYS[(i * 7 + tid) % 64]
            if i % 5 == 0:
                d.pop(k, None)
                d[k] = (k, i, [k])
            else:
                d[k] = (k, i, [k])
            if i % 1000 == 0:
                for j in range(200):
                    d[(tid, i, j)] = j
                for j in range(200):
                    del d[(tid, i, j)]
    else:
        wrong = 0
        for i in range(OPS * 3):
            k = KEYS[i % 64]
            v = d.get(k)
            if v is not None and (v[0] != k or v[2][0] != k):
                wrong += 1
            if k in d and not isinstance(d.get(k, (k, 0, [k])), tuple):
                wrong += 1
        if wrong:
            bad.append(wrong)
run_all(work)
detail = str(bad) + " " + str(len(d))
ok = not bad and len(d) == 64 and all(d[k][0] == k for k in KEYS)
"#
    ));
}

#[test]
fn lock_free_list_reads_during_replacement_and_growth() {
    // Readers index and iterate shared lists without the lock while writers replace
    // items with new objects, insert and remove at the front (shifting every slot),
    // and grow and shrink the buffer: every item read must be a live, intact object.
    check(script!(
        r#"
lst = [("x", i, ["x"]) for i in range(64)]
grow = []
bad = []
def work(tid):
    if tid < 3:
        for i in range(OPS):
            j = (i * 7 + tid) % 64
            lst[j] = ("x", i, ["x"])
            if i % 3 == 0:
                lst.insert(0, ("x", -1, ["x"]))
                lst.pop(0)
            grow.append(("x", i, ["x"]))
            if len(grow) > 500:
                del grow[:400]
    else:
        wrong = 0
        for i in range(OPS * 2):
            v = lst[i % 64]
            if v[0] != "x" or v[2][0] != "x":
                wrong += 1
            g = grow
            n = len(g)
            if n:
                try:
                    w = g[(i * 13) % n]
                    if w[0] != "x" or w[2][0] != "x":
                        wrong += 1
                except IndexError:
                    pass
            if i % 500 == 0:
                for w in lst:
                    if w[0] != "x":
                        wrong += 1
        if wrong:
            bad.append(wrong)
run_all(work)
detail = str(bad) + " " + str(len(lst))
ok = not bad and len(lst) == 64 and all(v[0] == "x" for v in lst)
"#
    ));
}

#[test]
fn lock_free_cell_reads_during_replacement() {
    // Readers load closure variables without the cell's lock while writers rebind them
    // to new objects (the old ones are retired, not freed, while a reader may hold
    // them): every value read must be a live, intact object.
    check(script!(
        r#"
bad = []
def make():
    box = ("x", 0, ["x"])
    def work(tid):
        nonlocal box
        wrong = 0
        for i in range(OPS):
            if tid < 3:
                box = ("x", i, ["x"])
            else:
                v = box
                if v[0] != "x" or v[2][0] != "x":
                    wrong += 1
        if wrong:
            bad.append(wrong)
    return work
run_all(make())
detail = str(bad)
ok = not bad
"#
    ));
}

#[test]
fn set_add_and_discard_exact() {
    check(script!(
        r#"
s = set()
def work(tid):
    for i in range(OPS):
        s.add(tid * OPS + i)
    for i in range(0, OPS, 4):
        s.discard(tid * OPS + i)
run_all(work)
detail = str(len(s))
ok = len(s) == N * (OPS - OPS // 4) and all((x % OPS) % 4 != 0 for x in s)
"#
    ));
}

#[test]
fn instance_setattr_and_getattr() {
    check(script!(
        r#"
class Obj:
    pass
o = Obj()
def work(tid):
    for i in range(OPS):
        setattr(o, "a" + str(tid) + "_" + str(i % 100), i)
        o.shared = tid
        getattr(o, "a" + str(tid) + "_" + str(i % 100))
run_all(work)
good = True
for t in range(N):
    for j in range(100):
        if getattr(o, "a" + str(t) + "_" + str(j)) != OPS - 100 + j:
            good = False
detail = str(len(o.__dict__))
ok = good and len(o.__dict__) == N * 100 + 1 and o.shared in range(N)
"#
    ));
}

#[test]
fn lock_protected_counters_globals_and_cells() {
    check(script!(
        r#"
lock = threading.Lock()
counter = 0
box = {"n": 0}
def make():
    cell = 0
    def bump():
        nonlocal cell
        with lock:
            cell += 1
    def get():
        return cell
    return bump, get
bump, get = make()
def work(tid):
    global counter
    for i in range(OPS):
        with lock:
            counter += 1
            box["n"] += 1
        bump()
run_all(work)
detail = str(counter) + " " + str(box["n"]) + " " + str(get())
ok = counter == N * OPS and box["n"] == N * OPS and get() == N * OPS
"#
    ));
}

#[test]
fn cross_order_container_operations_do_not_deadlock() {
    check(script!(
        r#"
a = list(range(10))
b = list(range(10))
d1 = {i: i for i in range(10)}
d2 = {i: -i for i in range(10)}
def work(tid):
    for i in range(OPS // 10):
        if tid % 2 == 0:
            a.extend(b[:5])
            d1.update(d2)
            a == b
        else:
            b.extend(a[:5])
            d2.update(d1)
            b == a
run_all(work)
detail = str(len(a)) + " " + str(len(b))
ok = len(a) == 10 + (N // 2) * (OPS // 10) * 5 and len(b) == 10 + (N // 2) * (OPS // 10) * 5
"#
    ));
}

#[test]
fn queue_many_producers_many_consumers() {
    check(script!(
        r#"
import queue
q = queue.Queue(maxsize=100)
got = [[] for _ in range(N)]
def work(tid):
    if tid < N // 2:
        for i in range(OPS // 4):
            q.put(tid * OPS + i)
        q.put(None)
    else:
        mine = got[tid]
        while True:
            x = q.get()
            if x is None:
                return
            mine.append(x)
run_all(work)
allitems = []
for g in got:
    allitems.extend(g)
while not q.empty():
    x = q.get()
    if x is not None:
        allitems.append(x)
expected = sorted(t * OPS + i for t in range(N // 2) for i in range(OPS // 4))
detail = str(len(allitems))
ok = sorted(allitems) == expected
"#
    ));
}
