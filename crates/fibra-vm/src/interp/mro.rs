//! The pure parts of class creation with several bases, as CPython's `typeobject.c` does
//! them: the C3 linearisation (`__mro__`), the best ("solid") base whose instance layout a
//! class extends, and the most derived metaclass of a set of bases. No script code runs
//! here.

use crate::error::{type_error, Exc, PyResult};
use crate::types::{self, types};
use crate::value::Value;

/// The name a class has in MRO error messages (`__name__`).
fn class_name(c: &Value) -> &str {
    c.as_type().map_or("?", |t| t.name.as_str())
}

/// `TypeError: duplicate base class A` when a class appears twice among `bases`.
pub fn check_duplicates(bases: &[Value]) -> PyResult<()> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|o| o.is(b)) {
            return Err(type_error(format!(
                "duplicate base class {}",
                class_name(b)
            )));
        }
    }
    Ok(())
}

/// The C3 linearisation of a new class with these `bases` (all types), *excluding* the
/// class itself (what [`crate::object::TypeObj::mro`] stores). A single base gives that
/// base followed by its MRO, without merging.
pub fn c3(bases: &[Value]) -> PyResult<Vec<Value>> {
    if let [base] = bases {
        let mut mro = Vec::with_capacity(1 + base.as_type().map_or(0, |t| t.mro.len()));
        mro.push(base.clone());
        if let Some(t) = base.as_type() {
            mro.extend(t.mro.iter().cloned());
        }
        return Ok(mro);
    }
    check_duplicates(bases)?;
    // The lists to merge: each base's MRO (itself first), then the bases themselves.
    let mut lists: Vec<Vec<&Value>> = Vec::with_capacity(bases.len() + 1);
    for b in bases {
        match b.as_type() {
            Some(t) => lists.push(t.mro_with(b).collect()),
            None => lists.push(vec![b]),
        }
    }
    lists.push(bases.iter().collect());
    let mut remain = vec![0usize; lists.len()];
    let mut out: Vec<Value> = Vec::new();
    'again: loop {
        let mut empty = 0;
        for i in 0..lists.len() {
            let Some(&candidate) = lists[i].get(remain[i]) else {
                empty += 1;
                continue;
            };
            // A good head is in no list's tail.
            let in_tail = lists.iter().zip(&remain).any(|(l, &r)| {
                l.get(r + 1..)
                    .is_some_and(|t| t.iter().any(|c| c.is(candidate)))
            });
            if in_tail {
                continue;
            }
            out.push(candidate.clone());
            for (l, r) in lists.iter().zip(remain.iter_mut()) {
                if l.get(*r).is_some_and(|c| c.is(candidate)) {
                    *r += 1;
                }
            }
            continue 'again;
        }
        if empty == lists.len() {
            return Ok(out);
        }
        return Err(mro_error(&lists, &remain));
    }
}

/// CPython's message names the heads left in the merge, each once, in list order.
fn mro_error(lists: &[Vec<&Value>], remain: &[usize]) -> Exc {
    let mut heads: Vec<&Value> = Vec::new();
    for (l, &r) in lists.iter().zip(remain) {
        if let Some(&c) = l.get(r) {
            if !heads.iter().any(|h| h.is(c)) {
                heads.push(c);
            }
        }
    }
    let names: Vec<&str> = heads.iter().map(|c| class_name(c)).collect();
    type_error(format!(
        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
        names.join(", ")
    ))
}

/// The builtin exceptions whose instances CPython lays out with fields of their own, so
/// that two of them cannot be combined (`class E(SyntaxError, ImportError)`); Fibra keeps
/// those fields in the instance dict, but refuses the same combinations.
const SOLID_EXCEPTIONS: &[&str] = &[
    "AttributeError",
    "ImportError",
    "NameError",
    "OSError",
    "StopIteration",
    "SyntaxError",
    "SystemExit",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
];

/// The class whose instance layout `ty` extends: the nearest builtin class with a
/// constructor of its own (or a layout of its own in CPython) along its chain of best
/// bases (`object` for plain classes).
pub fn solid_base(ty: &Value) -> Value {
    let mut cur = ty.clone();
    loop {
        let Some(t) = cur.as_type() else {
            return types().object.clone();
        };
        // A class adding slots extends its base's layout, as a builtin with fields does.
        if !t.builtin && t.layout.own_slots > 0 {
            return cur;
        }
        if t.builtin
            && (t.ctor.is_some()
                || (t.module == "builtins" && SOLID_EXCEPTIONS.contains(&t.name.as_str())))
        {
            return cur;
        }
        match &t.base {
            Some(b) => cur = b.clone(),
            None => return types().object.clone(),
        }
    }
}

/// CPython's `best_base`: of `bases` (all types), the one whose solid base derives from
/// every other's, which the new class's instances are laid out as (its `__base__`).
/// `TypeError: multiple bases have instance lay-out conflict` when no base qualifies.
pub fn best_base(bases: &[Value]) -> PyResult<Value> {
    let mut best: Option<(&Value, Value)> = None;
    for b in bases {
        let candidate = solid_base(b);
        match &best {
            None => best = Some((b, candidate)),
            Some((_, winner)) if types::is_subclass(winner, &candidate) => {}
            Some((_, winner)) if types::is_subclass(&candidate, winner) => {
                best = Some((b, candidate))
            }
            Some(_) => return Err(type_error("multiple bases have instance lay-out conflict")),
        }
    }
    Ok(best.map_or_else(|| types().object.clone(), |(b, _)| b.clone()))
}

/// CPython's `_PyType_CalculateMetaclass`: the most derived of `meta` and the classes of
/// `bases`, or the "metaclass conflict" TypeError.
pub fn calculate_metaclass(meta: &Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = b.class();
        if types::is_subclass(&winner, bt) {
            continue;
        }
        if types::is_subclass(bt, &winner) {
            winner = bt.clone();
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interp::class::new_class_with_bases;

    fn class(name: &str, bases: &[&Value]) -> Value {
        let bases: Vec<Value> = bases.iter().map(|b| (*b).clone()).collect();
        new_class_with_bases(name, "test", bases, Value::dict()).expect("class")
    }

    fn message(e: &Exc) -> String {
        let args = e.exception().expect("exception").state.lock().args.clone();
        args.as_tuple().expect("args")[0]
            .as_str()
            .expect("message")
            .to_string()
    }

    fn names(mro: &[Value]) -> Vec<String> {
        mro.iter().map(|c| class_name(c).to_string()).collect()
    }

    #[test]
    fn diamond_and_classic_examples() {
        crate::types::init();
        let o = types().object.clone();
        let a = class("A", &[&o]);
        let b = class("B", &[&a]);
        let c = class("C", &[&a]);
        let d = class("D", &[&b, &c]);
        assert_eq!(names(&d.as_type().unwrap().mro), ["B", "C", "A", "object"]);
        // The example of the C3 paper (Python's MRO documentation).
        let (f, e) = (class("F", &[&o]), class("E", &[&o]));
        let dd = class("D", &[&o]);
        let c1 = class("C1", &[&dd, &f]);
        let b1 = class("B1", &[&dd, &e]);
        let a1 = class("A1", &[&b1, &c1]);
        assert_eq!(
            names(&a1.as_type().unwrap().mro),
            ["B1", "C1", "D", "E", "F", "object"]
        );
    }

    #[test]
    fn inconsistent_orders_and_duplicates_are_errors() {
        crate::types::init();
        let o = types().object.clone();
        let a = class("A", &[&o]);
        let b = class("B", &[&a]);
        let e = c3(&[a.clone(), b.clone()]).unwrap_err();
        assert_eq!(
            message(&e),
            "Cannot create a consistent method resolution\norder (MRO) for bases A, B"
        );
        let e = c3(&[a.clone(), a.clone()]).unwrap_err();
        assert_eq!(message(&e), "duplicate base class A");
    }

    #[test]
    fn layout_conflicts() {
        crate::types::init();
        let t = types();
        assert!(best_base(&[t.int.clone(), t.str.clone()]).is_err());
        let mixin = class("Mixin", &[&t.object]);
        assert!(best_base(&[t.list.clone(), mixin.clone()])
            .unwrap()
            .is(&t.list));
        assert!(best_base(&[mixin.clone(), t.dict.clone()])
            .unwrap()
            .is(&t.dict));
        assert!(best_base(&[t.exception.clone(), mixin])
            .unwrap()
            .is(&t.exception));
    }
}
