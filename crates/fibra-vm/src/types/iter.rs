//! The `iterator` type (`__iter__` returns self, `__next__` raises StopIteration) and the
//! native iterators of the builtin containers. Each keeps its position in an atomic and
//! re-reads its container per step, so a list iterator sees appends as in CPython.

use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::Arc;

use super::common::recv;
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{runtime_error, stop_iteration, type_error, PyResult};
use crate::object::{DictViewKind, NativeIterator, Payload, TupleSlot};
use crate::types::add_methods;
use crate::value::Value;

pub(crate) fn register(t: &BuiltinTypes) {
    add_methods(
        &t.iterator,
        "iterator",
        &[
            ("__iter__", it_iter),
            ("__next__", it_next),
            ("__length_hint__", it_length_hint),
        ],
    );
}

fn it_iter(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(recv(args).clone())
}

fn it_next(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    match recv(args).payload() {
        Some(Payload::Iterator(it)) => match it.next(cx)? {
            Some(v) => Ok(v),
            None => Err(stop_iteration(Value::NONE)),
        },
        _ => Err(type_error("descriptor '__next__' requires an iterator")),
    }
}

fn it_length_hint(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    match recv(args).payload() {
        Some(Payload::Iterator(it)) => Ok(Value::int(it.length_hint().unwrap_or(0) as i64)),
        _ => Ok(Value::int(0)),
    }
}

/// Sentinel for an exhausted iterator (it stays exhausted even if the list grows later).
const DONE: usize = usize::MAX;

/// Iterates a list by index, re-locking each step.
pub(crate) struct ListIter {
    list: Value,
    pos: AtomicUsize,
}

impl ListIter {
    pub(crate) fn new(list: Value) -> ListIter {
        ListIter {
            list,
            pos: AtomicUsize::new(0),
        }
    }
}

impl NativeIterator for ListIter {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        let Some(Payload::List(l)) = self.list.payload() else {
            return Ok(None);
        };
        let p = self.pos.load(Ordering::Relaxed);
        if p == DONE {
            return Ok(None);
        }
        let v = i64::try_from(p).ok().and_then(|p| l.items.get(p));
        match v {
            Some(v) => {
                self.pos.store(p + 1, Ordering::Relaxed);
                Ok(Some(v))
            }
            None => {
                self.pos.store(DONE, Ordering::Relaxed);
                Ok(None)
            }
        }
    }
    fn length_hint(&self) -> Option<usize> {
        let Some(Payload::List(l)) = self.list.payload() else {
            return Some(0);
        };
        let p = self.pos.load(Ordering::Relaxed);
        Some(if p == DONE {
            0
        } else {
            l.items.len().saturating_sub(p)
        })
    }
}

/// Iterates a list backwards (`reversed(list)`).
pub(crate) struct ListRevIter {
    list: Value,
    /// Next index to yield; -1 when done.
    pos: AtomicI64,
}

impl ListRevIter {
    pub(crate) fn new(list: Value, len: usize) -> ListRevIter {
        ListRevIter {
            list,
            pos: AtomicI64::new(len as i64 - 1),
        }
    }
}

impl NativeIterator for ListRevIter {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        let Some(Payload::List(l)) = self.list.payload() else {
            return Ok(None);
        };
        let p = self.pos.load(Ordering::Relaxed);
        if p < 0 {
            return Ok(None);
        }
        let v = l.items.get(p);
        match v {
            Some(v) => {
                self.pos.store(p - 1, Ordering::Relaxed);
                Ok(Some(v))
            }
            None => {
                self.pos.store(-1, Ordering::Relaxed);
                Ok(None)
            }
        }
    }
    fn length_hint(&self) -> Option<usize> {
        Some((self.pos.load(Ordering::Relaxed) + 1).max(0) as usize)
    }
}

/// Iterates a tuple (or any fixed `Vec` of values given as a tuple), optionally reversed.
pub(crate) struct TupleIter {
    tuple: Value,
    pos: AtomicUsize,
    reversed: bool,
}

impl TupleIter {
    pub(crate) fn new(tuple: Value) -> TupleIter {
        TupleIter {
            tuple,
            pos: AtomicUsize::new(0),
            reversed: false,
        }
    }
    pub(crate) fn reversed(tuple: Value) -> TupleIter {
        TupleIter {
            tuple,
            pos: AtomicUsize::new(0),
            reversed: true,
        }
    }
}

impl NativeIterator for TupleIter {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        let Some(items) = self.tuple.as_tuple() else {
            return Ok(None);
        };
        let p = self.pos.load(Ordering::Relaxed);
        if p >= items.len() {
            return Ok(None);
        }
        self.pos.store(p + 1, Ordering::Relaxed);
        let i = if self.reversed {
            items.len() - 1 - p
        } else {
            p
        };
        Ok(Some(items[i].clone()))
    }
    fn length_hint(&self) -> Option<usize> {
        let n = self.tuple.as_tuple().map_or(0, |t| t.len());
        Some(n.saturating_sub(self.pos.load(Ordering::Relaxed)))
    }
}

/// Iterates a bytes object, yielding ints.
pub(crate) struct BytesIter {
    b: Value,
    pos: AtomicUsize,
}

impl BytesIter {
    pub(crate) fn new(b: Value) -> BytesIter {
        BytesIter {
            b,
            pos: AtomicUsize::new(0),
        }
    }
}

impl NativeIterator for BytesIter {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        let Some(Payload::Bytes(b)) = self.b.payload() else {
            return Ok(None);
        };
        let p = self.pos.load(Ordering::Relaxed);
        match b.get(p) {
            Some(&c) => {
                self.pos.store(p + 1, Ordering::Relaxed);
                Ok(Some(Value::int(c as i64)))
            }
            None => Ok(None),
        }
    }
}

/// Iterates a range: `count` values from `start` by `step`.
pub(crate) struct RangeIter {
    next: AtomicI64,
    step: i64,
    left: AtomicUsize,
}

impl RangeIter {
    pub(crate) fn new(start: i64, step: i64, count: usize) -> RangeIter {
        RangeIter {
            next: AtomicI64::new(start),
            step,
            left: AtomicUsize::new(count),
        }
    }
}

impl NativeIterator for RangeIter {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        let left = self.left.load(Ordering::Relaxed);
        if left == 0 {
            return Ok(None);
        }
        self.left.store(left - 1, Ordering::Relaxed);
        let v = self.next.load(Ordering::Relaxed);
        self.next
            .store(v.wrapping_add(self.step), Ordering::Relaxed);
        Ok(Some(Value::int(v)))
    }
    fn length_hint(&self) -> Option<usize> {
        Some(self.left.load(Ordering::Relaxed))
    }
}

/// Iterates a dict's keys, values or items, raising RuntimeError if its size changes.
pub(crate) struct DictIter {
    dict: Value,
    kind: DictViewKind,
    pos: AtomicUsize,
    len: usize,
    /// The last `(key, value)` handed out, refilled when let go (items only).
    last: TupleSlot,
}

impl DictIter {
    pub(crate) fn new(dict: Value, kind: DictViewKind) -> DictIter {
        let len = match dict.payload() {
            Some(Payload::Dict(d)) => d.len(),
            _ => 0,
        };
        DictIter {
            dict,
            kind,
            pos: AtomicUsize::new(0),
            len,
            last: TupleSlot::new(),
        }
    }
}

impl NativeIterator for DictIter {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        let Some(Payload::Dict(d)) = self.dict.payload() else {
            return Ok(None);
        };
        let p = self.pos.load(Ordering::Relaxed);
        if p == DONE {
            return Ok(None);
        }
        if d.len() != self.len {
            self.pos.store(DONE, Ordering::Relaxed);
            return Err(runtime_error("dictionary changed size during iteration"));
        }
        match d.next_entry(p) {
            Some((next, k, v)) => {
                self.pos.store(next, Ordering::Relaxed);
                Ok(Some(match self.kind {
                    DictViewKind::Keys => k,
                    DictViewKind::Values => v,
                    DictViewKind::Items => self.last.finish(self.last.begin(), &mut [k, v]),
                }))
            }
            None => {
                self.pos.store(DONE, Ordering::Relaxed);
                Ok(None)
            }
        }
    }
    fn length_hint(&self) -> Option<usize> {
        Some(self.len)
    }
}

/// Iterates a set or frozenset in CPython's slot order (see `object::set`), raising
/// RuntimeError if its size changes. The order (storage positions) is taken when the
/// iterator is created; each step re-locks the set and reads the member at the next
/// position, so a member removed meanwhile is skipped, never read after it is gone.
pub(crate) struct SetIter {
    set: Value,
    order: Arc<[u32]>,
    pos: AtomicUsize,
    len: usize,
}

impl SetIter {
    pub(crate) fn new(set: Value) -> SetIter {
        let (len, order) = match set.payload() {
            Some(Payload::Set(s) | Payload::FrozenSet(s)) => (s.len(), s.iteration_order()),
            _ => (0, Arc::from(Vec::new())),
        };
        SetIter {
            set,
            order,
            pos: AtomicUsize::new(0),
            len,
        }
    }
}

impl NativeIterator for SetIter {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        let Some(Payload::Set(s) | Payload::FrozenSet(s)) = self.set.payload() else {
            return Ok(None);
        };
        let mut p = self.pos.load(Ordering::Relaxed);
        if p == DONE {
            return Ok(None);
        }
        if s.len() != self.len {
            self.pos.store(DONE, Ordering::Relaxed);
            return Err(runtime_error("Set changed size during iteration"));
        }
        while let Some(&at) = self.order.get(p) {
            p += 1;
            if let Some(k) = s.key_at(at) {
                self.pos.store(p, Ordering::Relaxed);
                return Ok(Some(k));
            }
        }
        self.pos.store(DONE, Ordering::Relaxed);
        Ok(None)
    }
    fn length_hint(&self) -> Option<usize> {
        Some(self.len)
    }
}
