//! Tests of argument binding messages and traceback formatting, through whole programs.

use crate::ctx::{Ctx, Vm};

/// Runs `src`; returns the last line of the uncaught exception's traceback ("" if none).
fn last_error_line(src: &str) -> String {
    let vm = Vm::new(vec!["t.py".into()]);
    let mut cx = Ctx::new(vm);
    match cx.run_source(src, "t.py") {
        Ok(()) => String::new(),
        Err(e) => cx
            .format_exception(&e)
            .lines()
            .last()
            .unwrap_or("")
            .to_string(),
    }
}

#[test]
fn binding_messages() {
    let cases = [
        (
            "def f(a, b): pass\nf(1)",
            "TypeError: f() missing 1 required positional argument: 'b'",
        ),
        (
            "def f(a, b): pass\nf()",
            "TypeError: f() missing 2 required positional arguments: 'a' and 'b'",
        ),
        (
            "def f(a, b): pass\nf(1, 2, 3)",
            "TypeError: f() takes 2 positional arguments but 3 were given",
        ),
        (
            "def f(a, b=1): pass\nf(1, 2, 3)",
            "TypeError: f() takes from 1 to 2 positional arguments but 3 were given",
        ),
        (
            "def f(a): pass\nf(1, 2)",
            "TypeError: f() takes 1 positional argument but 2 were given",
        ),
        (
            "def f(a, b): pass\nf(1, 2, c=3)",
            "TypeError: f() got an unexpected keyword argument 'c'",
        ),
        (
            "def f(a, b): pass\nf(1, a=1)",
            "TypeError: f() got multiple values for argument 'a'",
        ),
        (
            "def f(a, *, b): pass\nf(1)",
            "TypeError: f() missing 1 required keyword-only argument: 'b'",
        ),
        (
            "def f(a, /, b): pass\nf(a=1, b=2)",
            "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'",
        ),
        (
            "class A:\n    def m(self): pass\nA().m(1)",
            "TypeError: A.m() takes 1 positional argument but 2 were given",
        ),
        ("class A: pass\nA(1)", "TypeError: A() takes no arguments"),
        (
            "def f(*a, k=1, **kw): return a, k, kw\nf(1, 2, k=3, z=4)",
            "",
        ),
    ];
    for (src, want) in cases {
        assert_eq!(last_error_line(src), want, "{src}");
    }
}

#[test]
fn traceback_format() {
    let vm = Vm::new(vec!["t.py".into()]);
    let mut cx = Ctx::new(vm);
    let src = "def f():\n    raise KeyError('k')\ntry:\n    f()\nexcept KeyError as e:\n    raise ValueError('v') from e\n";
    let e = cx.run_source(src, "t.py").unwrap_err();
    let text = cx.format_exception(&e);
    let want = "Traceback (most recent call last):
  File \"t.py\", line 4, in <module>
    f()
    ~^^
  File \"t.py\", line 2, in f
    raise KeyError('k')
KeyError: 'k'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File \"t.py\", line 6, in <module>
    raise ValueError('v') from e
ValueError: v
";
    assert_eq!(text, want);
}

#[test]
fn context_and_recursion() {
    let src = "try:\n    raise KeyError('a')\nexcept KeyError:\n    raise ValueError('b')\n";
    let vm = Vm::new(vec!["t.py".into()]);
    let mut cx = Ctx::new(vm);
    let e = cx.run_source(src, "t.py").unwrap_err();
    let text = cx.format_exception(&e);
    assert!(text.contains("During handling of the above exception, another exception occurred:"));
    assert_eq!(
        last_error_line("def r(n): return r(n + 1)\nr(0)"),
        "RecursionError: maximum recursion depth exceeded"
    );
}

#[test]
fn syntax_error_format() {
    let vm = Vm::new(vec!["t.py".into()]);
    let mut cx = Ctx::new(vm);
    let e = cx
        .run_source("x = 1\nif x\n    pass\n", "t.py")
        .unwrap_err();
    let text = cx.format_exception(&e);
    assert!(
        text.starts_with("  File \"t.py\", line 2\n    if x\n"),
        "{text}"
    );
    assert!(text.ends_with("SyntaxError: expected ':'\n"), "{text}");
}
