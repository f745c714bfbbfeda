//! The embedding API (`fibra_vm::embed`): conversions, host functions, modules and types,
//! errors both ways, limits, and a VM that keeps working after each failure.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fibra_vm::embed::{Error, HostError, HostModule, HostType, Interpreter, Limits, Object};

fn still_works(py: &Interpreter) {
    assert_eq!(py.eval::<i64>("sum(range(10))").unwrap(), 45);
    let m = py.exec("def f(x):\n    return x * 2\n", "after").unwrap();
    assert_eq!(m.call::<i64>("f", (21,)).unwrap(), 42);
}

// ---- conversions ---------------------------------------------------------------------------

#[test]
fn conversions_round_trip() {
    let py = Interpreter::new();
    let m = py.exec("def ident(x):\n    return x\n", "conv").unwrap();
    let f = m.function("ident").unwrap();
    assert_eq!(py.call::<i64>(&f, (-5i64,)).unwrap(), -5);
    assert_eq!(py.call::<i32>(&f, (7i32,)).unwrap(), 7);
    assert_eq!(py.call::<u32>(&f, (7u32,)).unwrap(), 7);
    assert_eq!(py.call::<usize>(&f, (9usize,)).unwrap(), 9);
    assert_eq!(py.call::<u64>(&f, (u64::MAX,)).unwrap(), u64::MAX);
    assert_eq!(py.call::<f64>(&f, (1.5,)).unwrap(), 1.5);
    assert_eq!(py.call::<f64>(&f, (2i64,)).unwrap(), 2.0);
    assert!(py.call::<bool>(&f, (true,)).unwrap());
    assert_eq!(py.call::<String>(&f, ("héllo",)).unwrap(), "héllo");
    assert_eq!(py.call::<String>(&f, (String::from("s"),)).unwrap(), "s");
    assert_eq!(
        py.call::<Vec<i64>>(&f, (vec![1i64, 2, 3],)).unwrap(),
        vec![1, 2, 3]
    );
    let mut h = HashMap::new();
    h.insert("a".to_string(), vec![1.0f64]);
    assert_eq!(
        py.call::<HashMap<String, Vec<f64>>>(&f, (h.clone(),))
            .unwrap(),
        h
    );
    assert_eq!(py.call::<Option<i64>>(&f, (None::<i64>,)).unwrap(), None);
    assert_eq!(py.call::<Option<i64>>(&f, (Some(3i64),)).unwrap(), Some(3));
    assert_eq!(
        py.call::<(i64, String)>(&f, ((1i64, "x"),)).unwrap(),
        (1, "x".to_string())
    );
    assert_eq!(
        py.call::<(i64, bool, f64)>(&f, ((1i64, false, 0.5),))
            .unwrap(),
        (1, false, 0.5)
    );
    assert_eq!(
        py.call::<(i64, i64, i64, i64)>(&f, ((1i64, 2i64, 3i64, 4i64),))
            .unwrap(),
        (1, 2, 3, 4)
    );
    py.call::<()>(&f, ((),)).unwrap();
    // Values built by scripts.
    assert_eq!(
        py.eval::<HashMap<String, (i64, Option<String>)>>("{'k': (1, None)}")
            .unwrap()["k"],
        (1, None)
    );
    assert_eq!(
        py.eval::<Vec<String>>("'a b c'.split()").unwrap(),
        vec!["a", "b", "c"]
    );
    assert_eq!(py.eval::<i64>("2**40").unwrap(), 1 << 40);
}

#[test]
fn conversion_mismatch_is_a_clear_error() {
    let py = Interpreter::new();
    let e = py.eval::<i64>("'text'").unwrap_err();
    assert_eq!(e.to_string(), "conversion error: expected int, got str");
    match e {
        Error::Conversion(c) => {
            assert_eq!(c.expected, "int");
            assert_eq!(c.found, "str");
        }
        other => panic!("unexpected {other:?}"),
    }
    let e = py.eval::<u32>("-1").unwrap_err();
    assert!(e.to_string().contains("out of range"), "{e}");
    let e = py.eval::<(i64, i64)>("(1, 2, 3)").unwrap_err();
    assert!(e.to_string().contains("tuple of length 2"), "{e}");
    let e = py.eval::<bool>("1").unwrap_err();
    assert!(e.to_string().contains("expected bool, got int"), "{e}");
    still_works(&py);
}

#[test]
fn globals_get_set_and_kwargs() {
    let py = Interpreter::new();
    let m = py
        .exec(
            "count = 1\ndef f(a, b=2, *, c=3):\n    return a + b * 10 + c * 100 + count * 1000\n",
            "g",
        )
        .unwrap();
    assert_eq!(m.get::<i64>("count").unwrap(), 1);
    m.set("count", 5).unwrap();
    let f = m.function("f").unwrap();
    assert_eq!(py.call::<i64>(&f, (1,)).unwrap(), 5321);
    assert_eq!(py.call_kw::<i64>(&f, (1,), [("c", 9)]).unwrap(), 5921);
    let b = py.to_object(7).unwrap();
    let c = py.to_object(0).unwrap();
    assert_eq!(
        py.call_kw::<i64>(&f, (1,), vec![("b", b), ("c", c)])
            .unwrap(),
        5071
    );
    let e = m.get::<i64>("missing").unwrap_err();
    assert_eq!(e.exception_type(), Some("NameError"));
    assert_eq!(m.eval::<i64>("count + 1").unwrap(), 6);
    // The module is importable by scripts.
    assert_eq!(
        py.exec("import g\nc = g.count", "imp")
            .unwrap()
            .get::<i64>("c")
            .unwrap(),
        5
    );
}

#[test]
fn handles_are_send_and_outlive_calls() {
    let py = Interpreter::new();
    let obj: Object = py.eval("[1, 2, 3]").unwrap();
    let py2 = py.clone();
    let t =
        std::thread::spawn(move || py2.call::<i64>(&py2.eval::<Object>("len").unwrap(), (obj,)));
    assert_eq!(t.join().unwrap().unwrap(), 3);
}

// ---- host functions, modules, types -----------------------------------------------------------

#[test]
fn host_functions_and_modules() {
    let py = Interpreter::new();
    py.set_function("add", |a: i64, b: i64| Ok::<_, String>(a + b))
        .unwrap();
    py.set_function("nothing", || Ok::<_, String>(())).unwrap();
    py.set_function("join", |v: Vec<String>, sep: String| {
        Ok::<_, String>(v.join(&sep))
    })
    .unwrap();
    py.register_module(
        HostModule::new("hostmath")
            .function("square", |x: f64| Ok::<_, String>(x * x))
            .function("pair", |a: i64, b: String, c: bool, d: Option<i64>| {
                Ok::<_, String>((a, b, c, d))
            })
            .constant("ANSWER", 42),
    )
    .unwrap();
    let m = py
        .exec(
            "import hostmath\nfrom hostmath import square\n\
             r = (add(1, 2), square(3.0), hostmath.ANSWER, nothing(), join(['a', 'b'], '-'),\n\
                  hostmath.pair(1, 'x', True, None))\n",
            "uses",
        )
        .unwrap();
    let (a, b, c, d): (i64, f64, i64, ()) = m.eval("r[:4]").unwrap();
    assert_eq!(d, ());
    assert_eq!((a, b, c), (3, 9.0, 42));
    assert_eq!(m.eval::<String>("r[4]").unwrap(), "a-b");
    assert_eq!(
        m.eval::<(i64, String, bool, Option<i64>)>("r[5]").unwrap(),
        (1, "x".to_string(), true, None)
    );
    // Wrong argument types and counts are TypeErrors scripts can catch.
    let msg: String = py
        .exec(
            "try:\n    add('x', 1)\nexcept TypeError as e:\n    msg = str(e)\n",
            "bad",
        )
        .unwrap()
        .get("msg")
        .unwrap();
    assert_eq!(msg, "add() argument 1: expected int, got str");
    let e = py.eval::<i64>("add(1)").unwrap_err();
    assert_eq!(e.exception_type(), Some("TypeError"));
    assert!(e
        .to_string()
        .contains("takes 2 positional arguments but 1 was given"));
}

#[test]
fn host_errors_become_catchable_exceptions() {
    let py = Interpreter::new();
    py.set_function("fails", |x: i64| -> Result<i64, String> {
        Err(format!("bad value {x}"))
    })
    .unwrap();
    py.set_function("fails_value", |_x: i64| -> Result<i64, HostError> {
        Err(HostError::new("ValueError", "not allowed"))
    })
    .unwrap();
    let m = py
        .exec(
            "out = []\ntry:\n    fails(3)\nexcept RuntimeError as e:\n    out.append(str(e))\n\
             try:\n    fails_value(1)\nexcept ValueError as e:\n    out.append(str(e))\n",
            "catch",
        )
        .unwrap();
    assert_eq!(
        m.get::<Vec<String>>("out").unwrap(),
        vec!["bad value 3", "not allowed"]
    );
    // Uncaught: it reaches the host as a script exception with a traceback.
    let e = py
        .exec("def g():\n    fails(7)\ng()\n", "uncaught")
        .unwrap_err();
    let s = e.script_error().unwrap();
    assert_eq!(s.type_name, "RuntimeError");
    assert_eq!(s.message, "bad value 7");
    assert!(
        s.traceback.contains("Traceback (most recent call last):"),
        "{}",
        s.traceback
    );
    assert!(s.traceback.contains("in g"), "{}", s.traceback);
    assert!(
        s.traceback.ends_with("RuntimeError: bad value 7\n"),
        "{}",
        s.traceback
    );
    still_works(&py);
}

#[test]
fn script_exceptions_reach_the_host() {
    let py = Interpreter::new();
    let e = py.exec("x = 1\ny = x / 0\n", "zde").unwrap_err();
    assert_eq!(e.exception_type(), Some("ZeroDivisionError"));
    assert_eq!(e.to_string(), "ZeroDivisionError: division by zero");
    let tb = &e.script_error().unwrap().traceback;
    assert!(tb.contains("line 2"), "{tb}");
    let e = py.exec("def f(:\n", "syn").unwrap_err();
    assert_eq!(e.exception_type(), Some("SyntaxError"));
    let e = py.eval::<i64>("1 +").unwrap_err();
    assert_eq!(e.exception_type(), Some("SyntaxError"));
    let e = py.exec("raise KeyError('k')", "ke").unwrap_err();
    assert_eq!(e.exception_type(), Some("KeyError"));
    still_works(&py);
}

#[test]
fn panic_in_host_function_becomes_an_exception() {
    let py = Interpreter::new();
    py.set_function("boom", |x: i64| -> Result<i64, String> {
        if x > 0 {
            panic!("host bug {x}");
        }
        Ok(x)
    })
    .unwrap();
    let caught: String = py
        .exec(
            "try:\n    boom(1)\nexcept RuntimeError as e:\n    caught = str(e)\n",
            "p",
        )
        .unwrap()
        .get("caught")
        .unwrap();
    assert_eq!(caught, "host function 'boom' panicked: host bug 1");
    let e = py.eval::<i64>("boom(2)").unwrap_err();
    assert_eq!(e.exception_type(), Some("RuntimeError"));
    assert_eq!(py.eval::<i64>("boom(0)").unwrap(), 0);
    still_works(&py);
}

struct Account {
    balance: AtomicI64,
    log: Mutex<Vec<String>>,
}

#[test]
fn host_type_methods_and_attributes() {
    let py = Interpreter::new();
    py.register_type(
        HostType::<Account>::new("Account")
            .constructor(|start: i64| {
                Ok::<_, String>(Account {
                    balance: AtomicI64::new(start),
                    log: Mutex::new(Vec::new()),
                })
            })
            .method("deposit", |a: &Account, n: i64| {
                if n <= 0 {
                    return Err(HostError::new("ValueError", "deposit must be positive"));
                }
                a.log.lock().unwrap().push(format!("+{n}"));
                Ok(a.balance.fetch_add(n, Ordering::SeqCst) + n)
            })
            .method("history", |a: &Account| {
                Ok::<_, String>(a.log.lock().unwrap().clone())
            })
            .getter("balance", |a: &Account| {
                Ok::<_, String>(a.balance.load(Ordering::SeqCst))
            })
            .setter("balance", |a: &Account, v: i64| {
                a.balance.store(v, Ordering::SeqCst);
                Ok::<_, String>(())
            }),
    )
    .unwrap();
    let m = py
        .exec(
            "a = Account(10)\na.deposit(5)\nd = a.deposit\nd(1)\nb = a.balance\n\
             a.balance = 100\ntry:\n    a.deposit(-1)\nexcept ValueError as e:\n    err = str(e)\n\
             ok = isinstance(a, Account)\nname = type(a).__name__\n",
            "acct",
        )
        .unwrap();
    assert_eq!(m.get::<i64>("b").unwrap(), 16);
    assert_eq!(m.eval::<i64>("a.balance").unwrap(), 100);
    assert_eq!(m.get::<String>("err").unwrap(), "deposit must be positive");
    assert!(m.get::<bool>("ok").unwrap());
    assert_eq!(m.get::<String>("name").unwrap(), "Account");
    assert_eq!(
        m.eval::<Vec<String>>("a.history()").unwrap(),
        vec!["+5", "+1"]
    );
    // The host reads the same object back, and passes its own instances in.
    let acct: Arc<Account> = m.get("a").unwrap();
    assert_eq!(acct.balance.load(Ordering::SeqCst), 100);
    let mine = Arc::new(Account {
        balance: AtomicI64::new(7),
        log: Mutex::new(Vec::new()),
    });
    m.set("mine", mine.clone()).unwrap();
    assert_eq!(m.eval::<i64>("mine.deposit(3)").unwrap(), 10);
    assert_eq!(mine.balance.load(Ordering::SeqCst), 10);
    let e = m.eval::<i64>("a.nosuch").unwrap_err();
    assert_eq!(e.exception_type(), Some("AttributeError"));
}

// ---- output hook and sandbox ------------------------------------------------------------------

#[test]
fn print_goes_to_the_host_callback() {
    let out = Arc::new(Mutex::new(String::new()));
    let sink = out.clone();
    let py = Interpreter::builder()
        .stdout(move |s| sink.lock().unwrap().push_str(s))
        .build();
    py.exec(
        "import sys\nprint('a', 1, sep='-')\nsys.stdout.write('w\\n')\nprint('x', end='')\n",
        "out",
    )
    .unwrap();
    assert_eq!(*out.lock().unwrap(), "a-1\nw\nx");
}

#[test]
fn exceptions_in_script_threads_go_to_the_stderr_hook() {
    let err = Arc::new(Mutex::new(String::new()));
    let sink = err.clone();
    let py = Interpreter::builder()
        .stderr(move |s| sink.lock().unwrap().push_str(s))
        .build();
    py.exec(
        "import threading\ndef boom():\n    raise ValueError('bad')\n\
         t = threading.Thread(target=boom, name='B')\nt.start()\nt.join()\n",
        "thread_err",
    )
    .unwrap();
    let text = err.lock().unwrap().clone();
    assert!(text.starts_with("Exception in thread B:\n"), "{text:?}");
    assert!(text.ends_with("ValueError: bad\n"), "{text:?}");
}

#[test]
fn sandbox_has_no_file_or_process_access() {
    let py = Interpreter::builder().sandboxed(true).build();
    let e = py.exec("open('/etc/hostname')", "s1").unwrap_err();
    assert_eq!(e.exception_type(), Some("NameError"));
    let e = py.exec("import os", "s2").unwrap_err();
    assert_eq!(e.exception_type(), Some("ModuleNotFoundError"));
    let e = py.exec("import os.path", "s3").unwrap_err();
    assert_eq!(e.exception_type(), Some("ModuleNotFoundError"));
    let e = py.exec("input()", "s4").unwrap_err();
    assert_eq!(e.exception_type(), Some("NameError"));
    // Scripts can catch it and carry on; pure modules still work.
    let m = py
        .exec(
            "try:\n    import os\n    r = 'imported'\nexcept ImportError:\n    r = 'blocked'\n\
             import math, json\nv = json.dumps([math.floor(2.5)])\n",
            "s5",
        )
        .unwrap();
    assert_eq!(m.get::<String>("r").unwrap(), "blocked");
    assert_eq!(m.get::<String>("v").unwrap(), "[2]");
    still_works(&py);
    // Another, unsandboxed VM in the same process is unaffected.
    let free = Interpreter::new();
    assert!(free.exec("import os\nx = os.getcwd()", "free").is_ok());
}

#[test]
fn module_search_path() {
    let dir = std::env::temp_dir().join(format!("fibra-embed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("helper_mod.py"),
        "def triple(x):\n    return 3 * x\n",
    )
    .unwrap();
    let py = Interpreter::builder()
        .module_path(dir.to_string_lossy())
        .build();
    let u = py
        .exec("import helper_mod\nr = helper_mod.triple(14)", "u")
        .unwrap();
    assert_eq!(u.get::<i64>("r").unwrap(), 42);
    let m = py.import("helper_mod").unwrap();
    assert_eq!(m.call::<i64>("triple", (2,)).unwrap(), 6);
    std::fs::write(dir.join("prog.py"), "value = 6 * 7\n").unwrap();
    let p = py.exec_file(dir.join("prog.py")).unwrap();
    assert_eq!(p.get::<i64>("value").unwrap(), 42);
    let _ = std::fs::remove_dir_all(&dir);
}

// ---- limits -----------------------------------------------------------------------------------

#[test]
fn operation_budget_per_call() {
    let py = Interpreter::new();
    let tight = py.with_limits(Limits::none().max_operations(10_000));
    let e = tight
        .exec("i = 0\nwhile True:\n    i += 1\n", "spin")
        .unwrap_err();
    assert!(e.is_operation_limit(), "{e:?}");
    // A script cannot swallow it.
    let e = tight
        .exec(
            "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass\n",
            "swallow",
        )
        .unwrap_err();
    assert!(e.is_operation_limit(), "{e:?}");
    // Within budget is fine; each call gets a fresh budget.
    assert_eq!(
        tight.eval::<i64>("sum(i for i in range(100))").unwrap(),
        4950
    );
    assert_eq!(
        tight.eval::<i64>("sum(i for i in range(100))").unwrap(),
        4950
    );
    still_works(&py);
    still_works(&tight);
}

#[test]
fn operation_budget_per_vm() {
    let py = Interpreter::builder().max_total_operations(50_000).build();
    let m = py
        .exec("def spin(n):\n    for i in range(n):\n        pass\n", "m")
        .unwrap();
    m.call::<()>("spin", (10_000,)).unwrap();
    let e = m.call::<()>("spin", (1_000_000,)).unwrap_err();
    assert!(e.is_operation_limit(), "{e:?}");
    assert!(m
        .call::<()>("spin", (10,))
        .unwrap_err()
        .is_operation_limit());
    py.reset_operations();
    m.call::<()>("spin", (10_000,)).unwrap();
}

#[test]
fn recursion_cap() {
    let py = Interpreter::new();
    let m = py
        .exec(
            "def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n",
            "rec",
        )
        .unwrap();
    let capped = py.with_limits(Limits::none().max_recursion(50));
    let f = m.function("down").unwrap();
    assert_eq!(capped.call::<i64>(&f, (40,)).unwrap(), 40);
    let e = capped.call::<i64>(&f, (100,)).unwrap_err();
    assert_eq!(e.exception_type(), Some("RecursionError"));
    assert_eq!(capped.call::<i64>(&f, (40,)).unwrap(), 40);
    // The interpreter-wide limit.
    let small = Interpreter::builder().recursion_limit(30).build();
    let m = small
        .exec(
            "def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n",
            "rec",
        )
        .unwrap();
    assert_eq!(m.call::<i64>("down", (20,)).unwrap(), 20);
    assert_eq!(
        m.call::<i64>("down", (100,)).unwrap_err().exception_type(),
        Some("RecursionError")
    );
    still_works(&small);
}

#[test]
fn memory_cap() {
    let py = Interpreter::builder().memory_limit(8 << 20).build();
    // One big allocation is refused before it happens.
    let e = py.exec("x = 'y' * (100 << 20)", "big").unwrap_err();
    assert_eq!(e.exception_type(), Some("MemoryError"));
    let e = py.exec("x = [0] * (100 << 20)", "big2").unwrap_err();
    assert_eq!(e.exception_type(), Some("MemoryError"));
    // Many small ones hit the cap at a safepoint. (Module globals live for ever, so
    // the objects are kept in a function's locals, freed when the exception unwinds.)
    let e = py
        .exec("def grow():\n    keep = []\n    while True:\n        keep.append('z' * 1000 + str(len(keep)))\ngrow()\n", "grow")
        .unwrap_err();
    assert_eq!(e.exception_type(), Some("MemoryError"));
    // Scripts can catch it, and memory comes back once the objects are freed.
    let m = py
        .exec(
            "def fill():\n    keep = []\n    while True:\n        keep.append('q' * 1000 + str(len(keep)))\n\
             try:\n    fill()\nexcept MemoryError:\n    caught = True\n",
            "catchmem",
        )
        .unwrap();
    assert!(m.get::<bool>("caught").unwrap());
    still_works(&py);
    assert_eq!(py.eval::<usize>("len('a' * 1000000)").unwrap(), 1_000_000);
}

#[test]
fn memory_cap_counts_container_growth() {
    // Small ints, None and True are not heap objects: only the containers' storage grows.
    let py = Interpreter::builder().memory_limit(16 << 20).build();
    for (name, body) in [
        ("list", "keep = []\n    while True:\n        keep.append(0)"),
        (
            "dict",
            "keep = {}\n    i = 0\n    while True:\n        keep[i] = None\n        i += 1",
        ),
        (
            "set",
            "keep = set()\n    i = 0\n    while True:\n        keep.add(i)\n        i += 1",
        ),
        (
            "bytearray",
            "keep = bytearray()\n    while True:\n        keep += b'x' * 4096",
        ),
    ] {
        let src = format!(
            "def grow():\n    {body}\ntry:\n    grow()\nexcept MemoryError:\n    caught = True\n"
        );
        let m = py.exec(&src, name).unwrap();
        assert!(m.get::<bool>("caught").unwrap(), "{name}");
        still_works(&py);
    }
    // The credit on freeing matches the charges: after many grow/free rounds the cap
    // has not filled up.
    py.exec(
        "def churn():\n    for _ in range(200):\n        x = list(range(100000))\n        x.append(1)\n        d = dict.fromkeys(range(10000))\n        del x, d\nchurn()\n",
        "churn",
    )
    .unwrap();
    still_works(&py);
}

#[test]
fn memory_cap_stops_a_decompression_bomb() {
    // 64 MiB of zeros compress to ~64 KiB; inflating them under a 16 MiB cap is a
    // MemoryError (the output growth is checked), for one-shot and streaming decoders.
    let py = Interpreter::builder().memory_limit(16 << 20).build();
    let m = py
        .exec(
            "import zlib\n\
             c = zlib.compressobj()\n\
             bomb = b''.join([c.compress(bytes(1 << 20)) for _ in range(64)]) + c.flush()\n\
             caught = 0\n\
             try:\n    zlib.decompress(bomb)\nexcept MemoryError:\n    caught += 1\n\
             try:\n    zlib.decompressobj().decompress(bomb)\nexcept MemoryError:\n    caught += 1\n\
             small = len(zlib.decompressobj().decompress(bomb, 1 << 20))\n",
            "bomb",
        )
        .unwrap();
    assert_eq!(m.get::<i64>("caught").unwrap(), 2);
    assert_eq!(m.get::<i64>("small").unwrap(), 1 << 20);
    still_works(&py);
}

#[test]
fn interrupt_stops_running_code_quickly() {
    let py = Interpreter::new();
    let handle = py.interrupt_handle();
    let started = Arc::new(Mutex::new(None::<Instant>));
    let s2 = started.clone();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        *s2.lock().unwrap() = Some(Instant::now());
        handle.interrupt();
    });
    let e = py
        .exec(
            "n = 0\nwhile True:\n    try:\n        n += 1\n    except BaseException:\n        pass\n",
            "spin",
        )
        .unwrap_err();
    let latency = started.lock().unwrap().unwrap().elapsed();
    t.join().unwrap();
    assert!(e.is_interrupted(), "{e:?}");
    assert!(latency < Duration::from_millis(100), "{latency:?}");
    still_works(&py);
    // A sleeping script sees it too.
    let handle = py.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    let t0 = Instant::now();
    let e = py
        .exec("import time\ntime.sleep(30)\n", "sleepy")
        .unwrap_err();
    assert!(e.is_interrupted());
    assert!(t0.elapsed() < Duration::from_secs(2));
    t.join().unwrap();
    still_works(&py);
}

#[test]
fn many_host_threads_share_one_interpreter() {
    let py = Interpreter::new();
    let m = py
        .exec(
            "import threading\nlock = threading.Lock()\ntotal = 0\n\
             def work(n):\n    global total\n    s = 0\n    for i in range(n):\n        s += i\n\
             \n    with lock:\n        total += 1\n    return s\n",
            "shared",
        )
        .unwrap();
    let f = m.function("work").unwrap();
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let py = py.clone();
            let f = f.clone();
            std::thread::spawn(move || {
                (0..20)
                    .map(|_| py.call::<i64>(&f, (1000,)).unwrap())
                    .sum::<i64>()
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), 20 * 499500);
    }
    assert_eq!(m.get::<i64>("total").unwrap(), 160);
}

/// Dropping the last handle of an interpreter runs the `__del__` methods of what its
/// modules reach, with the modules intact, as the end of a `fibra` program does; dropping
/// a clone while another handle lives runs nothing.
#[test]
fn dropping_the_last_handle_runs_finalizers() {
    let out = Arc::new(Mutex::new(String::new()));
    let sink = out.clone();
    let py = Interpreter::builder()
        .stdout(move |s| sink.lock().unwrap().push_str(s))
        .build();
    py.exec(
        "TAG = 'del'\n\
         class R:\n\
         \x20   def __init__(self, n):\n\
         \x20       self.n = n\n\
         \x20   def __del__(self):\n\
         \x20       print(TAG if 'TAG' in globals() else 'emptied', self.n)\n\
         only_global = R(1)\n\
         in_a_list = [R(2)]\n",
        "fin",
    )
    .unwrap();
    let clone = py.clone();
    drop(py);
    clone.flush();
    assert_eq!(*out.lock().unwrap(), "");
    drop(clone);
    // Both are finalised with their module still intact (as CPython's last collection
    // does), before the namespaces are emptied.
    assert_eq!(*out.lock().unwrap(), "del 1\ndel 2\n");
}
