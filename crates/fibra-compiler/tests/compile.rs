//! Compiles representative programs, runs the verifier on every code object and checks key
//! instruction sequences.

use std::sync::Arc;

use fibra_bytecode::{make_function, BinaryOp, CodeObject, CompareOp, Const, Conversion, Op};
use fibra_compiler::{compile_source, verify::verify, Mode};

fn compile(src: &str) -> Arc<CodeObject> {
    let code = match compile_source(src, "<test>", Mode::Module) {
        Ok(c) => c,
        Err(e) => panic!("compile error {e:?} for:\n{src}"),
    };
    if let Err(e) = verify(&code) {
        panic!("verify failed: {e}\n{code}");
    }
    code
}

fn err(src: &str) -> String {
    match compile_source(src, "<test>", Mode::Module) {
        Ok(c) => panic!("expected an error for:\n{src}\ngot:\n{c}"),
        Err(e) => e.message,
    }
}

/// The code object named `qualname` (depth-first search).
fn find(code: &Arc<CodeObject>, qualname: &str) -> Arc<CodeObject> {
    if &*code.qualname == qualname {
        return code.clone();
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            if let Some(found) = try_find(inner, qualname) {
                return found;
            }
        }
    }
    panic!("no code {qualname} in\n{code}");
}

fn try_find(code: &Arc<CodeObject>, qualname: &str) -> Option<Arc<CodeObject>> {
    if &*code.qualname == qualname {
        return Some(code.clone());
    }
    code.consts.iter().find_map(|c| match c {
        Const::Code(inner) => try_find(inner, qualname),
        _ => None,
    })
}

/// True if `ops` occur contiguously in `code`.
fn has_seq(code: &CodeObject, ops: &[Op]) -> bool {
    code.code.windows(ops.len()).any(|w| w == ops)
}

fn assert_seq(code: &CodeObject, ops: &[Op]) {
    assert!(has_seq(code, ops), "sequence {ops:?} not found in\n{code}");
}

fn count(code: &CodeObject, pred: impl Fn(&Op) -> bool) -> usize {
    code.code.iter().filter(|o| pred(o)).count()
}

fn name_ops(code: &CodeObject) -> String {
    format!("{code}")
}

// ---- names and scopes -------------------------------------------------------------------

#[test]
fn module_uses_globals() {
    let c = compile("x = 1\ny = x\ndel y\n");
    assert!(c.flags.module);
    assert_seq(
        &c,
        &[
            Op::LoadConst(0),
            Op::StoreGlobal(0),
            Op::LoadGlobal(0),
            Op::StoreGlobal(1),
        ],
    );
    assert!(c.code.contains(&Op::DeleteGlobal(1)));
    assert_eq!(c.first_line, 1);
    assert_eq!(&*c.qualname, "<module>");
}

#[test]
fn function_locals_params_layout() {
    let c = compile("def f(a, b, /, c, d=1, *args, e, f=2, **kw):\n    g = a\n    return g\n");
    let f = find(&c, "f");
    assert_eq!(f.argcount, 4);
    assert_eq!(f.posonlyargcount, 2);
    assert_eq!(f.kwonlyargcount, 2);
    assert!(f.flags.varargs && f.flags.varkeywords);
    let names: Vec<&str> = f.varnames.iter().map(|s| &**s).collect();
    assert_eq!(names, ["a", "b", "c", "d", "e", "f", "args", "kw", "g"]);
    assert_seq(
        &f,
        &[
            Op::LoadFast(0),
            Op::StoreFast(8),
            Op::LoadFast(8),
            Op::ReturnValue,
        ],
    );
    // defaults tuple + kwdefaults dict
    assert!(c.code.contains(&Op::MakeFunction(
        make_function::DEFAULTS | make_function::KWDEFAULTS
    )));
    assert!(c.code.contains(&Op::BuildTuple(1)));
    assert!(c.code.contains(&Op::BuildMap(1)));
}

#[test]
fn closures_cells_and_free() {
    let src =
        "def outer(p):\n    q = 1\n    def inner():\n        return p + q\n    return inner\n";
    let c = compile(src);
    let outer = find(&c, "outer");
    let inner = find(&c, "outer.<locals>.inner");
    assert_eq!(outer.cellvars.len(), 2);
    assert_eq!(inner.freevars.len(), 2);
    // parameter copied into its cell at the start
    let p_cell = outer.cellvars.iter().position(|n| &**n == "p").unwrap() as u32;
    assert_eq!(&outer.code[..2], &[Op::LoadFast(0), Op::StoreDeref(p_cell)]);
    assert!(outer
        .code
        .contains(&Op::MakeFunction(make_function::CLOSURE)));
    assert_eq!(count(&outer, |o| matches!(o, Op::LoadClosure(_))), 2);
    assert!(inner.code.iter().all(|o| !matches!(o, Op::LoadFast(_))));
    assert_eq!(count(&inner, |o| matches!(o, Op::LoadDeref(_))), 2);
}

#[test]
fn nonlocal_and_global() {
    let src = "g = 0\ndef f():\n    global g\n    x = 1\n    def h():\n        nonlocal x\n        x = 2\n        g = 3\n    g = 4\n";
    let c = compile(src);
    let f = find(&c, "f");
    let h = find(&c, "f.<locals>.h");
    assert!(f.code.iter().any(|o| matches!(o, Op::StoreGlobal(_))));
    assert!(h.code.iter().any(|o| matches!(o, Op::StoreDeref(_))));
    assert!(h.code.iter().any(|o| matches!(o, Op::StoreFast(_)))); // h's own g
}

#[test]
fn pass_through_free_variable() {
    let src = "def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n    return b\n";
    let c = compile(src);
    let b = find(&c, "a.<locals>.b");
    assert_eq!(b.freevars.len(), 1);
    assert!(b.code.contains(&Op::LoadClosure(0)));
}

#[test]
fn class_body_scoping() {
    let src = "def f():\n    x = 1\n    class C:\n        y = x\n        x = 2\n        def m(self):\n            return x\n    return C\n";
    let c = compile(src);
    let cls = find(&c, "f.<locals>.C");
    assert!(cls.flags.class_body);
    // `y = x` in the class body: the name is class-local (assigned later), so LoadName.
    assert!(cls.code.iter().any(|o| matches!(o, Op::LoadName(_))));
    // the method's x is f's x, passed through the class closure
    assert_eq!(&*cls.freevars[0], "x");
    let m = find(&c, "f.<locals>.C.m");
    assert!(m.code.contains(&Op::LoadDeref(0)));

    let src2 = "def f():\n    x = 1\n    class C:\n        y = x\n    return C\n";
    let c2 = compile(src2);
    let cls2 = find(&c2, "f.<locals>.C");
    assert!(cls2.code.contains(&Op::LoadClassDeref(0)));
}

#[test]
fn methods_do_not_see_class_names() {
    let c = compile("class C:\n    a = 1\n    def m(self):\n        return a\n");
    let m = find(&c, "C.m");
    assert!(m.code.iter().any(|o| matches!(o, Op::LoadGlobal(_))));
    assert!(find(&c, "C").freevars.is_empty());
}

#[test]
fn class_statement_layout() {
    let c = compile("@dec\nclass C(A, B):\n    '''doc'''\n    x = 1\n");
    let cls = find(&c, "C");
    assert_eq!(
        &cls.code[..6],
        &[
            Op::LoadName(0),
            Op::StoreName(1),
            Op::LoadConst(0),
            Op::StoreName(2),
            Op::LoadConst(1),
            Op::StoreName(3)
        ]
    );
    assert_eq!(&*cls.names[0], "__name__");
    assert_eq!(&*cls.names[3], "__doc__");
    assert!(cls.cellvars.is_empty());
    let s = format!("{c}");
    assert!(s.contains("MakeFunction(0)"), "{s}");
    assert_seq(&c, &[Op::BuildClass(2), Op::Call(1), Op::StoreGlobal(3)]);
    assert_eq!(&*c.names[3], "C");
}

#[test]
fn class_keywords_and_metaclass() {
    // `metaclass=` is an ordinary class keyword: the VM's `BuildClass` picks it out.
    let c = compile("class C(B, metaclass=M, flag=1):\n    pass\n");
    assert_seq(&c, &[Op::BuildMap(2), Op::BuildClassKw(1)]);
    let c = compile("class C(metaclass=M, **kw):\n    pass\n");
    assert_seq(&c, &[Op::DictMerge(1), Op::BuildClassKw(0)]);
}

#[test]
fn zero_arg_super_and_class_cell() {
    let src = "class C(B):\n    def m(self, x):\n        return super().m(x)\n    def n():\n        return super()\n    def k(self):\n        return __class__\n";
    let c = compile(src);
    let cls = find(&c, "C");
    assert_eq!(&*cls.cellvars[0], "__class__");
    let n = cls.code.len();
    assert_eq!(
        cls.code[n - 2],
        Op::LoadConst(cls.consts.iter().position(|c| *c == Const::None).unwrap() as u32)
    );
    assert!(has_seq(
        &cls,
        &[
            Op::LoadClosure(0),
            Op::StoreName(
                cls.names
                    .iter()
                    .position(|n| &**n == "__classcell__")
                    .unwrap() as u32
            )
        ]
    ));
    let m = find(&c, "C.m");
    assert_eq!(&*m.freevars[0], "__class__");
    assert_seq(
        &m,
        &[
            Op::LoadGlobal(0),
            Op::LoadDeref(0),
            Op::LoadFast(0),
            Op::Call(2),
        ],
    );
    let nn = find(&c, "C.n");
    assert!(nn.code.contains(&Op::Call(0)));
    let k = find(&c, "C.k");
    assert!(k.code.contains(&Op::LoadDeref(0)));
}

#[test]
fn no_class_cell_without_super() {
    let c = compile("class C:\n    def m(self):\n        return 1\n");
    assert!(find(&c, "C").cellvars.is_empty());
    assert!(find(&c, "C.m").freevars.is_empty());
}

#[test]
fn qualnames() {
    let src = "def f():\n    def g():\n        pass\n    l = lambda: 0\n    return [x for x in ()]\nclass C:\n    def m(self):\n        pass\n    class D:\n        pass\nlam = lambda: 1\ng = (x for x in ())\nd = {k: 1 for k in ()}\ns = {k for k in ()}\n";
    let c = compile(src);
    for q in [
        "f",
        "f.<locals>.g",
        "f.<locals>.<lambda>",
        "f.<locals>.<listcomp>",
        "C",
        "C.m",
        "C.D",
        "<lambda>",
        "<genexpr>",
        "<dictcomp>",
        "<setcomp>",
    ] {
        find(&c, q);
    }
    assert!(find(&c, "<genexpr>").flags.generator);
    assert_eq!(&*find(&c, "C.m").name, "m");
}

#[test]
fn first_lines_and_line_table() {
    let c = compile("x = 1\n\ndef f():\n    a = 1\n    return a\n");
    let f = find(&c, "f");
    assert_eq!(f.first_line, 3);
    assert_eq!(f.lines.len(), f.code.len());
    assert_eq!(f.lines[0], 4);
    assert!(f.lines.contains(&5));
    assert_eq!(c.lines[0], 1);
}

// ---- functions --------------------------------------------------------------------------

#[test]
fn decorators_order() {
    let c = compile("@a\n@b(1)\ndef f(): pass\n");
    // a, b(1) evaluated first, then the function, then applied innermost first.
    assert_seq(
        &c,
        &[
            Op::MakeFunction(0),
            Op::Call(1),
            Op::Call(1),
            Op::StoreGlobal(2),
        ],
    );
    assert!(matches!(c.code[0], Op::LoadGlobal(0)));
}

#[test]
fn docstring_not_executed() {
    let c = compile("def f():\n    'doc'\n    return 1\n");
    let f = find(&c, "f");
    assert!(!f.consts.contains(&Const::Str(Arc::from("doc"))), "{f}");
}

#[test]
fn generators() {
    let c = compile("def g():\n    x = yield 1\n    yield\n    yield from x\n    return 5\n");
    let g = find(&c, "g");
    assert!(g.flags.generator);
    assert_seq(&g, &[Op::LoadConst(0), Op::YieldValue, Op::StoreFast(0)]);
    assert_seq(
        &g,
        &[
            Op::GetYieldFromIter,
            Op::LoadConst(1),
            Op::YieldFrom,
            Op::Pop,
        ],
    );
    assert!(!find(&compile("def f(): return 1\n"), "f").flags.generator);
}

#[test]
fn lambda_defaults_and_closure() {
    let c = compile("def f(x):\n    return lambda y=1, *, z=2: x + y + z\n");
    let l = find(&c, "f.<locals>.<lambda>");
    assert_eq!(l.argcount, 1);
    assert_eq!(l.kwonlyargcount, 1);
    let f = find(&c, "f");
    assert!(f.code.contains(&Op::MakeFunction(
        make_function::DEFAULTS | make_function::KWDEFAULTS | make_function::CLOSURE
    )));
}

// ---- calls ---------------------------------------------------------------------------

#[test]
fn call_forms() {
    let c = compile("f(1, 2)\n");
    assert_seq(
        &c,
        &[
            Op::LoadGlobal(0),
            Op::LoadConst(0),
            Op::LoadConst(1),
            Op::Call(2),
        ],
    );
    let c = compile("f(1, k=2, j=3)\n");
    assert!(c.code.contains(&Op::CallKw(3)));
    assert!(c.consts.iter().any(
        |k| matches!(k, Const::Tuple(t) if t.len() == 2 && t[0] == Const::Str(Arc::from("k")))
    ));
    let c = compile("o.m(1, 2)\n");
    assert_seq(
        &c,
        &[
            Op::LoadMethod(1),
            Op::LoadConst(0),
            Op::LoadConst(1),
            Op::CallMethod(2),
        ],
    );
    let c = compile("o.m(1, k=2)\n");
    assert!(c.code.contains(&Op::LoadAttr(1)) && c.code.contains(&Op::CallKw(2)));
    // A lone `*a` goes to `CallEx` as is (it makes the tuple, as CALL_FUNCTION_EX does).
    let c = compile("f(*a)\n");
    assert_seq(
        &c,
        &[Op::LoadGlobal(0), Op::LoadGlobal(1), Op::CallEx(false)],
    );
    let c = compile("f(*a, *b)\n");
    assert_seq(
        &c,
        &[
            Op::BuildList(0),
            Op::LoadGlobal(1),
            Op::ListExtend(1),
            Op::LoadGlobal(2),
            Op::ListExtend(1),
            Op::ListToTuple,
            Op::CallEx(false),
        ],
    );
    let c = compile("f(1, *a, 2, **k)\n");
    assert_seq(&c, &[Op::BuildList(1)]);
    assert_seq(&c, &[Op::ListAppend(1), Op::ListToTuple, Op::BuildMap(0)]);
    assert_seq(&c, &[Op::DictMerge(1), Op::CallEx(true)]);
    let c = compile("f(a, k=1, **m, j=2)\n");
    assert_seq(&c, &[Op::BuildTuple(1)]);
    assert_eq!(count(&c, |o| matches!(o, Op::DictMerge(1))), 2);
    assert!(
        c.code
            .ends_with(&[Op::CallEx(true), Op::Pop, Op::LoadConst(3), Op::ReturnValue])
            || c.code.contains(&Op::CallEx(true))
    );
}

// ---- exceptions ----------------------------------------------------------------------

#[test]
fn try_except_shape() {
    let c = compile("try:\n    a()\nexcept E as e:\n    b(e)\nexcept (F, G):\n    pass\nexcept:\n    c()\nelse:\n    d()\n");
    assert!(matches!(c.code[0], Op::SetupFinally(_)));
    assert_eq!(count(&c, |o| *o == Op::CheckExcMatch), 2);
    assert_eq!(count(&c, |o| *o == Op::PopExcept), 3);
    assert!(c.code.contains(&Op::Reraise));
    assert!(c.code.contains(&Op::DeleteGlobal(
        c.names.iter().position(|n| &**n == "e").unwrap() as u32
    )));
}

#[test]
fn try_finally_and_returns() {
    let src = "def f():\n    for x in y:\n        try:\n            try:\n                return 1\n            except E:\n                return 2\n        finally:\n            break\n    while 1:\n        try:\n            continue\n        finally:\n            g()\n    with m() as v:\n        return v\n    try:\n        pass\n    finally:\n        return 3\n";
    let c = compile(src);
    let f = find(&c, "f");
    assert!(f.code.contains(&Op::CallExitNone));
    assert!(f.code.contains(&Op::WithExceptStart));
}

#[test]
fn with_shapes() {
    let c = compile("with a() as x, b():\n    pass\n");
    assert_eq!(count(&c, |o| *o == Op::BeforeWith), 2);
    assert_seq(&c, &[Op::BeforeWith, Op::StoreGlobal(1)]);
    let c = compile("with a() as (x, y):\n    pass\nwith b() as o.attr:\n    pass\n");
    assert_eq!(count(&c, |o| *o == Op::BeforeWith), 2);
    assert!(c.code.contains(&Op::StoreAttr(
        c.names.iter().position(|n| &**n == "attr").unwrap() as u32
    )));
}

#[test]
fn break_continue_in_handlers() {
    let src = "for i in x:\n    try:\n        pass\n    except E as e:\n        break\n    except F:\n        continue\n    finally:\n        pass\n";
    compile(src);
    let src2 = "while True:\n    try:\n        raise E\n    finally:\n        break\n";
    compile(src2);
    let src3 = "def f():\n    for i in x:\n        with a:\n            with b:\n                try:\n                    return i\n                finally:\n                    for j in y:\n                        return j\n";
    compile(src3);
}

#[test]
fn assert_and_raise() {
    let c = compile("assert x, 'm'\nraise\nraise E\nraise E from F\n");
    assert_seq(
        &c,
        &[
            Op::LoadAssertionError,
            Op::LoadConst(0),
            Op::Call(1),
            Op::Raise(1),
        ],
    );
    assert!(c.code.contains(&Op::Raise(0)));
    assert!(c.code.contains(&Op::Raise(2)));
}

// ---- assignment ------------------------------------------------------------------------

#[test]
fn assignment_forms() {
    let c = compile("a = b = 1\n");
    assert_seq(
        &c,
        &[
            Op::LoadConst(0),
            Op::Copy(1),
            Op::StoreGlobal(0),
            Op::StoreGlobal(1),
        ],
    );
    let c = compile("a, *b, c = x\n");
    assert!(c.code.contains(&Op::UnpackEx {
        before: 1,
        after: 1
    }));
    let c = compile("[a, (b, c)] = x\n");
    assert!(c.code.contains(&Op::UnpackSequence(2)));
    let c = compile("o.a = 1\no[1] = 2\no[1:2] = 3\n");
    assert!(c.code.contains(&Op::StoreAttr(1)));
    assert!(c.code.contains(&Op::StoreSubscr));
    assert!(c.code.contains(&Op::BuildSlice(2)));
    // Module level: annotations are evaluated into `__annotations__` (CPython 3.11).
    let c = compile("x: int = 5\ny: undefined_name\n");
    assert!(c.code.contains(&Op::SetupAnnotations));
    assert!(format!("{c}").contains("undefined_name"));
    // A function body never evaluates them.
    let c = compile("def f():\n    x: int = 5\n    y: undefined_name\n");
    assert!(!c.code.contains(&Op::SetupAnnotations));
    assert!(!format!("{c}").contains("undefined_name"));
}

#[test]
fn augmented_assignment() {
    let c = compile("x += 1\n");
    assert_seq(
        &c,
        &[
            Op::LoadGlobal(0),
            Op::LoadConst(0),
            Op::InplaceOp(BinaryOp::Add),
            Op::StoreGlobal(0),
        ],
    );
    let c = compile("o.a *= 2\n");
    assert_seq(
        &c,
        &[
            Op::Copy(1),
            Op::LoadAttr(1),
            Op::LoadConst(0),
            Op::InplaceOp(BinaryOp::Mul),
            Op::Swap(2),
            Op::StoreAttr(1),
        ],
    );
    let c = compile("o[k] -= 2\n");
    assert_seq(
        &c,
        &[
            Op::Copy(2),
            Op::Copy(2),
            Op::BinarySubscr,
            Op::LoadConst(0),
            Op::InplaceOp(BinaryOp::Sub),
            Op::Swap(3),
            Op::Swap(2),
            Op::StoreSubscr,
        ],
    );
}

#[test]
fn walrus_scopes() {
    let c =
        compile("def f():\n    if (n := 10) > 5:\n        return [y := v for v in range(n)], y\n");
    let f = find(&c, "f");
    assert!(f.cellvars.iter().any(|n| &**n == "y"));
    let comp = find(&c, "f.<locals>.<listcomp>");
    assert!(comp.freevars.iter().any(|n| &**n == "y"));
    assert!(comp.code.iter().any(|o| matches!(o, Op::StoreDeref(_))));
    let c = compile("[y := v for v in range(3)]\nprint(y)\n");
    let comp = find(&c, "<listcomp>");
    assert!(comp.code.iter().any(|o| matches!(o, Op::StoreGlobal(_))));
}

#[test]
fn delete_forms() {
    let c = compile("def f(a):\n    del a, o.x, o[1]\n");
    let f = find(&c, "f");
    assert!(f.code.contains(&Op::DeleteFast(0)));
    assert!(f.code.iter().any(|o| matches!(o, Op::DeleteAttr(_))));
    assert!(f.code.contains(&Op::DeleteSubscr));
}

// ---- expressions --------------------------------------------------------------------------

#[test]
fn constants_folded_and_deduplicated() {
    let c = compile("a = -5\nb = -5\nc = 1.5\nd = -1.5\ne = 10**30\nf = 99999999999999999999\ng = (1, 2, (3,))\nh = 1\ni = 1.0\nj = True\n");
    assert_eq!(count(&c, |o| matches!(o, Op::UnaryOp(_))), 0);
    assert_eq!(c.consts.iter().filter(|k| **k == Const::Int(-5)).count(), 1);
    assert!(c.consts.contains(&Const::Float(-1.5)));
    assert!(c.consts.iter().any(|k| matches!(k, Const::BigInt(_))));
    assert!(c
        .consts
        .iter()
        .any(|k| matches!(k, Const::Tuple(t) if t.len() == 3)));
    // 1, 1.0 and True stay distinct
    assert!(c.consts.contains(&Const::Int(1)));
    assert!(c.consts.contains(&Const::Float(1.0)));
    assert!(c.consts.contains(&Const::Bool(true)));
    let c = compile("a = 0.0\nb = -0.0\n");
    assert_eq!(
        c.consts
            .iter()
            .filter(|k| matches!(k, Const::Float(_)))
            .count(),
        2
    );
}

#[test]
fn boolops_and_comparisons() {
    let c = compile("x = a and b and c\ny = a or b\n");
    assert_eq!(count(&c, |o| matches!(o, Op::JumpIfFalseOrPop(_))), 2);
    assert_eq!(count(&c, |o| matches!(o, Op::JumpIfTrueOrPop(_))), 1);
    let c = compile("x = a < b <= c != d\n");
    assert_eq!(count(&c, |o| matches!(o, Op::LoadGlobal(_))), 4);
    assert_eq!(count(&c, |o| matches!(o, Op::CompareOp(_))), 3);
    assert!(c.code.contains(&Op::CompareOp(CompareOp::Ne)));
    let c = compile("x = a is not b\ny = a not in b\nz = a in b\n");
    assert!(c.code.contains(&Op::IsOp(true)));
    assert!(c.code.contains(&Op::ContainsOp(true)));
    assert!(c.code.contains(&Op::ContainsOp(false)));
    compile("x = a if b else c\nif not (a and (b or not c)):\n    pass\nwhile a or b and c:\n    pass\n");
}

#[test]
fn displays_with_unpacking() {
    let c = compile("x = [*a, b]\n");
    assert_seq(
        &c,
        &[
            Op::BuildList(0),
            Op::LoadGlobal(0),
            Op::ListExtend(1),
            Op::LoadGlobal(1),
            Op::ListAppend(1),
        ],
    );
    let c = compile("x = (1, *a)\n");
    assert!(c.code.contains(&Op::ListToTuple));
    let c = compile("x = {*a, 1}\n");
    assert_seq(
        &c,
        &[
            Op::BuildSet(0),
            Op::LoadGlobal(0),
            Op::SetUpdate(1),
            Op::LoadConst(0),
            Op::SetAdd(1),
        ],
    );
    let c = compile("x = {**a, 'k': v}\n");
    assert_seq(&c, &[Op::BuildMap(0), Op::LoadGlobal(0), Op::DictUpdate(1)]);
    assert!(c.code.contains(&Op::MapAdd(1)));
    let c = compile("x = {'a': 1, 'b': 2}\ny = {1, 2}\nz = [1, 2]\nw = (a, b)\n");
    assert!(c.code.contains(&Op::BuildMap(2)));
    assert!(c.code.contains(&Op::BuildSet(2)));
    assert!(c.code.contains(&Op::BuildList(2)));
    assert!(c.code.contains(&Op::BuildTuple(2)));
}

#[test]
fn comprehensions() {
    let c = compile("x = [a for a in b if a]\n");
    assert_seq(
        &c,
        &[
            Op::MakeFunction(0),
            Op::LoadGlobal(0),
            Op::GetIter,
            Op::Call(1),
        ],
    );
    let comp = find(&c, "<listcomp>");
    assert_eq!(comp.argcount, 1);
    assert_eq!(&*comp.varnames[0], ".0");
    assert_seq(&comp, &[Op::BuildList(0), Op::LoadFast(0), Op::ForIter(9)]);
    assert!(comp.code.contains(&Op::ListAppend(2)));
    let c = compile("x = {k: v for k in a for v in b}\n");
    assert!(find(&c, "<dictcomp>").code.contains(&Op::MapAdd(3)));
    let c = compile("x = {k for k in a}\n");
    assert!(find(&c, "<setcomp>").code.contains(&Op::SetAdd(2)));
    let c = compile("def f(n):\n    return list(i * n for i in range(n))\n");
    let g = find(&c, "f.<locals>.<genexpr>");
    assert!(g.flags.generator);
    assert_seq(&g, &[Op::YieldValue, Op::Pop]);
    assert!(find(&c, "f")
        .code
        .contains(&Op::MakeFunction(make_function::CLOSURE)));
}

#[test]
fn subscripts_and_slices() {
    let c = compile("a[1]\na[1:2]\na[::3]\na[1:2, 3]\n");
    assert!(c.code.contains(&Op::BuildSlice(3)));
    assert_seq(
        &c,
        &[
            Op::BuildSlice(2),
            Op::LoadConst(3),
            Op::BuildTuple(2),
            Op::BinarySubscr,
        ],
    );
}

#[test]
fn fstrings() {
    let c = compile("x = f'a{b}c'\n");
    assert_seq(
        &c,
        &[
            Op::LoadConst(0),
            Op::LoadGlobal(0),
            Op::FormatValue {
                conversion: Conversion::None,
                has_spec: false,
            },
            Op::LoadConst(1),
            Op::BuildString(3),
        ],
    );
    let c = compile("x = f'{b!r:>{w}}'\n");
    assert!(c.code.contains(&Op::FormatValue {
        conversion: Conversion::Repr,
        has_spec: true
    }));
    let c = compile("x = f'plain'\n");
    assert_eq!(c.code[0], Op::LoadConst(0));
    assert_eq!(c.consts[0], Const::Str(Arc::from("plain")));
    let c = compile("x = f'{y=}'\n");
    assert!(c.consts.contains(&Const::Str(Arc::from("y="))));
    let c = compile("x = f'{y}'\n");
    assert!(!c.code.iter().any(|o| matches!(o, Op::BuildString(_))));
}

#[test]
fn imports() {
    let c = compile("import a.b.c\nimport a.b as d\nfrom .m import x as y, z\nfrom . import w\nfrom os import *\n");
    let s = format!("{c}");
    assert!(s.contains("ImportName(0)  (a.b.c)"), "{s}");
    assert!(s.contains("StoreGlobal(1)  (a)"), "{s}");
    assert!(c.code.contains(&Op::ImportStar));
    // `import a.b as d`: one ImportFrom for `b`, then the two `from` imports.
    assert!(
        c.code
            .iter()
            .filter(|o| matches!(o, Op::ImportFrom(_)))
            .count()
            == 4
    );
    assert!(c.names.iter().any(|n| n.is_empty()));
    assert!(c.consts.contains(&Const::Int(1)));
}

#[test]
fn interactive_prints() {
    let c = compile_source("1 + 2\n", "<stdin>", Mode::Interactive).unwrap();
    verify(&c).unwrap();
    assert!(c.code.contains(&Op::PrintExpr));
    let c = compile_source("for i in x:\n    i\n\n", "<stdin>", Mode::Interactive).unwrap();
    assert!(c.code.contains(&Op::PrintExpr));
    let c = compile("1 + 2\n");
    assert!(!c.code.contains(&Op::PrintExpr));
}

#[test]
fn loops_shapes() {
    let c = compile("for i in x:\n    pass\nelse:\n    y()\n");
    assert_seq(
        &c,
        &[
            Op::LoadGlobal(0),
            Op::GetIter,
            Op::ForIter(5),
            Op::StoreGlobal(1),
            Op::Jump(2),
        ],
    );
    let c = compile("while True:\n    break\n");
    assert!(!c.code.iter().any(|o| matches!(o, Op::PopJumpIfFalse(_))));
    let c = compile("for i in x:\n    break\n");
    assert_seq(&c, &[Op::StoreGlobal(1), Op::Pop, Op::Jump(7)]);
}

// ---- errors --------------------------------------------------------------------------

#[test]
fn error_messages() {
    let cases: &[(&str, &str)] = &[
        ("return 1\n", "'return' outside function"),
        ("class C:\n    return 1\n", "'return' outside function"),
        ("break\n", "'break' outside loop"),
        ("continue\n", "'continue' not properly in loop"),
        ("def f():\n    break\n", "'break' outside loop"),
        ("yield 1\n", "'yield' outside function"),
        ("class C:\n    yield\n", "'yield' outside function"),
        (
            "def f():\n    [(yield x) for x in y]\n",
            "'yield' inside list comprehension",
        ),
        (
            "nonlocal x\n",
            "nonlocal declaration not allowed at module level",
        ),
        (
            "def f():\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
        ),
        (
            "def f():\n    x = 1\n    global x\n",
            "name 'x' is assigned to before global declaration",
        ),
        (
            "def f():\n    print(x)\n    global x\n",
            "name 'x' is used prior to global declaration",
        ),
        (
            "def f(x):\n    global x\n",
            "name 'x' is parameter and global",
        ),
        (
            "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
            "name 'x' is assigned to before nonlocal declaration",
        ),
        (
            "a, *b, *c = x\n",
            "multiple starred expressions in assignment",
        ),
        (
            "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
            "default 'except:' must be last",
        ),
        (
            "def f():\n    from os import *\n",
            "import * only allowed at module level",
        ),
        (
            "class C(B, x=1, x=2):\n    pass\n",
            "keyword argument repeated: x",
        ),
        ("f(a=1, a=2)\n", "keyword argument repeated: a"),
        (
            "class C:\n    [(y := 1) for x in z]\n",
            "assignment expression within a comprehension cannot be used in a class body",
        ),
        (
            "[x := 1 for x in y]\n",
            "assignment expression cannot rebind comprehension iteration variable 'x'",
        ),
    ];
    for (src, msg) in cases {
        let got = err(src);
        assert_eq!(&got, msg, "for {src:?}");
    }
}

#[test]
fn starred_misuse() {
    // The parser may reject these first; either way it is a SyntaxError.
    assert!(compile_source("x = *a\n", "<t>", Mode::Module).is_err());
    assert!(compile_source("print(*a)\n", "<t>", Mode::Module).is_ok());
}

#[test]
fn error_spans_point_at_statement() {
    let src = "x = 1\nreturn 2\n";
    let e = compile_source(src, "<t>", Mode::Module).unwrap_err();
    assert_eq!(e.span.start, 6);
}

#[test]
fn too_many_nested_blocks() {
    let mut src = String::new();
    for i in 0..20 {
        src.push_str(&" ".repeat(i));
        src.push_str(&format!("for i{i} in x:\n"));
    }
    src.push_str(&" ".repeat(20));
    src.push_str("pass\n");
    compile(&src);
    let mut src = String::new();
    for i in 0..21 {
        src.push_str(&" ".repeat(i));
        src.push_str(&format!("while x{i}:\n"));
    }
    src.push_str(&" ".repeat(21));
    src.push_str("pass\n");
    assert_eq!(err(&src), "too many statically nested blocks");
}

#[test]
fn deep_expression_nesting_does_not_overflow() {
    // Run on a small-stack thread to make sure recursion per level stays cheap.
    let h = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(|| {
            let depth = 150;
            let src = format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
            compile_source(&src, "<t>", Mode::Module).unwrap();
            let src = format!("x = {}1{}\n", "[".repeat(depth), "]".repeat(depth));
            compile_source(&src, "<t>", Mode::Module).unwrap();
            let src = format!("x = {}a\n", "-".repeat(depth));
            compile_source(&src, "<t>", Mode::Module).unwrap();
            let src = format!("x = {}\n", vec!["a"; 150].join(" + "));
            compile_source(&src, "<t>", Mode::Module).unwrap();
            let src = format!("x = {}1\n", "lambda: ".repeat(300));
            compile_source(&src, "<t>", Mode::Module).unwrap();
            let src = format!("x = {}1\n", "not ".repeat(300));
            compile_source(&src, "<t>", Mode::Module).unwrap();
            let src = format!("x = {}1{}\n", "[x for x in ".repeat(150), "]".repeat(150));
            compile_source(&src, "<t>", Mode::Module).unwrap();
            let mut src = String::new();
            for i in 0..90 {
                src.push_str(&" ".repeat(i));
                src.push_str(&format!("def f{i}():\n"));
            }
            src.push_str(&" ".repeat(90));
            src.push_str("return x\n");
            compile_source(&src, "<t>", Mode::Module).unwrap();
        })
        .unwrap();
    h.join().unwrap();
}

#[test]
fn disassembly_smoke() {
    let c = compile("def f(x):\n    return x + 1\n");
    let s = name_ops(&c);
    assert!(s.contains("code f (<test>)"));
}

// ---- hand-built ASTs (no parser involved) ------------------------------------------

mod hand_built {
    use super::*;
    use fibra_compiler::{compile_interactive, compile_module};
    use fibra_syntax::ast::*;

    fn sp(a: usize, b: usize) -> Span {
        Span::new(a, b)
    }
    fn name(n: &str, at: usize) -> Expr {
        Expr {
            kind: ExprKind::Name(n.to_string()),
            span: sp(at, at + n.len()),
        }
    }
    fn int(v: i64, at: usize) -> Expr {
        Expr {
            kind: ExprKind::Constant(Constant::Int(v.into())),
            span: sp(at, at + 1),
        }
    }

    #[test]
    fn function_with_closure() {
        // def f(a):
        //     return lambda: a
        let src = "def f(a):\n    return lambda: a\n";
        let lam = Expr {
            kind: ExprKind::Lambda {
                params: Box::new(Parameters::default()),
                body: Box::new(name("a", 31)),
            },
            span: sp(21, 32),
        };
        let f = FunctionDef {
            name: "f".into(),
            params: Parameters {
                args: vec![Param {
                    name: "a".into(),
                    annotation: None,
                    default: None,
                    span: sp(6, 7),
                }],
                ..Parameters::default()
            },
            body: vec![Stmt {
                kind: StmtKind::Return(Some(lam)),
                span: sp(14, 32),
            }],
            is_async: false,
            decorators: vec![],
            returns: None,
        };
        let m = Module {
            body: vec![Stmt {
                kind: StmtKind::FunctionDef(Box::new(f)),
                span: sp(0, 32),
            }],
        };
        let code = compile_module(&m, src, "<hand>").unwrap();
        verify(&code).unwrap();
        let f = find(&code, "f");
        assert_eq!(&f.code[..2], &[Op::LoadFast(0), Op::StoreDeref(0)]);
        assert_eq!(f.lines[2], 2);
        let l = find(&code, "f.<locals>.<lambda>");
        assert_eq!(l.code, vec![Op::LoadDeref(0), Op::ReturnValue]);
    }

    #[test]
    fn interactive_expression() {
        let src = "x + 1";
        let e = Expr {
            kind: ExprKind::BinOp {
                left: Box::new(name("x", 0)),
                op: BinOp::Add,
                right: Box::new(int(1, 4)),
            },
            span: sp(0, 5),
        };
        let input = Interactive {
            body: vec![Stmt {
                kind: StmtKind::Expr(e),
                span: sp(0, 5),
            }],
        };
        let code = compile_interactive(&input, src, "<stdin>").unwrap();
        verify(&code).unwrap();
        assert_eq!(
            &code.code[..5],
            &[
                Op::LoadGlobal(0),
                Op::LoadConst(0),
                Op::BinaryOp(BinaryOp::Add),
                Op::PrintExpr,
                Op::LoadConst(1)
            ]
        );
    }

    #[test]
    fn return_outside_function_span() {
        let m = Module {
            body: vec![Stmt {
                kind: StmtKind::Return(None),
                span: sp(3, 9),
            }],
        };
        let e = compile_module(&m, "   return", "<hand>").unwrap_err();
        assert_eq!(e.message, "'return' outside function");
        assert_eq!(e.span, sp(3, 9));
    }
}

#[test]
fn match_statements_verify() {
    // Every kind of pattern, nested, in functions (fast locals), at module level and in
    // a class body, with guards and control flow out of cases: the verifier checks that
    // the fail-pop paths leave the stack as every join expects.
    let src = "
def f(v):
    for i in range(3):
        match v, i:
            case (None | True, 0):
                continue
            case ([1, *rest, 2], _) if rest:
                return rest
            case ({'k': [a, b], **others}, 1):
                break
            case (Point(x, y=[0, (1 | 2) as z]), _):
                return x, z
            case ({}, _) | ([], _):
                pass
            case (str() as s, n) if n > 1:
                return s
            case (M.CONST, _):
                return 0
            case (-1.5, _) | (b'x', _) | ('a' 'b', _):
                return 1
            case (_, _):
                pass
    return None
match g():
    case [x, y, *_]:
        pass
    case {1: x, 2: y}:
        pass
    case Q(1, x=x, y=y):
        pass
class C:
    match z:
        case 1:
            w = 1
        case _:
            w = 2
";
    let code = compile(src);
    let f = find(&code, "f");
    for op in [
        Op::MatchSequence,
        Op::MatchMapping,
        Op::MatchKeys,
        Op::CopyDictWithoutKeys,
        Op::MatchClass(1),
        Op::GetLen,
    ] {
        assert!(f.code.contains(&op), "{op:?} missing in\n{f}");
    }
}

#[test]
fn match_pattern_errors() {
    for (src, msg) in [
        (
            "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
            "name capture 'y' makes remaining patterns unreachable",
        ),
        (
            "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
            "wildcard makes remaining patterns unreachable",
        ),
        (
            "match x:\n    case y | 1:\n        pass\n",
            "name capture 'y' makes remaining patterns unreachable",
        ),
        (
            "match x:\n    case [a, {'k': a}]:\n        pass\n",
            "multiple assignments to name 'a' in pattern",
        ),
        (
            "match x:\n    case [a, b] | [a]:\n        pass\n",
            "alternative patterns bind different names",
        ),
        (
            "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
            "mapping pattern checks duplicate key ('a')",
        ),
    ] {
        assert_eq!(err(src), msg, "{src}");
    }
}

#[test]
fn async_constructs_verify_and_flag() {
    let c = compile(
        "async def f(a):\n    x = await a\n    async with a as b, a:\n        if x: return 1\n        async for y in b:\n            if y: break\n            continue\n    return [z async for z in a if await z]\n\
         async def g():\n    async with a:\n        yield 1\n    async for q in a:\n        yield q\n",
    );
    let f = find(&c, "f");
    assert!(f.flags.generator && f.flags.coroutine && !f.flags.async_generator);
    assert_eq!(count(&f, |o| matches!(o, Op::GetAwaitable(_))), 10);
    assert!(f.code.contains(&Op::EndAsyncFor) && f.code.contains(&Op::AsyncWithExceptStart));
    let g = find(&c, "g");
    assert!(g.flags.async_generator && !g.flags.coroutine);
    let comp = find(&c, "f.<locals>.<listcomp>");
    assert!(comp.flags.coroutine);
    assert!(err("async def f():\n    yield 1\n    return 2\n").contains("async generator"));
}
