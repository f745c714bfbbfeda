//! Rust-level tests of the builtins and native modules (no script code involved).

use crate::ctx::{Ctx, Vm};
use crate::error::{Exc, PyResult};
use crate::object::Payload;
use crate::ops;
use crate::types::{self, types};
use crate::value::Value;

/// A context over a fresh VM with the builtins module.
pub(crate) fn cx() -> Ctx {
    types::init();
    Ctx::new(Vm::new(vec!["prog.py".into(), "a".into()]))
}

/// Attribute `name` of a module (or the builtins module).
pub(crate) fn attr(m: &Value, name: &str) -> Value {
    m.namespace()
        .and_then(|ns| ns.get_str(name))
        .unwrap_or_else(|| panic!("no attribute {name}"))
}

pub(crate) fn builtin(cx: &Ctx, name: &str) -> Value {
    attr(&cx.vm.builtins, name)
}

pub(crate) fn call(cx: &mut Ctx, f: &Value, args: &[Value]) -> PyResult<Value> {
    ops::call(cx, f, args)
}

/// Calls with keyword arguments given as (name, value) pairs.
pub(crate) fn call_kw(
    cx: &mut Ctx,
    f: &Value,
    args: &[Value],
    kw: &[(&str, Value)],
) -> PyResult<Value> {
    let mut values = args.to_vec();
    let mut names = Vec::new();
    for (k, v) in kw {
        values.push(v.clone());
        names.push(Value::str(k));
    }
    ops::call_kw(cx, f, &values, &names)
}

pub(crate) fn s(v: &str) -> Value {
    Value::str(v)
}

pub(crate) fn i(v: i64) -> Value {
    Value::int(v)
}

pub(crate) fn list_of(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::List(l)) => l.items.lock().to_vec(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => panic!("not a list: {v:?}"),
    }
}

pub(crate) fn strs(v: &Value) -> Vec<String> {
    list_of(v)
        .iter()
        .map(|x| x.as_str().expect("str").to_string())
        .collect()
}

pub(crate) fn ints(v: &Value) -> Vec<i64> {
    list_of(v)
        .iter()
        .map(|x| x.as_int().expect("int"))
        .collect()
}

/// The exception's class name and first argument (its message).
pub(crate) fn exc_msg(e: &Exc) -> (String, String) {
    let name = e.value().type_name().to_string();
    let args = e.exception().map(|x| x.state.lock().args.clone());
    let msg = args
        .and_then(|a| a.as_tuple().and_then(|t| t.first().cloned()))
        .and_then(|m| m.as_str().map(str::to_string))
        .unwrap_or_default();
    (name, msg)
}

fn err_of(r: PyResult<Value>) -> (String, String) {
    match r {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => exc_msg(&e),
    }
}

#[test]
fn builtins_module_has_names() {
    let cx = cx();
    for name in [
        "object",
        "type",
        "int",
        "str",
        "list",
        "dict",
        "ValueError",
        "KeyError",
        "print",
        "len",
        "sorted",
        "enumerate",
        "zip",
        "map",
        "filter",
        "reversed",
        "open",
        "input",
        "NotImplemented",
        "Ellipsis",
        "isinstance",
        "OSError",
        "FileNotFoundError",
    ] {
        attr(&cx.vm.builtins, name);
    }
    assert!(builtin(&cx, "NotImplemented").is(&Value::NOT_IMPLEMENTED));
    assert!(builtin(&cx, "int").is(&types().int));
}

#[test]
fn len_hex_oct_bin() {
    let mut cx = cx();
    let len = builtin(&cx, "len");
    assert_eq!(
        call(&mut cx, &len, &[s("héllo")]).unwrap().as_int(),
        Some(5)
    );
    let e = err_of(call(&mut cx, &len, &[i(5)]));
    assert_eq!(
        e,
        (
            "TypeError".into(),
            "object of type 'int' has no len()".into()
        )
    );
    let hex = builtin(&cx, "hex");
    let oct = builtin(&cx, "oct");
    let bin = builtin(&cx, "bin");
    let h = |cx: &mut Ctx, f: &Value, v: Value| {
        call(cx, f, &[v]).unwrap().as_str().unwrap().to_string()
    };
    assert_eq!(h(&mut cx, &hex, i(255)), "0xff");
    assert_eq!(h(&mut cx, &hex, i(-1)), "-0x1");
    assert_eq!(h(&mut cx, &oct, i(-8)), "-0o10");
    assert_eq!(h(&mut cx, &bin, i(0)), "0b0");
    assert_eq!(h(&mut cx, &bin, i(-3)), "-0b11");
    let big = Value::bigint(num_bigint::BigInt::from(1) << 80);
    assert_eq!(h(&mut cx, &hex, big), "0x100000000000000000000");
    assert_eq!(h(&mut cx, &bin, Value::TRUE), "0b1");
}

#[test]
fn ord_chr() {
    let mut cx = cx();
    let ord = builtin(&cx, "ord");
    let chr = builtin(&cx, "chr");
    assert_eq!(call(&mut cx, &ord, &[s("€")]).unwrap().as_int(), Some(8364));
    assert_eq!(
        err_of(call(&mut cx, &ord, &[s("ab")])).1,
        "ord() expected a character, but string of length 2 found"
    );
    assert_eq!(call(&mut cx, &chr, &[i(97)]).unwrap().as_str(), Some("a"));
    assert_eq!(
        err_of(call(&mut cx, &chr, &[i(0x110000)])),
        (
            "ValueError".into(),
            "chr() arg not in range(0x110000)".into()
        )
    );
    assert_eq!(err_of(call(&mut cx, &chr, &[i(-1)])).0, "ValueError");
}

#[test]
fn numeric_builtins() {
    let mut cx = cx();
    let divmod = builtin(&cx, "divmod");
    let r = call(&mut cx, &divmod, &[i(-17), i(5)]).unwrap();
    assert_eq!(ints(&r), vec![-4, 3]);
    let r = call(&mut cx, &divmod, &[Value::float(17.5), i(5)]).unwrap();
    let t = list_of(&r);
    assert_eq!((t[0].as_float(), t[1].as_float()), (Some(3.0), Some(2.5)));
    assert_eq!(
        err_of(call(&mut cx, &divmod, &[i(1), i(0)])).0,
        "ZeroDivisionError"
    );
    let pow = builtin(&cx, "pow");
    let r = call(&mut cx, &pow, &[i(2), i(100), i(1_000_000_007)]).unwrap();
    assert_eq!(r.as_int(), Some(976371285));
    let r = call(&mut cx, &pow, &[i(3), i(-1), i(7)]).unwrap();
    assert_eq!(r.as_int(), Some(5));
    assert_eq!(
        err_of(call(&mut cx, &pow, &[i(2), i(3), i(0)])).1,
        "pow() 3rd argument cannot be 0"
    );
    let abs = builtin(&cx, "abs");
    assert_eq!(call(&mut cx, &abs, &[i(-5)]).unwrap().as_int(), Some(5));
    assert_eq!(
        call(&mut cx, &abs, &[Value::float(-0.0)])
            .unwrap()
            .as_float(),
        Some(0.0)
    );
}

#[test]
fn sum_min_max() {
    let mut cx = cx();
    let sum = builtin(&cx, "sum");
    let l = Value::list(vec![i(1), i(2), i(3)]);
    assert_eq!(
        call(&mut cx, &sum, std::slice::from_ref(&l))
            .unwrap()
            .as_int(),
        Some(6)
    );
    assert_eq!(
        call(&mut cx, &sum, &[l.clone(), i(10)]).unwrap().as_int(),
        Some(16)
    );
    let big = Value::list(vec![i(i64::MAX / 2), i(i64::MAX / 2), i(i64::MAX / 2)]);
    let r = call(&mut cx, &sum, &[big]).unwrap();
    assert_eq!(
        r.as_bigint().unwrap(),
        num_bigint::BigInt::from(i64::MAX / 2) * 3
    );
    let fl = Value::list(vec![Value::float(0.5), Value::float(0.25)]);
    assert_eq!(call(&mut cx, &sum, &[fl]).unwrap().as_float(), Some(0.75));
    assert_eq!(
        err_of(call(&mut cx, &sum, &[l.clone(), s("")])).1,
        "sum() can't sum strings [use ''.join(seq) instead]"
    );
    let min = builtin(&cx, "min");
    let max = builtin(&cx, "max");
    assert_eq!(
        call(&mut cx, &min, &[i(3), i(1), i(2)]).unwrap().as_int(),
        Some(1)
    );
    assert_eq!(
        call(&mut cx, &max, std::slice::from_ref(&l))
            .unwrap()
            .as_int(),
        Some(3)
    );
    let empty = Value::list(vec![]);
    assert_eq!(
        err_of(call(&mut cx, &min, std::slice::from_ref(&empty))),
        ("ValueError".into(), "min() arg is an empty sequence".into())
    );
    let r = call_kw(&mut cx, &max, &[empty], &[("default", s("d"))]).unwrap();
    assert_eq!(r.as_str(), Some("d"));
    // key=abs: the first of equal keys wins.
    let abs = builtin(&cx, "abs");
    let l2 = Value::list(vec![i(-3), i(3), i(1)]);
    let r = call_kw(&mut cx, &max, &[l2], &[("key", abs)]).unwrap();
    assert_eq!(r.as_int(), Some(-3));
}

#[test]
fn sorted_is_stable_with_key_and_reverse() {
    let mut cx = cx();
    let sorted = builtin(&cx, "sorted");
    let abs = builtin(&cx, "abs");
    let l = Value::list(vec![i(-3), i(2), i(-1), i(1), i(3)]);
    let r = call_kw(
        &mut cx,
        &sorted,
        std::slice::from_ref(&l),
        &[("key", abs.clone())],
    )
    .unwrap();
    assert_eq!(ints(&r), vec![-1, 1, 2, -3, 3]);
    let r = call_kw(
        &mut cx,
        &sorted,
        std::slice::from_ref(&l),
        &[("key", abs), ("reverse", Value::TRUE)],
    )
    .unwrap();
    assert_eq!(ints(&r), vec![-3, 3, 2, -1, 1]);
    // Longer input exercises the merge passes.
    let n = 200;
    let items: Vec<Value> = (0..n).map(|k| i((k * 7919) % 101)).collect();
    let r = call(&mut cx, &sorted, &[Value::list(items.clone())]).unwrap();
    let mut expect: Vec<i64> = items.iter().map(|v| v.as_int().unwrap()).collect();
    expect.sort();
    assert_eq!(ints(&r), expect);
}

#[test]
fn iterator_classes() {
    let mut cx = cx();
    let reversed = builtin(&cx, "reversed");
    let zip = builtin(&cx, "zip");
    let enumerate = builtin(&cx, "enumerate");
    let map = builtin(&cx, "map");
    let filter = builtin(&cx, "filter");
    let l = Value::list(vec![i(1), i(2), i(3)]);
    // Lists reverse through `list.__reversed__` (CPython's list_reverseiterator), so only
    // the order is checked here.
    let r = call(&mut cx, &reversed, std::slice::from_ref(&l)).unwrap();
    assert_eq!(
        ints(&Value::list(ops::to_vec(&mut cx, &r).unwrap())),
        vec![3, 2, 1]
    );
    // zip stops at the shortest; enumerate counts from start.
    let a = call(&mut cx, &reversed, std::slice::from_ref(&l)).unwrap();
    let b = call(&mut cx, &reversed, &[Value::list(vec![i(10), i(20)])]).unwrap();
    let z = call(&mut cx, &zip, &[a, b]).unwrap();
    let pairs = ops::to_vec(&mut cx, &z).unwrap();
    assert_eq!(pairs.len(), 2);
    assert_eq!(ints(&pairs[0]), vec![3, 20]);
    let it = call(&mut cx, &reversed, std::slice::from_ref(&l)).unwrap();
    let e = call_kw(&mut cx, &enumerate, &[it], &[("start", i(5))]).unwrap();
    let items = ops::to_vec(&mut cx, &e).unwrap();
    assert_eq!(ints(&items[2]), vec![7, 1]);
    let abs = builtin(&cx, "abs");
    let neg = Value::list(vec![i(-1), i(0), i(-2)]);
    let it = call(&mut cx, &reversed, std::slice::from_ref(&neg)).unwrap();
    let m = call(&mut cx, &map, &[abs, it]).unwrap();
    assert_eq!(m.type_name(), "map");
    assert_eq!(
        ints(&Value::list(ops::to_vec(&mut cx, &m).unwrap())),
        vec![2, 0, 1]
    );
    let it = call(&mut cx, &reversed, &[neg]).unwrap();
    let f = call(&mut cx, &filter, &[Value::NONE, it]).unwrap();
    assert_eq!(
        ints(&Value::list(ops::to_vec(&mut cx, &f).unwrap())),
        vec![-2, -1]
    );
    // strict zip
    let a = call(&mut cx, &reversed, &[l]).unwrap();
    let b = call(&mut cx, &reversed, &[Value::list(vec![i(1)])]).unwrap();
    let z = call_kw(&mut cx, &zip, &[a, b], &[("strict", Value::TRUE)]).unwrap();
    assert_eq!(
        err_of(ops::to_vec(&mut cx, &z).map(Value::list)).1,
        "zip() argument 2 is shorter than argument 1"
    );
    let set = Value::set_from(crate::object::SetObj::new());
    assert_eq!(
        err_of(call(&mut cx, &reversed, &[set])).1,
        "'set' object is not reversible"
    );
    let next = builtin(&cx, "next");
    assert_eq!(
        err_of(call(&mut cx, &next, &[Value::list(vec![])])).1,
        "'list' object is not an iterator"
    );
}

#[test]
fn isinstance_issubclass_callable() {
    let mut cx = cx();
    let t = types();
    let isinstance = builtin(&cx, "isinstance");
    let issubclass = builtin(&cx, "issubclass");
    let tup = Value::tuple(vec![t.str.clone(), t.int.clone()]);
    assert!(call(&mut cx, &isinstance, &[i(1), tup])
        .unwrap()
        .is(&Value::TRUE));
    assert_eq!(
        err_of(call(&mut cx, &isinstance, &[i(1), i(2)])).1,
        "isinstance() arg 2 must be a type, a tuple of types, or a union"
    );
    assert!(call(&mut cx, &issubclass, &[t.bool.clone(), t.int.clone()])
        .unwrap()
        .is(&Value::TRUE));
    assert_eq!(
        err_of(call(&mut cx, &issubclass, &[i(1), t.int.clone()])).1,
        "issubclass() arg 1 must be a class"
    );
    let callable = builtin(&cx, "callable");
    let len = builtin(&cx, "len");
    assert!(call(&mut cx, &callable, &[len]).unwrap().is(&Value::TRUE));
    assert!(call(&mut cx, &callable, &[i(1)]).unwrap().is(&Value::FALSE));
}

#[test]
fn files_roundtrip_and_errors() {
    let mut cx = cx();
    let open = builtin(&cx, "open");
    let dir = std::env::temp_dir().join(format!("fibra_lib_test_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = Value::string(dir.join("f.txt").to_string_lossy().into_owned());
    let f = call(&mut cx, &open, &[p.clone(), s("w")]).unwrap();
    let n = ops::call_method(&mut cx, &f, "write", &[s("héllo\nsecond\nthird")]).unwrap();
    assert_eq!(n.as_int(), Some(18));
    ops::call_method(&mut cx, &f, "close", &[]).unwrap();
    assert!(ops::getattr(&mut cx, &f, "closed")
        .unwrap()
        .is(&Value::TRUE));
    let f = call(&mut cx, &open, std::slice::from_ref(&p)).unwrap();
    let r = ops::call_method(&mut cx, &f, "read", &[i(2)]).unwrap();
    assert_eq!(r.as_str(), Some("hé"));
    let r = ops::call_method(&mut cx, &f, "readline", &[]).unwrap();
    assert_eq!(r.as_str(), Some("llo\n"));
    let r = ops::call_method(&mut cx, &f, "readlines", &[]).unwrap();
    assert_eq!(strs(&r), vec!["second\n", "third"]);
    ops::call_method(
        &mut cx,
        &f,
        "__exit__",
        &[Value::NONE, Value::NONE, Value::NONE],
    )
    .unwrap();
    let e = err_of(ops::call_method(&mut cx, &f, "read", &[]));
    assert_eq!(
        e,
        ("ValueError".into(), "I/O operation on closed file.".into())
    );
    // Binary mode returns bytes.
    let f = call(&mut cx, &open, &[p.clone(), s("rb")]).unwrap();
    let r = ops::call_method(&mut cx, &f, "read", &[]).unwrap();
    assert!(matches!(r.payload(), Some(Payload::Bytes(b)) if b.len() == 19));
    // Missing file.
    let missing = s("/definitely/not/here.txt");
    let e = call(&mut cx, &open, std::slice::from_ref(&missing)).unwrap_err();
    assert!(e.matches(&types().file_not_found_error));
    let errno = ops::getattr(&mut cx, e.value(), "errno").unwrap();
    assert_eq!(errno.as_int(), Some(2));
    let fname = ops::getattr(&mut cx, e.value(), "filename").unwrap();
    assert!(fname.is(&missing));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn print_to_file_object() {
    let mut cx = cx();
    let open = builtin(&cx, "open");
    let print = builtin(&cx, "print");
    let path = std::env::temp_dir().join(format!("fibra_lib_print_{}", std::process::id()));
    let p = Value::string(path.to_string_lossy().into_owned());
    let f = call(&mut cx, &open, &[p.clone(), s("w")]).unwrap();
    call_kw(
        &mut cx,
        &print,
        &[s("a"), s("b")],
        &[("sep", s("-")), ("file", f.clone())],
    )
    .unwrap();
    call_kw(
        &mut cx,
        &print,
        &[s("c")],
        &[("end", s("")), ("file", f.clone())],
    )
    .unwrap();
    ops::call_method(&mut cx, &f, "close", &[]).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "a-b\nc");
    std::fs::remove_file(&path).unwrap();
}

/// Builtin functions and classes, and the functions of native modules, are immortal: every
/// thread calls them, and counting them wrote one line that all of those threads share
/// (`benches/threads/item_reads.py own` ran slower at 2 threads than at 1).
#[test]
fn builtins_and_native_module_functions_are_immortal() {
    let mut cx = cx();
    for name in ["len", "isinstance", "range", "print", "int", "ValueError"] {
        let v = builtin(&cx, name);
        assert!(v.as_obj().unwrap().rc().is_immortal(), "builtin {name}");
    }
    let math = crate::interp::import::import_module(&mut cx, "math").unwrap();
    assert!(math.as_obj().unwrap().rc().is_immortal(), "module math");
    let sqrt = attr(&math, "sqrt");
    assert!(sqrt.as_obj().unwrap().rc().is_immortal(), "math.sqrt");
}
