//! The symbol-table pass: one [`Scope`] per module, function, lambda, class body and
//! comprehension, with every name resolved as CPython 3.11 does.

use std::collections::{BTreeSet, HashMap};

use fibra_syntax::ast::*;

use crate::error::{syntax_error, SyntaxError};
use crate::mangle::mangle;

pub(crate) type ScopeId = usize;
type R<T> = Result<T, SyntaxError>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    /// `def` or `lambda`.
    Function,
    Class,
    Comprehension,
}

/// Bound in this scope (assignment, import, def, for target, del, ...).
pub(crate) const DEF_LOCAL: u8 = 1;
pub(crate) const DEF_PARAM: u8 = 2;
pub(crate) const USE: u8 = 4;
pub(crate) const DEF_GLOBAL: u8 = 8;
pub(crate) const DEF_NONLOCAL: u8 = 16;
/// A comprehension iteration variable.
pub(crate) const DEF_ITER: u8 = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SymScope {
    Unresolved,
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Clone, Debug)]
pub(crate) struct Symbol {
    pub name: String,
    pub flags: u8,
    pub scope: SymScope,
    /// Class bodies: a class-local name that inner scopes also need from an enclosing
    /// function (it is a freevar of the class code, but the body itself uses `*Name` ops).
    pub class_free: bool,
    /// Where a `nonlocal` declaration was (for "no binding" errors).
    pub decl_span: Span,
}

#[derive(Debug)]
pub(crate) struct Scope {
    pub kind: ScopeKind,
    pub children: Vec<ScopeId>,
    pub syms: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameter names in varnames order.
    pub params: Vec<String>,
    /// Number of positional parameters (posonly + args).
    pub positional: usize,
    pub generator: bool,
    /// `async def`, or a comprehension that awaits (an async generator when `generator`).
    pub coroutine: bool,
    /// Class bodies: some inner function uses `__class__` / zero-argument `super()`.
    pub needs_class_cell: bool,
    /// Comprehensions: `"list comprehension"` etc. (error messages).
    pub comp_desc: &'static str,
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            children: Vec::new(),
            syms: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            positional: 0,
            generator: false,
            coroutine: false,
            needs_class_cell: false,
            comp_desc: "",
        }
    }

    pub(crate) fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.syms[i])
    }

    fn sym_mut(&mut self, name: &str) -> &mut Symbol {
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => {
                self.syms.push(Symbol {
                    name: name.to_string(),
                    flags: 0,
                    scope: SymScope::Unresolved,
                    class_free: false,
                    decl_span: Span::default(),
                });
                self.index.insert(name.to_string(), self.syms.len() - 1);
                self.syms.len() - 1
            }
        };
        &mut self.syms[i]
    }

    /// True if `name` resolves to a free variable here.
    pub(crate) fn is_free(&self, name: &str) -> bool {
        self.lookup(name).is_some_and(|s| s.scope == SymScope::Free)
    }
}

pub(crate) struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

/// The key of an AST node that opens a scope (its address; the AST is borrowed, not moved,
/// for the whole compilation).
pub(crate) fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    pub(crate) fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&node_key(node)).copied()
    }

    pub(crate) fn build(body: &[Stmt]) -> R<SymbolTable> {
        let mut b = Builder {
            table: SymbolTable {
                scopes: vec![Scope::new(ScopeKind::Module)],
                by_node: HashMap::new(),
            },
            stack: vec![0],
            private: None,
        };
        for s in body {
            b.visit_stmt(s)?;
        }
        let mut table = b.table;
        table.analyze(0, &BTreeSet::new())?;
        Ok(table)
    }

    /// Resolves the names of `id` and its children; returns the names `id` needs from
    /// enclosing scopes (its free variables).
    fn analyze(&mut self, id: ScopeId, bound: &BTreeSet<String>) -> R<BTreeSet<String>> {
        let kind = self.scopes[id].kind;
        let mut child_bound: BTreeSet<String> = if kind == ScopeKind::Module {
            BTreeSet::new()
        } else {
            bound.clone()
        };
        {
            let scope = &mut self.scopes[id];
            for sym in &mut scope.syms {
                let f = sym.flags;
                sym.scope = if f & DEF_GLOBAL != 0 {
                    child_bound.remove(&sym.name);
                    SymScope::GlobalExplicit
                } else if f & DEF_NONLOCAL != 0 {
                    if !bound.contains(&sym.name) {
                        return Err(syntax_error(
                            sym.decl_span,
                            format!("no binding for nonlocal '{}' found", sym.name),
                        ));
                    }
                    SymScope::Free
                } else if f & (DEF_LOCAL | DEF_PARAM) != 0 {
                    if kind == ScopeKind::Module {
                        SymScope::GlobalImplicit
                    } else {
                        SymScope::Local
                    }
                } else if kind != ScopeKind::Module && bound.contains(&sym.name) {
                    SymScope::Free
                } else {
                    SymScope::GlobalImplicit
                };
                if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension)
                    && matches!(sym.scope, SymScope::Local | SymScope::Free)
                {
                    child_bound.insert(sym.name.clone());
                }
            }
        }
        if kind == ScopeKind::Class {
            child_bound.insert("__class__".to_string());
        }
        let children = self.scopes[id].children.clone();
        let mut needed = BTreeSet::new();
        for c in children {
            let frees = self.analyze(c, &child_bound)?;
            needed.extend(frees);
        }
        let scope = &mut self.scopes[id];
        for name in needed {
            match kind {
                ScopeKind::Module => {}
                ScopeKind::Class => {
                    if name == "__class__" {
                        scope.needs_class_cell = true;
                        continue;
                    }
                    let sym = scope.sym_mut(&name);
                    match sym.scope {
                        SymScope::Local => sym.class_free = true,
                        SymScope::Free => {}
                        _ => sym.scope = SymScope::Free,
                    }
                }
                ScopeKind::Function | ScopeKind::Comprehension => {
                    let sym = scope.sym_mut(&name);
                    match sym.scope {
                        SymScope::Local => sym.scope = SymScope::Cell,
                        SymScope::Cell | SymScope::Free => {}
                        _ => sym.scope = SymScope::Free,
                    }
                }
            }
        }
        Ok(scope
            .syms
            .iter()
            .filter(|s| s.scope == SymScope::Free || s.class_free)
            .map(|s| s.name.clone())
            .collect())
    }
}

struct Builder {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    /// The innermost enclosing class's name, for private name mangling.
    private: Option<String>,
}

impl Builder {
    fn cur_id(&self) -> ScopeId {
        *self.stack.last().unwrap()
    }
    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.table.scopes[id]
    }

    /// `name` as this scope spells it (mangled inside a class).
    fn mangled(&self, name: &str) -> String {
        mangle(self.private.as_deref(), name).into_owned()
    }

    fn add(&mut self, name: &str, flag: u8) {
        let name = self.mangled(name);
        self.cur().sym_mut(&name).flags |= flag;
    }

    fn push_scope(&mut self, kind: ScopeKind, key: usize) -> ScopeId {
        let parent = self.cur_id();
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind));
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn visit_body(&mut self, body: &[Stmt]) -> R<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    /// A `case` pattern: the names it captures are assigned; the values and classes
    /// it names are read.
    fn visit_pattern(&mut self, p: &Pattern) -> R<()> {
        match &p.kind {
            PatternKind::Value(v) => self.visit_expr(v)?,
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => {
                for p in ps {
                    self.visit_pattern(p)?;
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.visit_expr(k)?;
                }
                for p in patterns {
                    self.visit_pattern(p)?;
                }
                if let Some(r) = rest {
                    self.add(r, DEF_LOCAL);
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                for p in patterns.iter().chain(kwd_patterns) {
                    self.visit_pattern(p)?;
                }
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.add(n, DEF_LOCAL);
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(p) = pattern {
                    self.visit_pattern(p)?;
                }
                if let Some(n) = name {
                    self.add(n, DEF_LOCAL);
                }
            }
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R<()> {
        match &s.kind {
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.visit_target(t)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                if let ExprKind::Name(n) = &target.kind {
                    self.add(n, DEF_LOCAL | USE);
                } else {
                    self.visit_target(target)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                // Module and class bodies evaluate annotations (a simple name's into
                // `__annotations__`); function bodies do not (see `compile_annassign`).
                if matches!(self.cur().kind, ScopeKind::Module | ScopeKind::Class) {
                    self.visit_expr(annotation)?;
                    self.add("__annotations__", USE);
                }
                match &target.kind {
                    ExprKind::Name(n) => self.add(n, DEF_LOCAL),
                    _ if value.is_some() => self.visit_target(target)?,
                    // Without a value, the target's object (and subscript) are evaluated.
                    ExprKind::Attribute { value: obj, .. } => self.visit_expr(obj)?,
                    ExprKind::Subscript {
                        value: obj,
                        index: slice,
                    } => {
                        self.visit_expr(obj)?;
                        self.visit_expr(slice)?;
                    }
                    _ => {}
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.check_async_stmt(s.span, "'async for' outside async function")?;
                }
                self.visit_expr(iter)?;
                self.visit_target(target)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for c in cases {
                    self.visit_pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.visit_expr(d)?;
                }
                self.visit_defaults(&f.params)?;
                // Annotations are evaluated where the function is defined.
                for a in annotations(&f.params).chain(&f.returns) {
                    self.visit_expr(a)?;
                }
                self.add(&f.name, DEF_LOCAL);
                self.push_scope(ScopeKind::Function, node_key(&**f));
                self.cur().coroutine = f.is_async;
                self.add_params(&f.params)?;
                self.visit_body(&f.body)?;
                self.pop_scope();
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.visit_expr(d)?;
                }
                for b in &c.bases {
                    self.visit_expr(b)?;
                }
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                self.add(&c.name, DEF_LOCAL);
                self.push_scope(ScopeKind::Class, node_key(&**c));
                let outer = self.private.replace(c.name.clone());
                self.visit_body(&c.body)?;
                self.private = outer;
                self.pop_scope();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let mangled = self.mangled(n);
                    let flags = self.cur().lookup(&mangled).map_or(0, |s| s.flags);
                    let msg = if flags & DEF_PARAM != 0 {
                        Some(format!("name '{n}' is parameter and global"))
                    } else if flags & DEF_NONLOCAL != 0 {
                        Some(format!("name '{n}' is nonlocal and global"))
                    } else if flags & DEF_LOCAL != 0 {
                        Some(format!(
                            "name '{n}' is assigned to before global declaration"
                        ))
                    } else if flags & USE != 0 {
                        Some(format!("name '{n}' is used prior to global declaration"))
                    } else {
                        None
                    };
                    if let Some(m) = msg {
                        return Err(syntax_error(s.span, m));
                    }
                    self.add(n, DEF_GLOBAL);
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(syntax_error(
                        s.span,
                        "nonlocal declaration not allowed at module level",
                    ));
                }
                for n in names {
                    let mangled = self.mangled(n);
                    let flags = self.cur().lookup(&mangled).map_or(0, |s| s.flags);
                    let msg = if flags & DEF_PARAM != 0 {
                        Some(format!("name '{n}' is parameter and nonlocal"))
                    } else if flags & DEF_GLOBAL != 0 {
                        Some(format!("name '{n}' is nonlocal and global"))
                    } else if flags & DEF_LOCAL != 0 {
                        Some(format!(
                            "name '{n}' is assigned to before nonlocal declaration"
                        ))
                    } else if flags & USE != 0 {
                        Some(format!("name '{n}' is used prior to nonlocal declaration"))
                    } else {
                        None
                    };
                    if let Some(m) = msg {
                        return Err(syntax_error(s.span, m));
                    }
                    let sym = self.cur().sym_mut(&mangled);
                    sym.flags |= DEF_NONLOCAL;
                    sym.decl_span = s.span;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.visit_target(t)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.visit_body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.visit_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(n, DEF_LOCAL);
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(orelse)?;
                self.visit_body(finalbody)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = cause {
                    self.visit_expr(c)?;
                }
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    self.check_async_stmt(s.span, "'async with' outside async function")?;
                }
                for it in items {
                    self.visit_expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.visit_target(t)?;
                    }
                }
                self.visit_body(body)?;
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(&a.name),
                    };
                    self.add(bound, DEF_LOCAL);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        continue;
                    }
                    let bound = a.asname.as_deref().unwrap_or(&a.name);
                    self.add(bound, DEF_LOCAL);
                }
            }
        }
        Ok(())
    }

    fn visit_defaults(&mut self, p: &Parameters) -> R<()> {
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            if let Some(d) = &param.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn add_params(&mut self, p: &Parameters) -> R<()> {
        // Parameter names are mangled too: `def f(self, __x)` in class `C` has a
        // parameter (and a keyword argument) named `_C__x`.
        let all = p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(&p.kwonly)
            .chain(&p.vararg)
            .chain(&p.kwarg);
        let mut names = Vec::new();
        for param in all {
            let name = self.mangled(&param.name);
            // The parser rejects names written twice; mangling can still make two
            // collide (`__a` and `_C__a`), which CPython finds here.
            if self.cur().lookup(&name).is_some() {
                return Err(syntax_error(
                    param.span,
                    format!("duplicate argument '{name}' in function definition"),
                ));
            }
            self.add(&name, DEF_PARAM);
            names.push(name);
        }
        let scope = self.cur();
        scope.positional = p.posonly.len() + p.args.len();
        scope.params = names;
        Ok(())
    }

    fn visit_target(&mut self, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.add(n, DEF_LOCAL);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for x in elts {
                    self.visit_target(x)?;
                }
                Ok(())
            }
            ExprKind::Starred(v) => self.visit_target(v),
            _ => self.visit_expr(e),
        }
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> R<()> {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.visit_walrus_target(target, e.span)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { params, body } => {
                self.visit_defaults(params)?;
                self.push_scope(ScopeKind::Function, node_key(e));
                self.add_params(params)?;
                self.visit_expr(body)?;
                self.pop_scope();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                self.visit_exprs(elts)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comp(e, generators, elt, None, "list comprehension")?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comp(e, generators, elt, None, "set comprehension")?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comp(e, generators, key, Some(value), "dict comprehension")?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comp(e, generators, elt, None, "generator expression")?
            }
            ExprKind::Yield(v) => {
                self.mark_yield(e.span)?;
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_yield(e.span)?;
                if self.cur().coroutine {
                    return Err(syntax_error(e.span, "'yield from' inside async function"));
                }
                self.visit_expr(v)?;
            }
            ExprKind::Await(v) => {
                self.mark_await(e.span, false)?;
                self.visit_expr(v)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                if let ExprKind::Name(n) = &func.kind {
                    if n == "super"
                        && args.is_empty()
                        && keywords.is_empty()
                        && self.cur().kind == ScopeKind::Function
                    {
                        self.add("__class__", USE);
                    }
                }
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::FString(parts) => self.visit_fstring(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.visit_expr(value)?;
                self.visit_expr(index)?;
            }
            ExprKind::Starred(v) => self.visit_expr(v)?,
            ExprKind::Name(n) => self.add(n, USE),
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn visit_fstring(&mut self, parts: &[FStringPart]) -> R<()> {
        for p in parts {
            if let FStringPart::Expr {
                value, format_spec, ..
            } = p
            {
                self.visit_expr(value)?;
                if let Some(spec) = format_spec {
                    self.visit_fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn mark_yield(&mut self, span: Span) -> R<()> {
        let scope = self.cur();
        match scope.kind {
            ScopeKind::Function => {
                scope.generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => Err(syntax_error(
                span,
                format!("'yield' inside {}", scope.comp_desc),
            )),
            _ => Err(syntax_error(span, "'yield' outside function")),
        }
    }

    /// An `await` (or, `comp`, an async comprehension) in the current scope: allowed in an
    /// `async def`; it makes a comprehension asynchronous (checked when the comprehension
    /// ends, against its own enclosing scope).
    fn mark_await(&mut self, span: Span, comp: bool) -> R<()> {
        let scope = self.cur();
        let msg = match scope.kind {
            ScopeKind::Function if scope.coroutine => return Ok(()),
            ScopeKind::Comprehension => {
                scope.coroutine = true;
                return Ok(());
            }
            _ if comp => "asynchronous comprehension outside of an asynchronous function",
            ScopeKind::Function => "'await' outside async function",
            _ => "'await' outside function",
        };
        Err(syntax_error(span, msg))
    }

    /// `async for` / `async with` statements need an `async def`.
    fn check_async_stmt(&mut self, span: Span, msg: &str) -> R<()> {
        let scope = self.cur();
        if scope.kind == ScopeKind::Function && scope.coroutine {
            Ok(())
        } else {
            Err(syntax_error(span, msg))
        }
    }

    fn visit_comp(
        &mut self,
        e: &Expr,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        desc: &'static str,
    ) -> R<()> {
        let Some(first) = generators.first() else {
            return Err(syntax_error(e.span, "comprehension without generators"));
        };
        self.visit_expr(&first.iter)?;
        self.push_scope(ScopeKind::Comprehension, node_key(e));
        {
            let scope = self.cur();
            scope.comp_desc = desc;
            scope.generator = desc == "generator expression";
            scope.coroutine = generators.iter().any(|g| g.is_async);
            scope.params = vec![".0".to_string()];
            scope.positional = 1;
        }
        self.add(".0", DEF_PARAM);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter)?;
            }
            self.visit_comp_target(&g.target)?;
            self.visit_exprs(&g.ifs)?;
        }
        if let Some(v) = value {
            self.visit_expr(elt)?;
            self.visit_expr(v)?;
        } else {
            self.visit_expr(elt)?;
        }
        let awaits = {
            let scope = self.cur();
            scope.coroutine && !scope.generator
        };
        self.pop_scope();
        if awaits {
            // Building the list awaits the comprehension's coroutine here.
            self.mark_await(e.span, true)?;
        }
        Ok(())
    }

    fn visit_comp_target(&mut self, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.add(n, DEF_LOCAL | DEF_ITER);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                for x in elts {
                    self.visit_comp_target(x)?;
                }
                Ok(())
            }
            ExprKind::Starred(v) => self.visit_comp_target(v),
            _ => self.visit_expr(e),
        }
    }

    fn visit_walrus_target(&mut self, name: &str, span: Span) -> R<()> {
        let mangled = self.mangled(name);
        let name = mangled.as_str();
        if self.cur().kind != ScopeKind::Comprehension {
            self.add(name, DEF_LOCAL);
            return Ok(());
        }
        let mut i = self.stack.len() - 1;
        while self.table.scopes[self.stack[i]].kind == ScopeKind::Comprehension {
            let s = &self.table.scopes[self.stack[i]];
            if s.lookup(name).is_some_and(|s| s.flags & DEF_ITER != 0) {
                return Err(syntax_error(
                    span,
                    format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    ),
                ));
            }
            i -= 1;
        }
        let target = self.stack[i];
        let tkind = self.table.scopes[target].kind;
        if tkind == ScopeKind::Class {
            return Err(syntax_error(
                span,
                "assignment expression within a comprehension cannot be used in a class body",
            ));
        }
        let tsym = self.table.scopes[target].sym_mut(name);
        tsym.flags |= DEF_LOCAL;
        let global = tkind == ScopeKind::Module || tsym.flags & DEF_GLOBAL != 0;
        for &c in &self.stack[i + 1..] {
            let sym = self.table.scopes[c].sym_mut(name);
            if global {
                sym.flags |= DEF_GLOBAL;
            } else {
                sym.flags |= DEF_NONLOCAL;
                sym.decl_span = span;
            }
        }
        Ok(())
    }
}

/// The parameters' annotation expressions, in CPython's `__annotations__` order.
pub(crate) fn annotations(p: &Parameters) -> impl Iterator<Item = &Expr> {
    annotated_params(p).filter_map(|param| param.annotation.as_ref())
}

/// Every parameter, in CPython's `__annotations__` order (positional, `*args`,
/// keyword-only, `**kwargs`).
pub(crate) fn annotated_params(p: &Parameters) -> impl Iterator<Item = &Param> {
    p.posonly
        .iter()
        .chain(&p.args)
        .chain(&p.vararg)
        .chain(&p.kwonly)
        .chain(&p.kwarg)
}
