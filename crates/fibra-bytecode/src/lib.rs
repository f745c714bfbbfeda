//! Fibra's bytecode: the single definition of every opcode ([`Op`]), code objects and
//! compile-time constants. The compiler produces it; the VM executes it.
//!
//! Architecture invariant: this crate knows nothing about the AST or about runtime values. The
//! VM never sees the AST; the compiler never sees a `Value`.
//!
//! The machine is a stack machine in the style of CPython 3.7–3.11. Stack effects are written
//! `[before] -> [after]` with the top of stack (TOS) on the right. Jump targets are absolute
//! instruction indices into [`CodeObject::code`].
#![forbid(unsafe_code)]

use std::fmt;
use std::sync::Arc;

use num_bigint::BigInt;

/// Binary operators, shared by [`Op::BinaryOp`] and [`Op::InplaceOp`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinaryOp {
    /// The operator as written in source, e.g. `"+"` (used in error messages).
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::MatMul => "@",
            BinaryOp::TrueDiv => "/",
            BinaryOp::FloorDiv => "//",
            BinaryOp::Mod => "%",
            BinaryOp::Pow => "**",
            BinaryOp::LShift => "<<",
            BinaryOp::RShift => ">>",
            BinaryOp::And => "&",
            BinaryOp::Or => "|",
            BinaryOp::Xor => "^",
        }
    }
    /// The dunder names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinaryOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinaryOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinaryOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinaryOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinaryOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinaryOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinaryOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinaryOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinaryOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinaryOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinaryOp::And => ("__and__", "__rand__", "__iand__"),
            BinaryOp::Or => ("__or__", "__ror__", "__ior__"),
            BinaryOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Rich comparisons for [`Op::CompareOp`] (`is` and `in` have their own opcodes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }
    /// (`__lt__`, reflected `__gt__`) and so on.
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            CompareOp::Lt => ("__lt__", "__gt__"),
            CompareOp::Le => ("__le__", "__ge__"),
            CompareOp::Eq => ("__eq__", "__eq__"),
            CompareOp::Ne => ("__ne__", "__ne__"),
            CompareOp::Gt => ("__gt__", "__lt__"),
            CompareOp::Ge => ("__ge__", "__le__"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `-x`
    Negative,
    /// `+x`
    Positive,
    /// `~x`
    Invert,
    /// `not x`
    Not,
}

/// Conversion applied by [`Op::FormatValue`] before formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Conversion {
    None,
    /// `!s`
    Str,
    /// `!r`
    Repr,
    /// `!a`
    Ascii,
}

/// Flags for [`Op::MakeFunction`]: which optional items sit below the code object.
pub mod make_function {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    pub const ANNOTATIONS: u32 = 4;
    pub const CLOSURE: u32 = 8;
}

/// One instruction. `u32` operands index the current code object's tables: `consts`,
/// `names` (global / attribute / imported names), `varnames` (fast locals) or the deref table
/// (`cellvars` followed by `freevars`).
///
/// Block-stack protocol (exceptions): [`Op::SetupFinally`] pushes a handler block recording
/// the value-stack depth. When an exception is raised, the VM pops blocks: an `ExceptHandler`
/// block restores the saved "currently handled exception"; a `SetupFinally` block truncates
/// the value stack to its recorded depth, pushes an `ExceptHandler` block (saving the current
/// handled exception and making the new exception current), pushes the exception object and
/// jumps to the handler. [`Op::PopExcept`] ends a handler normally. If no block is left, the
/// exception propagates to the caller. `return` needs no cleanup of the value stack.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// `[] -> []`
    Nop,

    // ---- stack manipulation -------------------------------------------------------------
    /// `[a] -> []`
    Pop,
    /// `[.., x (n-th from top, n >= 1), ..] -> [.., x, .., x]`: push a copy of the n-th item
    /// (`Copy(1)` duplicates TOS).
    Copy(u32),
    /// Swap TOS with the n-th item (n >= 2): `Swap(2)` is `[a, b] -> [b, a]`.
    Swap(u32),

    // ---- constants and names ------------------------------------------------------------
    /// `[] -> [consts[i]]`
    LoadConst(u32),
    /// `[] -> [varnames[i]]`; raises UnboundLocalError if unbound.
    LoadFast(u32),
    /// `[v] -> []`, `varnames[i] = v`
    StoreFast(u32),
    /// `[] -> []`, unbinds `varnames[i]` (UnboundLocalError if unbound).
    DeleteFast(u32),
    /// `[] -> [cell contents]` for deref slot i (cellvars then freevars); NameError if empty
    /// ("free variable 'x' referenced before assignment..." / UnboundLocalError for cellvars).
    LoadDeref(u32),
    /// `[v] -> []`, sets the contents of deref slot i.
    StoreDeref(u32),
    /// `[] -> []`, empties deref slot i.
    DeleteDeref(u32),
    /// `[] -> [cell]`: the cell object itself (to build a closure tuple).
    LoadClosure(u32),
    /// Class bodies only: `[] -> [v]`, looks `freevars`-relative deref name up in the class
    /// namespace first, then in the cell (deref slot i).
    LoadClassDeref(u32),
    /// `[] -> [v]`: globals, then builtins; NameError `name 'x' is not defined`.
    LoadGlobal(u32),
    /// `[v] -> []`
    StoreGlobal(u32),
    /// `[] -> []`
    DeleteGlobal(u32),
    /// Class bodies: `[] -> [v]`: frame's namespace dict, then globals, then builtins.
    LoadName(u32),
    /// Class bodies: `[v] -> []` into the frame's namespace dict.
    StoreName(u32),
    /// Class bodies: `[] -> []`
    DeleteName(u32),

    // ---- attributes and subscripts --------------------------------------------------------
    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[v, obj] -> []`, `obj.names[i] = v`
    StoreAttr(u32),
    /// `[obj] -> []`, `del obj.names[i]`
    DeleteAttr(u32),
    /// `[obj] -> [callable, self_or_null]`: if `names[i]` resolves to a plain function on the
    /// type (not shadowed by the instance), pushes the function and `obj` (no bound method is
    /// allocated); otherwise pushes the attribute value and the NULL marker. Always followed
    /// (after the arguments) by [`Op::CallMethod`].
    LoadMethod(u32),
    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[v, container, key] -> []`, `container[key] = v`
    StoreSubscr,
    /// `[container, key] -> []`, `del container[key]`
    DeleteSubscr,
    /// `[lower, upper] -> [slice]` (n = 2) or `[lower, upper, step] -> [slice]` (n = 3).
    BuildSlice(u32),

    // ---- operators --------------------------------------------------------------------------
    /// `[v] -> [op v]`
    UnaryOp(UnaryOp),
    /// `[a, b] -> [a op b]`
    BinaryOp(BinaryOp),
    /// `[a, b] -> [a op= b]`: tries `__iop__` first (lists extend in place), then `BinaryOp`.
    InplaceOp(BinaryOp),
    /// `[a, b] -> [a cmp b]`
    CompareOp(CompareOp),
    /// `[a, b] -> [a is b]`, or `a is not b` when the operand is true.
    IsOp(bool),
    /// `[a, b] -> [a in b]`, or `a not in b` when the operand is true.
    ContainsOp(bool),

    // ---- control flow -----------------------------------------------------------------------
    /// Unconditional jump to instruction `target`.
    Jump(u32),
    /// `[v] -> []`, jump if `v` is falsy.
    PopJumpIfFalse(u32),
    /// `[v] -> []`, jump if `v` is truthy.
    PopJumpIfTrue(u32),
    /// `[v] -> [v]` and jump if falsy, else `[v] -> []` (for `and`).
    JumpIfFalseOrPop(u32),
    /// `[v] -> [v]` and jump if truthy, else `[v] -> []` (for `or`).
    JumpIfTrueOrPop(u32),
    /// `[iterable] -> [iterator]`
    GetIter,
    /// `[iterator] -> [iterator, next]`, or when exhausted `[iterator] -> []` and jump.
    ForIter(u32),

    // ---- building containers ----------------------------------------------------------------
    /// `[x1 .. xn] -> [(x1, .., xn)]`
    BuildTuple(u32),
    /// `[x1 .. xn] -> [[x1, .., xn]]`
    BuildList(u32),
    /// `[x1 .. xn] -> [{x1, .., xn}]`
    BuildSet(u32),
    /// `[k1, v1, .. kn, vn] -> [{k1: v1, ..}]`
    BuildMap(u32),
    /// `[s1 .. sn] -> [s1 + .. + sn]` (all `str`; f-strings).
    BuildString(u32),
    /// `[list, .. (i-1 items) .., x] -> [list, ..]`: pops `x` and appends it to the list
    /// found `i` items below the top after the pop (`i - 1` items sit between list and `x`;
    /// CPython's convention). Displays use `ListAppend(1)`; a comprehension with `n` `for`
    /// clauses uses `n + 1` (one iterator per clause sits above the list).
    ListAppend(u32),
    /// Like `ListAppend` for sets.
    SetAdd(u32),
    /// `[dict, .., k, v] -> [dict, ..]`, `dict[k] = v`; `i - 1` items sit between the dict
    /// and `k` (`MapAdd(1)` is `[dict, k, v] -> [dict]`).
    MapAdd(u32),
    /// `[list, .., iterable] -> [list, ..]`, `list.extend(iterable)` (star-unpacking).
    ListExtend(u32),
    /// `[set, .., iterable] -> [set, ..]`, `set.update(iterable)`.
    SetUpdate(u32),
    /// `[dict, .., mapping] -> [dict, ..]`, `dict.update(mapping)` (`{**m}`).
    DictUpdate(u32),
    /// Like `DictUpdate` but for `f(**m)`: a repeated key raises TypeError "got multiple
    /// values for keyword argument 'k'", a non-mapping raises TypeError.
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[seq] -> [xn .. x1]`: exactly n items, pushed so the first item ends up on top.
    UnpackSequence(u32),
    /// `[seq] -> [after items .., list, before items ..]`: `a, *b, c = seq` with `before`
    /// items before the star and `after` after it; the first item ends up on top.
    UnpackEx { before: u16, after: u16 },

    // ---- strings ----------------------------------------------------------------------------
    /// `[v] -> [str]` or with a spec `[v, spec] -> [str]`: applies the conversion, then
    /// `format(v, spec)`.
    FormatValue {
        conversion: Conversion,
        has_spec: bool,
    },

    // ---- calls and functions ----------------------------------------------------------------
    /// `[f, a1 .. an] -> [f(a1, .., an)]`
    Call(u32),
    /// `[f, a1 .. an, kwnames] -> [result]`: `kwnames` is a tuple constant of `k` strings
    /// naming the last `k` of the `n` arguments (CPython's vectorcall convention).
    CallKw(u32),
    /// `[f, args_tuple] -> [result]`, or `[f, args_tuple, kwargs_dict] -> [result]` when the
    /// operand is true (calls with `*args` / `**kwargs`).
    CallEx(bool),
    /// `[callable, self_or_null, a1 .. an] -> [result]` (see [`Op::LoadMethod`]).
    CallMethod(u32),
    /// `[defaults?, kwdefaults?, annotations?, closure?, code] -> [function]`: the flags in
    /// [`make_function`] say which of the optional items (a tuple, a dict of str -> value,
    /// a dict of str -> annotation, a tuple of cells) are present, in that order from the
    /// bottom. The code object is a
    /// `Const::Code`; its `qualname` names the function.
    MakeFunction(u32),
    /// `[v] -> (returns v to the caller)`
    ReturnValue,
    /// Generators: `[v] -> [sent]`: suspends the frame yielding `v`; on resume pushes the
    /// value passed to `send` (None for `next`).
    YieldValue,
    /// `[iterable] -> [iterator]`: `iter(x)`, except that generators are used as they are.
    GetYieldFromIter,
    /// `[iterator, v] -> [result]`: delegates to the sub-iterator (`send(v)`, or `next` for
    /// None); while it yields, this frame yields the same value and re-executes `YieldFrom`
    /// with the resumed value in place of `v`; when it returns (StopIteration), pushes its
    /// return value.
    YieldFrom,

    // ---- coroutines -------------------------------------------------------------------------
    /// `[x] -> [iterator]`: what `await x` delegates to with `YieldFrom`: a coroutine as it
    /// is, otherwise the iterator `x.__await__()` returns. TypeError if `x` is not awaitable;
    /// the operand says who asked, for the message: 0 `await`, 1 `__aenter__`, 2 `__aexit__`.
    GetAwaitable(u32),
    /// `[x] -> [x.__aiter__()]` (`async for`); TypeError without `__aiter__`/`__anext__`.
    GetAIter,
    /// `[aiter] -> [aiter, awaitable]`: the awaitable iterator of `aiter.__anext__()`.
    GetANext,
    /// `[aiter, exc] -> []`: ends an `async for` loop at the handler of its `__anext__`
    /// await: when `exc` is a StopAsyncIteration, pops the `ExceptHandler` block (as
    /// [`Op::PopExcept`]) and both items; any other exception is re-raised.
    EndAsyncFor,

    // ---- classes ----------------------------------------------------------------------------
    /// `[body_function, name, base1 .. basen] -> [class]`: runs the class body function with
    /// a fresh namespace dict as its locals, creates the class (default base `object`), and if
    /// the namespace holds `__classcell__` (a cell), stores the class in it and removes it.
    BuildClass(u32),
    /// `[body_function, name, base1 .. basen, kwargs] -> [class]`: `BuildClass` for a class
    /// statement with keyword arguments (a dict), which go to the parent's
    /// `__init_subclass__`.
    BuildClassKw(u32),
    /// `[] -> []`: a module or class body that annotates names starts with this: creates
    /// `__annotations__` (an empty dict) in the local namespace unless it has one
    /// (CPython's `SETUP_ANNOTATIONS`).
    SetupAnnotations,

    // ---- exceptions -------------------------------------------------------------------------
    /// Pushes a handler block: on an exception, jump to `target` (see the block protocol).
    SetupFinally(u32),
    /// Pops the innermost `SetupFinally` block (leaving the protected region normally).
    PopBlock,
    /// Ends an `except` / `finally` handler normally: pops the `ExceptHandler` block and
    /// restores the previously handled exception. The value stack is not touched (the
    /// compiler pops the exception object itself).
    PopExcept,
    /// `[exc, type] -> [exc, bool]`: does `exc` match `type` (a class or tuple of classes)?
    /// TypeError if `type` is not an exception class.
    CheckExcMatch,
    /// `[rest, type] -> [rest', match]`: one `except* type` clause (PEP 654) applied to
    /// `rest`, what is left of the exception (None once nothing is): `match` is the part
    /// that matches `type` (a bare exception is wrapped in `ExceptionGroup("", [exc])`),
    /// None if nothing does, and becomes the currently handled exception; `rest'` is what
    /// is left. TypeError if `type` is not an exception class (or tuple of them) or is an
    /// exception group class.
    CheckEgMatch,
    /// `[orig, list] -> [result]`: what an `except*` statement raises at its end: the parts
    /// of `orig` its handlers re-raised or did not match, in `orig`'s structure, together
    /// with the exceptions its handlers raised (`list`: those and the unmatched rest, Nones
    /// skipped) in a new `ExceptionGroup("", [...])`; None if nothing is left to raise.
    PrepReraiseStar,
    /// `[exc] -> (raises)`: re-raises `exc` keeping its traceback (end of a `finally` run on
    /// an exception, or an `except` chain that matched nothing).
    Reraise,
    /// `raise`: n = 0 re-raises the currently handled exception (RuntimeError "No active
    /// exception to reraise" if none); n = 1 `[exc] -> ` raises exc (a class is
    /// instantiated); n = 2 `[exc, cause] -> ` raises exc with `__cause__ = cause`.
    Raise(u32),
    /// `[] -> [AssertionError]` (the real class, whatever the builtins say).
    LoadAssertionError,

    // ---- with -------------------------------------------------------------------------------
    /// `[ctx] -> [bound __exit__, ctx.__enter__()]`: AttributeError/TypeError if `ctx` is not
    /// a context manager.
    BeforeWith,
    /// `[exit] -> []`: calls `exit(None, None, None)` and discards the result.
    CallExitNone,
    /// `[exit, exc] -> [exit, exc, suppress]`: calls `exit(type(exc), exc, tb)`; pushes
    /// whether the result is truthy.
    WithExceptStart,
    /// `[ctx] -> [bound __aexit__, ctx.__aenter__()]` (`async with`; the result is awaited
    /// next): TypeError if `ctx` is not an asynchronous context manager.
    BeforeAsyncWith,
    /// `[exit, exc] -> [exit, exc, result]`: calls `exit(type(exc), exc, tb)` and pushes
    /// its result, not yet awaited (`async with` on an exception).
    AsyncWithExceptStart,

    // ---- modules ----------------------------------------------------------------------------
    /// `[level, fromlist] -> [module]`: imports `names[i]` (dotted). With a None fromlist the
    /// top-level package is pushed (`import a.b` binds `a`); otherwise the module itself.
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]`: attribute, or submodule `module.names[i]`;
    /// ImportError "cannot import name 'x' from 'm'".
    ImportFrom(u32),
    /// `[module] -> []`: binds every public name of `module` in the current namespace.
    ImportStar,

    // ---- pattern matching (`match`) ---------------------------------------------------------
    /// `[v] -> [v, len(v)]`
    GetLen,
    /// `[subject] -> [subject, bool]`: whether a sequence pattern may match `subject`
    /// (list, tuple, range, ... but not str, bytes or bytearray).
    MatchSequence,
    /// `[subject] -> [subject, bool]`: whether a mapping pattern may match `subject`.
    MatchMapping,
    /// `[subject, keys] -> [subject, keys, values]`: `values` is a tuple of `subject`'s
    /// values for the tuple of `keys`, or None if one is missing. ValueError for a key
    /// given twice.
    MatchKeys,
    /// `[subject, keys] -> [subject, rest]`: `rest` is a new dict of `subject`'s items
    /// without `keys` (for `**rest`).
    CopyDictWithoutKeys,
    /// `[subject, cls, names] -> [attrs]`: when `subject` is an instance of `cls`, the
    /// tuple of its attributes for `n` positional sub-patterns (through
    /// `cls.__match_args__`) followed by the keyword `names` (a tuple); None when it is
    /// not an instance or an attribute is missing.
    MatchClass(u32),

    // ---- interactive ------------------------------------------------------------------------
    /// REPL only: `[v] -> []`, prints `repr(v)` unless it is None, and binds it to `_` in
    /// builtins.
    PrintExpr,
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    /// A complex number (real, imaginary); imaginary literals have a zero real part.
    Complex(f64, f64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    /// Tuples of constants (also keyword-name tuples for [`Op::CallKw`]).
    Tuple(Arc<[Const]>),
    /// A frozenset of constants, in source order (a set display of constants that CPython
    /// folds: the elements of `{1, 2, 3}` and the iterable of `for x in {1, 2}`).
    FrozenSet(Arc<[Const]>),
    Code(Arc<CodeObject>),
}

/// Properties of a code object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// Has a `*args` parameter (the local after the positional and keyword-only ones).
    pub varargs: bool,
    /// Has a `**kwargs` parameter (the local after `*args`, if any).
    pub varkeywords: bool,
    /// Contains `yield`, or is `async def`: calling it creates a generator object (a
    /// coroutine or an async generator when one of the next two flags is set).
    pub generator: bool,
    /// `async def` without `yield` (or an async comprehension): a coroutine.
    pub coroutine: bool,
    /// `async def` with `yield` (or an async generator expression).
    pub async_generator: bool,
    /// A class body: names are stored with `StoreName` into a namespace dict.
    pub class_body: bool,
    /// Module-level code (globals are the locals).
    pub module: bool,
}

/// A compiled function body, class body or module.
///
/// Locals layout (`varnames`): positional parameters (`posonly` first, then the others:
/// `argcount` in all), keyword-only parameters (`kwonlyargcount`), then `*args` if
/// `flags.varargs`, then `**kwargs` if `flags.varkeywords`, then the other locals. A
/// parameter that is captured by an inner function also appears in `cellvars`; the compiler
/// emits code at the start of the body that copies it into its cell.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `f`, `<lambda>`, `<listcomp>`, `<genexpr>`, `<module>`, or the class name.
    pub name: Arc<str>,
    /// `C.method.<locals>.inner` style dotted path.
    pub qualname: Arc<str>,
    pub filename: Arc<str>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub varnames: Vec<Arc<str>>,
    /// Locals of this code captured by inner code (deref slots `0..cellvars.len()`).
    pub cellvars: Vec<Arc<str>>,
    /// Variables captured from enclosing code (deref slots after the cellvars), bound from
    /// the function's closure tuple, in order.
    pub freevars: Vec<Arc<str>>,
    /// Global, attribute and import names.
    pub names: Vec<Arc<str>>,
    pub consts: Vec<Const>,
    pub code: Vec<Op>,
    /// The source line of each instruction (parallel to `code`, 1-based).
    pub lines: Vec<u32>,
    /// The source byte range (start, end) of the expression or statement each instruction
    /// belongs to (parallel to `code`; may be empty; `(0, 0)` when unknown): tracebacks
    /// underline it.
    pub spans: Vec<(u32, u32)>,
    /// The function's docstring (`f.__doc__`), if its body starts with a string literal.
    pub doc: Option<Arc<str>>,
}

impl CodeObject {
    /// The number of parameters, `*args` and `**kwargs` included.
    pub fn total_params(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
            + self.flags.varargs as usize
            + self.flags.varkeywords as usize
    }

    /// The source line of instruction `ip`.
    pub fn line_of(&self, ip: usize) -> u32 {
        self.lines
            .get(ip)
            .or(self.lines.last())
            .copied()
            .unwrap_or(self.first_line)
    }
}

/// A human-readable listing (`fibra --dis`, golden tests), recursing into nested code.
impl fmt::Display for CodeObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "code {} ({})", self.qualname, self.filename)?;
        let mut last_line = 0;
        for (ip, op) in self.code.iter().enumerate() {
            let line = self.line_of(ip);
            if line != last_line {
                write!(f, "{line:>5} ")?;
                last_line = line;
            } else {
                write!(f, "      ")?;
            }
            write!(f, "{ip:>5} {op:?}")?;
            let note = match *op {
                Op::LoadConst(i) => self.consts.get(i as usize).map(|c| format!("{c:?}")),
                Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => {
                    self.varnames.get(i as usize).map(|n| n.to_string())
                }
                Op::LoadGlobal(i)
                | Op::StoreGlobal(i)
                | Op::DeleteGlobal(i)
                | Op::LoadName(i)
                | Op::StoreName(i)
                | Op::DeleteName(i)
                | Op::LoadAttr(i)
                | Op::StoreAttr(i)
                | Op::DeleteAttr(i)
                | Op::LoadMethod(i)
                | Op::ImportName(i)
                | Op::ImportFrom(i) => self.names.get(i as usize).map(|n| n.to_string()),
                Op::LoadDeref(i)
                | Op::StoreDeref(i)
                | Op::DeleteDeref(i)
                | Op::LoadClosure(i)
                | Op::LoadClassDeref(i) => self
                    .cellvars
                    .iter()
                    .chain(self.freevars.iter())
                    .nth(i as usize)
                    .map(|n| n.to_string()),
                _ => None,
            };
            match note {
                Some(n) if n.len() > 60 => {
                    writeln!(f, "  ({}...)", n.chars().take(57).collect::<String>())?
                }
                Some(n) => writeln!(f, "  ({n})")?,
                None => writeln!(f)?,
            }
        }
        for c in &self.consts {
            if let Const::Code(inner) = c {
                writeln!(f)?;
                write!(f, "{inner}")?;
            }
        }
        Ok(())
    }
}

impl Op {
    /// The net change in value-stack depth caused by this instruction, derived from the
    /// documented effects above.
    ///
    /// `jumping` selects the effect on the branch that jumps, for instructions that have one
    /// (`ForIter`, `JumpIfFalseOrPop`, `JumpIfTrueOrPop`, `SetupFinally`, ...); it is ignored
    /// otherwise. For [`Op::SetupFinally`], `jumping == true` gives the depth on entry to the
    /// handler relative to the depth at the `SetupFinally`: `+1` (the stack is truncated back
    /// to the recorded depth and the exception object is pushed); falling through is `0`.
    /// Instructions that never continue (`ReturnValue`, `Raise`, `Reraise`) report what they
    /// pop.
    pub fn stack_effect(&self, jumping: bool) -> i32 {
        use Op::*;
        match *self {
            Nop | Swap(_) | PopBlock | PopExcept | Jump(_) | GetIter | ListToTuple | UnaryOp(_)
            | LoadAttr(_) | YieldValue | GetYieldFromIter | CheckExcMatch | SetupAnnotations
            | CheckEgMatch => 0,
            PrepReraiseStar => -1,
            DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => 0,
            Pop => -1,
            Copy(_) => 1,
            LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_)
            | LoadGlobal(_) | LoadName(_) => 1,
            StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => -1,
            StoreAttr(_) => -2,
            DeleteAttr(_) => -1,
            LoadMethod(_) => 1,
            BinarySubscr => -1,
            StoreSubscr => -3,
            DeleteSubscr => -2,
            BuildSlice(n) => 1 - n as i32,
            BinaryOp(_) | InplaceOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
            PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
                if jumping {
                    0
                } else {
                    -1
                }
            }
            ForIter(_) => {
                if jumping {
                    -1
                } else {
                    1
                }
            }
            BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
            BuildMap(n) => 1 - 2 * n as i32,
            ListAppend(_) | SetAdd(_) => -1,
            MapAdd(_) => -2,
            ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) => -1,
            UnpackSequence(n) => n as i32 - 1,
            UnpackEx { before, after } => before as i32 + after as i32,
            FormatValue { has_spec, .. } => -(has_spec as i32),
            Call(n) => -(n as i32),
            CallKw(n) => -(n as i32) - 1,
            CallEx(kw) => -1 - kw as i32,
            CallMethod(n) => -(n as i32) - 1,
            MakeFunction(flags) => -(flags.count_ones() as i32),
            ReturnValue => -1,
            YieldFrom => -1,
            BuildClass(n) => -(n as i32) - 1,
            BuildClassKw(n) => -(n as i32) - 2,
            SetupFinally(_) => {
                if jumping {
                    1
                } else {
                    0
                }
            }
            Reraise => -1,
            Raise(n) => -(n as i32),
            LoadAssertionError => 1,
            BeforeWith => 1,
            CallExitNone => -1,
            WithExceptStart => 1,
            GetAwaitable(_) | GetAIter => 0,
            GetANext => 1,
            EndAsyncFor => -2,
            BeforeAsyncWith => 1,
            AsyncWithExceptStart => 1,
            ImportName(_) => -1,
            ImportFrom(_) => 1,
            ImportStar => -1,
            PrintExpr => -1,
            GetLen | MatchSequence | MatchMapping | MatchKeys => 1,
            CopyDictWithoutKeys => 0,
            MatchClass(_) => -2,
        }
    }

    /// The jump target of a branching instruction (including the handler of
    /// `SetupFinally`), `None` for the others.
    pub fn jump_target(&self) -> Option<u32> {
        match *self {
            Op::Jump(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t)
            | Op::ForIter(t)
            | Op::SetupFinally(t) => Some(t),
            _ => None,
        }
    }

    /// True for instructions after which execution never falls through to the next one
    /// (`Jump`, `ReturnValue`, `Raise`, `Reraise`).
    pub fn is_terminator(&self) -> bool {
        matches!(
            self,
            Op::Jump(_) | Op::ReturnValue | Op::Raise(_) | Op::Reraise
        )
    }
}
