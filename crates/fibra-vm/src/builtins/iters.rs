//! Iteration builtins: `iter`, `next`, `any`, `all`, `sorted`, and the iterator classes
//! `enumerate`, `zip`, `map`, `filter`, `reversed` (each a class whose instances are native
//! iterators). No iterator holds a lock while calling script code.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use num_bigint::BigInt;
use parking_lot::Mutex;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{stop_iteration, type_error, PyResult};
use crate::object::{NativeIterator, Payload, TupleSlot};
use crate::ops;
use crate::types::{self, types};
use crate::value::Value;

use super::native_class;

pub(crate) fn register(m: &Value) {
    m.add_fn("iter", builtin_iter);
    m.add_fn("next", builtin_next);
    m.add_fn("aiter", crate::interp::coroutine::builtin_aiter);
    m.add_fn("anext", crate::interp::coroutine::builtin_anext);
    m.add_fn("any", builtin_any);
    m.add_fn("all", builtin_all);
    m.add_fn("sorted", builtin_sorted);
    m.set_attr_str("enumerate", classes().enumerate.clone());
    m.set_attr_str("zip", classes().zip.clone());
    m.set_attr_str("map", classes().map.clone());
    m.set_attr_str("filter", classes().filter.clone());
    m.set_attr_str("reversed", classes().reversed.clone());
}

struct IterClasses {
    enumerate: Value,
    zip: Value,
    map: Value,
    filter: Value,
    reversed: Value,
    callable_iterator: Value,
}

fn classes() -> &'static IterClasses {
    static CLASSES: OnceLock<IterClasses> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let methods: &[(&'static str, crate::object::NativeFn)] =
            &[("__iter__", iter_self), ("__next__", iter_next)];
        IterClasses {
            enumerate: native_class("enumerate", "builtins", Some(enumerate_new), methods),
            zip: native_class("zip", "builtins", Some(zip_new), methods),
            map: native_class("map", "builtins", Some(map_new), methods),
            filter: native_class("filter", "builtins", Some(filter_new), methods),
            reversed: native_class("reversed", "builtins", Some(reversed_new), methods),
            callable_iterator: native_class("callable_iterator", "builtins", None, methods),
        }
    })
}

/// An iterator object of class `cls` backed by `it`.
pub fn iter_of_class(cls: &Value, it: impl NativeIterator + 'static) -> Value {
    Value::new_obj(cls.clone(), Payload::Iterator(Box::new(it)))
}

/// `it.__iter__()` for iterators: the iterator itself.
pub fn iter_self(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.values
        .first()
        .cloned()
        .ok_or_else(|| type_error("__iter__ needs an argument"))
}

/// `it.__next__()` for native iterators: raises StopIteration when exhausted.
pub fn iter_next(cx: &mut Ctx, args: &Args) -> PyResult {
    let it = args
        .values
        .first()
        .ok_or_else(|| type_error("__next__ needs an argument"))?;
    match ops::next(cx, it)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(Value::NONE)),
    }
}

// ---- iter / next / any / all / sorted --------------------------------------------------------

/// `iter(callable, sentinel)`: calls until the result equals the sentinel.
struct CallableIter {
    func: Value,
    sentinel: Value,
    done: AtomicBool,
}

impl NativeIterator for CallableIter {
    fn next(&self, cx: &mut Ctx) -> PyResult<Option<Value>> {
        if self.done.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let v = match ops::call(cx, &self.func, &[]) {
            Ok(v) => v,
            Err(e) if e.matches(&types().stop_iteration) => {
                self.done.store(true, Ordering::Relaxed);
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        if ops::eq(cx, &v, &self.sentinel)? {
            self.done.store(true, Ordering::Relaxed);
            return Ok(None);
        }
        Ok(Some(v))
    }
}

fn builtin_iter(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("iter", 1, 2)?;
    if a.len() == 2 {
        if !super::functions::is_callable(&a[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(iter_of_class(
            &classes().callable_iterator,
            CallableIter {
                func: a[0].clone(),
                sentinel: a[1].clone(),
                done: AtomicBool::new(false),
            },
        ));
    }
    ops::iter(cx, &a[0])
}

fn builtin_next(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("next", 1, 2)?;
    let it = &a[0];
    let is_iterator = matches!(it.payload(), Some(Payload::Iterator(_)))
        || types::lookup(it.class(), "__next__").is_some();
    if !is_iterator {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            it.type_name()
        )));
    }
    if a.len() == 1 {
        // Raise the iterator's own StopIteration, so a generator's return value survives.
        return ops::next_raising(cx, it);
    }
    match ops::next(cx, it)? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(stop_iteration(Value::NONE)),
        },
    }
}

fn builtin_any(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("any", 1, 1)?;
    let it = fast_iter(cx, &a[0])?;
    while let Some(v) = ops::next(cx, &it)? {
        if ops::truthy(cx, &v)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn builtin_all(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("all", 1, 1)?;
    let it = fast_iter(cx, &a[0])?;
    while let Some(v) = ops::next(cx, &it)? {
        if !ops::truthy(cx, &v)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn builtin_sorted(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check_kwargs("sorted", &["key", "reverse"])?;
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            pos.len()
        )));
    }
    let mut items = ops::to_vec(cx, &pos[0])?;
    let key = args.kwarg("key").filter(|k| !k.is_none());
    let reverse = match args.kwarg("reverse") {
        Some(r) => ops::truthy(cx, r)?,
        None => false,
    };
    crate::types::list::sort_values(cx, &mut items, key, reverse)?;
    Ok(Value::list(items))
}

// ---- enumerate ----------------------------------------------------------------------------

struct Enumerate {
    it: Value,
    count: Mutex<Value>,
    last: TupleSlot,
}

impl NativeIterator for Enumerate {
    fn next(&self, cx: &mut Ctx) -> PyResult<Option<Value>> {
        let refill = self.last.begin();
        let Some(v) = ops::next(cx, &self.it)? else {
            return Ok(None);
        };
        let i = {
            let mut c = self.count.lock();
            let cur = c.clone();
            *c = match cur.as_small_int() {
                Some(n) => Value::int(n + 1),
                None => Value::bigint(cur.as_bigint().unwrap_or_default() + 1),
            };
            cur
        };
        Ok(Some(self.last.finish(refill, &mut [i, v])))
    }
}

fn enumerate_new(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check_kwargs("enumerate", &["iterable", "start"])?;
    let pos = &args.pos()[1..];
    if pos.len() > 2 {
        return Err(type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let iterable = pos
        .first()
        .or_else(|| args.kwarg("iterable"))
        .ok_or_else(|| type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
    let start = match pos.get(1).or_else(|| args.kwarg("start")) {
        None => Value::int(0),
        Some(s) => {
            if s.as_bigint().is_none() {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    s.type_name()
                )));
            }
            Value::bigint(s.as_bigint().unwrap_or_else(|| BigInt::from(0)))
        }
    };
    let it = fast_iter(cx, iterable)?;
    Ok(iter_of_class(
        &args.values[0],
        Enumerate {
            it,
            count: Mutex::new(start),
            last: TupleSlot::new(),
        },
    ))
}

// ---- zip ----------------------------------------------------------------------------------

struct Zip {
    iters: Vec<Value>,
    strict: bool,
    done: AtomicBool,
    last: TupleSlot,
}

impl NativeIterator for Zip {
    fn next(&self, cx: &mut Ctx) -> PyResult<Option<Value>> {
        if self.iters.is_empty() || self.done.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let refill = self.last.begin();
        let mut out = Vec::with_capacity(self.iters.len());
        for (i, it) in self.iters.iter().enumerate() {
            match ops::next(cx, it)? {
                Some(v) => out.push(v),
                None => {
                    self.done.store(true, Ordering::Relaxed);
                    if self.strict {
                        if i > 0 {
                            let which = if i == 1 {
                                "argument 1".to_string()
                            } else {
                                format!("arguments 1-{i}")
                            };
                            return Err(crate::error::value_error(format!(
                                "zip() argument {} is shorter than {which}",
                                i + 1
                            )));
                        }
                        for (j, other) in self.iters.iter().enumerate().skip(1) {
                            if ops::next(cx, other)?.is_some() {
                                let which = if j == 1 {
                                    "argument 1".to_string()
                                } else {
                                    format!("arguments 1-{j}")
                                };
                                return Err(crate::error::value_error(format!(
                                    "zip() argument {} is longer than {which}",
                                    j + 1
                                )));
                            }
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(self.last.finish(refill, &mut out)))
    }
}

fn zip_new(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check_kwargs("zip", &["strict"])?;
    let strict = match args.kwarg("strict") {
        Some(s) => ops::truthy(cx, s)?,
        None => false,
    };
    let mut iters = Vec::new();
    for v in &args.pos()[1..] {
        iters.push(fast_iter(cx, v)?);
    }
    Ok(iter_of_class(
        &args.values[0],
        Zip {
            iters,
            strict,
            done: AtomicBool::new(false),
            last: TupleSlot::new(),
        },
    ))
}

// ---- map / filter -------------------------------------------------------------------------

struct Map {
    func: Value,
    iters: Vec<Value>,
}

impl NativeIterator for Map {
    fn next(&self, cx: &mut Ctx) -> PyResult<Option<Value>> {
        let mut vals = Vec::with_capacity(self.iters.len());
        for it in &self.iters {
            match ops::next(cx, it)? {
                Some(v) => vals.push(v),
                None => return Ok(None),
            }
        }
        ops::call(cx, &self.func, &vals).map(Some)
    }
}

fn map_new(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("map", 1, usize::MAX)?;
    let pos = &args.pos()[1..];
    if pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(pos.len() - 1);
    for v in &pos[1..] {
        iters.push(fast_iter(cx, v)?);
    }
    Ok(iter_of_class(
        &args.values[0],
        Map {
            func: pos[0].clone(),
            iters,
        },
    ))
}

struct Filter {
    func: Value,
    it: Value,
}

impl NativeIterator for Filter {
    fn next(&self, cx: &mut Ctx) -> PyResult<Option<Value>> {
        while let Some(v) = ops::next(cx, &self.it)? {
            let keep = if self.func.is_none() {
                ops::truthy(cx, &v)?
            } else {
                let r = ops::call(cx, &self.func, std::slice::from_ref(&v))?;
                ops::truthy(cx, &r)?
            };
            if keep {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }
}

fn filter_new(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("filter", 3, 3).map_err(|_| {
        type_error(format!(
            "filter expected 2 arguments, got {}",
            args.pos().len().saturating_sub(1)
        ))
    })?;
    let it = fast_iter(cx, &a[2])?;
    Ok(iter_of_class(
        &args.values[0],
        Filter {
            func: a[1].clone(),
            it,
        },
    ))
}

// ---- reversed -----------------------------------------------------------------------------

/// Reverse iteration over a sequence (`__len__` + `__getitem__`), live for lists.
struct Reversed {
    seq: Value,
    /// Next index to produce; negative when exhausted.
    index: Mutex<i64>,
}

impl NativeIterator for Reversed {
    fn next(&self, cx: &mut Ctx) -> PyResult<Option<Value>> {
        let i = {
            let mut g = self.index.lock();
            let i = *g;
            if i < 0 {
                return Ok(None);
            }
            *g = i - 1;
            i
        };
        if let Some(Payload::List(l)) = self.seq.payload() {
            let items = l.items.lock();
            return Ok(items.get(i as usize).cloned().or_else(|| {
                *self.index.lock() = -1;
                None
            }));
        }
        match ops::getitem(cx, &self.seq, &Value::int(i)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&types().index_error) || e.matches(&types().stop_iteration) => {
                *self.index.lock() = -1;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    fn length_hint(&self) -> Option<usize> {
        Some((*self.index.lock() + 1).max(0) as usize)
    }
}

fn reversed_new(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("reversed", 2, 2).map_err(|_| {
        type_error(format!(
            "reversed expected 1 argument, got {}",
            args.pos().len().saturating_sub(1)
        ))
    })?;
    let seq = &a[1];
    if let Some(r) = ops::call_special(cx, seq, "__reversed__", &[])? {
        return Ok(r);
    }
    let is_seq = matches!(
        seq.payload(),
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_))
    ) || (types::lookup(seq.class(), "__getitem__").is_some()
        && types::lookup(seq.class(), "__len__").is_some()
        && !matches!(seq.payload(), Some(Payload::Dict(_))));
    if !is_seq {
        return Err(type_error(format!(
            "'{}' object is not reversible",
            seq.type_name()
        )));
    }
    let n = ops::len(cx, seq)? as i64;
    Ok(iter_of_class(
        &args.values[0],
        Reversed {
            seq: seq.clone(),
            index: Mutex::new(n - 1),
        },
    ))
}

// ---- fast iteration over lists and tuples -------------------------------------------------

/// Iterates a list (live, by index, like CPython's list iterator) or a tuple.
struct IndexIter {
    seq: Value,
    index: std::sync::atomic::AtomicUsize,
}

impl NativeIterator for IndexIter {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        let i = self.index.fetch_add(1, Ordering::Relaxed);
        Ok(match self.seq.payload() {
            Some(Payload::List(l)) => i64::try_from(i).ok().and_then(|i| l.items.get(i)),
            Some(Payload::Tuple(t)) => t.get(i).cloned(),
            _ => None,
        })
    }

    fn length_hint(&self) -> Option<usize> {
        let i = self.index.load(Ordering::Relaxed);
        match self.seq.payload() {
            Some(Payload::List(l)) => Some(l.items.len().saturating_sub(i)),
            Some(Payload::Tuple(t)) => Some(t.len().saturating_sub(i)),
            _ => None,
        }
    }
}

/// `iter(v)` with a direct path for exact lists and tuples (no `__iter__` lookup).
pub fn fast_iter(cx: &mut Ctx, v: &Value) -> PyResult<Value> {
    let t = types();
    if (v.class().is(&t.list) && matches!(v.payload(), Some(Payload::List(_))))
        || (v.class().is(&t.tuple) && matches!(v.payload(), Some(Payload::Tuple(_))))
    {
        return Ok(Value::native_iter(IndexIter {
            seq: v.clone(),
            index: std::sync::atomic::AtomicUsize::new(0),
        }));
    }
    ops::iter(cx, v)
}
