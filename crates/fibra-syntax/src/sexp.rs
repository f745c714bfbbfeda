//! A compact S-expression rendering of the AST, used by the tests (and handy for debugging).

use crate::ast::*;

fn ops(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn cmps(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is-not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not-in",
    }
}

fn list(v: &[Expr]) -> String {
    v.iter().map(e).collect::<Vec<_>>().join(" ")
}

fn opt(x: &Option<Box<Expr>>) -> String {
    x.as_ref().map_or("_".to_string(), |x| e(x))
}

fn gens(g: &[Comprehension]) -> String {
    g.iter()
        .map(|c| {
            let kw = if c.is_async { "async-for" } else { "for" };
            let mut s = format!("({kw} {} {}", e(&c.target), e(&c.iter));
            for i in &c.ifs {
                s += &format!(" (if {})", e(i));
            }
            s + ")"
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn params(p: &Parameters) -> String {
    let one = |p: &Param| {
        let mut s = p.name.clone();
        if let Some(a) = &p.annotation {
            s += &format!(":{}", e(a));
        }
        if let Some(d) = &p.default {
            s += &format!("={}", e(d));
        }
        s
    };
    let mut v: Vec<String> = Vec::new();
    for x in &p.posonly {
        v.push(one(x));
    }
    if !p.posonly.is_empty() {
        v.push("/".into());
    }
    for x in &p.args {
        v.push(one(x));
    }
    if let Some(x) = &p.vararg {
        v.push(format!("*{}", one(x)));
    } else if !p.kwonly.is_empty() {
        v.push("*".into());
    }
    for x in &p.kwonly {
        v.push(one(x));
    }
    if let Some(x) = &p.kwarg {
        v.push(format!("**{}", one(x)));
    }
    format!("({})", v.join(" "))
}

fn fparts(p: &[FStringPart]) -> String {
    p.iter()
        .map(|p| match p {
            FStringPart::Literal(s) => format!("{s:?}"),
            FStringPart::Expr {
                value,
                conversion,
                format_spec,
                debug_text,
            } => {
                let mut s = format!("{{{}", e(value));
                if let Some(c) = conversion {
                    s += &format!(" !{c}");
                }
                if let Some(f) = format_spec {
                    s += &format!(" :{}", fparts(f));
                }
                if let Some(d) = debug_text {
                    s += &format!(" ={d:?}");
                }
                s + "}"
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn e(x: &Expr) -> String {
    match &x.kind {
        ExprKind::BoolOp { op, values } => format!(
            "({} {})",
            if *op == BoolOp::And { "and" } else { "or" },
            list(values)
        ),
        ExprKind::NamedExpr { target, value } => format!("(:= {target} {})", e(value)),
        ExprKind::BinOp { left, op, right } => format!("({} {} {})", ops(*op), e(left), e(right)),
        ExprKind::UnaryOp { op, operand } => format!(
            "({} {})",
            match op {
                UnaryOp::Not => "not",
                UnaryOp::USub => "neg",
                UnaryOp::UAdd => "pos",
                UnaryOp::Invert => "~",
            },
            e(operand)
        ),
        ExprKind::Lambda { params: p, body } => format!("(lambda {} {})", params(p), e(body)),
        ExprKind::IfExp { test, body, orelse } => {
            format!("(ifexp {} {} {})", e(test), e(body), e(orelse))
        }
        ExprKind::Dict { keys, values } => {
            let items: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(k, v)| match k {
                    Some(k) => format!("{}:{}", e(k), e(v)),
                    None => format!("**{}", e(v)),
                })
                .collect();
            format!("(dict {})", items.join(" "))
        }
        ExprKind::Set(v) => format!("(set {})", list(v)),
        ExprKind::ListComp { elt, generators } => {
            format!("(listcomp {} {})", e(elt), gens(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("(setcomp {} {})", e(elt), gens(generators))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => format!("(dictcomp {} {} {})", e(key), e(value), gens(generators)),
        ExprKind::GeneratorExp { elt, generators } => {
            format!("(genexp {} {})", e(elt), gens(generators))
        }
        ExprKind::Yield(v) => match v {
            Some(v) => format!("(yield {})", e(v)),
            None => "(yield)".into(),
        },
        ExprKind::YieldFrom(v) => format!("(yield-from {})", e(v)),
        ExprKind::Await(v) => format!("(await {})", e(v)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("(cmp {}", e(left));
            for (o, c) in ops.iter().zip(comparators) {
                s += &format!(" {} {}", cmps(*o), e(c));
            }
            s + ")"
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut s = format!("(call {}", e(func));
            for a in args {
                s += &format!(" {}", e(a));
            }
            for k in keywords {
                match &k.arg {
                    Some(n) => s += &format!(" {n}={}", e(&k.value)),
                    None => s += &format!(" **{}", e(&k.value)),
                }
            }
            s + ")"
        }
        ExprKind::FString(p) => format!("(f {})", fparts(p)),
        ExprKind::Constant(c) => match c {
            Constant::None => "None".into(),
            Constant::True => "True".into(),
            Constant::False => "False".into(),
            Constant::Ellipsis => "...".into(),
            Constant::Int(i) => i.to_string(),
            Constant::Float(f) => format!("{f:?}"),
            Constant::Imag(f) => format!("{f:?}j"),
            Constant::Str(s) => format!("{s:?}"),
            Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        },
        ExprKind::Attribute { value, attr } => format!("(. {} {attr})", e(value)),
        ExprKind::Subscript { value, index } => format!("([] {} {})", e(value), e(index)),
        ExprKind::Starred(v) => format!("(* {})", e(v)),
        ExprKind::Name(n) => n.clone(),
        ExprKind::List(v) => format!("(list {})", list(v)),
        ExprKind::Tuple(v) => format!("(tuple {})", list(v)),
        ExprKind::Slice { lower, upper, step } => {
            format!("(slice {} {} {})", opt(lower), opt(upper), opt(step))
        }
    }
}

pub fn body(b: &[Stmt]) -> String {
    b.iter().map(s).collect::<Vec<_>>().join(" ")
}

pub fn s(x: &Stmt) -> String {
    match &x.kind {
        StmtKind::Expr(v) => e(v),
        StmtKind::Assign { targets, value } => format!("(= {} {})", list(targets), e(value)),
        StmtKind::AugAssign { target, op, value } => {
            format!("({}= {} {})", ops(*op), e(target), e(value))
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => format!(
            "(ann {} {}{})",
            e(target),
            e(annotation),
            value
                .as_ref()
                .map_or(String::new(), |v| format!(" {}", e(v)))
        ),
        StmtKind::If {
            test,
            body: b,
            orelse,
        } => {
            format!("(if {} [{}] [{}])", e(test), body(b), body(orelse))
        }
        StmtKind::While {
            test,
            body: b,
            orelse,
        } => {
            format!("(while {} [{}] [{}])", e(test), body(b), body(orelse))
        }
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
            is_async,
        } => format!(
            "({} {} {} [{}] [{}])",
            if *is_async { "async-for" } else { "for" },
            e(target),
            e(iter),
            body(b),
            body(orelse)
        ),
        StmtKind::Match { subject, cases } => {
            let cs: Vec<String> = cases
                .iter()
                .map(|c| {
                    let guard = c
                        .guard
                        .as_ref()
                        .map_or(String::new(), |g| format!(" if {}", e(g)));
                    format!("(case {}{guard} [{}])", pat(&c.pattern), body(&c.body))
                })
                .collect();
            format!("(match {} {})", e(subject), cs.join(" "))
        }
        StmtKind::Break => "break".into(),
        StmtKind::Continue => "continue".into(),
        StmtKind::Pass => "pass".into(),
        StmtKind::FunctionDef(f) => {
            let mut r = String::from(if f.is_async { "(async-def " } else { "(def " });
            for d in &f.decorators {
                r += &format!("@{} ", e(d));
            }
            r += &format!("{} {}", f.name, params(&f.params));
            if let Some(ret) = &f.returns {
                r += &format!(" -> {}", e(ret));
            }
            r + &format!(" [{}])", body(&f.body))
        }
        StmtKind::ClassDef(c) => {
            let mut r = String::from("(class ");
            for d in &c.decorators {
                r += &format!("@{} ", e(d));
            }
            r += &format!("{} ({}", c.name, list(&c.bases));
            for k in &c.keywords {
                match &k.arg {
                    Some(n) => r += &format!(" {n}={}", e(&k.value)),
                    None => r += &format!(" **{}", e(&k.value)),
                }
            }
            r + &format!(") [{}])", body(&c.body))
        }
        StmtKind::Return(v) => match v {
            Some(v) => format!("(return {})", e(v)),
            None => "(return)".into(),
        },
        StmtKind::Global(v) => format!("(global {})", v.join(" ")),
        StmtKind::Nonlocal(v) => format!("(nonlocal {})", v.join(" ")),
        StmtKind::Delete(v) => format!("(del {})", list(v)),
        StmtKind::Assert { test, msg } => format!(
            "(assert {}{})",
            e(test),
            msg.as_ref().map_or(String::new(), |m| format!(" {}", e(m)))
        ),
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => {
            let hs: Vec<String> = handlers
                .iter()
                .map(|h| {
                    format!(
                        "(except {}{} [{}])",
                        h.typ.as_ref().map_or("_".to_string(), e),
                        h.name
                            .as_ref()
                            .map_or(String::new(), |n| format!(" as {n}")),
                        body(&h.body)
                    )
                })
                .collect();
            format!(
                "(try [{}] {} [{}] [{}])",
                body(b),
                hs.join(" "),
                body(orelse),
                body(finalbody)
            )
        }
        StmtKind::Raise { exc, cause } => {
            let mut r = String::from("(raise");
            if let Some(x) = exc {
                r += &format!(" {}", e(x));
            }
            if let Some(c) = cause {
                r += &format!(" from {}", e(c));
            }
            r + ")"
        }
        StmtKind::With {
            items,
            body: b,
            is_async,
        } => {
            let is: Vec<String> = items
                .iter()
                .map(|i| match &i.target {
                    Some(t) => format!("({} as {})", e(&i.context), e(t)),
                    None => e(&i.context),
                })
                .collect();
            let kw = if *is_async { "async-with" } else { "with" };
            format!("({kw} {} [{}])", is.join(" "), body(b))
        }
        StmtKind::Import(v) => format!("(import {})", aliases(v)),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => format!(
            "(from {}{} {})",
            ".".repeat(*level as usize),
            module.as_deref().unwrap_or(""),
            aliases(names)
        ),
    }
}

fn aliases(v: &[Alias]) -> String {
    v.iter()
        .map(|a| match &a.asname {
            Some(n) => format!("{} as {n}", a.name),
            None => a.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A `case` pattern: `_`, names, `(as p x)`, `(| ..)`, `(seq ..)`, `*x`, `(map ..)`,
/// `(cls C ..)`; values and singletons print as expressions.
pub fn pat(p: &Pattern) -> String {
    let pats = |v: &[Pattern]| v.iter().map(pat).collect::<Vec<_>>().join(" ");
    match &p.kind {
        PatternKind::Value(v) => e(v),
        PatternKind::Singleton(c) => e(&Expr {
            kind: ExprKind::Constant(c.clone()),
            span: p.span,
        }),
        PatternKind::Sequence(v) => format!("(seq {})", pats(v)),
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            let mut items: Vec<String> = keys
                .iter()
                .zip(patterns)
                .map(|(k, v)| format!("{}: {}", e(k), pat(v)))
                .collect();
            if let Some(r) = rest {
                items.push(format!("**{r}"));
            }
            format!("(map {})", items.join(" "))
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            let mut items: Vec<String> = patterns.iter().map(pat).collect();
            for (a, v) in kwd_attrs.iter().zip(kwd_patterns) {
                items.push(format!("{a}={}", pat(v)));
            }
            format!("(cls {} {})", e(cls), items.join(" "))
        }
        PatternKind::Star(n) => format!("*{}", n.as_deref().unwrap_or("_")),
        PatternKind::As { pattern, name } => match (pattern, name) {
            (None, None) => "_".into(),
            (None, Some(n)) => n.clone(),
            (Some(p), n) => format!("(as {} {})", pat(p), n.as_deref().unwrap_or("_")),
        },
        PatternKind::Or(v) => format!("(| {})", pats(v)),
    }
}
