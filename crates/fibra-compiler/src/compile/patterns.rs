//! Code generation for `match` statements (PEP 634), after CPython 3.11's scheme.
//!
//! Each case works on the subject at the top of the stack; every case but the last
//! works on a copy, so a failed case leaves the subject for the next one. A pattern
//! consumes its subject: it tests it with the `Match*` instructions and comparisons,
//! unpacks the parts its sub-patterns need, and binds captured names as it goes. A test
//! that fails jumps to a "fail-pop" label of the case that first pops whatever the
//! pattern left on the stack (each label pops one value more than the next), then falls
//! into the next case.
//!
//! Deliberate difference: CPython stores the captured names only once the whole
//! pattern has matched, so a case that fails half-way binds nothing; here a capture is
//! stored when it is reached. PEP 634 leaves the bindings of a failed match
//! unspecified, and no name can be read before its case's body or guard runs either way.

use super::*;
use ast::{MatchCase, Pattern, PatternKind};

/// The state of the pattern being compiled.
struct PatternCtx {
    /// Names bound so far in the case (each may be bound once).
    stores: Vec<String>,
    /// `fail_pop[k]`: pop `k` values, then go on with the next case (or alternative).
    fail_pop: Vec<Label>,
    /// Values the pattern has on the stack above the case's base, the current subject
    /// included.
    on_top: usize,
    /// Whether a pattern that always matches (a capture, `_`) is allowed here: not as a
    /// whole unguarded case before the last, nor as an alternative before the last.
    allow_irrefutable: bool,
}

impl PatternCtx {
    fn new(on_top: usize, allow_irrefutable: bool, stores: Vec<String>) -> PatternCtx {
        PatternCtx {
            stores,
            fail_pop: Vec::new(),
            on_top,
            allow_irrefutable,
        }
    }
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::As {
            pattern: None,
            name: None
        } | PatternKind::Star(None)
    )
}

/// CPython's `repr` of a constant mapping key, for the duplicate-key error.
fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(i) => i.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Complex(_, im) => format!("{im:?}j"),
        Const::Str(s) => {
            let q = if s.contains('\'') && !s.contains('"') {
                '"'
            } else {
                '\''
            };
            let mut r = String::from(q);
            for ch in s.chars() {
                match ch {
                    '\\' => r.push_str("\\\\"),
                    '\n' => r.push_str("\\n"),
                    '\t' => r.push_str("\\t"),
                    '\r' => r.push_str("\\r"),
                    c if c == q => {
                        r.push('\\');
                        r.push(c);
                    }
                    c => r.push(c),
                }
            }
            r.push(q);
            r
        }
        Const::Bytes(b) => format!("b'{}'", b.escape_ascii()),
        _ => "...".into(),
    }
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...`
    pub(super) fn compile_match(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> R {
        self.compile_expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        for (i, case) in cases.iter().enumerate() {
            let last = i + 1 == n;
            self.line = self.line_of(case.span);
            self.span = (case.pattern.span.start, case.pattern.span.end);
            if !last {
                self.emit(Op::Copy(1));
            }
            let mut pc = PatternCtx::new(1, last || case.guard.is_some(), Vec::new());
            self.compile_pattern(&case.pattern, &mut pc)?;
            if let Some(g) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(g, false, fail)?;
            }
            if !last {
                self.emit(Op::Pop);
            }
            self.compile_body(&case.body)?;
            self.emit_jump(Op::Jump, end);
            self.emit_fail_pops(&pc);
        }
        self.bind(end);
        Ok(())
    }

    /// The label that pops `k` values and gives up on the current case.
    fn fail_label(&mut self, pc: &mut PatternCtx, k: usize) -> Label {
        while pc.fail_pop.len() <= k {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[k]
    }

    /// `[.., bool] -> [..]`, and on to the fail label when the test was false (`when`
    /// false) or true.
    fn jump_to_fail(&mut self, pc: &mut PatternCtx, when: bool) {
        let l = self.fail_label(pc, pc.on_top);
        self.emit_jump(
            if when {
                Op::PopJumpIfTrue
            } else {
                Op::PopJumpIfFalse
            },
            l,
        );
    }

    fn emit_fail_pops(&mut self, pc: &PatternCtx) {
        for k in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[k]);
            self.emit(Op::Pop);
        }
        if let Some(&l) = pc.fail_pop.first() {
            self.bind(l);
        }
    }

    /// Binds the subject on top of the stack to `name`.
    fn pattern_store(&mut self, name: &str, span: Span, pc: &mut PatternCtx) -> R {
        if pc.stores.iter().any(|s| s == name) {
            return Err(syntax_error(
                span,
                format!("multiple assignments to name '{name}' in pattern"),
            ));
        }
        pc.stores.push(name.to_string());
        self.store_name(name, span)?;
        pc.on_top -= 1;
        Ok(())
    }

    /// Matches the subject on top of the stack (counted in `pc.on_top`) against `p`,
    /// consuming it.
    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> R {
        match &p.kind {
            PatternKind::As { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".into(),
                        };
                        return Err(syntax_error(p.span, msg));
                    }
                    match name {
                        Some(n) => self.pattern_store(n, p.span, pc)?,
                        None => {
                            self.emit(Op::Pop);
                            pc.on_top -= 1;
                        }
                    }
                }
                Some(inner) => {
                    self.emit(Op::Copy(1));
                    pc.on_top += 1;
                    self.compile_pattern(inner, pc)?;
                    if let Some(n) = name {
                        self.pattern_store(n, p.span, pc)?;
                    }
                }
            },
            PatternKind::Value(v) => {
                self.compile_expr(v)?;
                self.emit(Op::CompareOp(CompareOp::Eq));
                pc.on_top -= 1;
                self.jump_to_fail(pc, false);
            }
            PatternKind::Singleton(c) => {
                self.load_const(constant(c));
                self.emit(Op::IsOp(false));
                pc.on_top -= 1;
                self.jump_to_fail(pc, false);
            }
            PatternKind::Sequence(items) => self.compile_sequence_pattern(items, pc)?,
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.compile_mapping_pattern(p.span, keys, patterns, rest.as_deref(), pc)?,
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.compile_expr(cls)?;
                let names = kwd_attrs
                    .iter()
                    .map(|a| Const::Str(Arc::from(a.as_str())))
                    .collect();
                self.load_const(Const::Tuple(names));
                self.emit(Op::MatchClass(patterns.len() as u32));
                // `[attrs or None]` in the subject's place.
                self.emit(Op::Copy(1));
                self.load_const(Const::None);
                self.emit(Op::IsOp(false));
                self.jump_to_fail(pc, true);
                let subs: Vec<&'a Pattern> = patterns.iter().chain(kwd_patterns).collect();
                self.compile_subpatterns(&subs, pc)?;
            }
            PatternKind::Star(_) => {
                return Err(syntax_error(p.span, "can't use starred pattern here"));
            }
            PatternKind::Or(alts) => self.compile_or_pattern(p.span, alts, pc)?,
        }
        Ok(())
    }

    /// `[.., tuple of n values] -> [..]`: matches each value against its sub-pattern
    /// (which may be irrefutable), in order.
    fn compile_subpatterns(&mut self, subs: &[&'a Pattern], pc: &mut PatternCtx) -> R {
        if subs.iter().all(|p| is_wildcard(p)) {
            self.emit(Op::Pop);
            pc.on_top -= 1;
            return Ok(());
        }
        self.emit(Op::UnpackSequence(subs.len() as u32));
        pc.on_top = pc.on_top - 1 + subs.len();
        self.match_unpacked(subs, pc)
    }

    /// The values of `subs` are on the stack, the first on top: matches each in order.
    fn match_unpacked(&mut self, subs: &[&'a Pattern], pc: &mut PatternCtx) -> R {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        for p in subs {
            match &p.kind {
                PatternKind::Star(Some(n)) => self.pattern_store(n, p.span, pc)?,
                PatternKind::Star(None) => {
                    self.emit(Op::Pop);
                    pc.on_top -= 1;
                }
                _ => self.compile_pattern(p, pc)?,
            }
        }
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn compile_sequence_pattern(&mut self, items: &'a [Pattern], pc: &mut PatternCtx) -> R {
        let star = items
            .iter()
            .position(|p| matches!(p.kind, PatternKind::Star(_)));
        let n = items.len();
        self.emit(Op::MatchSequence);
        self.jump_to_fail(pc, false);
        let fixed = n - star.is_some() as usize;
        if star.is_none() || fixed > 0 {
            self.emit(Op::GetLen);
            self.load_const(Const::Int(fixed as i64));
            self.emit(Op::CompareOp(if star.is_some() {
                CompareOp::Ge
            } else {
                CompareOp::Eq
            }));
            self.jump_to_fail(pc, false);
        }
        if items.iter().all(is_wildcard) {
            self.emit(Op::Pop);
            pc.on_top -= 1;
            return Ok(());
        }
        match star {
            None => self.emit(Op::UnpackSequence(n as u32)),
            Some(i) => {
                let (before, after) = (i, n - i - 1);
                if before > u16::MAX as usize || after > u16::MAX as usize {
                    return Err(syntax_error(items[i].span, "too many sub-patterns"));
                }
                self.emit(Op::UnpackEx {
                    before: before as u16,
                    after: after as u16,
                });
            }
        }
        pc.on_top = pc.on_top - 1 + n;
        let subs: Vec<&'a Pattern> = items.iter().collect();
        self.match_unpacked(&subs, pc)
    }

    fn compile_mapping_pattern(
        &mut self,
        span: Span,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        pc: &mut PatternCtx,
    ) -> R {
        self.emit(Op::MatchMapping);
        self.jump_to_fail(pc, false);
        if keys.is_empty() && rest.is_none() {
            self.emit(Op::Pop);
            pc.on_top -= 1;
            return Ok(());
        }
        if !keys.is_empty() {
            self.emit(Op::GetLen);
            self.load_const(Const::Int(keys.len() as i64));
            self.emit(Op::CompareOp(CompareOp::Ge));
            self.jump_to_fail(pc, false);
        }
        // The keys: one constant tuple when they are all literals (checked for
        // duplicates here; `MatchKeys` checks the others when it runs).
        let mut consts = Vec::with_capacity(keys.len());
        let mut seen = std::collections::HashSet::new();
        for k in keys {
            match const_value(k) {
                Some(c) => {
                    if let Some(key) = const_key(&c) {
                        if !seen.insert(key) {
                            return Err(syntax_error(
                                span,
                                format!(
                                    "mapping pattern checks duplicate key ({})",
                                    const_repr(&c)
                                ),
                            ));
                        }
                    }
                    consts.push(c);
                }
                None => break,
            }
        }
        if consts.len() == keys.len() {
            self.load_const(Const::Tuple(consts.into()));
        } else {
            for k in keys {
                self.compile_expr(k)?;
            }
            self.emit(Op::BuildTuple(keys.len() as u32));
        }
        pc.on_top += 1;
        if !keys.is_empty() {
            self.emit(Op::MatchKeys);
            pc.on_top += 1;
            self.emit(Op::Copy(1));
            self.load_const(Const::None);
            self.emit(Op::IsOp(false));
            self.jump_to_fail(pc, true);
            let subs: Vec<&'a Pattern> = patterns.iter().collect();
            // `[subject, keys, values]`: the values become the sub-patterns' subjects.
            let saved = pc.allow_irrefutable;
            self.compile_subpatterns(&subs, pc)?;
            pc.allow_irrefutable = saved;
        }
        match rest {
            Some(name) => {
                self.emit(Op::CopyDictWithoutKeys);
                self.pattern_store(name, span, pc)?;
            }
            None => {
                self.emit(Op::Pop);
                pc.on_top -= 1;
            }
        }
        self.emit(Op::Pop);
        pc.on_top -= 1;
        Ok(())
    }

    /// `p1 | p2 | ...`: each alternative but the last works on a copy of the subject with
    /// its own fail labels, which lead to the next alternative.
    fn compile_or_pattern(&mut self, span: Span, alts: &'a [Pattern], pc: &mut PatternCtx) -> R {
        let end = self.new_label();
        let before = pc.stores.clone();
        let mut bound: Option<Vec<String>> = None;
        let n = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            let last = i + 1 == n;
            let names = if last {
                pc.stores = before.clone();
                let saved = pc.allow_irrefutable;
                self.compile_pattern(alt, pc)?;
                pc.allow_irrefutable = saved;
                pc.stores[before.len()..].to_vec()
            } else {
                self.emit(Op::Copy(1));
                let mut sub = PatternCtx::new(1, false, before.clone());
                self.compile_pattern(alt, &mut sub)?;
                // Matched: drop the subject this alternative copied.
                self.emit(Op::Pop);
                self.emit_jump(Op::Jump, end);
                self.emit_fail_pops(&sub);
                sub.stores[before.len()..].to_vec()
            };
            let mut sorted = names.clone();
            sorted.sort();
            match &bound {
                None => bound = Some(sorted),
                Some(b) if *b != sorted => {
                    return Err(syntax_error(
                        span,
                        "alternative patterns bind different names",
                    ));
                }
                Some(_) => {}
            }
        }
        self.bind(end);
        Ok(())
    }
}
