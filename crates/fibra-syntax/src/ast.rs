//! The abstract syntax tree produced by the parser.
//!
//! It mirrors CPython's `ast` module closely (same node names where practical), so that the
//! compiler can follow CPython's semantics node by node. Every statement and expression carries
//! a byte [`Span`] into the source; line numbers are derived from it with [`crate::LineIndex`].
//!
//! Architecture invariant: the AST holds no semantic information (no scopes, no resolved
//! names); that is the compiler's job.

use num_bigint::BigInt;

/// A half-open byte range `start..end` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

pub type Ident = String;

/// A whole file (or a whole `-c` program).
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

/// One statement typed at the REPL (may be a compound statement).
#[derive(Clone, Debug, PartialEq)]
pub struct Interactive {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect.
    Expr(Expr),
    /// `t1 = t2 = value`: targets are validated assignment targets (Name, Attribute, Subscript,
    /// Tuple/List of targets, at most one Starred inside a Tuple/List).
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value` (target is a Name, Attribute or Subscript).
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`; the annotation is parsed and ignored by the compiler.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    /// `elif` is a nested `If` as the only statement of `orelse`.
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for` or `async for` (`is_async`).
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    Break,
    Continue,
    Pass,
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    /// `del a, b[0], c.d`
    Delete(Vec<Expr>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    /// `with a as x, b:` — several items are sugar for nested `with`s.
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    /// `match subject:` with its `case` clauses, in order.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    /// `import a.b.c as d, e`
    Import(Vec<Alias>),
    /// `from ..mod import a as b, c` / `from mod import *` (one alias named `*`).
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub params: Parameters,
    pub body: Vec<Stmt>,
    /// Outermost first, as written.
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    /// `async def`.
    pub is_async: bool,
}

/// A parameter list: `def f(a, b=1, /, c, *args, d, e=2, **kw)`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parameters {
    pub posonly: Vec<Param>,
    /// Positional-or-keyword parameters.
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub annotation: Option<Expr>,
    /// Default value (never set for `*args` / `**kwargs`).
    pub default: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    /// `class A(B, metaclass=M)`: parsed; the compiler rejects what it does not support.
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    /// `except* T:` (PEP 654): the handler matches the parts of an exception group.
    pub star: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// `case pattern if guard: body`.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

/// The patterns of a `case` clause (CPython's `ast.pattern` nodes).
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal (number, possibly negative; string) or a dotted value `Color.RED`,
    /// compared with `==`.
    Value(Expr),
    /// `None`, `True` or `False`, compared with `is`.
    Singleton(Constant),
    /// `[p, *rest, q]`, `(p, q)` or `p, q`.
    Sequence(Vec<Pattern>),
    /// `{key: p, **rest}`: keys are literals or dotted values.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
    },
    /// `Cls(p, attr=q)`.
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Ident>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` inside a sequence pattern (`None` for `*_`).
    Star(Option<Ident>),
    /// `p as name`, a capture `name` (no pattern) or the wildcard `_` (neither).
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
    },
    /// `p | q | ...`
    Or(Vec<Pattern>),
}

/// `a.b.c as d` in an import; `name` is the dotted path, `*` for a star import.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<Ident>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` (at least two values).
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `(name := value)`
    NamedExpr {
        target: Ident,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        params: Box<Parameters>,
        body: Box<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`: a `None` key marks a `**m` spread whose mapping is the value.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    /// `{a, b, *c}` (elements may be `Starred`).
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Await(Box<Expr>),
    /// `left op0 c0 op1 c1 ...` (chained comparison; `ops.len() == comparators.len()`).
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `func(a, *b, k=c, **d)`: positional args may be `Starred`; a keyword with `arg: None`
    /// is a `**d` spread.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// An f-string (adjacent plain and f-string literals are already merged into one).
    FString(Vec<FStringPart>),
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: Ident,
    },
    /// `value[index]`; `a[1:2, 3]` has a `Tuple` index containing a `Slice`.
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `*value` in a display, call or assignment target.
    Starred(Box<Expr>),
    Name(Ident),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `lower:upper:step`, only directly inside a subscript index (or a tuple there).
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(f64),
    /// An imaginary literal `2j` (a complex with real part 0).
    Imag(f64),
    /// Adjacent string literals are concatenated by the parser.
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    /// `{value!conversion:format_spec}`; `{x=}` sets `debug_text` to `"x="` (the text to print
    /// before the value) and, with no conversion or spec given, the conversion `'r'`.
    Expr {
        value: Box<Expr>,
        /// `'s'`, `'r'` or `'a'`.
        conversion: Option<char>,
        /// The spec may itself contain replacement fields.
        format_spec: Option<Vec<FStringPart>>,
        debug_text: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    /// `async for` clause.
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// `None` for `**mapping`.
    pub arg: Option<Ident>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    USub,
    UAdd,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
