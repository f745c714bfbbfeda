//! Unit tests: a tiny S-expression printer for AST shapes, then tests per area.

use super::*;
use crate::ast::*;

use crate::sexp::{e, s};

fn body(b: &[Stmt]) -> String {
    b.iter().map(s).collect::<Vec<_>>().join(" ")
}

pub fn m(src: &str) -> String {
    match parse_module(src) {
        Ok(m) => body(&m.body),
        Err(err) => panic!("parse failed for {src:?}: {err} at {:?}", err.span),
    }
}

pub fn x(src: &str) -> String {
    match parse_expression(src) {
        Ok(v) => e(&v),
        Err(err) => panic!("parse failed for {src:?}: {err} at {:?}", err.span),
    }
}

pub fn me(src: &str) -> SyntaxError {
    match parse_module(src) {
        Ok(m) => panic!("expected error for {src:?}, got {}", body(&m.body)),
        Err(e) => e,
    }
}

fn ie(src: &str) -> SyntaxError {
    match parse_interactive(src) {
        Ok(_) => panic!("expected error for {src:?}"),
        Err(e) => e,
    }
}

fn toks(src: &str) -> Vec<crate::token::Tok> {
    let mut lx = crate::lexer::Lexer::new(src, 0, src.len(), 0);
    let lay = crate::layout::layout(&mut lx, src, crate::layout::Mode::Module, 1000);
    assert!(lay.error.is_none(), "{:?}", lay.error);
    lay.toks.into_iter().map(|t| t.1).collect()
}

// ---------------------------------------------------------------- tokens and layout

#[test]
fn tokens_basic() {
    use crate::token::Tok::*;
    assert_eq!(
        toks("if x:\n    y = 1  # c\n\n   \n# only comment\nz\n"),
        vec![
            If,
            Name("x".into()),
            Colon,
            Newline,
            Indent,
            Name("y".into()),
            Equal,
            Int(1.into()),
            Newline,
            Dedent,
            Name("z".into()),
            Newline
        ]
    );
    assert_eq!(toks("(1,\n 2)\n").len(), 6);
    assert_eq!(toks("x = 1 + \\\n  2\n").len(), 6);
    assert_eq!(
        toks("a //= b ** c >>= d -> ... := != <= @=\n")[..11].to_vec(),
        vec![
            Name("a".into()),
            DoubleSlashEqual,
            Name("b".into()),
            DoubleStar,
            Name("c".into()),
            RightShiftEqual,
            Name("d".into()),
            RArrow,
            Ellipsis,
            ColonEqual,
            NotEqual
        ]
    );
    // No trailing newline: NEWLINE and DEDENTs are synthesised.
    assert_eq!(toks("if x:\n  y").last(), Some(&Dedent));
}

#[test]
fn numbers() {
    assert_eq!(x("0x_ff"), "255");
    assert_eq!(x("0o17 + 0b101"), "(+ 15 5)");
    assert_eq!(x("1_000_000"), "1000000");
    assert_eq!(
        x("123456789012345678901234567890"),
        "123456789012345678901234567890"
    );
    assert_eq!(x("1.5e3"), "1500.0");
    assert_eq!(x("1."), "1.0");
    assert_eq!(x(".5"), "0.5");
    assert_eq!(x("1_0.2_5"), "10.25");
    assert_eq!(x("1e-2"), "0.01");
    assert_eq!(x("00"), "0");
    assert_eq!(x("1j"), "1.0j");
    assert_eq!(x("2.5e1J"), "25.0j");
    assert_eq!(x("0_1j"), "1.0j");
    assert_eq!(
        parse_expression("1abc").unwrap_err().message,
        "invalid decimal literal"
    );
    assert_eq!(
        parse_expression("1_").unwrap_err().message,
        "invalid decimal literal"
    );
    assert!(parse_expression("012")
        .unwrap_err()
        .message
        .contains("leading zeros"));
    assert_eq!(x("1if 2 else 3"), "(ifexp 2 1 3)");
}

#[test]
fn strings() {
    assert_eq!(x(r#"'a\n\t\\\'\"'"#), r#""a\n\t\\'\"""#);
    assert_eq!(x(r#"r'a\n'"#), r#""a\\n""#);
    assert_eq!(x(r#"'\x41\u00e9\U0001F600\101\0'"#), "\"Aé😀A\\0\"");
    assert_eq!(x(r#"'\N{GREEK SMALL LETTER ALPHA}'"#), "\"α\"");
    assert_eq!(x("'a' \"b\" '''c''' \"\"\"d\"\"\""), "\"abcd\"");
    assert_eq!(x("b'a\\x00' rb'\\n' BR'x'"), "b\"a\\0\\\\nx\"");
    assert_eq!(x("U'x' R'y'"), "\"xy\"");
    assert_eq!(x("'''a\nb'''"), "\"a\\nb\"");
    assert_eq!(x("'a\\\nb'"), "\"ab\"");
    assert_eq!(x(r"'\d'"), r#""\\d""#);
    assert_eq!(
        parse_expression("'a' b'b'").unwrap_err().message,
        "cannot mix bytes and nonbytes literals"
    );
    assert!(parse_expression("b'é'").is_err());
    let e = me("x = 'abc\ny = 2\n");
    assert_eq!(
        e.message,
        "unterminated string literal (detected at line 1)"
    );
    assert_eq!(e.span.start, 4);
    assert!(!e.incomplete);
    let e = me("x = '''abc\ny = 2\n");
    assert!(e
        .message
        .starts_with("unterminated triple-quoted string literal"));
    assert!(e.incomplete);
}

#[test]
fn fstrings() {
    assert_eq!(x("f'a{b}c'"), r#"(f "a" {b} "c")"#);
    assert_eq!(x("f'{x!r:>{w}.{p}}'"), r#"(f {x !r :">" {w} "." {p}})"#);
    assert_eq!(x("f'{{}}{x}'"), r#"(f "{}" {x})"#);
    assert_eq!(x("f'{x=}'"), r#"(f {x !r ="x="})"#);
    assert_eq!(x("f'{x = }'"), r#"(f {x !r ="x = "})"#);
    assert_eq!(x("f'{x=:>5}'"), r#"(f {x :">5" ="x="})"#);
    assert_eq!(x("f'{x=!s}'"), r#"(f {x !s ="x="})"#);
    assert_eq!(x("f'{a!=b}'"), r#"(f {(cmp a != b)})"#);
    assert_eq!(x("f'{a[1:2]}'"), r#"(f {([] a (slice 1 2 _))})"#);
    assert_eq!(x("'a' f'{b}' 'c'"), r#"(f "a" {b} "c")"#);
    assert_eq!(x("f'{\"q\"}'"), r#"(f {"q"})"#);
    assert_eq!(x("f'{f\"{1}\"}'"), r#"(f {(f {1})})"#);
    assert_eq!(x("rf'\\n{x}'"), r#"(f "\\n" {x})"#);
    assert_eq!(x("f'\\n{x}'"), r#"(f "\n" {x})"#);
    assert_eq!(x("f'{a, b}'"), r#"(f {(tuple a b)})"#);
    assert_eq!(x("f'''{\na\n+ b}'''"), r#"(f {(+ a b)})"#);
    assert_eq!(x("f''"), "(f )");
    assert_eq!(x("f'{x:%H:%M}'"), r#"(f {x :"%H:%M"})"#);
    assert_eq!(x("f'{d[\"k\"]!a}'"), r#"(f {([] d "k") !a})"#);
    // Spans of field expressions point into the original source.
    let src = "x = f'ab{yy + 1}'";
    let m = parse_module(src).unwrap();
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::FString(parts) = &value.kind else {
        panic!()
    };
    let FStringPart::Expr { value, .. } = &parts[1] else {
        panic!()
    };
    assert_eq!(
        &src[value.span.start as usize..value.span.end as usize],
        "yy + 1"
    );
    // Errors.
    assert_eq!(
        parse_expression("f'{}'").unwrap_err().message,
        "f-string: empty expression not allowed"
    );
    assert_eq!(
        parse_expression("f'}'").unwrap_err().message,
        "f-string: single '}' is not allowed"
    );
    assert_eq!(
        parse_expression("f'{x'").unwrap_err().message,
        "f-string: expecting '}'"
    );
    assert!(parse_expression("f'{x!z}'")
        .unwrap_err()
        .message
        .contains("invalid conversion"));
    assert!(parse_expression("f'{a b}'")
        .unwrap_err()
        .message
        .starts_with("f-string: invalid syntax"));
    assert!(parse_expression("f'{x:{y:{z}}}'")
        .unwrap_err()
        .message
        .contains("nested too deeply"));
}

#[test]
fn layout_errors() {
    let e = me("if x:\n        a\n    b\n");
    assert_eq!(e.kind, SyntaxErrorKind::Indentation);
    assert_eq!(
        e.message,
        "unindent does not match any outer indentation level"
    );
    let e = me("x = 1\n    y = 2\n");
    assert_eq!(
        (e.kind, e.message.as_str()),
        (SyntaxErrorKind::Indentation, "unexpected indent")
    );
    let e = me("if x:\npass\n");
    assert_eq!(e.kind, SyntaxErrorKind::Indentation);
    assert_eq!(
        e.message,
        "expected an indented block after 'if' statement on line 1"
    );
    assert!(!e.incomplete);
    let e = me("x = 1\ndef f():\n\n# c\nreturn\n");
    assert_eq!(
        e.message,
        "expected an indented block after function definition on line 2"
    );
    let e = me("for x in y:\n    pass\nelse:\nz\n");
    assert_eq!(
        e.message,
        "expected an indented block after 'else' statement on line 3"
    );
    let e = me("if x:\n\tif y:\n        pass\n");
    assert_eq!(e.kind, SyntaxErrorKind::Tab);
    // Tabs count to the next multiple of 8 and are fine when used consistently.
    m("if x:\n\tif y:\n\t\tpass\n\tz\n");
    let e = me("x = (1,\n");
    assert_eq!(e.message, "'(' was never closed");
    assert_eq!(e.span, Span::new(4, 5));
    assert!(e.incomplete);
    let e = me("x = 1)\n");
    assert_eq!(e.message, "unmatched ')'");
    let e = me("x = (1]\n");
    assert_eq!(
        e.message,
        "closing parenthesis ']' does not match opening parenthesis '('"
    );
    let e = me("x = 1 + \\");
    assert!(e.incomplete);
    let e = me("x = 1 \\ + 2\n");
    assert_eq!(
        e.message,
        "unexpected character after line continuation character"
    );
    assert_eq!(me("a $ b\n").message, "invalid syntax");
    assert!(me("a € b\n").message.starts_with("invalid character '€'"));
    m("\u{FEFF}x = 1\n");
    m("été = 1\nπ = été\n");
}

// ---------------------------------------------------------------- statements

#[test]
fn simple_statements() {
    assert_eq!(m("a = b = 1\n"), "(= a b 1)");
    assert_eq!(m("a, b = b, a\n"), "(= (tuple a b) (tuple b a))");
    assert_eq!(m("a, *b = c\n"), "(= (tuple a (* b)) c)");
    assert_eq!(m("[a, (b, c)] = d\n"), "(= (list a (tuple b c)) d)");
    assert_eq!(m("x = yield y\n"), "(= x (yield y))");
    assert_eq!(m("x = yield\n"), "(= x (yield))");
    assert_eq!(m("yield from g\n"), "(yield-from g)");
    assert_eq!(m("x = *a, *b\n"), "(= x (tuple (* a) (* b)))");
    assert_eq!(m("a.b[c] += 1\n"), "(+= ([] (. a b) c) 1)");
    for (op, name) in [
        ("+=", "+"),
        ("-=", "-"),
        ("*=", "*"),
        ("/=", "/"),
        ("//=", "//"),
        ("%=", "%"),
        ("**=", "**"),
        ("@=", "@"),
        ("<<=", "<<"),
        (">>=", ">>"),
        ("&=", "&"),
        ("|=", "|"),
        ("^=", "^"),
    ] {
        assert_eq!(m(&format!("x {op} 2\n")), format!("({name}= x 2)"));
    }
    assert_eq!(m("x: int\n"), "(ann x int)");
    assert_eq!(
        m("x.y: List[int] = []\n"),
        "(ann (. x y) ([] List int) (list ))"
    );
    assert_eq!(m("pass; break; continue;\n"), "pass break continue");
    assert_eq!(m("return\n"), "(return)");
    assert_eq!(m("return 1, *a\n"), "(return (tuple 1 (* a)))");
    assert_eq!(m("raise\n"), "(raise)");
    assert_eq!(m("raise E from e\n"), "(raise E from e)");
    assert_eq!(m("global a, b\nnonlocal c\n"), "(global a b) (nonlocal c)");
    assert_eq!(m("del a, b[0], c.d\n"), "(del a ([] b 0) (. c d))");
    assert_eq!(m("del (a, b), [c]\n"), "(del (tuple a b) (list c))");
    assert_eq!(m("assert x, 'msg'\n"), "(assert x \"msg\")");
    assert_eq!(m("import a.b.c as d, e\n"), "(import a.b.c as d, e)");
    assert_eq!(m("from . import x\n"), "(from . x)");
    assert_eq!(
        m("from ...a.b import (c as d, e,)\n"),
        "(from ...a.b c as d, e)"
    );
    assert_eq!(m("from .... import x\n"), "(from .... x)");
    assert_eq!(m("from m import *\n"), "(from m *)");
    assert_eq!(m("match = case = type = 1\n"), "(= match case type 1)");
    assert_eq!(m("(x := 1)\n"), "(:= x 1)");
}

#[test]
fn compound_statements() {
    assert_eq!(
        m("if a: b; c\nelif d:\n  e\nelse: f\n"),
        "(if a [b c] [(if d [e] [f])])"
    );
    assert_eq!(
        m("while x := f(): pass\nelse: g\n"),
        "(while (:= x (call f)) [pass] [g])"
    );
    assert_eq!(
        m("for i, j in a, b:\n    pass\nelse:\n    c\n"),
        "(for (tuple i j) (tuple a b) [pass] [c])"
    );
    assert_eq!(m("for x, in y: pass\n"), "(for (tuple x) y [pass] [])");
    assert_eq!(
        m("try:\n  a\nexcept E as e:\n  b\nexcept (A, B):\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n"),
        "(try [a] (except E as e [b]) (except (tuple A B) [c]) (except _ [d]) [e] [f])"
    );
    assert_eq!(m("try: a\nfinally: b\n"), "(try [a]  [] [b])");
    assert_eq!(m("with a as b, c: pass\n"), "(with (a as b) c [pass])");
    assert_eq!(
        m("with (a as b, c as (d, e),): pass\n"),
        "(with (a as b) (c as (tuple d e)) [pass])"
    );
    assert_eq!(m("with (a, b): pass\n"), "(with a b [pass])");
    assert_eq!(
        m("with (a, b) as c: pass\n"),
        "(with ((tuple a b) as c) [pass])"
    );
    assert_eq!(m("with (a)(): pass\n"), "(with (call a) [pass])");
    assert_eq!(
        m("@d1\n@d2.x(3)\ndef f(a, b: int = 1, /, c=2, *args, d, e=3, **kw) -> R:\n    return a\n"),
        "(def @d1 @(call (. d2 x) 3) f (a b:int=1 / c=2 *args d e=3 **kw) -> R [(return a)])"
    );
    assert_eq!(m("def f(*, a): pass\n"), "(def f (* a) [pass])");
    assert_eq!(m("def f(a,): pass\n"), "(def f (a) [pass])");
    assert_eq!(m("def f(*a: *Ts): pass\n"), "(def f (*a:(* Ts)) [pass])");
    assert_eq!(
        m("class A(B, *c, metaclass=M, **k):\n    x = 1\n"),
        "(class A (B (* c) metaclass=M **k) [(= x 1)])"
    );
    assert_eq!(m("class A: pass\n"), "(class A () [pass])");
    assert_eq!(m("class A(): pass\n"), "(class A () [pass])");
    assert_eq!(
        m("def g():\n    x = yield\n    y = yield from z\n    await_ = 1\n"),
        "(def g () [(= x (yield)) (= y (yield-from z)) (= await_ 1)])"
    );
}

#[test]
fn async_syntax() {
    assert_eq!(
        m("@d\nasync def f():\n    x = await g() ** 2\n"),
        "(async-def @d f () [(= x (** (await (call g)) 2))])"
    );
    assert_eq!(
        m("async def f():\n    async for x in y: pass\n    async with a as b: pass\n"),
        "(async-def f () [(async-for x y [pass] []) (async-with (a as b) [pass])])"
    );
    assert_eq!(
        m("async def f():\n    return [x async for x in y for z in x]\n"),
        "(async-def f () [(return (listcomp x (async-for x y) (for z x)))])"
    );
}

#[test]
fn spans() {
    let src = "if a:\n    b = 1\n\n# trailing\nc\n";
    let md = parse_module(src).unwrap();
    assert_eq!(md.body[0].span, Span::new(0, 15));
    assert_eq!(md.body[1].span, Span::new(28, 29));
    let e = parse_expression("(a + b) * c").unwrap();
    assert_eq!(e.span, Span::new(0, 11));
    let ExprKind::BinOp { left, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(left.span, Span::new(1, 6));
    let li = LineIndex::new("ab\ncdé\r\nx");
    assert_eq!(li.line_col(0), (1, 1));
    assert_eq!(li.line_col(3), (2, 1));
    assert_eq!(li.line_col(7), (2, 4));
    assert_eq!(li.line_col(9), (3, 1));
    assert_eq!(li.line_text(2), "cdé");
    assert_eq!(li.line_count(), 3);
    assert_eq!(li.line_start(3), 9);
    assert_eq!(LineIndex::new("a\n").line_count(), 1);
}

// ---------------------------------------------------------------- expressions

#[test]
fn precedence() {
    assert_eq!(x("-2**2"), "(neg (** 2 2))");
    assert_eq!(x("2**-1"), "(** 2 (neg 1))");
    assert_eq!(x("a**b**c"), "(** a (** b c))");
    assert_eq!(x("a - b - c"), "(- (- a b) c)");
    assert_eq!(x("a + b * c"), "(+ a (* b c))");
    assert_eq!(
        x("a | b ^ c & d << e + f"),
        "(| a (^ b (& c (<< d (+ e f)))))"
    );
    assert_eq!(x("a // b % c @ d / e"), "(/ (@ (% (// a b) c) d) e)");
    assert_eq!(x("~a.b[c](d)"), "(~ (call ([] (. a b) c) d))");
    assert_eq!(x("not a == b"), "(not (cmp a == b))");
    assert_eq!(
        x("a < b <= c is not d not in e in f is g != h"),
        "(cmp a < b <= c is-not d not-in e in f is g != h)"
    );
    assert_eq!(x("a or b and not c or d"), "(or a (and b (not c)) d)");
    assert_eq!(x("(a or b) or c"), "(or (or a b) c)");
    assert_eq!(x("a if b else c if d else e"), "(ifexp b a (ifexp d c e))");
    assert_eq!(x("lambda: a if b else c"), "(lambda () (ifexp b a c))");
    assert_eq!(x("lambda x, *y, z=1, **k: x"), "(lambda (x *y z=1 **k) x)");
    assert_eq!(x("lambda a, /, b: 0"), "(lambda (a / b) 0)");
    assert_eq!(x("a | b < c"), "(cmp (| a b) < c)");
    assert_eq!(x("- - a"), "(neg (neg a))");
    assert_eq!(x("+a"), "(pos a)");
}

#[test]
fn displays() {
    assert_eq!(x("()"), "(tuple )");
    assert_eq!(x("(1,)"), "(tuple 1)");
    assert_eq!(x("(1)"), "1");
    assert_eq!(x("1, 2,"), "(tuple 1 2)");
    assert_eq!(x("[]"), "(list )");
    assert_eq!(x("[1, *a, 2,]"), "(list 1 (* a) 2)");
    assert_eq!(x("{}"), "(dict )");
    assert_eq!(x("{**a, 'k': v,}"), "(dict **a \"k\":v)");
    assert_eq!(x("{1, *b}"), "(set 1 (* b))");
    assert_eq!(
        x("[x for x in y if x if z for w in x]"),
        "(listcomp x (for x y (if x) (if z)) (for w x))"
    );
    assert_eq!(
        x("{k: v for k, v in d}"),
        "(dictcomp k v (for (tuple k v) d))"
    );
    assert_eq!(x("{x for x in y}"), "(setcomp x (for x y))");
    assert_eq!(x("(x for x in y)"), "(genexp x (for x y))");
    assert_eq!(x("f(x for x in y)"), "(call f (genexp x (for x y)))");
    assert_eq!(x("f(a, *b, c=1, **d, e=2)"), "(call f a (* b) c=1 **d e=2)");
    assert_eq!(x("f(a,)"), "(call f a)");
    assert_eq!(x("f((yield))"), "(call f (yield))");
    assert_eq!(
        x("a[1:2, ::3]"),
        "([] a (tuple (slice 1 2 _) (slice _ _ 3)))"
    );
    assert_eq!(x("a[:]"), "([] a (slice _ _ _))");
    assert_eq!(x("a[1:]"), "([] a (slice 1 _ _))");
    assert_eq!(x("a[1,]"), "([] a (tuple 1))");
    assert_eq!(x("a[b, c]"), "([] a (tuple b c))");
    assert_eq!(x("a[*b]"), "([] a (tuple (* b)))");
    assert_eq!(x("a[x:=1]"), "([] a (:= x 1))");
    assert_eq!(x("[y := 1, 2]"), "(list (:= y 1) 2)");
    assert_eq!(x("..."), "...");
    assert_eq!(x("None, True, False"), "(tuple None True False)");
    assert_eq!(x("(yield)"), "(yield)");
    assert_eq!(x("[\n1,\n2\n]"), "(list 1 2)");
}

// ---------------------------------------------------------------- errors

#[test]
fn target_and_call_errors() {
    let cases = [
        (
            "1 = x\n",
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        ),
        (
            "f() = 1\n",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        ),
        (
            "a + b = 1\n",
            "cannot assign to expression here. Maybe you meant '==' instead of '='?",
        ),
        ("None = 1\n", "cannot assign to None"),
        ("(a, 1) = x\n", "cannot assign to literal"),
        ("del 1\n", "cannot delete literal"),
        ("del f()\n", "cannot delete function call"),
        ("del *a, b\n", "cannot delete starred"),
        (
            "f() += 1\n",
            "'function call' is an illegal expression for augmented assignment",
        ),
        (
            "a, b += 1\n",
            "'tuple' is an illegal expression for augmented assignment",
        ),
        ("for 1 in x: pass\n", "cannot assign to literal"),
        ("with a as f(): pass\n", "cannot assign to function call"),
        ("[x for 1 in y]\n", "cannot assign to literal"),
        (
            "*a = 1\n",
            "starred assignment target must be in a list or tuple",
        ),
        (
            "a, *b, *c = 1\n",
            "multiple starred expressions in assignment",
        ),
        ("*a\n", "can't use starred expression here"),
        (
            "(a, b): int\n",
            "only single target (not tuple) can be annotated",
        ),
        ("f(): int\n", "illegal target for annotation"),
        (
            "(a.b := 1)\n",
            "cannot use assignment expressions with attribute",
        ),
        (
            "f(a.b=1)\n",
            "expression cannot contain assignment, perhaps you meant \"==\"?",
        ),
        ("f(a=1, a=2)\n", "keyword argument repeated: a"),
        (
            "f(a=1, b)\n",
            "positional argument follows keyword argument",
        ),
        (
            "f(**a, b)\n",
            "positional argument follows keyword argument unpacking",
        ),
        (
            "f(**a, *b)\n",
            "iterable argument unpacking follows keyword argument unpacking",
        ),
        (
            "f(x for x in y, 1)\n",
            "Generator expression must be parenthesized",
        ),
        (
            "def f(a=1, b): pass\n",
            "non-default argument follows default argument",
        ),
        (
            "def f(a, a): pass\n",
            "duplicate argument 'a' in function definition",
        ),
        ("def f(*): pass\n", "named arguments must follow bare *"),
        (
            "def f(/, a): pass\n",
            "at least one argument must precede /",
        ),
        ("def f(*a, /): pass\n", "/ must be ahead of *"),
        (
            "def f(**k, a): pass\n",
            "arguments cannot follow var-keyword argument",
        ),
        (
            "[*a for a in b]\n",
            "iterable unpacking cannot be used in comprehension",
        ),
        (
            "try: a\nexcept: b\nexcept E: c\n",
            "default 'except:' must be last",
        ),
        ("print((*a))\n", "cannot use starred expression here"),
        ("async x = 1\n", "invalid syntax"),
        ("if x\n    pass\n", "expected ':'"),
        ("f(a b)\n", "invalid syntax. Perhaps you forgot a comma?"),
        ("x = = 1\n", "invalid syntax"),
    ];
    for (src, msg) in cases {
        let e = me(src);
        assert_eq!(e.message, msg, "for {src:?}");
        assert_eq!(e.kind, SyntaxErrorKind::Syntax, "for {src:?}");
        assert!(!e.incomplete, "for {src:?}");
    }
    // Spans point at the offending target.
    assert_eq!(me("x = f() = 1\n").span, Span::new(4, 7));
    assert_eq!(me("x = 1 +\n").span.start, 7);
}

#[test]
fn incomplete_flag() {
    for src in [
        "if x:\n",
        "if x:",
        "def f():\n",
        "class A:\n",
        "for x in y:\n    if z:\n",
        "x = (1,\n",
        "x = [1,\n 2",
        "x = '''abc\n",
        "x = 1 + \\",
        "@dec\n",
        "try:\n    a\n",
        "if x:\n    pass\nelse:\n",
    ] {
        let e = me(src);
        assert!(e.incomplete, "{src:?} should be incomplete: {e}");
    }
    for src in [
        "x = 1 +\n",
        "x = 1 +",
        "x = 'abc\n",
        "if x\n",
        "x = )\n",
        "if x:\npass\n",
    ] {
        let e = me(src);
        assert!(!e.incomplete, "{src:?} should be complete: {e}");
    }
    // Interactive: a compound statement needs a trailing blank line.
    assert!(ie("if x:\n    pass\n").incomplete);
    assert!(ie("if x: pass\n").incomplete);
    assert!(ie("def f():\n    return 1\n").incomplete);
    assert!(ie("if x:\n").incomplete);
    assert!(ie("(1,\n").incomplete);
    assert_eq!(
        parse_interactive("if x:\n    pass\n\n").unwrap().body.len(),
        1
    );
    assert_eq!(
        parse_interactive("if x:\n    pass\n  \n")
            .unwrap()
            .body
            .len(),
        1
    );
    assert_eq!(parse_interactive("x = 1\n").unwrap().body.len(), 1);
    assert_eq!(parse_interactive("x = 1; y = 2\n").unwrap().body.len(), 2);
    assert_eq!(parse_interactive("").unwrap().body.len(), 0);
    assert!(!ie("x = 1 +\n").incomplete);
}

// ---------------------------------------------------------------- deep nesting

fn on_small_stack<F: FnOnce() + Send + 'static>(f: F) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    on_small_stack(|| {
        let src = "(".repeat(10_000);
        let e = parse_module(&src).unwrap_err();
        assert_eq!(e.message, "too many nested parentheses");
        let src = format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000));
        assert_eq!(
            parse_module(&src).unwrap_err().message,
            "too many nested parentheses"
        );
        for src in [
            format!("x = {}1\n", "not ".repeat(10_000)),
            format!("x = {}1\n", "-".repeat(10_000)),
            format!(
                "x = {}1{}\n",
                "-(".repeat(150) + &"-".repeat(800),
                ")".repeat(150)
            ),
            format!("x = 1{}\n", " + 1".repeat(10_000)),
            format!("x = 1{}\n", " ** 1".repeat(10_000)),
            format!("x = a{}\n", ".b".repeat(10_000)),
            format!("x = f{}\n", "()".repeat(10_000)),
            format!("x = a{}\n", "[0]".repeat(10_000)),
            format!("x = {}1\n", "lambda: ".repeat(10_000)),
            format!("x = {}1\n", "lambda a, b=2: ".repeat(10_000)),
            format!("x = 1{}\n", " if 1 else 1".repeat(10_000)),
            format!(
                "x = {}1{}\n",
                "[-1+-1+-1+-1+-1+".repeat(190),
                "]".repeat(190)
            ),
            format!("x = {}1\n", "yield ".repeat(10_000)),
        ] {
            let e = parse_module(&src).unwrap_err();
            assert!(
                e.message == "expression too deeply nested"
                    || e.message == "too many nested parentheses"
                    || e.message == "invalid syntax",
                "{}",
                e.message
            );
        }
        // An f-string field cannot sneak deep nesting past the limit.
        let src = format!("x = f'{{{}1}}'\n", "-".repeat(10_000));
        assert!(parse_module(&src).is_err());
        // Blocks: CPython allows 100 levels of indentation.
        let mut src = String::new();
        for i in 0..150 {
            src += &format!("{}if x:\n", " ".repeat(i));
        }
        src += &format!("{}pass\n", " ".repeat(150));
        let e = parse_module(&src).unwrap_err();
        assert_eq!(e.message, "too many levels of indentation");
        assert_eq!(e.kind, SyntaxErrorKind::Indentation);
    });
}

#[test]
fn deep_but_allowed_trees_survive_clone_and_drop() {
    on_small_stack(|| {
        // Just under the limits: 99 nested blocks, each with a deep expression.
        let mut src = String::new();
        for i in 0..99 {
            src += &format!("{}if x:\n", " ".repeat(i));
        }
        let deep = format!("{}1", "-".repeat((MAX_EXPR_DEPTH as usize) - 10));
        src += &format!("{}y = {deep}\n", " ".repeat(99));
        let m = parse_module(&src).unwrap();
        let c = m.clone();
        assert_eq!(c, m);
        drop(c);
        drop(m);
        let src = format!("x = {}1{}\n", "[".repeat(200), "]".repeat(200));
        let m = parse_module(&src).unwrap();
        let _ = m.clone();
        let src = format!("x = 1{}\n", " + 1".repeat(MAX_EXPR_DEPTH as usize - 10));
        let m = parse_module(&src).unwrap();
        let _ = m.clone();
        // An f-string inside a deep expression, itself holding a deep expression.
        let src = format!(
            "x = {}f'{{{}1}}'\n",
            "-".repeat(MAX_EXPR_DEPTH as usize - 10),
            "-".repeat(MAX_EXPR_DEPTH as usize / 2 - 10)
        );
        let m = parse_module(&src).unwrap();
        let _ = m.clone();
    });
}

#[test]
fn match_statements() {
    assert_eq!(
        m("match x:\n    case 1 | -2.5 | 'a' 'b':\n        pass\n    case None:\n        pass\n"),
        "(match x (case (| 1 -2.5 \"ab\") [pass]) (case None [pass]))"
    );
    assert_eq!(
        m("match a, *b:\n    case [x, *rest] if x > 0:\n        y = x\n    case (p, q) as t: pass\n    case _: pass\n"),
        "(match (tuple a (* b)) (case (seq x *rest) if (cmp x > 0) [(= y x)]) (case (as (seq p q) t) [pass]) (case _ [pass]))"
    );
    assert_eq!(
        m("match v:\n    case {'k': 1, Color.RED: c, **kw}: pass\n    case Point(0, y=yy): pass\n    case a.b.C(): pass\n"),
        "(match v (case (map \"k\": 1 (. Color RED): c **kw) [pass]) (case (cls Point 0 y=yy) [pass]) (case (cls (. (. a b) C) ) [pass]))"
    );
    // Open sequences, groups and empty sequences.
    assert_eq!(
        m("match v:\n    case 1, *_: pass\n    case (x): pass\n    case (): pass\n    case []: pass\n"),
        "(match v (case (seq 1 *_) [pass]) (case x [pass]) (case (seq ) [pass]) (case (seq ) [pass]))"
    );
    // `match` and `case` stay names everywhere else.
    assert_eq!(
        m("match = 1\nmatch.x = 2\nmatch(3)\ncase = match[0]\nmatch: int = 4\n"),
        "(= match 1) (= (. match x) 2) (call match 3) (= case ([] match 0)) (ann match int 4)"
    );
    assert_eq!(
        m("match (x):\n    case 1:\n        match = 2\n        case = 3\n"),
        "(match x (case 1 [(= match 2) (= case 3)]))"
    );
    // Nested match statements.
    assert_eq!(
        m("match x:\n    case 1:\n        match y:\n            case 2: pass\n    case 3: pass\n"),
        "(match x (case 1 [(match y (case 2 [pass]))]) (case 3 [pass]))"
    );
}

#[test]
fn match_errors() {
    let cases = [
        (
            "match x:\n    case f'a': pass\n",
            "patterns may only match literals and attribute lookups",
        ),
        (
            "match x:\n    case [*a, *b]: pass\n",
            "multiple starred names in sequence pattern",
        ),
        (
            "match x:\n    case C(x=1, 2): pass\n",
            "positional patterns follow keyword patterns",
        ),
        (
            "match x:\n    case a as _: pass\n",
            "cannot use '_' as a target",
        ),
        (
            "match x:\n    case C(a=1, a=2): pass\n",
            "attribute name repeated in class pattern: a",
        ),
        ("match x:\n    case {**_}: pass\n", "invalid syntax"),
        ("match x:\n    case -y: pass\n", "invalid syntax"),
        ("match x:\n    case *a: pass\n", "invalid syntax"),
    ];
    for (src, msg) in cases {
        assert_eq!(me(src).message, msg, "{src}");
    }
    assert_eq!(
        me("match x:\npass\n").message,
        "expected an indented block after 'match' statement on line 1"
    );
}
