//! `set` and `frozenset`: a [`Table`] of keys (values are NULL) behind the object's lock.

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::dict::find;
use crate::object::table::{Table, TableLock};
use crate::ops;
use crate::value::Value;

#[derive(Default)]
pub struct SetObj {
    pub table: TableLock,
}

impl SetObj {
    pub fn new() -> SetObj {
        SetObj::default()
    }

    /// A set of `items` (hashing may run `__hash__`/`__eq__`).
    pub fn from_values(cx: &mut Ctx, items: impl IntoIterator<Item = Value>) -> PyResult<SetObj> {
        let s = SetObj::new();
        for v in items {
            s.add(cx, v)?;
        }
        Ok(s)
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds `key`; returns false if it was already present.
    pub fn add(&self, cx: &mut Ctx, key: Value) -> PyResult<bool> {
        let hash = ops::hash(cx, &key)?;
        let (mut g, pos) = find(&self.table, cx, hash, &key)?;
        if pos.is_some() {
            return Ok(false);
        }
        g.insert_new(hash, key, Value::NULL);
        Ok(true)
    }

    pub fn contains(&self, cx: &mut Ctx, key: &Value) -> PyResult<bool> {
        let hash = ops::hash(cx, key)?;
        // A set's entries hold NULL values: found is `Some(NULL)`.
        if let Some(found) = self.table.read(hash, key) {
            return Ok(found.is_some());
        }
        let (_g, pos) = find(&self.table, cx, hash, key)?;
        Ok(pos.is_some())
    }

    /// Removes `key`; returns whether it was present.
    pub fn remove(&self, cx: &mut Ctx, key: &Value) -> PyResult<bool> {
        let hash = ops::hash(cx, key)?;
        let (mut g, pos) = find(&self.table, cx, hash, key)?;
        let e = pos.and_then(|p| g.remove_at(p));
        drop(g);
        Ok(e.is_some())
    }

    /// A snapshot of the members, in insertion order.
    pub fn to_vec(&self) -> Vec<Value> {
        self.table.lock().iter().map(|e| e.key.clone()).collect()
    }

    pub fn clear(&self) {
        let old = self.table.lock().clear();
        drop(old);
    }

    pub fn copy(&self) -> SetObj {
        let g = self.table.lock();
        let mut t = Table::with_capacity(g.len());
        for e in g.iter() {
            t.insert_new(e.hash, e.key.clone(), Value::NULL);
        }
        SetObj {
            table: TableLock::new(t),
        }
    }

    /// Removes and returns an arbitrary member (the last inserted).
    pub fn pop(&self) -> Option<Value> {
        let e = self.table.lock().pop_last();
        e.map(|e| e.key)
    }

    /// Removes and returns the first member in iteration order (`set.pop()`).
    pub fn pop_first(&self) -> Option<Value> {
        let e = self.table.lock().pop_first();
        e.map(|e| e.key)
    }

    /// The member at or after iteration position `pos`: (next position, key).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value)> {
        let g = self.table.lock();
        g.next_from(pos).map(|(next, e)| (next, e.key.clone()))
    }
}
