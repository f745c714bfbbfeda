//! Code generation: AST + symbol table -> code objects.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use fibra_bytecode::{
    make_function, BinaryOp, CodeFlags, CodeObject, CompareOp, Const, Conversion, Op, UnaryOp,
};
use fibra_syntax::ast::{self, Expr, ExprKind, Span, Stmt, StmtKind};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::error::{syntax_error, SyntaxError};
use crate::lines::LineIndex;
use crate::mangle::mangle;
use crate::symtable::{ScopeId, ScopeKind, SymScope, SymbolTable};

mod patterns;

type R<T = ()> = Result<T, SyntaxError>;

/// CPython's CO_MAXBLOCKS.
const MAX_BLOCKS: usize = 20;

pub(crate) fn compile_top(
    body: &[Stmt],
    source: &str,
    filename: &str,
    interactive: bool,
    module_names: bool,
) -> R<CodeObject> {
    let mut c = Compiler::for_module(body, source, filename, module_names)?;
    {
        let u = c.u();
        u.flags.module = true;
        u.interactive = interactive;
    }
    if has_annotations(body) {
        c.emit(Op::SetupAnnotations);
    }
    let mut body = body;
    if !interactive {
        if let Some(doc) = is_docstring(body) {
            // A module docstring becomes the module's `__doc__`, as in CPython.
            c.line = c.line_of(body[0].span);
            c.load_str(doc);
            let i = c.name_idx("__doc__");
            c.emit(Op::StoreGlobal(i));
            body = &body[1..];
        }
    }
    for s in body {
        c.compile_stmt(s)?;
    }
    c.emit_return_none();
    c.pop_unit()
}

/// `eval()` input: `body` must be one expression statement; the code returns its value.
pub(crate) fn compile_eval(body: &[Stmt], source: &str, filename: &str) -> R<CodeObject> {
    let expr = match body {
        [Stmt {
            kind: StmtKind::Expr(e),
            ..
        }] => e,
        [] => return Err(syntax_error(Span::new(0, 0), "invalid syntax")),
        [s, ..] => return Err(syntax_error(s.span, "invalid syntax")),
    };
    let mut c = Compiler::for_module(body, source, filename, true)?;
    c.u().flags.module = true;
    c.line = c.line_of(expr.span);
    c.compile_expr(expr)?;
    c.emit(Op::ReturnValue);
    c.pop_unit()
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Label(u32);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, Debug)]
enum LoopKind {
    While,
    For,
}

/// CPython's error for `break`, `continue` or `return` leaving an `except*` handler.
const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

/// What `return`, `break` and `continue` must undo when they leave a block.
#[derive(Clone, Copy)]
enum FBlock<'a> {
    Loop {
        kind: LoopKind,
        head: Label,
        exit: Label,
    },
    /// The body of a `try` with handlers (a `SetupFinally` block is active).
    TryExcept,
    /// The body of a `try` with a `finally` (a `SetupFinally` block is active).
    FinallyTry { finalbody: &'a [Stmt] },
    /// The `finally` body run on the exception path: `ExceptHandler` block, exc on the stack.
    FinallyEnd,
    /// An `except*` handler body. `break`, `continue` and `return` cannot leave it (a
    /// compile error, as in CPython), so it is never unwound.
    ExceptStar,
    /// An `except` handler body: `ExceptHandler` block (the exception is not on the stack);
    /// for a named handler also the `SetupFinally` block of its name cleanup.
    HandlerCleanup { name: Option<&'a str> },
    /// A `with` body: `SetupFinally` block, the bound `__exit__` on the stack
    /// (`__aexit__`, whose result is awaited, for `async with`).
    With { is_async: bool },
    /// A return value on the stack while a `finally` body runs inline.
    PopValue,
}

/// Hashable identity of a constant, for deduplication (floats by bits; code never shared).
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
}

fn const_key(c: &Const) -> Option<ConstKey> {
    Some(match c {
        Const::None => ConstKey::None,
        Const::Bool(b) => ConstKey::Bool(*b),
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Int(i) => ConstKey::Int(*i),
        Const::BigInt(b) => ConstKey::BigInt(b.clone()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Complex(re, im) => ConstKey::Complex(re.to_bits(), im.to_bits()),
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Tuple(items) => {
            ConstKey::Tuple(items.iter().map(const_key).collect::<Option<Vec<_>>>()?)
        }
        Const::FrozenSet(items) => {
            ConstKey::FrozenSet(items.iter().map(const_key).collect::<Option<Vec<_>>>()?)
        }
        Const::Code(_) => return None,
    })
}

/// One code object under construction.
struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: Arc<str>,
    qualname: String,
    first_line: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: CodeFlags,
    interactive: bool,
    code: Vec<Op>,
    lines: Vec<u32>,
    spans: Vec<(u32, u32)>,
    /// Instruction index of each label (`u32::MAX` until bound).
    labels: Vec<u32>,
    /// Instructions whose jump operand is a label id still to be resolved.
    jumps: Vec<usize>,
    consts: Vec<Const>,
    const_map: HashMap<ConstKey, u32>,
    names: Vec<Arc<str>>,
    name_map: HashMap<Arc<str>, u32>,
    varnames: Vec<Arc<str>>,
    var_map: HashMap<Arc<str>, u32>,
    cellvars: Vec<Arc<str>>,
    freevars: Vec<Arc<str>>,
    deref_map: HashMap<Arc<str>, u32>,
    fblocks: Vec<FBlock<'a>>,
    doc: Option<Arc<str>>,
    /// The innermost enclosing class's name (this unit's, for a class body), for private
    /// name mangling.
    private: Option<Arc<str>>,
}

struct Compiler<'a> {
    st: SymbolTable,
    lines: LineIndex,
    filename: Arc<str>,
    units: Vec<Unit<'a>>,
    /// The line given to emitted instructions.
    line: u32,
    /// The source byte range given to emitted instructions (the innermost expression or
    /// statement being compiled), for tracebacks.
    span: (u32, u32),
    /// Module-level names go through the frame's locals (`LoadName`/`StoreName`), for
    /// `exec`/`eval` code whose locals may differ from its globals. A module's own code
    /// uses the global ops: its locals are its globals.
    module_names: bool,
}

fn internal(span: Span, what: &str) -> SyntaxError {
    syntax_error(span, format!("internal compiler error: {what}"))
}

fn binop(op: ast::BinOp) -> BinaryOp {
    match op {
        ast::BinOp::Add => BinaryOp::Add,
        ast::BinOp::Sub => BinaryOp::Sub,
        ast::BinOp::Mult => BinaryOp::Mul,
        ast::BinOp::MatMult => BinaryOp::MatMul,
        ast::BinOp::Div => BinaryOp::TrueDiv,
        ast::BinOp::FloorDiv => BinaryOp::FloorDiv,
        ast::BinOp::Mod => BinaryOp::Mod,
        ast::BinOp::Pow => BinaryOp::Pow,
        ast::BinOp::LShift => BinaryOp::LShift,
        ast::BinOp::RShift => BinaryOp::RShift,
        ast::BinOp::BitOr => BinaryOp::Or,
        ast::BinOp::BitXor => BinaryOp::Xor,
        ast::BinOp::BitAnd => BinaryOp::And,
    }
}

fn constant(c: &ast::Constant) -> Const {
    match c {
        ast::Constant::None => Const::None,
        ast::Constant::True => Const::Bool(true),
        ast::Constant::False => Const::Bool(false),
        ast::Constant::Ellipsis => Const::Ellipsis,
        ast::Constant::Int(i) => int_const(i),
        ast::Constant::Float(f) => Const::Float(*f),
        ast::Constant::Imag(f) => Const::Complex(0.0, *f),
        ast::Constant::Str(s) => Const::Str(Arc::from(s.as_str())),
        ast::Constant::Bytes(b) => Const::Bytes(Arc::from(b.as_slice())),
    }
}

fn int_const(i: &BigInt) -> Const {
    match i.to_i64() {
        Some(v) => Const::Int(v),
        None => Const::BigInt(i.clone()),
    }
}

/// The constant value of `e`, if it is one (folding `-5` and tuples of constants).
fn const_value(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(constant(c)),
        ExprKind::UnaryOp {
            op: ast::UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(ast::Constant::Int(i)) => Some(int_const(&-i)),
            ExprKind::Constant(ast::Constant::Float(f)) => Some(Const::Float(-f)),
            _ => None,
        },
        ExprKind::Tuple(elts) => {
            let items = elts.iter().map(const_value).collect::<Option<Vec<_>>>()?;
            Some(Const::Tuple(Arc::from(items)))
        }
        _ => None,
    }
}

/// A set display of constants as the frozenset constant CPython folds it into.
fn const_frozenset(elts: &[Expr]) -> Option<Const> {
    let items = elts.iter().map(const_value).collect::<Option<Vec<_>>>()?;
    Some(Const::FrozenSet(Arc::from(items)))
}

/// The constant CPython's AST optimiser makes of a `for` loop's iterable when it is a set
/// display of constants (`for x in {3, 1, 2}` iterates a frozenset constant).
fn folded_iter(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Set(elts) if !elts.iter().any(is_starred) => const_frozenset(elts),
        _ => None,
    }
}

fn is_docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(ast::Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

/// `targets = values` where both sides are one to three items with no starred one and the
/// right side is a tuple display: [`Compiler::compile_parallel_assign`] applies.
fn is_parallel_assign(target: &Expr, value: &Expr) -> bool {
    match (&target.kind, &value.kind) {
        (ExprKind::Tuple(ts) | ExprKind::List(ts), ExprKind::Tuple(vs)) => {
            ts.len() == vs.len()
                && (1..=3).contains(&vs.len())
                && !ts.iter().chain(vs).any(is_starred)
        }
        _ => false,
    }
}

/// CPython's `SyntaxError: keyword argument repeated: name` for `f(x=1, x=2)`.
fn check_repeated_keywords(keywords: &[ast::Keyword]) -> R {
    for (i, k) in keywords.iter().enumerate() {
        if let Some(name) = &k.arg {
            if keywords[..i].iter().any(|o| o.arg.as_deref() == Some(name)) {
                return Err(syntax_error(
                    k.span,
                    format!("keyword argument repeated: {name}"),
                ));
            }
        }
    }
    Ok(())
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

fn set_target(op: &mut Op, t: u32) {
    match op {
        Op::Jump(x)
        | Op::PopJumpIfFalse(x)
        | Op::PopJumpIfTrue(x)
        | Op::JumpIfFalseOrPop(x)
        | Op::JumpIfTrueOrPop(x)
        | Op::ForIter(x)
        | Op::SetupFinally(x) => *x = t,
        _ => {}
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

enum Body<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

impl<'a> Compiler<'a> {
    /// A compiler for top-level code `body`, with its `<module>` unit open.
    fn for_module(
        body: &[Stmt],
        source: &str,
        filename: &str,
        module_names: bool,
    ) -> R<Compiler<'a>> {
        let mut c = Compiler {
            st: SymbolTable::build(body)?,
            lines: LineIndex::new(source),
            filename: Arc::from(filename),
            units: Vec::new(),
            line: 1,
            span: (0, 0),
            module_names,
        };
        c.push_unit(0, "<module>", "<module>".to_string(), 1);
        Ok(c)
    }

    // ---- units ---------------------------------------------------------------------------

    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("no unit")
    }

    fn push_unit(&mut self, scope: ScopeId, name: &str, qualname: String, first_line: u32) {
        let private = self.units.last().and_then(|u| u.private.clone());
        let sc = &self.st.scopes[scope];
        let mut varnames: Vec<Arc<str>> = Vec::new();
        let mut cellvars: Vec<Arc<str>> = Vec::new();
        let mut freevars: Vec<Arc<str>> = Vec::new();
        for p in &sc.params {
            varnames.push(Arc::from(p.as_str()));
        }
        match sc.kind {
            ScopeKind::Module => {}
            ScopeKind::Class => {
                if sc.needs_class_cell {
                    cellvars.push(Arc::from("__class__"));
                }
                for s in &sc.syms {
                    if s.scope == SymScope::Free || s.class_free {
                        freevars.push(Arc::from(s.name.as_str()));
                    }
                }
            }
            ScopeKind::Function | ScopeKind::Comprehension => {
                // A set, not `params.contains`: a function may have 100,000 parameters.
                let params: std::collections::HashSet<&str> =
                    sc.params.iter().map(|p| p.as_str()).collect();
                for s in &sc.syms {
                    match s.scope {
                        SymScope::Local if !params.contains(s.name.as_str()) => {
                            varnames.push(Arc::from(s.name.as_str()))
                        }
                        SymScope::Cell => cellvars.push(Arc::from(s.name.as_str())),
                        SymScope::Free => freevars.push(Arc::from(s.name.as_str())),
                        _ => {}
                    }
                }
            }
        }
        let var_map = varnames
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        let deref_map = cellvars
            .iter()
            .chain(freevars.iter())
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        let flags = CodeFlags {
            generator: sc.generator || sc.coroutine,
            coroutine: sc.coroutine && !sc.generator,
            async_generator: sc.coroutine && sc.generator,
            class_body: sc.kind == ScopeKind::Class,
            ..CodeFlags::default()
        };
        self.units.push(Unit {
            scope,
            kind: sc.kind,
            name: Arc::from(name),
            qualname,
            first_line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            interactive: false,
            code: Vec::new(),
            lines: Vec::new(),
            spans: Vec::new(),
            labels: Vec::new(),
            jumps: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames,
            var_map,
            cellvars,
            freevars,
            deref_map,
            fblocks: Vec::new(),
            doc: None,
            private,
        });
    }

    fn pop_unit(&mut self) -> R<CodeObject> {
        let mut u = self.units.pop().expect("no unit");
        for &j in &u.jumps {
            let label = u.code[j].jump_target().unwrap_or(u32::MAX) as usize;
            let target = u.labels.get(label).copied().unwrap_or(u32::MAX);
            if target == u32::MAX {
                return Err(internal(Span::default(), "unbound label"));
            }
            set_target(&mut u.code[j], target);
        }
        Ok(CodeObject {
            name: u.name,
            qualname: Arc::from(u.qualname.as_str()),
            filename: self.filename.clone(),
            first_line: u.first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            names: u.names,
            consts: u.consts,
            code: u.code,
            lines: u.lines,
            spans: u.spans,
            doc: u.doc,
        })
    }

    fn scope(&self) -> &crate::symtable::Scope {
        &self.st.scopes[self.units.last().expect("no unit").scope]
    }

    /// `name` as the current unit spells it: `__x` is `_Class__x` inside class `Class`.
    fn mangled<'n>(&self, name: &'n str) -> Cow<'n, str> {
        let private = self.units.last().and_then(|u| u.private.as_deref());
        mangle(private, name)
    }

    /// The `co_names` index of `name` mangled: attributes and imported names.
    fn mangled_name_idx(&mut self, name: &str) -> u32 {
        let name = self.mangled(name);
        self.name_idx(&name)
    }

    /// The `__qualname__` of a `def`/`class` named `name` here (unmangled, as in CPython;
    /// the binding it is looked up as is mangled).
    fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().expect("no unit");
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            ScopeKind::Function | ScopeKind::Comprehension => {
                let global = self
                    .scope()
                    .lookup(&self.mangled(name))
                    .is_some_and(|s| s.scope == SymScope::GlobalExplicit);
                if global {
                    name.to_string()
                } else {
                    format!("{}.<locals>.{}", u.qualname, name)
                }
            }
        }
    }

    fn line_of(&self, span: Span) -> u32 {
        self.lines.line(span.start)
    }

    // ---- emitting ------------------------------------------------------------------------

    fn emit(&mut self, op: Op) {
        let line = self.line;
        let span = self.span;
        let u = self.u();
        u.code.push(op);
        u.lines.push(line);
        u.spans.push(span);
    }

    fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(u32::MAX);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0 as usize] = u.code.len() as u32;
    }

    fn emit_jump(&mut self, op: fn(u32) -> Op, l: Label) {
        self.emit(op(l.0));
        let u = self.u();
        let at = u.code.len() - 1;
        u.jumps.push(at);
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let u = self.u();
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(&i) = u.const_map.get(k) {
                return i;
            }
        }
        u.consts.push(c);
        let i = u.consts.len() as u32 - 1;
        if let Some(k) = key {
            u.const_map.insert(k, i);
        }
        i
    }

    fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst(i));
    }

    /// A `for` loop's or a comprehension's iterable, folded as CPython folds it.
    fn compile_iterable(&mut self, e: &'a Expr) -> R {
        match folded_iter(e) {
            Some(c) => {
                self.load_const(c);
                Ok(())
            }
            None => self.compile_expr(e),
        }
    }

    fn load_str(&mut self, s: &str) {
        self.load_const(Const::Str(Arc::from(s)));
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_map.get(name) {
            return i;
        }
        let n: Arc<str> = Arc::from(name);
        u.names.push(n.clone());
        let i = u.names.len() as u32 - 1;
        u.name_map.insert(n, i);
        i
    }

    fn emit_return_none(&mut self) {
        self.load_const(Const::None);
        self.emit(Op::ReturnValue);
    }

    fn push_fblock(&mut self, fb: FBlock<'a>, span: Span) -> R {
        if self.u().fblocks.len() >= MAX_BLOCKS {
            return Err(syntax_error(span, "too many statically nested blocks"));
        }
        self.u().fblocks.push(fb);
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    // ---- names ---------------------------------------------------------------------------

    fn compile_name(&mut self, name: &str, ctx: Ctx, span: Span) -> R {
        let mangled = self.mangled(name);
        let name: &str = &mangled;
        let kind = self.units.last().expect("no unit").kind;
        let resolved = self.scope().lookup(name).map(|s| s.scope);
        enum Slot {
            Fast,
            Deref,
            Global,
            Name,
            ClassDeref,
        }
        let slot = match kind {
            ScopeKind::Module if self.module_names => match resolved {
                Some(SymScope::GlobalExplicit) => Slot::Global,
                _ => Slot::Name,
            },
            ScopeKind::Module => Slot::Global,
            ScopeKind::Class => match resolved {
                Some(SymScope::GlobalExplicit) => Slot::Global,
                Some(SymScope::Free) => {
                    if ctx == Ctx::Load {
                        Slot::ClassDeref
                    } else {
                        Slot::Deref
                    }
                }
                _ => Slot::Name,
            },
            ScopeKind::Function | ScopeKind::Comprehension => match resolved {
                Some(SymScope::Local) => Slot::Fast,
                Some(SymScope::Cell) | Some(SymScope::Free) => Slot::Deref,
                _ => Slot::Global,
            },
        };
        let op = match slot {
            Slot::Fast => {
                let Some(&i) = self.u().var_map.get(name) else {
                    return Err(internal(span, "missing local"));
                };
                match ctx {
                    Ctx::Load => Op::LoadFast(i),
                    Ctx::Store => Op::StoreFast(i),
                    Ctx::Del => Op::DeleteFast(i),
                }
            }
            Slot::Deref | Slot::ClassDeref => {
                let Some(&i) = self.u().deref_map.get(name) else {
                    return Err(internal(span, "missing cell"));
                };
                match (ctx, slot) {
                    (Ctx::Load, Slot::ClassDeref) => Op::LoadClassDeref(i),
                    (Ctx::Load, _) => Op::LoadDeref(i),
                    (Ctx::Store, _) => Op::StoreDeref(i),
                    (Ctx::Del, _) => Op::DeleteDeref(i),
                }
            }
            Slot::Global => {
                let i = self.name_idx(name);
                match ctx {
                    Ctx::Load => Op::LoadGlobal(i),
                    Ctx::Store => Op::StoreGlobal(i),
                    Ctx::Del => Op::DeleteGlobal(i),
                }
            }
            Slot::Name => {
                let i = self.name_idx(name);
                match ctx {
                    Ctx::Load => Op::LoadName(i),
                    Ctx::Store => Op::StoreName(i),
                    Ctx::Del => Op::DeleteName(i),
                }
            }
        };
        self.emit(op);
        Ok(())
    }

    fn store_name(&mut self, name: &str, span: Span) -> R {
        self.compile_name(name, Ctx::Store, span)
    }

    // ---- statements ----------------------------------------------------------------------

    fn compile_body(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    fn compile_stmt(&mut self, s: &'a Stmt) -> R {
        self.line = self.line_of(s.span);
        self.span = (s.span.start, s.span.end);
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.u().interactive {
                    self.compile_expr(e)?;
                    self.emit(Op::PrintExpr);
                } else if !matches!(e.kind, ExprKind::Constant(_)) {
                    self.compile_expr(e)?;
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Assign { targets, value } => match &targets[..] {
                [target] if is_parallel_assign(target, value) => {
                    self.compile_parallel_assign(target, value)?
                }
                _ => {
                    self.compile_expr(value)?;
                    for (i, t) in targets.iter().enumerate() {
                        if i + 1 < targets.len() {
                            self.emit(Op::Copy(1));
                        }
                        self.compile_store(t)?;
                    }
                }
            },
            StmtKind::AugAssign { target, op, value } => {
                self.compile_augassign(target, *op, value)?
            }
            StmtKind::Match { subject, cases } => self.compile_match(subject, cases)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => self.compile_annassign(s, target, annotation, value.as_ref())?,
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let else_l = if orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(test, false, else_l)?;
                self.compile_body(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(Op::Jump, end);
                    self.bind(else_l);
                    self.compile_body(orelse)?;
                }
                self.bind(end);
            }
            StmtKind::While { test, body, orelse } => {
                let head = self.new_label();
                let else_l = self.new_label();
                let end = self.new_label();
                self.bind(head);
                let always = const_value(test).is_some_and(|c| match c {
                    Const::Bool(b) => b,
                    Const::Int(i) => i != 0,
                    Const::Str(s) => !s.is_empty(),
                    _ => false,
                });
                if !always {
                    self.jump_if(test, false, else_l)?;
                }
                self.push_fblock(
                    FBlock::Loop {
                        kind: LoopKind::While,
                        head,
                        exit: end,
                    },
                    s.span,
                )?;
                self.compile_body(body)?;
                self.pop_fblock();
                self.line = self.line_of(s.span);
                self.emit_jump(Op::Jump, head);
                self.bind(else_l);
                self.compile_body(orelse)?;
                self.bind(end);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: true,
            } => self.compile_async_for(s, target, iter, body, orelse)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: false,
            } => {
                let head = self.new_label();
                let else_l = self.new_label();
                let end = self.new_label();
                self.compile_iterable(iter)?;
                self.emit(Op::GetIter);
                self.bind(head);
                self.emit_jump(Op::ForIter, else_l);
                self.compile_store(target)?;
                self.push_fblock(
                    FBlock::Loop {
                        kind: LoopKind::For,
                        head,
                        exit: end,
                    },
                    s.span,
                )?;
                self.compile_body(body)?;
                self.pop_fblock();
                self.line = self.line_of(s.span);
                self.emit_jump(Op::Jump, head);
                self.bind(else_l);
                self.compile_body(orelse)?;
                self.bind(end);
            }
            StmtKind::Break => self.compile_break_continue(true, s.span)?,
            StmtKind::Continue => self.compile_break_continue(false, s.span)?,
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::FunctionDef(f) => self.compile_function_def(s, f)?,
            StmtKind::ClassDef(c) => self.compile_class_def(s, c)?,
            StmtKind::Return(v) => self.compile_return(v.as_ref(), s.span)?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.compile_delete(t)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.compile_expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.bind(end);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.compile_try_except(s, body, handlers, orelse)?;
                } else {
                    self.compile_try_finally(s, body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.compile_expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.compile_expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Op::Raise(n));
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.compile_with(s, items, 0, body, *is_async)?,
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.load_const(Const::Int(0));
                    self.load_const(Const::None);
                    // Dotted names are never mangled: `import __m` inside class `C`
                    // imports `_C__m`, `import __m.x` imports `__m.x` (but binds `_C__m`).
                    let i = self.mangled_name_idx(&a.name);
                    self.emit(Op::ImportName(i));
                    match &a.asname {
                        Some(n) => {
                            // `import a.b.c as d` binds the submodule: the import gives
                            // the top package, then each part is an attribute (CPython's
                            // IMPORT_FROM chain).
                            for part in a.name.split('.').skip(1) {
                                let p = self.name_idx(part);
                                self.emit(Op::ImportFrom(p));
                                self.emit(Op::Swap(2));
                                self.emit(Op::Pop);
                            }
                            self.store_name(n, a.span)?
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or(&a.name);
                            self.store_name(first, a.span)?
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Const::Int(*level as i64));
                let fromlist: Vec<Const> = names
                    .iter()
                    .map(|a| Const::Str(Arc::from(a.name.as_str())))
                    .collect();
                self.load_const(Const::Tuple(Arc::from(fromlist)));
                // The fromlist is not mangled, the module and imported names are.
                let m = self.mangled_name_idx(module.as_deref().unwrap_or(""));
                self.emit(Op::ImportName(m));
                if names.len() == 1 && names[0].name == "*" {
                    if self.units.last().expect("unit").kind != ScopeKind::Module {
                        return Err(syntax_error(
                            s.span,
                            "import * only allowed at module level",
                        ));
                    }
                    self.emit(Op::ImportStar);
                } else {
                    for a in names {
                        let i = self.mangled_name_idx(&a.name);
                        self.emit(Op::ImportFrom(i));
                        self.store_name(a.asname.as_deref().unwrap_or(&a.name), a.span)?;
                    }
                    self.emit(Op::Pop);
                }
            }
        }
        Ok(())
    }

    fn compile_augassign(&mut self, target: &'a Expr, op: ast::BinOp, value: &'a Expr) -> R {
        let op = binop(op);
        match &target.kind {
            ExprKind::Name(n) => {
                self.compile_name(n, Ctx::Load, target.span)?;
                self.compile_expr(value)?;
                self.emit(Op::InplaceOp(op));
                self.compile_name(n, Ctx::Store, target.span)?;
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.compile_expr(obj)?;
                self.emit(Op::Copy(1));
                let i = self.mangled_name_idx(attr);
                self.emit(Op::LoadAttr(i));
                self.compile_expr(value)?;
                self.emit(Op::InplaceOp(op));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.compile_expr(obj)?;
                self.compile_expr(index)?;
                self.emit(Op::Copy(2));
                self.emit(Op::Copy(2));
                self.emit(Op::BinarySubscr);
                self.compile_expr(value)?;
                self.emit(Op::InplaceOp(op));
                self.emit(Op::Swap(3));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return Err(syntax_error(
                    target.span,
                    "'expression' is an illegal expression for augmented assignment",
                ))
            }
        }
        Ok(())
    }

    /// `a, b = x, y` (and `a, b, c = x, y, z`; see [`is_parallel_assign`]): the values
    /// are evaluated left to right, reversed on the stack and stored left to right, as
    /// CPython does, without building and unpacking a tuple (`a, b = b, a + b`).
    fn compile_parallel_assign(&mut self, target: &'a Expr, value: &'a Expr) -> R {
        let (ExprKind::Tuple(targets) | ExprKind::List(targets), ExprKind::Tuple(values)) =
            (&target.kind, &value.kind)
        else {
            unreachable!("checked by is_parallel_assign");
        };
        for v in values {
            self.compile_expr(v)?;
        }
        if values.len() > 1 {
            // Two or three items: one swap reverses them.
            self.emit(Op::Swap(values.len() as u32));
        }
        for t in targets {
            self.compile_store(t)?;
        }
        Ok(())
    }

    fn compile_store(&mut self, t: &'a Expr) -> R {
        let saved = self.line;
        self.line = self.line_of(t.span);
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n, t.span)?,
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let i = self.mangled_name_idx(attr);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.compile_expr(value)?;
                self.compile_expr(index)?;
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let mut star = None;
                for (i, e) in elts.iter().enumerate() {
                    if is_starred(e) {
                        if star.is_some() {
                            return Err(syntax_error(
                                e.span,
                                "multiple starred expressions in assignment",
                            ));
                        }
                        star = Some(i);
                    }
                }
                match star {
                    None => self.emit(Op::UnpackSequence(elts.len() as u32)),
                    Some(i) => {
                        let after = elts.len() - i - 1;
                        if i > u16::MAX as usize || after > u16::MAX as usize {
                            return Err(syntax_error(
                                t.span,
                                "too many expressions in star-unpacking assignment",
                            ));
                        }
                        self.emit(Op::UnpackEx {
                            before: i as u16,
                            after: after as u16,
                        });
                    }
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.compile_store(inner)?,
                        _ => self.compile_store(e)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(syntax_error(
                    t.span,
                    "starred assignment target must be in a list or tuple",
                ))
            }
            _ => return Err(syntax_error(t.span, "cannot assign to expression")),
        }
        self.line = saved;
        Ok(())
    }

    fn compile_delete(&mut self, t: &'a Expr) -> R {
        self.line = self.line_of(t.span);
        match &t.kind {
            ExprKind::Name(n) => self.compile_name(n, Ctx::Del, t.span)?,
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let i = self.mangled_name_idx(attr);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.compile_expr(value)?;
                self.compile_expr(index)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for e in elts {
                    self.compile_delete(e)?;
                }
            }
            _ => return Err(syntax_error(t.span, "cannot delete expression")),
        }
        Ok(())
    }

    // ---- return / break / continue --------------------------------------------------------

    /// Emits the cleanup for leaving `fb`. `preserve_tos`: a return value sits on top of
    /// the stack and must stay there.
    fn unwind_fblock(&mut self, fb: FBlock<'a>, preserve_tos: bool, span: Span) -> R {
        match fb {
            FBlock::Loop { kind, .. } => {
                if let LoopKind::For = kind {
                    if preserve_tos {
                        self.emit(Op::Swap(2));
                    }
                    self.emit(Op::Pop);
                }
            }
            FBlock::TryExcept => self.emit(Op::PopBlock),
            FBlock::ExceptStar => return Err(internal(span, "unwinding an except* handler")),
            FBlock::FinallyTry { finalbody } => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue, span)?;
                }
                let saved = self.line;
                self.compile_body(finalbody)?;
                self.line = saved;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                self.emit(Op::PopExcept);
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::Pop);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Op::PopBlock);
                }
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.store_name(n, span)?;
                    self.compile_name(n, Ctx::Del, span)?;
                }
            }
            FBlock::With { is_async } => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit_exit_none(is_async);
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    /// Unwinds fblocks from the innermost outwards; stops at (and returns) the innermost
    /// loop when `to_loop`. The fblock stack is left as it was.
    fn unwind(&mut self, to_loop: bool, preserve_tos: bool, span: Span) -> R<Option<FBlock<'a>>> {
        let mut popped = Vec::new();
        let mut found = None;
        while let Some(fb) = self.u().fblocks.pop() {
            if to_loop && matches!(fb, FBlock::Loop { .. }) {
                self.u().fblocks.push(fb);
                found = Some(fb);
                break;
            }
            self.unwind_fblock(fb, preserve_tos, span)?;
            popped.push(fb);
        }
        while let Some(fb) = popped.pop() {
            self.u().fblocks.push(fb);
        }
        Ok(found)
    }

    /// Does leaving the innermost fblocks, up to the innermost loop (`to_loop`) or out of
    /// the function, cross an `except*` handler body?
    fn leaves_except_star(&mut self, to_loop: bool) -> bool {
        for fb in self.u().fblocks.iter().rev() {
            match fb {
                FBlock::Loop { .. } if to_loop => return false,
                FBlock::ExceptStar => return true,
                _ => {}
            }
        }
        false
    }

    fn compile_break_continue(&mut self, is_break: bool, span: Span) -> R {
        if self.leaves_except_star(true) {
            return Err(syntax_error(span, EXCEPT_STAR_EXIT));
        }
        let has_loop = self
            .u()
            .fblocks
            .iter()
            .any(|f| matches!(f, FBlock::Loop { .. }));
        if !has_loop {
            return Err(syntax_error(
                span,
                if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                },
            ));
        }
        let Some(FBlock::Loop { kind, head, exit }) = self.unwind(true, false, span)? else {
            return Err(internal(span, "loop fblock"));
        };
        if is_break {
            if let LoopKind::For = kind {
                self.emit(Op::Pop);
            }
            self.emit_jump(Op::Jump, exit);
        } else {
            self.emit_jump(Op::Jump, head);
        }
        Ok(())
    }

    fn compile_return(&mut self, value: Option<&'a Expr>, span: Span) -> R {
        if !matches!(self.units.last().expect("unit").kind, ScopeKind::Function) {
            return Err(syntax_error(span, "'return' outside function"));
        }
        if self.leaves_except_star(false) {
            return Err(syntax_error(span, EXCEPT_STAR_EXIT));
        }
        match value {
            Some(v) => {
                if self.u().flags.async_generator {
                    return Err(syntax_error(span, "'return' with value in async generator"));
                }
                self.compile_expr(v)?;
                self.line = self.line_of(span);
                self.unwind(false, true, span)?;
            }
            None => {
                self.unwind(false, false, span)?;
                self.line = self.line_of(span);
                self.load_const(Const::None);
            }
        }
        self.emit(Op::ReturnValue);
        Ok(())
    }

    // ---- try / with ------------------------------------------------------------------------

    fn compile_try_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        if handlers.is_empty() {
            // `try: body` with neither handlers nor finally cannot be parsed; be lenient.
            self.compile_body(body)?;
            return self.compile_body(orelse);
        }
        if handlers[0].star {
            return self.compile_try_star(s, body, handlers, orelse);
        }
        let h = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupFinally, h);
        self.push_fblock(FBlock::TryExcept, s.span)?;
        self.compile_body(body)?;
        self.pop_fblock();
        self.emit(Op::PopBlock);
        self.compile_body(orelse)?;
        self.emit_jump(Op::Jump, end);
        self.bind(h);
        for (i, handler) in handlers.iter().enumerate() {
            self.line = self.line_of(handler.span);
            if handler.typ.is_none() && i + 1 != handlers.len() {
                return Err(syntax_error(handler.span, "default 'except:' must be last"));
            }
            let next = self.new_label();
            if let Some(t) = &handler.typ {
                self.compile_expr(t)?;
                self.emit(Op::CheckExcMatch);
                self.emit_jump(Op::PopJumpIfFalse, next);
            }
            // A named handler runs its body under a cleanup handler that unbinds the
            // name if the body raises: `e = None; del e; Reraise`.
            let cleanup = match &handler.name {
                Some(n) => {
                    self.store_name(n, handler.span)?;
                    let l = self.new_label();
                    self.emit_jump(Op::SetupFinally, l);
                    Some((n, l))
                }
                None => {
                    self.emit(Op::Pop);
                    None
                }
            };
            self.push_fblock(
                FBlock::HandlerCleanup {
                    name: handler.name.as_deref(),
                },
                handler.span,
            )?;
            self.compile_body(&handler.body)?;
            self.pop_fblock();
            self.line = self.line_of(handler.span);
            if cleanup.is_some() {
                self.emit(Op::PopBlock);
            }
            self.emit(Op::PopExcept);
            if let Some((n, _)) = cleanup {
                self.load_const(Const::None);
                self.store_name(n, handler.span)?;
                self.compile_name(n, Ctx::Del, handler.span)?;
            }
            self.emit_jump(Op::Jump, end);
            if let Some((n, l)) = cleanup {
                // [exc2]: the handler body raised.
                self.bind(l);
                self.load_const(Const::None);
                self.store_name(n, handler.span)?;
                self.compile_name(n, Ctx::Del, handler.span)?;
                self.emit(Op::Reraise);
            }
            self.bind(next);
        }
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    /// `try: ... except* T as e: ...` (PEP 654). Every clause sees what the clauses before
    /// it left of the exception; what the handlers raise and what nothing matched are
    /// re-raised together at the end:
    ///
    /// ```text
    ///     SetupFinally H; body; PopBlock; orelse; Jump END
    /// H:  [orig] BuildList 0; Copy 2                  [orig, raised, rest]
    ///     per clause: T; CheckEgMatch                 [orig, raised, rest, match]
    ///       match is None: Pop, next clause
    ///       else bind/pop match; SetupFinally R; handler; PopBlock; unbind; next clause
    ///       R: [.., rest, exc] unbind; ListAppend 2; PopExcept; next clause
    ///     ListAppend 1; PrepReraiseStar               [result]
    ///     result is None: Pop; PopExcept; Jump END   else: Reraise
    /// ```
    fn compile_try_star(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let h = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupFinally, h);
        self.push_fblock(FBlock::TryExcept, s.span)?;
        self.compile_body(body)?;
        self.pop_fblock();
        self.emit(Op::PopBlock);
        self.compile_body(orelse)?;
        self.emit_jump(Op::Jump, end);
        self.bind(h);
        self.emit(Op::BuildList(0));
        self.emit(Op::Copy(2));
        for handler in handlers {
            self.line = self.line_of(handler.span);
            let next = self.new_label();
            let Some(t) = &handler.typ else {
                return Err(syntax_error(
                    handler.span,
                    "expected one or more exception types",
                ));
            };
            self.compile_expr(t)?;
            self.emit(Op::CheckEgMatch);
            let matched = self.new_label();
            self.emit(Op::Copy(1));
            self.load_const(Const::None);
            self.emit(Op::IsOp(true));
            self.emit_jump(Op::PopJumpIfTrue, matched);
            self.emit(Op::Pop);
            self.emit_jump(Op::Jump, next);
            self.bind(matched);
            match &handler.name {
                Some(n) => self.store_name(n, handler.span)?,
                None => self.emit(Op::Pop),
            }
            let raised = self.new_label();
            self.emit_jump(Op::SetupFinally, raised);
            self.push_fblock(FBlock::ExceptStar, handler.span)?;
            self.compile_body(&handler.body)?;
            self.pop_fblock();
            self.line = self.line_of(handler.span);
            self.emit(Op::PopBlock);
            if let Some(n) = &handler.name {
                self.load_const(Const::None);
                self.store_name(n, handler.span)?;
                self.compile_name(n, Ctx::Del, handler.span)?;
            }
            self.emit_jump(Op::Jump, next);
            // [orig, raised, rest, exc]: the handler raised (or re-raised) `exc`.
            self.bind(raised);
            if let Some(n) = &handler.name {
                self.load_const(Const::None);
                self.store_name(n, handler.span)?;
                self.compile_name(n, Ctx::Del, handler.span)?;
            }
            self.emit(Op::ListAppend(2));
            self.emit(Op::PopExcept);
            self.bind(next);
        }
        self.line = self.line_of(s.span);
        self.emit(Op::ListAppend(1));
        self.emit(Op::PrepReraiseStar);
        let reraise = self.new_label();
        self.emit(Op::Copy(1));
        self.load_const(Const::None);
        self.emit(Op::IsOp(true));
        self.emit_jump(Op::PopJumpIfTrue, reraise);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit_jump(Op::Jump, end);
        self.bind(reraise);
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    fn compile_try_finally(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R {
        let f = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupFinally, f);
        self.push_fblock(FBlock::FinallyTry { finalbody }, s.span)?;
        if handlers.is_empty() {
            self.compile_body(body)?;
            self.compile_body(orelse)?;
        } else {
            self.compile_try_except(s, body, handlers, orelse)?;
        }
        self.pop_fblock();
        self.emit(Op::PopBlock);
        self.compile_body(finalbody)?;
        self.emit_jump(Op::Jump, end);
        self.bind(f);
        self.push_fblock(FBlock::FinallyEnd, s.span)?;
        self.compile_body(finalbody)?;
        self.pop_fblock();
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    fn compile_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [ast::WithItem],
        i: usize,
        body: &'a [Stmt],
        is_async: bool,
    ) -> R {
        let Some(item) = items.get(i) else {
            return self.compile_body(body);
        };
        self.line = self.line_of(item.context.span);
        self.compile_expr(&item.context)?;
        if is_async {
            self.emit(Op::BeforeAsyncWith);
            self.emit_await(1);
        } else {
            self.emit(Op::BeforeWith);
        }
        let h = self.new_label();
        let end = self.new_label();
        // The handler expects `[exit, exc]`, so the `__enter__` result must be off the stack
        // before the protected region starts. A store that cannot fail is done first; one
        // that can (unpacking, attribute, subscript) runs under its own handler that drops
        // the enter result and joins the main handler.
        let mut store_handler = None;
        match &item.target {
            None => {
                self.emit(Op::Pop);
                self.emit_jump(Op::SetupFinally, h);
            }
            Some(t) if matches!(t.kind, ExprKind::Name(_)) => {
                self.compile_store(t)?;
                self.emit_jump(Op::SetupFinally, h);
            }
            Some(t) => {
                let h1 = self.new_label();
                self.emit_jump(Op::SetupFinally, h1);
                self.compile_store(t)?;
                self.emit(Op::PopBlock);
                self.emit_jump(Op::SetupFinally, h);
                store_handler = Some(h1);
            }
        }
        self.push_fblock(FBlock::With { is_async }, s.span)?;
        self.compile_with(s, items, i + 1, body, is_async)?;
        self.pop_fblock();
        self.line = self.line_of(item.context.span);
        self.emit(Op::PopBlock);
        self.emit_exit_none(is_async);
        self.emit_jump(Op::Jump, end);
        if let Some(h1) = store_handler {
            // [exit, enter_result, exc] -> [exit, exc]
            self.bind(h1);
            self.emit(Op::Swap(2));
            self.emit(Op::Pop);
        }
        self.bind(h);
        let suppress = self.new_label();
        if is_async {
            self.emit(Op::AsyncWithExceptStart);
            self.emit_await(2);
        } else {
            self.emit(Op::WithExceptStart);
        }
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise);
        self.bind(suppress);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    /// `[x] -> [await x]`: `who` is the `GetAwaitable` operand (0 `await`, 1 `__aenter__`,
    /// 2 `__aexit__`).
    fn emit_await(&mut self, who: u32) {
        self.emit(Op::GetAwaitable(who));
        self.load_const(Const::None);
        self.emit(Op::YieldFrom);
    }

    /// `[exit] -> []`: `exit(None, None, None)`, awaited for `async with`.
    fn emit_exit_none(&mut self, is_async: bool) {
        if is_async {
            for _ in 0..3 {
                self.load_const(Const::None);
            }
            self.emit(Op::Call(3));
            self.emit_await(2);
            self.emit(Op::Pop);
        } else {
            self.emit(Op::CallExitNone);
        }
    }

    /// `async for`: each step awaits `__anext__()` under a handler that ends the loop on
    /// StopAsyncIteration (`EndAsyncFor`).
    fn compile_async_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        let head = self.new_label();
        let handler = self.new_label();
        let end = self.new_label();
        self.compile_iterable(iter)?;
        self.emit(Op::GetAIter);
        self.bind(head);
        // Errors from `__anext__` point at the whole statement, as in CPython 3.13.
        self.line = self.line_of(s.span);
        self.span = (s.span.start, s.span.end);
        self.emit_jump(Op::SetupFinally, handler);
        self.emit(Op::GetANext);
        self.load_const(Const::None);
        self.emit(Op::YieldFrom);
        self.emit(Op::PopBlock);
        self.compile_store(target)?;
        self.push_fblock(
            FBlock::Loop {
                kind: LoopKind::For,
                head,
                exit: end,
            },
            s.span,
        )?;
        self.compile_body(body)?;
        self.pop_fblock();
        self.line = self.line_of(s.span);
        self.emit_jump(Op::Jump, head);
        self.bind(handler);
        self.emit(Op::EndAsyncFor);
        self.compile_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    // ---- functions and classes ---------------------------------------------------------

    /// Compiles positional defaults and keyword-only defaults; returns MakeFunction flags.
    fn compile_defaults(&mut self, p: &'a ast::Parameters) -> R<u32> {
        let mut flags = 0;
        let mut n = 0;
        for param in p.posonly.iter().chain(&p.args) {
            if let Some(d) = &param.default {
                self.compile_expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BuildTuple(n));
            flags |= make_function::DEFAULTS;
        }
        let mut k = 0;
        for param in &p.kwonly {
            if let Some(d) = &param.default {
                let key = self.mangled(&param.name);
                self.load_str(&key);
                self.compile_expr(d)?;
                k += 1;
            }
        }
        if k > 0 {
            self.emit(Op::BuildMap(k));
            flags |= make_function::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// `target: annotation [= value]`, as CPython 3.11 (without `from __future__ import
    /// annotations`): the assignment first; then, in a module or class body, a simple name's
    /// annotation is evaluated into `__annotations__[name]` and any other target's is
    /// evaluated and dropped. Without a value, an attribute or subscript target's object
    /// (and subscript) are evaluated. Function bodies never evaluate annotations.
    fn compile_annassign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        if let Some(v) = value {
            self.compile_expr(v)?;
            self.compile_store(target)?;
        }
        let evaluates = matches!(self.u().kind, ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name(n) if is_simple_annassign(s, target) => {
                if evaluates {
                    self.compile_expr(annotation)?;
                    let i = self.name_idx("__annotations__");
                    self.emit(Op::LoadName(i));
                    let key = self.mangled(n);
                    self.load_str(&key);
                    self.emit(Op::StoreSubscr);
                }
                return Ok(());
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.compile_expr(obj)?;
                self.emit(Op::Pop);
            }
            ExprKind::Subscript {
                value: obj,
                index: slice,
            } if value.is_none() => {
                self.compile_expr(obj)?;
                self.emit(Op::Pop);
                self.compile_expr(slice)?;
                self.emit(Op::Pop);
            }
            _ => {}
        }
        if evaluates {
            self.compile_expr(annotation)?;
            self.emit(Op::Pop);
        }
        Ok(())
    }

    /// Builds the `__annotations__` dict of a `def` (parameters in order, then `return`);
    /// returns the MakeFunction flag, 0 when nothing is annotated.
    fn compile_annotations(&mut self, p: &'a ast::Parameters, returns: Option<&'a Expr>) -> R<u32> {
        let mut n = 0;
        for param in crate::symtable::annotated_params(p) {
            if let Some(a) = &param.annotation {
                let key = self.mangled(&param.name);
                self.load_str(&key);
                self.compile_expr(a)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_str("return");
            self.compile_expr(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(0);
        }
        self.emit(Op::BuildMap(n));
        Ok(make_function::ANNOTATIONS)
    }

    /// Loads the closure of `code` (if any) and the code itself, then `MakeFunction`.
    fn make_closure(&mut self, code: CodeObject, mut flags: u32, span: Span) -> R {
        if !code.freevars.is_empty() {
            for fv in &code.freevars {
                let Some(&i) = self.u().deref_map.get(fv) else {
                    return Err(internal(span, "closure variable not found"));
                };
                self.emit(Op::LoadClosure(i));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= make_function::CLOSURE;
        }
        self.load_const(Const::Code(Arc::new(code)));
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    fn compile_function_body(
        &mut self,
        scope: ScopeId,
        name: &str,
        qualname: String,
        first_line: u32,
        params: &'a ast::Parameters,
        body: Body<'a>,
    ) -> R<CodeObject> {
        self.push_unit(scope, name, qualname, first_line);
        {
            let u = self.u();
            u.argcount = (params.posonly.len() + params.args.len()) as u32;
            u.posonlyargcount = params.posonly.len() as u32;
            u.kwonlyargcount = params.kwonly.len() as u32;
            u.flags.varargs = params.vararg.is_some();
            u.flags.varkeywords = params.kwarg.is_some();
        }
        self.line = first_line;
        self.copy_cell_params();
        match body {
            Body::Stmts(stmts) => {
                let stmts = if let Some(doc) = is_docstring(stmts) {
                    if let Some(u) = self.units.last_mut() {
                        u.doc = Some(Arc::from(doc));
                    }
                    &stmts[1..]
                } else {
                    stmts
                };
                self.compile_body(stmts)?;
                self.emit_return_none();
            }
            Body::Expr(e) => {
                self.compile_expr(e)?;
                self.emit(Op::ReturnValue);
            }
        }
        self.pop_unit()
    }

    fn copy_cell_params(&mut self) {
        let scope = &self.st.scopes[self.units.last().expect("unit").scope];
        let mut copies = Vec::new();
        for (i, p) in scope.params.iter().enumerate() {
            if scope.lookup(p).is_some_and(|s| s.scope == SymScope::Cell) {
                copies.push((i as u32, p.clone()));
            }
        }
        for (i, p) in copies {
            let j = self.u().deref_map[p.as_str()];
            self.emit(Op::LoadFast(i));
            self.emit(Op::StoreDeref(j));
        }
    }

    fn compile_function_def(&mut self, s: &'a Stmt, f: &'a ast::FunctionDef) -> R {
        for d in &f.decorators {
            self.compile_expr(d)?;
        }
        self.line = self.line_of(s.span);
        let mut flags = self.compile_defaults(&f.params)?;
        flags |= self.compile_annotations(&f.params, f.returns.as_ref())?;
        let scope = self
            .st
            .scope_of(f)
            .ok_or_else(|| internal(s.span, "function scope"))?;
        let qualname = self.qualname_for(&f.name);
        let first_line = self.line_of(s.span);
        let code = self.compile_function_body(
            scope,
            &f.name,
            qualname,
            first_line,
            &f.params,
            Body::Stmts(&f.body),
        )?;
        // CPython's co_firstlineno of a decorated function is its first decorator's line
        // (`inspect.getsource` starts there).
        let code = match f.decorators.first() {
            Some(d) => CodeObject {
                first_line: self.line_of(d.span),
                ..code
            },
            None => code,
        };
        self.line = first_line;
        self.make_closure(code, flags, s.span)?;
        for _ in &f.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&f.name, s.span)
    }

    fn compile_class_def(&mut self, s: &'a Stmt, c: &'a ast::ClassDef) -> R {
        for d in &c.decorators {
            self.compile_expr(d)?;
        }
        let first_line = self.line_of(s.span);
        self.line = first_line;
        let scope = self
            .st
            .scope_of(c)
            .ok_or_else(|| internal(s.span, "class scope"))?;
        let qualname = self.qualname_for(&c.name);
        // As for functions, a decorated class body's first line is its first decorator's.
        let code_first_line = c
            .decorators
            .first()
            .map_or(first_line, |d| self.line_of(d.span));
        self.push_unit(scope, &c.name, qualname.clone(), code_first_line);
        self.u().private = Some(Arc::from(c.name.as_str()));
        {
            let i = self.name_idx("__name__");
            self.emit(Op::LoadName(i));
            let i = self.name_idx("__module__");
            self.emit(Op::StoreName(i));
            self.load_str(&qualname);
            let i = self.name_idx("__qualname__");
            self.emit(Op::StoreName(i));
            let mut body: &'a [Stmt] = &c.body;
            if let Some(doc) = is_docstring(body) {
                self.line = self.line_of(body[0].span);
                self.load_str(doc);
                let i = self.name_idx("__doc__");
                self.emit(Op::StoreName(i));
                body = &body[1..];
            }
            if has_annotations(body) {
                self.emit(Op::SetupAnnotations);
            }
            self.compile_body(body)?;
            if self.scope().needs_class_cell {
                let i = self.u().deref_map["__class__"];
                self.emit(Op::LoadClosure(i));
                let n = self.name_idx("__classcell__");
                self.emit(Op::StoreName(n));
            }
            self.emit_return_none();
        }
        let code = self.pop_unit()?;
        self.line = first_line;
        self.make_closure(code, 0, s.span)?;
        self.load_str(&c.name);
        for b in &c.bases {
            if is_starred(b) {
                return Err(syntax_error(
                    b.span,
                    "starred base classes are not supported",
                ));
            }
            self.compile_expr(b)?;
        }
        if c.keywords.is_empty() {
            self.emit(Op::BuildClass(c.bases.len() as u32));
        } else {
            check_repeated_keywords(&c.keywords)?;
            self.compile_kwargs_dict(&c.keywords)?;
            self.emit(Op::BuildClassKw(c.bases.len() as u32));
        }
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&c.name, s.span)
    }

    // ---- expressions ---------------------------------------------------------------------

    /// Compiles `e` as a condition: jumps to `target` when its truth equals `when`.
    fn jump_if(&mut self, e: &'a Expr, when: bool, target: Label) -> R {
        match &e.kind {
            ExprKind::UnaryOp {
                op: ast::UnaryOp::Not,
                operand,
            } => self.jump_if(operand, !when, target),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let is_or = *op == ast::BoolOp::Or;
                let n = values.len();
                if is_or == when {
                    for v in values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for v in &values[..n - 1] {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(&values[n - 1], when, target)?;
                    self.bind(skip);
                }
                Ok(())
            }
            _ => {
                self.compile_expr(e)?;
                self.emit_jump(
                    if when {
                        Op::PopJumpIfTrue
                    } else {
                        Op::PopJumpIfFalse
                    },
                    target,
                );
                Ok(())
            }
        }
    }

    fn compile_exprs(&mut self, es: &'a [Expr]) -> R {
        for e in es {
            self.compile_expr(e)?;
        }
        Ok(())
    }

    fn compile_expr(&mut self, e: &'a Expr) -> R {
        let saved = (self.line, self.span);
        self.line = self.line_of(e.span);
        self.span = (e.span.start, e.span.end);
        self.compile_expr_inner(e)?;
        (self.line, self.span) = saved;
        Ok(())
    }

    fn compile_expr_inner(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = match op {
                    ast::BoolOp::And => Op::JumpIfFalseOrPop,
                    ast::BoolOp::Or => Op::JumpIfTrueOrPop,
                };
                for (i, v) in values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < values.len() {
                        self.emit_jump(jump, end);
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.emit(Op::Copy(1));
                self.store_name(target, e.span)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.compile_expr(left)?;
                self.compile_expr(right)?;
                self.emit(Op::BinaryOp(binop(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = const_value(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.compile_expr(operand)?;
                self.emit(Op::UnaryOp(match op {
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::USub => UnaryOp::Negative,
                    ast::UnaryOp::UAdd => UnaryOp::Positive,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                }));
            }
            ExprKind::Lambda { params, body } => {
                let flags = self.compile_defaults(params)?;
                let scope = self
                    .st
                    .scope_of(e)
                    .ok_or_else(|| internal(e.span, "lambda scope"))?;
                let qualname = self.qualname_for("<lambda>");
                let line = self.line;
                let code = self.compile_function_body(
                    scope,
                    "<lambda>",
                    qualname,
                    line,
                    params,
                    Body::Expr(body),
                )?;
                self.line = line;
                self.make_closure(code, flags, e.span)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.compile_expr(body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(else_l);
                self.compile_expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values)?,
            ExprKind::Set(elts) => match elts.iter().position(is_starred) {
                // CPython folds a display of more than two constants into a frozenset
                // constant that an empty set is updated from: the layout, and so the
                // iteration order, is that of `set_merge` from that frozenset.
                None if elts.len() > 2 && const_frozenset(elts).is_some() => {
                    self.emit(Op::BuildSet(0));
                    if let Some(c) = const_frozenset(elts) {
                        self.load_const(c);
                    }
                    self.emit(Op::SetUpdate(1));
                }
                None => {
                    self.compile_exprs(elts)?;
                    self.emit(Op::BuildSet(elts.len() as u32));
                }
                Some(first) => {
                    self.compile_exprs(&elts[..first])?;
                    self.emit(Op::BuildSet(first as u32));
                    for x in &elts[first..] {
                        match &x.kind {
                            ExprKind::Starred(v) => {
                                self.compile_expr(v)?;
                                self.emit(Op::SetUpdate(1));
                            }
                            _ => {
                                self.compile_expr(x)?;
                                self.emit(Op::SetAdd(1));
                            }
                        }
                    }
                }
            },
            ExprKind::List(elts) => {
                if elts.iter().any(is_starred) {
                    self.compile_starred_list(elts)?;
                } else {
                    self.compile_exprs(elts)?;
                    self.emit(Op::BuildList(elts.len() as u32));
                }
            }
            ExprKind::Tuple(elts) => {
                if let Some(c) = const_value(e) {
                    self.load_const(c);
                } else if elts.iter().any(is_starred) {
                    self.compile_starred_list(elts)?;
                    self.emit(Op::ListToTuple);
                } else {
                    self.compile_exprs(elts)?;
                    self.emit(Op::BuildTuple(elts.len() as u32));
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.compile_comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.compile_comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.compile_comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.compile_comprehension(e, CompKind::Gen, generators, elt, None)?
            }
            ExprKind::Yield(v) => {
                self.check_in_function(e.span, "'yield' outside function")?;
                match v {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.check_in_function(e.span, "'yield' outside function")?;
                self.compile_expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.load_const(Const::None);
                self.emit(Op::YieldFrom);
            }
            ExprKind::Await(v) => {
                self.compile_expr(v)?;
                self.emit_await(0);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.compile_call(e, func, args, keywords)?,
            ExprKind::FString(parts) => {
                let n = self.compile_fstring_parts(parts)?;
                match n {
                    0 => self.load_str(""),
                    1 => {}
                    n => self.emit(Op::BuildString(n)),
                }
            }
            ExprKind::Constant(c) => self.load_const(constant(c)),
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let i = self.mangled_name_idx(attr);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.compile_expr(value)?;
                self.compile_expr(index)?;
                self.emit(Op::BinarySubscr);
            }
            ExprKind::Starred(_) => {
                return Err(syntax_error(e.span, "can't use starred expression here"))
            }
            ExprKind::Name(n) => self.compile_name(n, Ctx::Load, e.span)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper] {
                    match x {
                        Some(x) => self.compile_expr(x)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.compile_expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => self.emit(Op::BuildSlice(2)),
                }
            }
        }
        Ok(())
    }

    fn check_in_function(&self, span: Span, msg: &str) -> R {
        match self.units.last().expect("unit").kind {
            ScopeKind::Function | ScopeKind::Comprehension => Ok(()),
            _ => Err(syntax_error(span, msg)),
        }
    }

    /// `[a, *b, c]` -> `BuildList(k)` of the leading plain items, then `ListExtend(1)` /
    /// `ListAppend(1)` for the rest. Leaves a list.
    fn compile_starred_list(&mut self, elts: &'a [Expr]) -> R {
        let first = elts.iter().position(is_starred).unwrap_or(elts.len());
        self.compile_exprs(&elts[..first])?;
        self.emit(Op::BuildList(first as u32));
        for x in &elts[first..] {
            match &x.kind {
                ExprKind::Starred(v) => {
                    self.compile_expr(v)?;
                    self.emit(Op::ListExtend(1));
                }
                _ => {
                    self.compile_expr(x)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        Ok(())
    }

    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        let first_spread = keys.iter().position(|k| k.is_none());
        let prefix = first_spread.unwrap_or(keys.len());
        for (k, v) in keys[..prefix].iter().zip(values) {
            if let Some(k) = k {
                self.compile_expr(k)?;
            }
            self.compile_expr(v)?;
        }
        self.emit(Op::BuildMap(prefix as u32));
        for (k, v) in keys[prefix..].iter().zip(&values[prefix..]) {
            match k {
                None => {
                    self.compile_expr(v)?;
                    self.emit(Op::DictUpdate(1));
                }
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(v)?;
                    self.emit(Op::MapAdd(1));
                }
            }
        }
        Ok(())
    }

    fn compile_compare(
        &mut self,
        left: &'a Expr,
        ops: &'a [ast::CmpOp],
        comparators: &'a [Expr],
    ) -> R {
        fn cmp(op: ast::CmpOp) -> Op {
            match op {
                ast::CmpOp::Eq => Op::CompareOp(CompareOp::Eq),
                ast::CmpOp::NotEq => Op::CompareOp(CompareOp::Ne),
                ast::CmpOp::Lt => Op::CompareOp(CompareOp::Lt),
                ast::CmpOp::LtE => Op::CompareOp(CompareOp::Le),
                ast::CmpOp::Gt => Op::CompareOp(CompareOp::Gt),
                ast::CmpOp::GtE => Op::CompareOp(CompareOp::Ge),
                ast::CmpOp::Is => Op::IsOp(false),
                ast::CmpOp::IsNot => Op::IsOp(true),
                ast::CmpOp::In => Op::ContainsOp(false),
                ast::CmpOp::NotIn => Op::ContainsOp(true),
            }
        }
        self.compile_expr(left)?;
        let n = ops.len().min(comparators.len());
        if n == 0 {
            return Err(internal(left.span, "empty comparison"));
        }
        if n == 1 {
            self.compile_expr(&comparators[0])?;
            self.emit(cmp(ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.compile_expr(&comparators[i])?;
            self.emit(Op::Swap(2));
            self.emit(Op::Copy(2));
            self.emit(cmp(ops[i]));
            self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.compile_expr(&comparators[n - 1])?;
        self.emit(cmp(ops[n - 1]));
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap(2));
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    /// Returns the number of string pieces left on the stack.
    fn compile_fstring_parts(&mut self, parts: &'a [ast::FStringPart]) -> R<u32> {
        let mut n = 0;
        let mut pending = String::new();
        let mut have_pending = false;
        for p in parts {
            match p {
                ast::FStringPart::Literal(s) => {
                    pending.push_str(s);
                    have_pending = true;
                }
                ast::FStringPart::Expr {
                    value,
                    conversion,
                    format_spec,
                    debug_text,
                } => {
                    if let Some(d) = debug_text {
                        pending.push_str(d);
                        have_pending = true;
                    }
                    if have_pending && !pending.is_empty() {
                        self.load_str(&pending);
                        n += 1;
                    }
                    pending.clear();
                    have_pending = false;
                    self.compile_expr(value)?;
                    let has_spec = match format_spec {
                        Some(spec) => {
                            let k = self.compile_fstring_parts(spec)?;
                            match k {
                                0 => self.load_str(""),
                                1 => {}
                                k => self.emit(Op::BuildString(k)),
                            }
                            true
                        }
                        None => false,
                    };
                    let conversion = match conversion {
                        Some('s') => Conversion::Str,
                        Some('r') => Conversion::Repr,
                        Some('a') => Conversion::Ascii,
                        _ => Conversion::None,
                    };
                    self.emit(Op::FormatValue {
                        conversion,
                        has_spec,
                    });
                    n += 1;
                }
            }
        }
        if have_pending && (!pending.is_empty() || n == 0) {
            self.load_str(&pending);
            n += 1;
        }
        Ok(n)
    }

    fn compile_call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
    ) -> R {
        // Zero-argument super() inside a function nested in a class.
        if let ExprKind::Name(n) = &func.kind {
            if n == "super" && args.is_empty() && keywords.is_empty() {
                let u = self.units.last().expect("unit");
                let sc = self.scope();
                if u.kind == ScopeKind::Function && sc.is_free("__class__") && sc.positional > 0 {
                    let first = sc.params[0].clone();
                    self.compile_name("super", Ctx::Load, func.span)?;
                    let i = self.u().deref_map["__class__"];
                    self.emit(Op::LoadDeref(i));
                    self.compile_name(&first, Ctx::Load, e.span)?;
                    self.emit(Op::Call(2));
                    return Ok(());
                }
            }
        }
        let has_star = args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none());
        if let ExprKind::Attribute { value, attr } = &func.kind {
            if !has_star && keywords.is_empty() {
                self.compile_expr(value)?;
                let i = self.mangled_name_idx(attr);
                let call_span = std::mem::replace(&mut self.span, (func.span.start, func.span.end));
                self.emit(Op::LoadMethod(i));
                self.span = call_span;
                self.compile_exprs(args)?;
                self.emit(Op::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.compile_expr(func)?;
        self.compile_call_args(args, keywords)
    }

    /// With the callable on the stack: arguments and a `Call` / `CallKw` / `CallEx`.
    fn compile_call_args(&mut self, args: &'a [Expr], keywords: &'a [ast::Keyword]) -> R {
        check_repeated_keywords(keywords)?;
        let star_args = args.iter().any(is_starred);
        let star_kw = keywords.iter().any(|k| k.arg.is_none());
        if !star_args && !star_kw {
            self.compile_exprs(args)?;
            if keywords.is_empty() {
                self.emit(Op::Call(args.len() as u32));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.compile_expr(&k.value)?;
                    names.push(Const::Str(Arc::from(k.arg.as_deref().unwrap_or(""))));
                }
                self.load_const(Const::Tuple(Arc::from(names)));
                self.emit(Op::CallKw((args.len() + keywords.len()) as u32));
            }
            return Ok(());
        }
        if let [Expr {
            kind: ExprKind::Starred(v),
            ..
        }] = args
        {
            // `f(*it)` alone: `CallEx` turns `it` into the arguments itself, as CPython's
            // CALL_FUNCTION_EX does (after the keywords are evaluated, and its error
            // message names the function).
            self.compile_expr(v)?;
        } else if star_args {
            self.compile_starred_list(args)?;
            self.emit(Op::ListToTuple);
        } else {
            self.compile_exprs(args)?;
            self.emit(Op::BuildTuple(args.len() as u32));
        }
        if keywords.is_empty() {
            self.emit(Op::CallEx(false));
            return Ok(());
        }
        self.compile_kwargs_dict(keywords)?;
        self.emit(Op::CallEx(true));
        Ok(())
    }

    /// The keyword arguments of a call or class statement as one dict on the stack: runs of
    /// named keywords become BuildMap; `**m` merges.
    fn compile_kwargs_dict(&mut self, keywords: &'a [ast::Keyword]) -> R {
        let mut have_dict = false;
        let mut run = 0u32;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_str(name);
                    self.compile_expr(&k.value)?;
                    run += 1;
                }
                None => {
                    if run > 0 {
                        self.emit(Op::BuildMap(run));
                        if have_dict {
                            self.emit(Op::DictMerge(1));
                        }
                        have_dict = true;
                        run = 0;
                    }
                    if !have_dict {
                        self.emit(Op::BuildMap(0));
                        have_dict = true;
                    }
                    self.compile_expr(&k.value)?;
                    self.emit(Op::DictMerge(1));
                }
            }
        }
        if run > 0 {
            self.emit(Op::BuildMap(run));
            if have_dict {
                self.emit(Op::DictMerge(1));
            }
        }
        Ok(())
    }

    fn compile_comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let scope = self
            .st
            .scope_of(e)
            .ok_or_else(|| internal(e.span, "comprehension scope"))?;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let line = self.line;
        self.push_unit(scope, name, qualname, line);
        self.u().argcount = 1;
        self.copy_cell_params();
        match kind {
            CompKind::List => self.emit(Op::BuildList(0)),
            CompKind::Set => self.emit(Op::BuildSet(0)),
            CompKind::Dict => self.emit(Op::BuildMap(0)),
            CompKind::Gen => {}
        }
        self.compile_comp_loop(kind, generators, 0, elt, value)?;
        self.line = line;
        if kind == CompKind::Gen {
            self.emit_return_none();
        } else {
            self.emit(Op::ReturnValue);
        }
        let awaits = self.u().flags.coroutine;
        let code = self.pop_unit()?;
        self.line = line;
        self.make_closure(code, 0, e.span)?;
        self.compile_iterable(&generators[0].iter)?;
        self.emit(if generators[0].is_async {
            Op::GetAIter
        } else {
            Op::GetIter
        });
        self.emit(Op::Call(1));
        if awaits {
            self.emit_await(0);
        }
        Ok(())
    }

    fn compile_comp_loop(
        &mut self,
        kind: CompKind,
        gens: &'a [ast::Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> R {
        let g = &gens[i];
        let head = self.new_label();
        let exit = self.new_label();
        if i == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.compile_iterable(&g.iter)?;
            self.emit(if g.is_async {
                Op::GetAIter
            } else {
                Op::GetIter
            });
        }
        self.bind(head);
        let handler = self.new_label();
        if g.is_async {
            self.emit_jump(Op::SetupFinally, handler);
            self.emit(Op::GetANext);
            self.load_const(Const::None);
            self.emit(Op::YieldFrom);
            self.emit(Op::PopBlock);
        } else {
            self.emit_jump(Op::ForIter, exit);
        }
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, head)?;
        }
        if i + 1 < gens.len() {
            self.compile_comp_loop(kind, gens, i + 1, elt, value)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List => {
                    self.compile_expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set => {
                    self.compile_expr(elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(v) = value {
                        self.compile_expr(v)?;
                    }
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Gen => {
                    self.compile_expr(elt)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
            }
        }
        self.emit_jump(Op::Jump, head);
        if g.is_async {
            self.bind(handler);
            self.emit(Op::EndAsyncFor);
        }
        self.bind(exit);
        Ok(())
    }
}

/// Whether `target: T` names a variable without parentheses (CPython's `simple`): only
/// those are recorded in `__annotations__`.
pub(crate) fn is_simple_annassign(s: &Stmt, target: &Expr) -> bool {
    matches!(target.kind, ExprKind::Name(_)) && target.span.start == s.span.start
}

/// Whether a module or class body has an annotated assignment anywhere outside nested
/// functions and classes (then the body starts with `SetupAnnotations`, as CPython's
/// `find_ann`).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}
