//! Tests of the native modules at the Rust level.

use crate::builtins::tests::{attr, call, call_kw, cx, exc_msg, i, ints, list_of, s, strs};
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::Payload;
use crate::ops;
use crate::types::types;
use crate::value::Value;

use super::find_native;
use super::re_translate::translate;

fn module(cx: &mut Ctx, name: &str) -> Value {
    let init = find_native(name).expect("native module");
    init(cx).expect("module init")
}

fn err_of(r: PyResult<Value>) -> (String, String) {
    match r {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => exc_msg(&e),
    }
}

fn f64_of(v: &Value) -> f64 {
    v.as_float().expect("float")
}

// ---- re -----------------------------------------------------------------------------------

#[test]
fn re_translation() {
    let t = translate(r"\d+\Z", 0).unwrap();
    assert_eq!(t.body, r"\d+\z");
    let t = translate(r"a$", 0).unwrap();
    assert_eq!(t.body, r"a(?=\n?\z)");
    let t = translate(r"a$", super::re_translate::M).unwrap();
    assert_eq!((t.prefix.as_str(), t.body.as_str()), ("(?m)", "a$"));
    let t = translate(r"(?i)x{,3}[[a]{", 0).unwrap();
    assert_eq!(
        (t.prefix.as_str(), t.body.as_str()),
        ("(?i)", r"x{0,3}[\[a]\{")
    );
    let t = translate("a b # comment\n c [ ]", super::re_translate::X).unwrap();
    assert_eq!(t.body, "abc[ ]");
    assert!(translate(r"\q", 0).is_err());
    assert!(translate("(unclosed", 0).is_err());
    let t = translate(r"\d", super::re_translate::A).unwrap();
    assert_eq!(t.body, "[0-9]");
    assert_eq!(super::re_translate::escape("a.b*c 1+1"), r"a\.b\*c\ 1\+1");
}

#[test]
fn re_search_match_findall() {
    let mut cx = cx();
    let re = module(&mut cx, "re");
    let findall = attr(&re, "findall");
    let r = call(&mut cx, &findall, &[s(r"\d+"), s("a1 b22 c333")]).unwrap();
    assert_eq!(strs(&r), vec!["1", "22", "333"]);
    let r = call(&mut cx, &findall, &[s("x*"), s("axxb")]).unwrap();
    assert_eq!(strs(&r), vec!["", "xx", "", ""]);
    let r = call(&mut cx, &findall, &[s(r"(\w)(\d)"), s("a1 b2")]).unwrap();
    let items = list_of(&r);
    assert_eq!(strs(&items[1]), vec!["b", "2"]);
    // Lookahead (fancy-regex) and flags.
    let r = call(
        &mut cx,
        &findall,
        &[s(r"\d+(?=ms|s\b)"), s("slow 1200ms, 30s")],
    )
    .unwrap();
    assert_eq!(strs(&r), vec!["1200", "30"]);
    let r = call(&mut cx, &findall, &[s(r"^\w+"), s("one two\nthree"), i(8)]).unwrap();
    assert_eq!(strs(&r), vec!["one", "three"]);
    let r = call(&mut cx, &findall, &[s("hello"), s("Hello HELLO"), i(2)]).unwrap();
    assert_eq!(strs(&r), vec!["Hello", "HELLO"]);
    // search: spans in characters.
    let search = attr(&re, "search");
    let m = call(&mut cx, &search, &[s(r"(\d+)-(\d+)"), s("ééé: 10-20 end")]).unwrap();
    let span = ops::call_method(&mut cx, &m, "span", &[]).unwrap();
    assert_eq!(ints(&span), vec![5, 10]);
    let g = ops::call_method(&mut cx, &m, "group", &[i(2)]).unwrap();
    assert_eq!(g.as_str(), Some("20"));
    let end1 = ops::call_method(&mut cx, &m, "end", &[i(1)]).unwrap();
    assert_eq!(end1.as_int(), Some(7));
    let groups = ops::call_method(&mut cx, &m, "groups", &[]).unwrap();
    assert_eq!(strs(&groups), vec!["10", "20"]);
    // match is anchored at the start only; fullmatch needs the whole string.
    let match_ = attr(&re, "match");
    assert!(call(&mut cx, &match_, &[s(r"\d+"), s("abc123")])
        .unwrap()
        .is_none());
    let fullmatch = attr(&re, "fullmatch");
    assert!(call(&mut cx, &fullmatch, &[s("a|ab"), s("ab")])
        .unwrap()
        .downcast_native::<super::re::MatchObj>()
        .is_some());
    assert!(call(&mut cx, &fullmatch, &[s(r"\w+"), s("ab c")])
        .unwrap()
        .is_none());
    // Named groups, lastindex, groupdict.
    let m = call(
        &mut cx,
        &match_,
        &[s(r"(?P<key>\w+)=(?P<val>\w*)(x)?"), s("name=fibra")],
    )
    .unwrap();
    let k = ops::call_method(&mut cx, &m, "group", &[s("key")]).unwrap();
    assert_eq!(k.as_str(), Some("name"));
    let li = ops::getattr(&mut cx, &m, "lastindex").unwrap();
    assert_eq!(li.as_int(), Some(2));
    let g3 = ops::call_method(&mut cx, &m, "group", &[i(3)]).unwrap();
    assert!(g3.is_none());
    let gd = ops::call_method(&mut cx, &m, "groupdict", &[]).unwrap();
    let Some(Payload::Dict(d)) = gd.payload() else {
        panic!()
    };
    assert_eq!(d.get_str("val").unwrap().as_str(), Some("fibra"));
    let e = ops::call_method(&mut cx, &m, "group", &[i(9)]).unwrap_err();
    assert!(e.matches(&types().index_error));
}

#[test]
fn re_sub_split_errors() {
    let mut cx = cx();
    let re = module(&mut cx, "re");
    let sub = attr(&re, "sub");
    let r = call(
        &mut cx,
        &sub,
        &[s(r"(\w+)@(\w+)"), s(r"\2 at \1"), s("joe@example bob@host")],
    )
    .unwrap();
    assert_eq!(r.as_str(), Some("example at joe host at bob"));
    let r = call(
        &mut cx,
        &sub,
        &[
            s(r"(?P<f>\w+) (?P<l>\w+)"),
            s(r"\g<l>, \g<f>"),
            s("John Smith"),
        ],
    )
    .unwrap();
    assert_eq!(r.as_str(), Some("Smith, John"));
    let r = call_kw(
        &mut cx,
        &sub,
        &[s("a"), s("b"), s("aaaa")],
        &[("count", i(2))],
    )
    .unwrap();
    assert_eq!(r.as_str(), Some("bbaa"));
    let r = call(&mut cx, &sub, &[s("x*"), s("-"), s("abxd")]).unwrap();
    assert_eq!(r.as_str(), Some("-a-b--d-"));
    let r = call(&mut cx, &sub, &[s("x"), s(r"\n"), s("axb")]).unwrap();
    assert_eq!(r.as_str(), Some("a\nb"));
    // A builtin as the replacement function: repr of the Match is not needed, use len-free ascii.
    let subn = attr(&re, "subn");
    let r = call(&mut cx, &subn, &[s("a"), s("b"), s("banana")]).unwrap();
    let t = list_of(&r);
    assert_eq!((t[0].as_str(), t[1].as_int()), (Some("bbnbnb"), Some(3)));
    let split = attr(&re, "split");
    let r = call(&mut cx, &split, &[s("(,)"), s("a,b,c")]).unwrap();
    assert_eq!(strs(&r), vec!["a", ",", "b", ",", "c"]);
    let r = call(&mut cx, &split, &[s(r"\s+"), s("  lead and trail  ")]).unwrap();
    assert_eq!(strs(&r), vec!["", "lead", "and", "trail", ""]);
    let r = call_kw(
        &mut cx,
        &split,
        &[s(","), s("a,b,c,d")],
        &[("maxsplit", i(2))],
    )
    .unwrap();
    assert_eq!(strs(&r), vec!["a", "b", "c,d"]);
    let compile = attr(&re, "compile");
    let e = call(&mut cx, &compile, &[s("(unclosed")]).unwrap_err();
    assert!(e.matches(&attr(&re, "error")));
    assert!(e.matches(&types().exception));
    // Compiled patterns: attributes and the cache.
    let p = call(&mut cx, &compile, &[s(r"(?P<a>x)(y)"), i(2)]).unwrap();
    let p2 = call(&mut cx, &compile, &[s(r"(?P<a>x)(y)"), i(2)]).unwrap();
    assert!(p.is(&p2));
    assert_eq!(
        ops::getattr(&mut cx, &p, "groups").unwrap().as_int(),
        Some(2)
    );
    assert_eq!(
        ops::getattr(&mut cx, &p, "flags").unwrap().as_int(),
        Some(34)
    );
    let m = ops::call_method(&mut cx, &p, "search", &[s("zzXY"), i(1)]).unwrap();
    let span = ops::call_method(&mut cx, &m, "span", &[]).unwrap();
    assert_eq!(ints(&span), vec![2, 4]);
    let m = ops::call_method(&mut cx, &p, "match", &[s("zzXY"), i(2)]).unwrap();
    assert!(!m.is_none());
    let it = ops::call_method(&mut cx, &p, "finditer", &[s("xy xY")]).unwrap();
    assert_eq!(ops::to_vec(&mut cx, &it).unwrap().len(), 2);
}

// ---- json ---------------------------------------------------------------------------------

fn dumps(cx: &mut Ctx, json: &Value, v: Value, kw: &[(&str, Value)]) -> String {
    let f = attr(json, "dumps");
    call_kw(cx, &f, &[v], kw)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

fn dict(items: Vec<(&str, Value)>) -> Value {
    let d = Value::dict();
    if let Some(Payload::Dict(dd)) = d.payload() {
        for (k, v) in items {
            dd.set_str(k, v);
        }
    }
    d
}

#[test]
fn json_dumps_formats() {
    let mut cx = cx();
    let json = module(&mut cx, "json");
    let data = dict(vec![
        ("name", s("fibra")),
        ("version", Value::list(vec![i(0), i(1)])),
        ("ok", Value::TRUE),
        ("none", Value::NONE),
        ("nested", dict(vec![("a", Value::list(vec![]))])),
    ]);
    assert_eq!(
        dumps(&mut cx, &json, data.clone(), &[]),
        r#"{"name": "fibra", "version": [0, 1], "ok": true, "none": null, "nested": {"a": []}}"#
    );
    assert_eq!(
        dumps(&mut cx, &json, data.clone(), &[("sort_keys", Value::TRUE)]),
        r#"{"name": "fibra", "nested": {"a": []}, "none": null, "ok": true, "version": [0, 1]}"#
    );
    let seps = Value::tuple(vec![s(","), s(":")]);
    let small = dict(vec![("b", i(1)), ("a", i(2))]);
    assert_eq!(
        dumps(&mut cx, &json, small, &[("separators", seps)]),
        r#"{"b":1,"a":2}"#
    );
    assert_eq!(
        dumps(&mut cx, &json, s("é\n\"q\"😀"), &[]),
        r#""\u00e9\n\"q\"\ud83d\ude00""#
    );
    assert_eq!(
        dumps(&mut cx, &json, s("é"), &[("ensure_ascii", Value::FALSE)]),
        "\"é\""
    );
    let nested = dict(vec![
        (
            "list",
            Value::list(vec![i(1), dict(vec![("x", Value::NONE)])]),
        ),
        ("e", Value::list(vec![])),
    ]);
    assert_eq!(
        dumps(&mut cx, &json, nested, &[("indent", i(2))]),
        "{\n  \"list\": [\n    1,\n    {\n      \"x\": null\n    }\n  ],\n  \"e\": []\n}"
    );
    let big = Value::bigint(num_bigint::BigInt::from(10).pow(20));
    assert_eq!(dumps(&mut cx, &json, big, &[]), "100000000000000000000");
    let int_keys = Value::dict();
    if let Some(Payload::Dict(d)) = int_keys.payload() {
        d.set(&mut cx, i(1), s("int key")).unwrap();
        d.set(&mut cx, Value::NONE, Value::tuple(vec![i(1), i(2)]))
            .unwrap();
    }
    assert_eq!(
        dumps(&mut cx, &json, int_keys, &[]),
        r#"{"1": "int key", "null": [1, 2]}"#
    );
    let f = attr(&json, "dumps");
    let set = Value::set_from(crate::object::SetObj::new());
    assert_eq!(
        err_of(call(&mut cx, &f, &[dict(vec![("s", set)])])),
        (
            "TypeError".into(),
            "Object of type set is not JSON serializable".into()
        )
    );
    let l = Value::list(vec![]);
    if let Some(Payload::List(li)) = l.payload() {
        li.items.lock().push(l.clone());
    }
    assert_eq!(
        err_of(call(&mut cx, &f, std::slice::from_ref(&l))).1,
        "Circular reference detected"
    );
    if let Some(Payload::List(li)) = l.payload() {
        li.items.lock().clear();
    }
}

#[test]
fn json_loads_values_and_errors() {
    let mut cx = cx();
    let json = module(&mut cx, "json");
    let loads = attr(&json, "loads");
    let v = call(
        &mut cx,
        &loads,
        &[s(
            r#" {"a": [1, "x", true, false, null], "b": {"c": [[]]}, "e": -1e3} "#,
        )],
    )
    .unwrap();
    let Some(Payload::Dict(d)) = v.payload() else {
        panic!()
    };
    let a = list_of(&d.get_str("a").unwrap());
    assert_eq!(a[0].as_int(), Some(1));
    assert_eq!(a[1].as_str(), Some("x"));
    assert!(a[2].is(&Value::TRUE) && a[4].is_none());
    assert_eq!(d.get_str("e").unwrap().as_float(), Some(-1000.0));
    let v = call(&mut cx, &loads, &[s(r#""str\u00e9\n\ud83d\ude00""#)]).unwrap();
    assert_eq!(v.as_str(), Some("stré\n😀"));
    let v = call(&mut cx, &loads, &[s("12345678901234567890123")]).unwrap();
    assert_eq!(
        v.as_bigint().unwrap().to_string(),
        "12345678901234567890123"
    );
    assert_eq!(
        call(&mut cx, &loads, &[s("2.5")]).unwrap().as_float(),
        Some(2.5)
    );
    let cases = [
        (
            "{\"a\": 1,}",
            "Expecting property name enclosed in double quotes: line 1 column 9 (char 8)",
        ),
        ("[1, 2", "Expecting ',' delimiter: line 1 column 6 (char 5)"),
        ("nope", "Expecting value: line 1 column 1 (char 0)"),
        ("", "Expecting value: line 1 column 1 (char 0)"),
        (
            "{\"a\" 1}",
            "Expecting ':' delimiter: line 1 column 6 (char 5)",
        ),
        ("[1]\n x", "Extra data: line 2 column 2 (char 5)"),
        (
            "\"abc",
            "Unterminated string starting at: line 1 column 1 (char 0)",
        ),
        ("\"\\x\"", "Invalid \\escape: 'x': line 1 column 2 (char 1)"),
        ("[\"é\", ?]", "Expecting value: line 1 column 7 (char 6)"),
    ];
    let dec = attr(&json, "JSONDecodeError");
    for (doc, msg) in cases {
        let e = call(&mut cx, &loads, &[s(doc)]).unwrap_err();
        assert!(e.matches(&dec) && e.matches(&types().value_error));
        assert_eq!(exc_msg(&e).1, msg, "for {doc:?}");
    }
    let deep = "[".repeat(100_000);
    let e = call(&mut cx, &loads, &[s(&deep)]).unwrap_err();
    assert!(e.matches(&types().recursion_error));
}

// ---- math ---------------------------------------------------------------------------------

#[test]
fn math_functions() {
    let mut cx = cx();
    let m = module(&mut cx, "math");
    let c = |cx: &mut Ctx, name: &str, args: &[Value]| call(cx, &attr(&m, name), args);
    assert_eq!(f64_of(&c(&mut cx, "sqrt", &[i(16)]).unwrap()), 4.0);
    assert_eq!(
        err_of(c(&mut cx, "sqrt", &[i(-1)])),
        ("ValueError".into(), "math domain error".into())
    );
    assert_eq!(err_of(c(&mut cx, "log", &[i(0)])).1, "math domain error");
    assert_eq!(
        err_of(c(&mut cx, "exp", &[i(1000)])),
        ("OverflowError".into(), "math range error".into())
    );
    assert_eq!(
        c(&mut cx, "floor", &[Value::float(-2.1)]).unwrap().as_int(),
        Some(-3)
    );
    assert_eq!(
        c(&mut cx, "ceil", &[Value::float(2.1)]).unwrap().as_int(),
        Some(3)
    );
    let f = c(&mut cx, "floor", &[Value::float(1e20)]).unwrap();
    assert_eq!(f.as_bigint().unwrap().to_string(), "100000000000000000000");
    assert_eq!(
        c(&mut cx, "trunc", &[Value::float(-3.7)]).unwrap().as_int(),
        Some(-3)
    );
    let fact = c(&mut cx, "factorial", &[i(25)]).unwrap();
    assert_eq!(
        fact.as_bigint().unwrap().to_string(),
        "15511210043330985984000000"
    );
    assert_eq!(
        err_of(c(&mut cx, "factorial", &[i(-1)])).1,
        "factorial() not defined for negative values"
    );
    assert_eq!(
        c(&mut cx, "comb", &[i(50), i(25)]).unwrap().as_int(),
        Some(126410606437752)
    );
    assert_eq!(c(&mut cx, "perm", &[i(5)]).unwrap().as_int(), Some(120));
    assert_eq!(
        c(&mut cx, "gcd", &[i(12), i(18), i(-4)]).unwrap().as_int(),
        Some(2)
    );
    assert_eq!(c(&mut cx, "lcm", &[i(4), i(6)]).unwrap().as_int(), Some(12));
    let big = Value::bigint(num_bigint::BigInt::from(10).pow(20));
    assert_eq!(
        c(&mut cx, "isqrt", std::slice::from_ref(&big))
            .unwrap()
            .as_int(),
        Some(10_000_000_000)
    );
    let l = f64_of(&c(&mut cx, "log10", &[big]).unwrap());
    assert!((l - 20.0).abs() < 1e-12);
    let huge = Value::bigint(num_bigint::BigInt::from(2).pow(2000));
    let l = f64_of(&c(&mut cx, "log2", &[huge]).unwrap());
    assert!((l - 2000.0).abs() < 1e-9);
    let tenth = Value::list(vec![Value::float(0.1); 10]);
    assert_eq!(f64_of(&c(&mut cx, "fsum", &[tenth]).unwrap()), 1.0);
    assert_eq!(f64_of(&c(&mut cx, "hypot", &[i(3), i(4)]).unwrap()), 5.0);
    assert_eq!(f64_of(&c(&mut cx, "fmod", &[i(-7), i(3)]).unwrap()), -1.0);
    assert_eq!(
        f64_of(&c(&mut cx, "copysign", &[i(2), Value::float(-0.0)]).unwrap()),
        -2.0
    );
    let fr = c(&mut cx, "frexp", &[Value::float(8.0)]).unwrap();
    let t = list_of(&fr);
    assert_eq!((t[0].as_float(), t[1].as_int()), (Some(0.5), Some(4)));
    assert_eq!(
        f64_of(&c(&mut cx, "ldexp", &[Value::float(0.5), i(4)]).unwrap()),
        8.0
    );
    let ic = attr(&m, "isclose");
    let r = call(&mut cx, &ic, &[Value::float(0.1 + 0.2), Value::float(0.3)]).unwrap();
    assert!(r.is(&Value::TRUE));
    let r = call_kw(
        &mut cx,
        &ic,
        &[i(0), Value::float(1e-10)],
        &[("abs_tol", Value::float(1e-9))],
    )
    .unwrap();
    assert!(r.is(&Value::TRUE));
    assert_eq!(f64_of(&attr(&m, "pi")), std::f64::consts::PI);
}

// ---- os / sys / time ----------------------------------------------------------------------

#[test]
fn os_path_functions() {
    use super::os::{abspath, join, normpath, relpath, split, splitext};
    assert_eq!(join(&["a", "b", "c.txt"]), "a/b/c.txt");
    assert_eq!(join(&["a", "/abs"]), "/abs");
    assert_eq!(join(&["a/", "b"]), "a/b");
    assert_eq!(split("/x/y/z.py"), ("/x/y".into(), "z.py".into()));
    assert_eq!(split("file"), ("".into(), "file".into()));
    assert_eq!(split("/a"), ("/".into(), "a".into()));
    assert_eq!(
        splitext("archive.tar.gz"),
        ("archive.tar".into(), ".gz".into())
    );
    assert_eq!(splitext(".hidden"), (".hidden".into(), "".into()));
    assert_eq!(splitext("a/.b.c"), ("a/.b".into(), ".c".into()));
    assert_eq!(normpath("a//b/./c/.."), "a/b");
    assert_eq!(normpath("/../x"), "/x");
    assert_eq!(normpath("../../x"), "../../x");
    assert_eq!(normpath(""), ".");
    assert_eq!(abspath("/a/b/../c").unwrap(), "/a/c");
    assert_eq!(relpath("/a/b/c", "/a").unwrap(), "b/c");
    assert_eq!(relpath("/a", "/a/b").unwrap(), "..");
    assert_eq!(relpath("/a", "/a").unwrap(), ".");
}

#[test]
fn os_filesystem() {
    let mut cx = cx();
    let os = module(&mut cx, "os");
    let path = attr(&os, "path");
    let base = std::env::temp_dir().join(format!("fibra_lib_os_{}", std::process::id()));
    let b = base.to_string_lossy().into_owned();
    let deep = Value::string(format!("{b}/sub/deep"));
    call_kw(
        &mut cx,
        &attr(&os, "makedirs"),
        std::slice::from_ref(&deep),
        &[("exist_ok", Value::TRUE)],
    )
    .unwrap();
    let e = call(&mut cx, &attr(&os, "makedirs"), std::slice::from_ref(&deep)).unwrap_err();
    assert!(e.matches(&types().file_exists_error));
    std::fs::write(base.join("a.txt"), "x").unwrap();
    std::fs::write(base.join("sub/c.txt"), "x").unwrap();
    let mut names =
        strs(&call(&mut cx, &attr(&os, "listdir"), &[Value::string(b.clone())]).unwrap());
    names.sort();
    assert_eq!(names, vec!["a.txt", "sub"]);
    let isdir = call(&mut cx, &attr(&path, "isdir"), &[Value::string(b.clone())]).unwrap();
    assert!(isdir.is(&Value::TRUE));
    let walk = call(&mut cx, &attr(&os, "walk"), &[Value::string(b.clone())]).unwrap();
    let entries = ops::to_vec(&mut cx, &walk).unwrap();
    let tops: Vec<String> = entries
        .iter()
        .map(|t| list_of(t)[0].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        tops,
        vec![b.clone(), format!("{b}/sub"), format!("{b}/sub/deep")]
    );
    let bottom = call_kw(
        &mut cx,
        &attr(&os, "walk"),
        &[Value::string(b.clone())],
        &[("topdown", Value::FALSE)],
    )
    .unwrap();
    let entries = ops::to_vec(&mut cx, &bottom).unwrap();
    assert_eq!(
        list_of(&entries[0])[0].as_str(),
        Some(format!("{b}/sub/deep").as_str())
    );
    let e = call(
        &mut cx,
        &attr(&os, "remove"),
        &[Value::string(format!("{b}/nope"))],
    )
    .unwrap_err();
    assert!(e.matches(&types().file_not_found_error));
    let e = call(&mut cx, &attr(&os, "rmdir"), &[Value::string(b.clone())]).unwrap_err();
    assert!(e.matches(&types().os_error));
    std::fs::remove_dir_all(&base).unwrap();
    let g = call(
        &mut cx,
        &attr(&os, "getenv"),
        &[s("FIBRA_SURELY_UNSET_VAR"), s("fb")],
    )
    .unwrap();
    assert_eq!(g.as_str(), Some("fb"));
    // `import os.path` and `os.path` are the same module object.
    let p2 = super::get_or_init(&mut cx, "os.path", super::os::make_path_module).unwrap();
    assert!(p2.is(&path));
}

#[test]
fn sys_module() {
    let mut cx = cx();
    let sys = module(&mut cx, "sys");
    assert_eq!(strs(&attr(&sys, "argv")), vec!["prog.py", "a"]);
    assert!(attr(&sys, "path").is(&cx.vm.path));
    assert!(attr(&sys, "modules").is(&cx.vm.modules));
    assert_eq!(attr(&sys, "maxsize").as_int(), Some(i64::MAX));
    let e = call(&mut cx, &attr(&sys, "exit"), &[i(3)]).unwrap_err();
    assert!(e.matches(&types().system_exit));
    assert_eq!(
        ops::getattr(&mut cx, e.value(), "code").unwrap().as_int(),
        Some(3)
    );
    call(&mut cx, &attr(&sys, "setrecursionlimit"), &[i(50)]).unwrap();
    assert_eq!(
        call(&mut cx, &attr(&sys, "getrecursionlimit"), &[])
            .unwrap()
            .as_int(),
        Some(50)
    );
    let out = attr(&sys, "stdout");
    let n = ops::call_method(&mut cx, &out, "write", &[s("")]).unwrap();
    assert_eq!(n.as_int(), Some(0));
}

#[test]
fn time_module() {
    let mut cx = cx();
    let t = module(&mut cx, "time");
    let p0 = f64_of(&call(&mut cx, &attr(&t, "perf_counter"), &[]).unwrap());
    call(&mut cx, &attr(&t, "sleep"), &[Value::float(0.005)]).unwrap();
    let p1 = f64_of(&call(&mut cx, &attr(&t, "perf_counter"), &[]).unwrap());
    assert!(p1 - p0 >= 0.004);
    assert!(f64_of(&call(&mut cx, &attr(&t, "time"), &[]).unwrap()) > 1.6e9);
    assert_eq!(
        err_of(call(&mut cx, &attr(&t, "sleep"), &[i(-1)])).1,
        "sleep length must be non-negative"
    );
}

// ---- sys helpers of the traceback module ------------------------------------------------

#[test]
fn sys_traceback_helpers_without_frames() {
    let mut cx = cx();
    let sys = module(&mut cx, "sys");
    let exc = crate::error::Exc::new(&types().value_error, "bad").0;
    let fmt = attr(&sys, "_fibra_format_exception");
    for mode in [0, 1, 2] {
        let text = call(&mut cx, &fmt, &[exc.clone(), i(mode)]).unwrap();
        assert_eq!(text.as_str(), Some("ValueError: bad\n"));
    }
    let entries = call(&mut cx, &attr(&sys, "_fibra_tb_entries"), &[exc]).unwrap();
    assert_eq!(list_of(&entries).len(), 0);
    let none = call(&mut cx, &attr(&sys, "_fibra_tb_entries"), &[Value::NONE]).unwrap();
    assert_eq!(list_of(&none).len(), 0);
    let (ty, _) = err_of(call(&mut cx, &fmt, &[i(1), i(0)]));
    assert_eq!(ty, "TypeError");
}
