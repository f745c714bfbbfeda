//! Behaviour tests of the builtin types, driven through `ops` like the interpreter does.
#![allow(clippy::approx_constant)]

use fibra_bytecode::{BinaryOp, CompareOp};

use crate::ctx::{Ctx, Vm};
use crate::error::Exc;
use crate::ops;
use crate::types::{self, types};
use crate::value::Value;

fn cx() -> Ctx {
    types::init();
    Ctx::new(Vm::new(vec![]))
}

fn i(n: i64) -> Value {
    Value::int(n)
}
fn s(x: &str) -> Value {
    Value::str(x)
}
fn f(x: f64) -> Value {
    Value::float(x)
}
fn l(v: Vec<Value>) -> Value {
    Value::list(v)
}
fn t(v: Vec<Value>) -> Value {
    Value::tuple(v)
}

fn repr(cx: &mut Ctx, v: &Value) -> String {
    ops::repr(cx, v).unwrap()
}

/// The message of an exception (`str(e)`) and its class name.
fn err(cx: &mut Ctx, e: Exc) -> String {
    let name = e.value().type_name().to_string();
    let args = e
        .exception()
        .map(|x| x.state.lock().args.clone())
        .unwrap_or_default();
    let msg = match args.as_tuple() {
        Some([one]) => match one.as_str() {
            Some(m) if !name.contains("KeyError") => m.to_string(),
            _ => repr(cx, one),
        },
        Some([]) => String::new(),
        _ => repr(cx, &args),
    };
    format!("{name}: {msg}")
}

fn bin(cx: &mut Ctx, a: &Value, b: &Value, op: BinaryOp) -> String {
    match ops::binary(cx, a, b, op) {
        Ok(v) => repr(cx, &v),
        Err(e) => err(cx, e),
    }
}

fn meth(cx: &mut Ctx, obj: &Value, name: &str, args: &[Value]) -> String {
    match ops::call_method(cx, obj, name, args) {
        Ok(v) => repr(cx, &v),
        Err(e) => err(cx, e),
    }
}

fn call(cx: &mut Ctx, f: &Value, args: &[Value]) -> String {
    match ops::call(cx, f, args) {
        Ok(v) => repr(cx, &v),
        Err(e) => err(cx, e),
    }
}

fn kw(cx: &mut Ctx, f: &Value, pos: &[Value], kws: &[(&str, Value)]) -> String {
    let mut vals = pos.to_vec();
    let mut names = Vec::new();
    for (k, v) in kws {
        vals.push(v.clone());
        names.push(Value::str(k));
    }
    match ops::call_kw(cx, f, &vals, &names) {
        Ok(v) => repr(cx, &v),
        Err(e) => err(cx, e),
    }
}

fn getitem(cx: &mut Ctx, c: &Value, k: &Value) -> String {
    match ops::getitem(cx, c, k) {
        Ok(v) => repr(cx, &v),
        Err(e) => err(cx, e),
    }
}

fn sl(a: Value, b: Value, c: Value) -> Value {
    Value::slice(a, b, c)
}

const N: Value = Value::NONE;

#[test]
fn int_semantics() {
    let mut c = cx();
    let c = &mut c;
    assert_eq!(bin(c, &i(-7), &i(2), BinaryOp::FloorDiv), "-4");
    assert_eq!(bin(c, &i(7), &i(-2), BinaryOp::Mod), "-1");
    assert_eq!(
        bin(c, &i(1), &i(0), BinaryOp::FloorDiv),
        "ZeroDivisionError: integer division or modulo by zero"
    );
    assert_eq!(
        bin(c, &i(1), &i(0), BinaryOp::Mod),
        "ZeroDivisionError: integer modulo by zero"
    );
    assert_eq!(
        bin(c, &i(1), &i(0), BinaryOp::TrueDiv),
        "ZeroDivisionError: division by zero"
    );
    assert_eq!(bin(c, &i(1), &i(2), BinaryOp::TrueDiv), "0.5");
    assert_eq!(bin(c, &i(1), &f(0.5), BinaryOp::Add), "1.5");
    assert_eq!(bin(c, &Value::TRUE, &i(1), BinaryOp::Add), "2");
    assert_eq!(bin(c, &Value::TRUE, &Value::FALSE, BinaryOp::And), "False");
    assert_eq!(bin(c, &Value::TRUE, &Value::FALSE, BinaryOp::Or), "True");
    assert_eq!(bin(c, &i(3), &i(40), BinaryOp::Pow), "12157665459056928801");
    assert_eq!(bin(c, &i(2), &i(-1), BinaryOp::Pow), "0.5");
    assert_eq!(
        bin(c, &i(1), &i(-1), BinaryOp::LShift),
        "ValueError: negative shift count"
    );
    let m = Value::int(9223372036854775807);
    assert_eq!(bin(c, &m, &i(2), BinaryOp::Mul), "18446744073709551614");
    let mm = ops::binary(c, &m, &i(1), BinaryOp::Add).unwrap();
    assert_eq!(repr(c, &mm), "9223372036854775808");
    let neg = ops::unary(c, &mm, fibra_bytecode::UnaryOp::Negative).unwrap();
    assert_eq!(
        bin(c, &neg, &i(-1), BinaryOp::FloorDiv),
        "9223372036854775808"
    );
    let big = ops::binary(c, &i(2), &i(70), BinaryOp::Pow).unwrap();
    assert_eq!(
        bin(c, &big, &i(0), BinaryOp::FloorDiv),
        "ZeroDivisionError: integer division or modulo by zero"
    );
    assert!(ops::eq(c, &big, &f(2f64.powi(70))).unwrap());
    assert!(ops::lt(c, &big, &f(1e300)).unwrap());
    assert_eq!(repr(c, &Value::TRUE), "True");
    let int_t = types().int.clone();
    assert_eq!(call(c, &int_t, &[s("  -17 ")]), "-17");
    assert_eq!(call(c, &int_t, &[s("0x1f"), i(0)]), "31");
    assert_eq!(
        call(c, &int_t, &[s("12a")]),
        "ValueError: invalid literal for int() with base 10: '12a'"
    );
    assert_eq!(
        call(c, &int_t, &[s("9"), i(8)]),
        "ValueError: invalid literal for int() with base 8: '9'"
    );
    assert_eq!(call(c, &int_t, &[f(-3.9)]), "-3");
    assert_eq!(
        call(c, &int_t, &[f(f64::INFINITY)]),
        "OverflowError: cannot convert float infinity to integer"
    );
    assert_eq!(
        call(c, &int_t, &[f(f64::NAN)]),
        "ValueError: cannot convert float NaN to integer"
    );
    assert_eq!(meth(c, &i(10), "bit_length", &[]), "4");
    assert_eq!(
        meth(c, &i(12), "to_bytes", &[i(2), s("big")]),
        "b'\\x00\\x0c'"
    );
    let from_bytes = ops::getattr(c, &int_t, "from_bytes").unwrap();
    assert_eq!(
        call(c, &from_bytes, &[Value::bytes(vec![1, 0]), s("big")]),
        "256"
    );
    let tmp = ops::getattr(c, &i(3), "imag").unwrap();
    assert_eq!(repr(c, &tmp), "0");
    assert_eq!(meth(c, &i(1250), "__round__", &[i(-2)]), "1200");
    assert_eq!(meth(c, &i(1350), "__round__", &[i(-2)]), "1400");
    assert_eq!(meth(c, &i(5), "__pow__", &[i(-1), i(7)]), "3");
    assert_eq!(meth(c, &i(3), "__pow__", &[i(200), i(13)]), "9");
    assert_eq!(ops::format(c, &Value::TRUE, "").unwrap(), "True");
    assert_eq!(ops::format(c, &i(255), "#x").unwrap(), "0xff");
    assert_eq!(ops::hash(c, &i(-1)).unwrap(), -2);
}

#[test]
fn float_semantics() {
    let mut c = cx();
    let c = &mut c;
    assert_eq!(
        bin(c, &f(0.1), &f(0.2), BinaryOp::Add),
        "0.30000000000000004"
    );
    assert_eq!(
        bin(c, &f(1.0), &i(0), BinaryOp::TrueDiv),
        "ZeroDivisionError: float division by zero"
    );
    assert_eq!(
        bin(c, &f(1.0), &f(0.0), BinaryOp::FloorDiv),
        "ZeroDivisionError: float floor division by zero"
    );
    assert_eq!(
        bin(c, &f(1.0), &f(0.0), BinaryOp::Mod),
        "ZeroDivisionError: float modulo"
    );
    assert_eq!(
        bin(c, &f(0.0), &i(-1), BinaryOp::Pow),
        "ZeroDivisionError: 0.0 cannot be raised to a negative power"
    );
    assert_eq!(
        bin(c, &f(2.0), &i(10000), BinaryOp::Pow),
        "OverflowError: (34, 'Numerical result out of range')"
    );
    assert_eq!(bin(c, &f(-7.0), &i(2), BinaryOp::Mod), "1.0");
    assert_eq!(bin(c, &i(7), &f(-2.0), BinaryOp::FloorDiv), "-4.0");
    // A negative base and a fractional exponent give a complex, as in Python 3.
    assert_eq!(
        bin(c, &f(-8.0), &f(1.0 / 3.0), BinaryOp::Pow),
        "(1.0000000000000002+1.7320508075688772j)"
    );
    let nan = f(f64::NAN);
    assert!(!ops::eq(c, &nan, &f(f64::NAN)).unwrap());
    let tmp = ops::compare(c, &nan, &nan, CompareOp::Ne).unwrap();
    assert_eq!(repr(c, &tmp), "True");
    let ft = types().float.clone();
    assert_eq!(call(c, &ft, &[s(" 1e5 ")]), "100000.0");
    assert_eq!(call(c, &ft, &[s("-inf")]), "-inf");
    assert_eq!(
        call(c, &ft, &[s("abc")]),
        "ValueError: could not convert string to float: 'abc'"
    );
    let huge = ops::binary(c, &i(10), &i(400), BinaryOp::Pow).unwrap();
    assert_eq!(
        call(c, &ft, std::slice::from_ref(&huge)),
        "OverflowError: int too large to convert to float"
    );
    let tmp = ops::compare(c, &huge, &f(1e308), CompareOp::Gt).unwrap();
    assert_eq!(repr(c, &tmp), "True");
    assert_eq!(meth(c, &f(2.5), "__round__", &[]), "2");
    assert_eq!(meth(c, &f(2.675), "__round__", &[i(2)]), "2.67");
    assert_eq!(meth(c, &f(1234.5), "__round__", &[i(-2)]), "1200.0");
    assert_eq!(meth(c, &f(3.0), "is_integer", &[]), "True");
    assert_eq!(meth(c, &f(0.75), "as_integer_ratio", &[]), "(3, 4)");
    assert_eq!(ops::format(c, &f(1e100), ".2f").unwrap().len(), 104);
    assert_eq!(ops::hash(c, &f(1.0)).unwrap(), ops::hash(c, &i(1)).unwrap());
    assert_eq!(ops::hash(c, &f(1.5)).unwrap(), 1152921504606846977);
}

#[test]
fn str_methods() {
    let mut c = cx();
    let c = &mut c;
    let a = s("  a b  c ");
    assert_eq!(meth(c, &a, "split", &[]), "['a', 'b', 'c']");
    assert_eq!(
        meth(c, &s("a,b,,c"), "split", &[s(",")]),
        "['a', 'b', '', 'c']"
    );
    assert_eq!(
        meth(c, &s("a,b,c"), "split", &[s(","), i(1)]),
        "['a', 'b,c']"
    );
    assert_eq!(
        meth(c, &s("a,b,c"), "rsplit", &[s(","), i(1)]),
        "['a,b', 'c']"
    );
    assert_eq!(
        meth(c, &s(" a b c "), "rsplit", &[N, i(1)]),
        "[' a b', 'c']"
    );
    assert_eq!(
        meth(c, &s("a"), "split", &[s("")]),
        "ValueError: empty separator"
    );
    assert_eq!(
        meth(c, &s("a\nb\r\nc"), "splitlines", &[]),
        "['a', 'b', 'c']"
    );
    assert_eq!(
        meth(c, &s("a\nb\r\n"), "splitlines", &[Value::TRUE]),
        "['a\\n', 'b\\r\\n']"
    );
    assert_eq!(
        meth(c, &s("-"), "join", &[l(vec![s("a"), s("b")])]),
        "'a-b'"
    );
    assert_eq!(
        meth(c, &s("-"), "join", &[l(vec![i(1)])]),
        "TypeError: sequence item 0: expected str instance, int found"
    );
    assert_eq!(meth(c, &s("xxhixx"), "strip", &[s("x")]), "'hi'");
    assert_eq!(
        meth(c, &s("aaa"), "replace", &[s("a"), s("b"), i(2)]),
        "'bba'"
    );
    assert_eq!(meth(c, &s("ab"), "replace", &[s(""), s("-")]), "'-a-b-'");
    assert_eq!(meth(c, &s("héllo"), "find", &[s("l")]), "2");
    assert_eq!(meth(c, &s("héllo"), "rfind", &[s("l")]), "3");
    assert_eq!(meth(c, &s("hello"), "find", &[s("l"), i(-2)]), "3");
    assert_eq!(
        meth(c, &s("hello"), "index", &[s("z")]),
        "ValueError: substring not found"
    );
    assert_eq!(meth(c, &s("aaaa"), "count", &[s("aa")]), "2");
    assert_eq!(meth(c, &s("abc"), "count", &[s("")]), "4");
    assert_eq!(
        meth(c, &s("abc"), "startswith", &[t(vec![s("x"), s("ab")])]),
        "True"
    );
    assert_eq!(
        meth(c, &s("abc"), "endswith", &[s("b"), i(0), i(2)]),
        "True"
    );
    assert_eq!(
        meth(c, &s("abc"), "startswith", &[i(1)]),
        "TypeError: startswith first arg must be str or a tuple of str, not int"
    );
    assert_eq!(
        meth(c, &s("they're bill's"), "title", &[]),
        "\"They'Re Bill'S\""
    );
    assert_eq!(meth(c, &s("hELLO"), "capitalize", &[]), "'Hello'");
    assert_eq!(meth(c, &s("Straße"), "casefold", &[]), "'strasse'");
    assert_eq!(meth(c, &s("١٢٣"), "isdecimal", &[]), "True");
    assert_eq!(meth(c, &s("²"), "isdigit", &[]), "True");
    assert_eq!(meth(c, &s("²"), "isdecimal", &[]), "False");
    assert_eq!(meth(c, &s("Title Case"), "istitle", &[]), "True");
    assert_eq!(meth(c, &s("-42"), "zfill", &[i(6)]), "'-00042'");
    assert_eq!(meth(c, &s("abc"), "center", &[i(6), s("*")]), "'*abc**'");
    assert_eq!(meth(c, &s("ab"), "center", &[i(5)]), "'  ab '");
    assert_eq!(
        meth(c, &s("a=b=c"), "rpartition", &[s("=")]),
        "('a=b', '=', 'c')"
    );
    assert_eq!(
        meth(c, &s("abc"), "partition", &[s("x")]),
        "('abc', '', '')"
    );
    assert_eq!(meth(c, &s("a\tb"), "expandtabs", &[i(4)]), "'a   b'");
    assert_eq!(meth(c, &s("héllo"), "encode", &[]), "b'h\\xc3\\xa9llo'");
    assert_eq!(
        meth(c, &s("é"), "encode", &[s("ascii")]).split(':').next(),
        Some("UnicodeEncodeError")
    );
    assert_eq!(meth(c, &s("abc"), "removeprefix", &[s("a")]), "'bc'");
    let mk = ops::getattr(c, &types().str, "maketrans").unwrap();
    let table = ops::call(c, &mk, &[s("ab"), s("xy"), s("c")]).unwrap();
    assert_eq!(meth(c, &s("abcabc"), "translate", &[table]), "'xyxy'");
}

#[test]
fn str_core() {
    let mut c = cx();
    let c = &mut c;
    let h = s("héllo wörld");
    assert_eq!(getitem(c, &h, &i(1)), "'é'");
    assert_eq!(getitem(c, &h, &i(-1)), "'d'");
    assert_eq!(
        getitem(c, &h, &i(99)),
        "IndexError: string index out of range"
    );
    assert_eq!(getitem(c, &h, &sl(N, N, i(-1))), "'dlröw olléh'");
    assert_eq!(getitem(c, &s("abcdef"), &sl(i(1), N, i(2))), "'bdf'");
    assert_eq!(getitem(c, &s("abcdef"), &sl(i(-2), i(-5), i(-1))), "'edc'");
    assert_eq!(
        getitem(c, &s("abc"), &sl(N, N, i(0))),
        "ValueError: slice step cannot be zero"
    );
    assert_eq!(
        bin(c, &s("a"), &i(1), BinaryOp::Add),
        "TypeError: can only concatenate str (not \"int\") to str"
    );
    assert_eq!(bin(c, &s("ab"), &i(3), BinaryOp::Mul), "'ababab'");
    assert_eq!(bin(c, &i(2), &s("ab"), BinaryOp::Mul), "'abab'");
    let e18 = ops::binary(c, &i(10), &i(18), BinaryOp::Pow).unwrap();
    assert_eq!(bin(c, &s("x"), &e18, BinaryOp::Mul), "MemoryError: ");
    assert!(ops::lt(c, &s("a"), &s("b")).unwrap());
    assert!(ops::lt(c, &s("Z"), &s("a")).unwrap());
    assert!(ops::contains(c, &s("hello"), &s("ell")).unwrap());
    assert_eq!(repr(c, &s("it's")), "\"it's\"");
    assert_eq!(ops::format(c, &s("ab"), "^6").unwrap(), "  ab  ");
    assert_eq!(
        ops::format(c, &s("abc"), "d")
            .map_err(|e| err(c, e))
            .unwrap_err(),
        "ValueError: Unknown format code 'd' for object of type 'str'"
    );
    let st = types().str.clone();
    assert_eq!(call(c, &st, &[]), "''");
    assert_eq!(call(c, &st, &[f(1.5)]), "'1.5'");
    assert_eq!(call(c, &st, &[l(vec![i(1), s("a")])]), "\"[1, 'a']\"");
    assert_eq!(
        call(c, &st, &[Value::bytes(b"h\xc3\xa9".to_vec()), s("utf-8")]),
        "'hé'"
    );
    let it = ops::iter(c, &s("hé")).unwrap();
    let a = ops::next(c, &it).unwrap().unwrap();
    let b = ops::next(c, &it).unwrap().unwrap();
    assert_eq!((repr(c, &a), repr(c, &b)), ("'h'".into(), "'é'".into()));
    assert!(ops::next(c, &it).unwrap().is_none());
}

#[test]
fn percent_and_format() {
    let mut c = cx();
    let c = &mut c;
    let m = |c: &mut Ctx, fmt: &str, a: Value| bin(c, &s(fmt), &a, BinaryOp::Mod);
    assert_eq!(m(c, "%s and %s", t(vec![s("a"), s("b")])), "'a and b'");
    assert_eq!(m(c, "%d %i %d", t(vec![i(42), i(-7), f(3.9)])), "'42 -7 3'");
    assert_eq!(
        m(c, "%f %.2f %.0f", t(vec![f(3.14159), f(3.14159), f(2.5)])),
        "'3.141590 3.14 2'"
    );
    assert_eq!(
        m(
            c,
            "[%5d] [%-5d] [%05d] [%+d]",
            t(vec![i(42), i(42), i(42), i(42)])
        ),
        "'[   42] [42   ] [00042] [+42]'"
    );
    assert_eq!(
        m(
            c,
            "%x %X %o %#x %#o",
            t(vec![i(255), i(255), i(8), i(255), i(8)])
        ),
        "'ff FF 10 0xff 0o10'"
    );
    assert_eq!(
        m(
            c,
            "%e %.2e %g %g %g",
            t(vec![
                f(12345.678),
                f(12345.678),
                f(0.0001),
                f(1e20),
                f(123.0)
            ])
        ),
        "'1.234568e+04 1.23e+04 0.0001 1e+20 123'"
    );
    assert_eq!(m(c, "100%% done %s", s("!")), "'100% done !'");
    assert_eq!(m(c, "%s", l(vec![i(1), i(2)])), "'[1, 2]'");
    let d = Value::dict();
    ops::setitem(c, &d, &s("name"), s("Ann")).unwrap();
    ops::setitem(c, &d, &s("age"), i(30)).unwrap();
    assert_eq!(m(c, "%(name)s is %(age)d", d), "'Ann is 30'");
    assert_eq!(m(c, "%c%c", t(vec![i(72), s("i")])), "'Hi'");
    assert_eq!(
        m(c, "%*d|%-*d|", t(vec![i(4), i(1), i(3), i(2)])),
        "'   1|2  |'"
    );
    assert_eq!(
        m(c, "%d", s("x")),
        "TypeError: %d format: a real number is required, not str"
    );
    assert_eq!(
        m(c, "%s %s", t(vec![s("a")])),
        "TypeError: not enough arguments for format string"
    );
    assert_eq!(
        m(c, "%s", t(vec![s("a"), s("b")])),
        "TypeError: not all arguments converted during string formatting"
    );
    assert_eq!(
        m(c, "%z", i(1)),
        "ValueError: unsupported format character 'z' (0x7a) at index 1"
    );
    // str.format
    let fm = |c: &mut Ctx, fmt: &str, a: &[Value]| meth(c, &s(fmt), "format", a);
    assert_eq!(fm(c, "{} {}", &[i(1), s("a")]), "'1 a'");
    assert_eq!(fm(c, "{1}{0}{1}", &[s("a"), s("b")]), "'bab'");
    assert_eq!(fm(c, "{0!r:>5}", &[s("a")]), "\"  'a'\"");
    assert_eq!(fm(c, "{:{}.{}f}", &[f(3.14159), i(8), i(2)]), "'    3.14'");
    assert_eq!(fm(c, "{{}} {0[1]}", &[l(vec![i(5), i(6)])]), "'{} 6'");
    assert_eq!(fm(c, "{0.imag}", &[i(5)]), "'0'");
    assert_eq!(
        fm(c, "{} {1}", &[i(1), i(2)]),
        "ValueError: cannot switch from automatic field numbering to manual field specification"
    );
    assert_eq!(
        fm(c, "{5}", &[i(1)]),
        "IndexError: Replacement index 5 out of range for positional args tuple"
    );
    assert_eq!(
        fm(c, "}", &[]),
        "ValueError: Single '}' encountered in format string"
    );
    let format_m = ops::getattr(c, &s("{name}-{0}"), "format").unwrap();
    assert_eq!(kw(c, &format_m, &[i(1)], &[("name", s("x"))]), "'x-1'");
    assert_eq!(kw(c, &format_m, &[i(1)], &[]), "KeyError: 'name'");
}

#[test]
fn list_semantics() {
    let mut c = cx();
    let c = &mut c;
    let a = l((0..6).map(i).collect());
    ops::setitem(c, &a, &sl(i(1), i(3), N), l(vec![s("a"), s("b"), s("c")])).unwrap();
    assert_eq!(repr(c, &a), "[0, 'a', 'b', 'c', 3, 4, 5]");
    ops::setitem(c, &a, &sl(N, N, i(2)), l(vec![i(10), i(20), i(30), i(40)])).unwrap();
    assert_eq!(repr(c, &a), "[10, 'a', 20, 'c', 30, 4, 40]");
    ops::setitem(c, &a, &sl(i(2), i(2), N), l(vec![i(7), i(7)])).unwrap();
    assert_eq!(repr(c, &a), "[10, 'a', 7, 7, 20, 'c', 30, 4, 40]");
    let e = ops::setitem(c, &a, &sl(N, N, i(2)), l(vec![i(1), i(2)])).unwrap_err();
    assert_eq!(
        err(c, e),
        "ValueError: attempt to assign sequence of size 2 to extended slice of size 5"
    );
    ops::delitem(c, &a, &sl(N, N, i(2))).unwrap();
    assert_eq!(repr(c, &a), "['a', 7, 'c', 4]");
    ops::delitem(c, &a, &sl(i(-1), N, N)).unwrap();
    assert_eq!(repr(c, &a), "['a', 7, 'c']");
    assert_eq!(getitem(c, &a, &i(5)), "IndexError: list index out of range");
    assert_eq!(getitem(c, &a, &sl(N, N, i(-1))), "['c', 7, 'a']");
    assert_eq!(
        meth(c, &a, "pop", &[i(10)]),
        "IndexError: pop index out of range"
    );
    assert_eq!(
        meth(c, &l(vec![]), "pop", &[]),
        "IndexError: pop from empty list"
    );
    assert_eq!(
        meth(c, &a, "remove", &[i(99)]),
        "ValueError: list.remove(x): x not in list"
    );
    assert_eq!(
        meth(c, &a, "index", &[i(3)]),
        "ValueError: 3 is not in list"
    );
    assert_eq!(
        bin(c, &a, &t(vec![]), BinaryOp::Add),
        "TypeError: can only concatenate list (not \"tuple\") to list"
    );
    let e17 = ops::binary(c, &i(10), &i(17), BinaryOp::Pow).unwrap();
    assert_eq!(bin(c, &l(vec![i(0)]), &e17, BinaryOp::Mul), "MemoryError: ");
    let e62 = ops::binary(c, &i(2), &i(62), BinaryOp::Pow).unwrap();
    assert_eq!(bin(c, &l(vec![N]), &e62, BinaryOp::Mul), "MemoryError: ");
    assert_eq!(bin(c, &l(vec![i(1)]), &i(-3), BinaryOp::Mul), "[]");
    assert_eq!(
        bin(c, &l(vec![i(1), i(2)]), &i(2), BinaryOp::Mul),
        "[1, 2, 1, 2]"
    );
    // In-place add extends with any iterable and keeps identity.
    let b = l(vec![i(1)]);
    let r = ops::inplace(c, &b, &t(vec![i(2)]), BinaryOp::Add).unwrap();
    assert!(r.is(&b));
    assert_eq!(repr(c, &b), "[1, 2]");
    // Comparisons.
    assert!(ops::lt(c, &l(vec![i(1), i(2)]), &l(vec![i(1), i(3)])).unwrap());
    assert!(ops::lt(c, &l(vec![i(1)]), &l(vec![i(1), i(0)])).unwrap());
    assert!(ops::eq(c, &l(vec![i(1), s("a")]), &l(vec![f(1.0), s("a")])).unwrap());
    assert_eq!(
        ops::hash(c, &l(vec![])).map_err(|e| err(c, e)).unwrap_err(),
        "TypeError: unhashable type: 'list'"
    );
    // Self-referential repr.
    let rec = l(vec![i(1), i(2)]);
    ops::call_method(c, &rec, "append", std::slice::from_ref(&rec)).unwrap();
    assert_eq!(repr(c, &rec), "[1, 2, [...]]");
    let outer = l(vec![rec.clone(), rec.clone()]);
    assert_eq!(repr(c, &outer), "[[1, 2, [...]], [1, 2, [...]]]");
    // Break the cycle so the test does not leak.
    ops::call_method(c, &rec, "clear", &[]).unwrap();
    // Iteration sees appends.
    let g = l(vec![i(1)]);
    let it = ops::iter(c, &g).unwrap();
    assert!(ops::next(c, &it).unwrap().is_some());
    ops::call_method(c, &g, "append", &[i(2)]).unwrap();
    let tmp = ops::next(c, &it).unwrap().unwrap();
    assert_eq!(repr(c, &tmp), "2");
    assert!(ops::next(c, &it).unwrap().is_none());
    let lt = types().list.clone();
    assert_eq!(call(c, &lt, &[s("ab")]), "['a', 'b']");
    assert_eq!(call(c, &lt, &[Value::range(0, 3, 1)]), "[0, 1, 2]");
}

#[test]
fn sorting() {
    let mut c = cx();
    let c = &mut c;
    let a = l(vec![i(3), i(1), i(2)]);
    let sort = ops::getattr(c, &a, "sort").unwrap();
    kw(c, &sort, &[], &[("reverse", Value::TRUE)]);
    assert_eq!(repr(c, &a), "[3, 2, 1]");
    // Stability with a key: sort by len, equal lengths keep order.
    let words = l(vec![s("bb"), s("a"), s("cc"), s("d"), s("aa")]);
    let sort = ops::getattr(c, &words, "sort").unwrap();
    let len = Value::native_fn("len", |cx, a| {
        Ok(Value::int(ops::len(cx, &a.values[0])? as i64))
    });
    kw(c, &sort, &[], &[("key", len.clone())]);
    assert_eq!(repr(c, &words), "['a', 'd', 'bb', 'cc', 'aa']");
    kw(c, &sort, &[], &[("key", len), ("reverse", Value::TRUE)]);
    assert_eq!(repr(c, &words), "['bb', 'cc', 'aa', 'a', 'd']");
    // Mixed numbers go through the general comparison.
    let m = l(vec![f(2.5), i(1), f(-1.0), i(3)]);
    ops::call_method(c, &m, "sort", &[]).unwrap();
    assert_eq!(repr(c, &m), "[-1.0, 1, 2.5, 3]");
    // Incomparable items raise and leave the list intact.
    let bad = l(vec![i(1), s("a"), i(0)]);
    let e = ops::call_method(c, &bad, "sort", &[]).unwrap_err();
    assert_eq!(
        err(c, e),
        "TypeError: '<' not supported between instances of 'str' and 'int'"
    );
    assert_eq!(repr(c, &bad), "[1, 'a', 0]");
    // Larger input exercises the merge passes.
    let big: Vec<Value> = (0..1000).map(|k| f(((k * 7919) % 1000) as f64)).collect();
    let bl = l(big);
    ops::call_method(c, &bl, "sort", &[]).unwrap();
    let snap = ops::to_vec(c, &bl).unwrap();
    assert!(snap.windows(2).all(|w| w[0].as_float() <= w[1].as_float()));
}

#[test]
fn tuple_semantics() {
    let mut c = cx();
    let c = &mut c;
    assert_eq!(repr(c, &t(vec![i(1)])), "(1,)");
    assert_eq!(repr(c, &t(vec![])), "()");
    assert_eq!(
        getitem(c, &t(vec![i(1)]), &i(1)),
        "IndexError: tuple index out of range"
    );
    assert_eq!(
        getitem(c, &t((0..5).map(i).collect()), &sl(i(4), i(0), i(-2))),
        "(4, 2)"
    );
    assert_eq!(
        ops::hash(c, &t(vec![i(1), i(2)])).unwrap(),
        ops::call_method(c, &t(vec![i(1), i(2)]), "__hash__", &[])
            .unwrap()
            .as_int()
            .unwrap()
    );
    assert_eq!(
        ops::hash(c, &t(vec![l(vec![])]))
            .map_err(|e| err(c, e))
            .unwrap_err(),
        "TypeError: unhashable type: 'list'"
    );
    assert!(ops::lt(c, &t(vec![i(1), s("b")]), &t(vec![i(1), s("c")])).unwrap());
    assert_eq!(meth(c, &t(vec![i(1), i(2), i(1)]), "count", &[i(1)]), "2");
    assert_eq!(
        meth(c, &t(vec![i(1)]), "index", &[i(5)]),
        "ValueError: tuple.index(x): x not in tuple"
    );
    assert_eq!(
        bin(c, &t(vec![i(1)]), &t(vec![i(2)]), BinaryOp::Add),
        "(1, 2)"
    );
}

#[test]
fn dict_semantics() {
    let mut c = cx();
    let c = &mut c;
    let d = Value::dict();
    ops::setitem(c, &d, &s("a"), i(1)).unwrap();
    ops::setitem(c, &d, &s("b"), i(2)).unwrap();
    assert_eq!(repr(c, &d), "{'a': 1, 'b': 2}");
    assert_eq!(getitem(c, &d, &s("z")), "KeyError: 'z'");
    assert_eq!(
        getitem(c, &d, &l(vec![])),
        "TypeError: unhashable type: 'list'"
    );
    // Mutation during iteration.
    let it = ops::iter(c, &d).unwrap();
    ops::next(c, &it).unwrap();
    ops::setitem(c, &d, &s("c"), i(3)).unwrap();
    let e = ops::next(c, &it).unwrap_err();
    assert_eq!(
        err(c, e),
        "RuntimeError: dictionary changed size during iteration"
    );
    // Views.
    let keys = ops::call_method(c, &d, "keys", &[]).unwrap();
    let items = ops::call_method(c, &d, "items", &[]).unwrap();
    assert_eq!(repr(c, &keys), "dict_keys(['a', 'b', 'c'])");
    assert_eq!(
        repr(c, &items),
        "dict_items([('a', 1), ('b', 2), ('c', 3)])"
    );
    ops::setitem(c, &d, &s("d"), i(4)).unwrap();
    assert_eq!(ops::len(c, &keys).unwrap(), 4);
    assert!(ops::contains(c, &items, &t(vec![s("a"), i(1)])).unwrap());
    let sub = bin(
        c,
        &keys,
        &Value::list(vec![s("a"), s("b"), s("c")]),
        BinaryOp::Sub,
    );
    assert_eq!(sub, "{'d'}");
    // Methods.
    assert_eq!(meth(c, &d, "get", &[s("zz"), i(0)]), "0");
    assert_eq!(meth(c, &d, "pop", &[s("zz")]), "KeyError: 'zz'");
    assert_eq!(meth(c, &d, "pop", &[s("d")]), "4");
    assert_eq!(meth(c, &d, "setdefault", &[s("e"), l(vec![])]), "[]");
    assert_eq!(meth(c, &d, "popitem", &[]), "('e', [])");
    assert_eq!(
        meth(c, &Value::dict(), "popitem", &[]),
        "KeyError: 'popitem(): dictionary is empty'"
    );
    let dt = types().dict.clone();
    assert_eq!(call(c, &dt, &[l(vec![t(vec![s("x"), i(1)])])]), "{'x': 1}");
    assert_eq!(
        call(c, &dt, &[l(vec![t(vec![s("x")])])]),
        "ValueError: dictionary update sequence element #0 has length 1; 2 is required"
    );
    assert_eq!(
        kw(c, &dt, std::slice::from_ref(&d), &[("w", i(0))]),
        "{'a': 1, 'b': 2, 'c': 3, 'w': 0}"
    );
    let other = Value::dict();
    ops::setitem(c, &other, &s("b"), i(20)).unwrap();
    assert_eq!(
        bin(c, &d, &other, BinaryOp::Or),
        "{'a': 1, 'b': 20, 'c': 3}"
    );
    let tmp = ops::call_method(c, &d, "copy", &[]).unwrap();
    assert!(ops::eq(c, &d, &tmp).unwrap());
    let fk = ops::getattr(c, &dt, "fromkeys").unwrap();
    assert_eq!(call(c, &fk, &[s("ab"), i(0)]), "{'a': 0, 'b': 0}");
    // Recursive repr.
    ops::setitem(c, &d, &s("self"), d.clone()).unwrap();
    assert_eq!(repr(c, &d), "{'a': 1, 'b': 2, 'c': 3, 'self': {...}}");
    ops::call_method(c, &d, "clear", &[]).unwrap();
    // Numeric keys unify.
    let n = Value::dict();
    ops::setitem(c, &n, &i(1), s("int")).unwrap();
    ops::setitem(c, &n, &f(1.0), s("float")).unwrap();
    ops::setitem(c, &n, &Value::TRUE, s("bool")).unwrap();
    assert_eq!(repr(c, &n), "{1: 'bool'}");
}

#[test]
fn set_semantics() {
    let mut c = cx();
    let c = &mut c;
    let st = types().set.clone();
    let fst = types().frozenset.clone();
    let a = ops::call(c, &st, &[l(vec![i(1), i(2), i(3)])]).unwrap();
    let b = ops::call(c, &st, &[l(vec![i(2), i(3), i(4)])]).unwrap();
    assert_eq!(bin(c, &a, &b, BinaryOp::And), "{2, 3}");
    assert_eq!(bin(c, &a, &b, BinaryOp::Sub), "{1}");
    assert_eq!(bin(c, &a, &b, BinaryOp::Xor), "{1, 4}");
    assert_eq!(bin(c, &a, &b, BinaryOp::Or), "{1, 2, 3, 4}");
    assert_eq!(
        bin(c, &a, &l(vec![]), BinaryOp::Or),
        "TypeError: unsupported operand type(s) for |: 'set' and 'list'"
    );
    assert_eq!(
        meth(c, &a, "union", &[l(vec![i(9)]), t(vec![i(8)])]),
        "{1, 2, 3, 8, 9}"
    );
    assert_eq!(meth(c, &a, "remove", &[i(99)]), "KeyError: 99");
    let tmp = ops::call(c, &st, &[]).unwrap();
    assert_eq!(
        meth(c, &tmp, "pop", &[]),
        "KeyError: 'pop from an empty set'"
    );
    let tmp = ops::call(c, &st, &[]).unwrap();
    assert_eq!(repr(c, &tmp), "set()");
    let fa = ops::call(c, &fst, std::slice::from_ref(&a)).unwrap();
    assert_eq!(repr(c, &fa), "frozenset({1, 2, 3})");
    let tmp = ops::call(c, &fst, &[]).unwrap();
    assert_eq!(repr(c, &tmp), "frozenset()");
    assert!(ops::eq(c, &fa, &a).unwrap());
    assert_eq!(
        ops::hash(c, &a).map_err(|e| err(c, e)).unwrap_err(),
        "TypeError: unhashable type: 'set'"
    );
    let fb = ops::call(c, &fst, &[l(vec![i(3), i(2), i(1)])]).unwrap();
    assert_eq!(ops::hash(c, &fa).unwrap(), ops::hash(c, &fb).unwrap());
    let small = ops::call(c, &st, &[l(vec![i(2)])]).unwrap();
    let tmp = ops::compare(c, &small, &a, CompareOp::Lt).unwrap();
    assert_eq!(repr(c, &tmp), "True");
    let tmp = ops::compare(c, &a, &a, CompareOp::Lt).unwrap();
    assert_eq!(repr(c, &tmp), "False");
    assert_eq!(meth(c, &small, "issubset", &[l(vec![i(2), i(5)])]), "True");
    assert_eq!(bin(c, &fa, &small, BinaryOp::Or), "frozenset({1, 2, 3})");
    let r = ops::inplace(c, &small, &b, BinaryOp::Or).unwrap();
    assert!(r.is(&small));
    assert_eq!(repr(c, &small), "{2, 3, 4}");
    let e = ops::call(c, &st, &[l(vec![l(vec![])])]).unwrap_err();
    assert_eq!(err(c, e), "TypeError: unhashable type: 'list'");
}

#[test]
fn range_and_slice() {
    let mut c = cx();
    let c = &mut c;
    let rt = types().range.clone();
    assert_eq!(call(c, &rt, &[i(10)]), "range(0, 10)");
    assert_eq!(call(c, &rt, &[i(0), i(10), i(2)]), "range(0, 10, 2)");
    assert_eq!(
        call(c, &rt, &[i(0), i(10), i(0)]),
        "ValueError: range() arg 3 must not be zero"
    );
    assert_eq!(
        call(c, &rt, &[f(1.0)]),
        "TypeError: 'float' object cannot be interpreted as an integer"
    );
    let r = Value::range(0, 10, 3);
    assert_eq!(ops::len(c, &r).unwrap(), 4);
    assert_eq!(getitem(c, &r, &i(-1)), "9");
    assert_eq!(
        getitem(c, &r, &i(4)),
        "IndexError: range object index out of range"
    );
    assert_eq!(
        getitem(c, &Value::range(0, 10, 1), &sl(N, N, i(-1))),
        "range(9, -1, -1)"
    );
    assert_eq!(
        getitem(c, &Value::range(0, 10, 1), &sl(i(2), i(5), N)),
        "range(2, 5)"
    );
    assert!(ops::contains(c, &r, &i(6)).unwrap());
    assert!(!ops::contains(c, &r, &i(7)).unwrap());
    assert!(ops::contains(c, &r, &f(3.0)).unwrap());
    assert!(ops::eq(c, &Value::range(0, 0, 1), &Value::range(5, 2, 3)).unwrap());
    let tmp = ops::getattr(c, &r, "step").unwrap();
    assert_eq!(repr(c, &tmp), "3");
    assert_eq!(
        meth(c, &r, "index", &[i(7)]),
        "ValueError: 7 is not in range"
    );
    let rev = ops::call_method(c, &Value::range(0, 5, 2), "__reversed__", &[]).unwrap();
    let tmp = Value::list(ops::to_vec(c, &rev).unwrap());
    assert_eq!(repr(c, &tmp), "[4, 2, 0]");
    let big = Value::range(0, i64::MAX, 1);
    assert_eq!(ops::len(c, &big).unwrap(), i64::MAX as usize);
    assert!(ops::contains(c, &big, &i(1 << 61)).unwrap());
    let slt = types().slice.clone();
    let s3 = ops::call(c, &slt, &[i(1), i(2)]).unwrap();
    assert_eq!(repr(c, &s3), "slice(1, 2, None)");
    let tmp = ops::call(c, &slt, &[N, N, i(-1)]).unwrap();
    assert_eq!(meth(c, &tmp, "indices", &[i(5)]), "(4, -1, -1)");
    let tmp = ops::getattr(c, &s3, "stop").unwrap();
    assert_eq!(repr(c, &tmp), "2");
}

#[test]
fn bytes_and_misc() {
    let mut c = cx();
    let c = &mut c;
    let b = Value::bytes(b"hello".to_vec());
    assert_eq!(getitem(c, &b, &i(0)), "104");
    assert_eq!(getitem(c, &b, &sl(i(1), i(3), N)), "b'el'");
    assert_eq!(meth(c, &b, "upper", &[]), "b'HELLO'");
    assert_eq!(
        meth(c, &b, "split", &[Value::bytes(b"l".to_vec())]),
        "[b'he', b'', b'o']"
    );
    assert_eq!(meth(c, &b, "hex", &[]), "'68656c6c6f'");
    assert!(ops::contains(c, &b, &i(104)).unwrap());
    let bt = types().bytes.clone();
    assert_eq!(call(c, &bt, &[i(3)]), "b'\\x00\\x00\\x00'");
    assert_eq!(
        call(c, &bt, &[l(vec![i(65), i(300)])]),
        "ValueError: bytes must be in range(0, 256)"
    );
    assert_eq!(call(c, &bt, &[s("é"), s("utf-8")]), "b'\\xc3\\xa9'");
    assert_eq!(
        call(c, &bt, &[s("x")]),
        "TypeError: string argument without an encoding"
    );
    let bl = types().bool.clone();
    assert_eq!(call(c, &bl, &[l(vec![])]), "False");
    assert_eq!(call(c, &bl, &[s("x")]), "True");
    assert_eq!(repr(c, &Value::NOT_IMPLEMENTED), "NotImplemented");
    assert_eq!(repr(c, &Value::ELLIPSIS), "Ellipsis");
    assert!(!ops::truthy(c, &Value::NONE).unwrap());
}

#[test]
fn corpus_str_cases() {
    let mut c = cx();
    let c = &mut c;
    let hs = s("hello world, hello");
    assert_eq!(meth(c, &hs, "rfind", &[s("hello")]), "13");
    assert_eq!(meth(c, &hs, "find", &[s("o"), i(5), i(7)]), "-1");
    assert_eq!(meth(c, &hs, "rfind", &[s("o"), i(0), i(5)]), "4");
    assert_eq!(meth(c, &hs, "rindex", &[s("l")]), "16");
    assert_eq!(meth(c, &hs, "count", &[s("")]), "19");
    assert_eq!(meth(c, &hs, "rfind", &[s("")]), "18");
    assert_eq!(meth(c, &s("+7"), "zfill", &[i(4)]), "'+007'");
    assert_eq!(meth(c, &s("x"), "center", &[i(4)]), "' x  '");
    assert_eq!(meth(c, &s("ab"), "center", &[i(7), s("*")]), "'***ab**'");
    assert_eq!(meth(c, &s("ab"), "rjust", &[i(5), s("0")]), "'000ab'");
    assert_eq!(
        meth(c, &s("a b c d"), "split", &[s(" "), i(2)]),
        "['a', 'b', 'c d']"
    );
    assert_eq!(meth(c, &s("  x y  z "), "rsplit", &[]), "['x', 'y', 'z']");
    assert_eq!(meth(c, &s(""), "split", &[]), "[]");
    assert_eq!(meth(c, &s(""), "split", &[s(",")]), "['']");
    assert_eq!(meth(c, &s("abc"), "split", &[s("abc")]), "['', '']");
    assert_eq!(
        meth(c, &s("one two three"), "rsplit", &[N, i(1)]),
        "['one two', 'three']"
    );
    assert_eq!(
        meth(c, &s("www.example.com"), "lstrip", &[s("w.")]),
        "'example.com'"
    );
    assert_eq!(meth(c, &s("\t\n hi \n"), "strip", &[]), "'hi'");
    assert_eq!(meth(c, &s("-"), "join", &[s("abc")]), "'a-b-c'");
    assert_eq!(meth(c, &s(" "), "join", &[l(vec![])]), "''");
    let b = Value::bytes(b"a,b,c".to_vec());
    assert_eq!(
        meth(c, &b, "split", &[Value::bytes(b",".to_vec())]),
        "[b'a', b'b', b'c']"
    );
    assert_eq!(
        meth(c, &Value::bytes(b"  pad ".to_vec()), "strip", &[]),
        "b'pad'"
    );
    assert_eq!(
        meth(
            c,
            &Value::bytes(b"hello".to_vec()),
            "count",
            &[Value::bytes(b"l".to_vec())]
        ),
        "2"
    );
    assert_eq!(
        meth(
            c,
            &Value::bytes(b"hello".to_vec()),
            "replace",
            &[Value::bytes(b"l".to_vec()), Value::bytes(b"L".to_vec())]
        ),
        "b'heLLo'"
    );
    let fh = ops::getattr(c, &types().bytes, "fromhex").unwrap();
    assert_eq!(call(c, &fh, &[s("414243")]), "b'ABC'");
    assert_eq!(
        getitem(c, &Value::bytes(b"abc".to_vec()), &i(5)),
        "IndexError: index out of range"
    );
    assert_eq!(
        repr(c, &Value::bytes(vec![0x7e, 0x7f, 0x80, 0x81])),
        "b'~\\x7f\\x80\\x81'"
    );
    assert_eq!(repr(c, &Value::bytes(b"'\"".to_vec())), "b'\\'\"'");
    assert_eq!(
        bin(c, &l(vec![i(1)]), &f(1.5), BinaryOp::Mul),
        "TypeError: can't multiply sequence by non-int of type 'float'"
    );
    assert_eq!(
        bin(c, &s("a"), &s("b"), BinaryOp::Mul),
        "TypeError: can't multiply sequence by non-int of type 'str'"
    );
    assert_eq!(
        bin(c, &f(1.5), &l(vec![i(1)]), BinaryOp::Mul),
        "TypeError: can't multiply sequence by non-int of type 'float'"
    );
    assert_eq!(
        bin(c, &i(1), &s("a"), BinaryOp::Add),
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
    );
    let nested = l(vec![l(vec![i(0), i(0)])]);
    assert_eq!(bin(c, &nested, &i(2), BinaryOp::Mul), "[[0, 0], [0, 0]]");
    assert_eq!(ops::format(c, &i(-42), "=8").unwrap(), "-     42");
    assert_eq!(ops::format(c, &i(-42), "08").unwrap(), "-0000042");
    assert_eq!(ops::format(c, &s("ab"), "*^9").unwrap(), "***ab****");
    let fm = |c: &mut Ctx, fmt: &str, a: &[Value]| meth(c, &s(fmt), "format", a);
    assert_eq!(
        fm(
            c,
            "{:.2f} {:,} {:08.3f} {:+}",
            &[f(3.14159), i(1234567), f(-3.14159), i(5)]
        ),
        "'3.14 1,234,567 -003.142 +5'"
    );
    assert_eq!(fm(c, "{0:{1}}|", &[s("w"), i(5)]), "'w    |'");
    assert_eq!(
        fm(c, "{:x} {:b} {:#o}", &[i(255), i(5), i(8)]),
        "'ff 101 0o10'"
    );
}
