//! The `dict` object: an insertion-ordered [`Table`] behind the object's lock.

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::table::{Probe, Table, TableGuard, TableLock};
use crate::object::{hash_str, Payload};
use crate::ops;
use crate::value::Value;

pub struct DictObj {
    /// The entries; [`TableLock`] bumps a version on every mutation (lookup caches).
    pub table: TableLock,
}

/// `dict.keys()`, `dict.values()`, `dict.items()`: live views of `dict`.
pub struct DictViewObj {
    pub dict: Value,
    pub kind: DictViewKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

impl Default for DictObj {
    fn default() -> Self {
        Self::new()
    }
}

/// Finds `key` in a locked table, running `__eq__` with the lock released when needed.
/// Returns the guard (re-acquired) and the entry position, if found.
pub(crate) fn find<'a>(
    lock: &'a TableLock,
    cx: &mut Ctx,
    hash: i64,
    key: &Value,
) -> PyResult<(TableGuard<'a>, Option<usize>)> {
    loop {
        let guard = lock.lock();
        let candidates = match guard.probe(hash, key) {
            Probe::Found(pos) => return Ok((guard, Some(pos))),
            Probe::Absent => return Ok((guard, None)),
            Probe::NeedsEq(c) => c,
        };
        drop(guard);
        let mut matched = None;
        for c in candidates {
            if ops::eq(cx, &c, key)? {
                matched = Some(c);
                break;
            }
        }
        let guard = lock.lock();
        match matched {
            None => return Ok((guard, None)),
            Some(k) => {
                if let Some(pos) = guard.find_identical(hash, &k) {
                    return Ok((guard, Some(pos)));
                }
                // The matching entry was removed while unlocked: look again.
            }
        }
    }
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj {
            table: TableLock::new(Table::new()),
        }
    }

    pub fn with_capacity(n: usize) -> DictObj {
        DictObj {
            table: TableLock::new(Table::with_capacity(n)),
        }
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `d[key]` without raising: Ok(None) when absent; errors come from `__hash__`/`__eq__`.
    pub fn get(&self, cx: &mut Ctx, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(cx, key)?;
        if let Some(found) = self.table.read(hash, key) {
            return Ok(found);
        }
        let (g, pos) = find(&self.table, cx, hash, key)?;
        Ok(pos.and_then(|p| g.get(p).map(|e| e.value.clone())))
    }

    /// `d[key]` with the hash already known (keys hashed by identity, whose `__hash__`
    /// need not be looked up): Ok(None) when absent.
    pub fn get_hashed(&self, cx: &mut Ctx, hash: i64, key: &Value) -> PyResult<Option<Value>> {
        if let Some(found) = self.table.read(hash, key) {
            return Ok(found);
        }
        let (g, pos) = find(&self.table, cx, hash, key)?;
        Ok(pos.and_then(|p| g.get(p).map(|e| e.value.clone())))
    }

    /// `d.pop(key, None)` with the hash already known.
    pub fn remove_hashed(&self, cx: &mut Ctx, hash: i64, key: &Value) -> PyResult<Option<Value>> {
        let (mut g, pos) = find(&self.table, cx, hash, key)?;
        let entry = pos.and_then(|p| g.remove_at(p));
        drop(g);
        Ok(entry.map(|e| e.value))
    }

    /// `d[key] = value`.
    pub fn set(&self, cx: &mut Ctx, key: Value, value: Value) -> PyResult<()> {
        let hash = ops::hash(cx, &key)?;
        self.set_hashed(cx, hash, key, value)
    }

    /// `d[key] = value` with the hash already known.
    pub fn set_hashed(&self, cx: &mut Ctx, hash: i64, key: Value, value: Value) -> PyResult<()> {
        let (mut g, pos) = find(&self.table, cx, hash, &key)?;
        let old = match pos {
            Some(p) => Some(g.replace_value(p, value)),
            None => {
                g.insert_new(hash, key, value);
                None
            }
        };
        drop(g);
        drop(old);
        Ok(())
    }

    /// `d.pop(key, None)`: removes and returns the value, if present.
    pub fn remove(&self, cx: &mut Ctx, key: &Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(cx, key)?;
        let (mut g, pos) = find(&self.table, cx, hash, key)?;
        let entry = pos.and_then(|p| g.remove_at(p));
        drop(g);
        Ok(entry.map(|e| e.value))
    }

    pub fn contains(&self, cx: &mut Ctx, key: &Value) -> PyResult<bool> {
        let hash = ops::hash(cx, key)?;
        if let Some(found) = self.table.read(hash, key) {
            return Ok(found.is_some());
        }
        let (_g, pos) = find(&self.table, cx, hash, key)?;
        Ok(pos.is_some())
    }

    /// Lookup by a string key with its hash known, returning the table version the lookup
    /// saw (for version-validated caches). Never runs script code.
    #[inline]
    pub fn get_str_versioned(&self, hash: i64, key: &str) -> (Option<Value>, u64) {
        self.table.read_str_versioned(hash, key)
    }

    /// The version of the table (bumped by every mutation); see [`TableLock`].
    #[inline]
    pub fn version(&self) -> u64 {
        self.table.version()
    }

    /// The version counter itself (for [`crate::object::MroVersions`]).
    #[inline]
    pub fn version_counter(&self) -> &std::sync::atomic::AtomicU64 {
        self.table.version_counter()
    }

    /// Lookup by a string key (globals, attributes, keyword arguments): never runs script
    /// code.
    #[inline]
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.table.read_str(hash_str(key), key)
    }

    pub fn set_str(&self, key: &str, value: Value) {
        self.set_str_value(Value::str(key), value);
    }

    /// Sets an entry whose key is a `str` value (no script code runs).
    pub fn set_str_value(&self, key: Value, value: Value) {
        self.set_str_value_versioned(key, value);
    }

    /// [`DictObj::set_str_value`], returning the version of the dict right after the store
    /// (0 when `key` is not a str and nothing was stored): a cache may then hold `value`
    /// for `key`, valid at that version (`LookupCache::store_global`).
    #[inline]
    pub fn set_str_value_versioned(&self, key: Value, value: Value) -> u64 {
        let Some(Payload::Str(so)) = key.payload() else {
            return 0;
        };
        // The string's cached hash: names stored to in a loop are hashed once.
        let (hash, s) = (so.hash(), so.as_str());
        let mut g = self.table.lock();
        let old = match g.find_str(hash, s) {
            Some(p) => Some(g.replace_value(p, value)),
            None => {
                g.insert_new(hash, key, value);
                None
            }
        };
        let version = g.version_after();
        drop(g);
        drop(old);
        version
    }

    pub fn remove_str(&self, key: &str) -> Option<Value> {
        let hash = hash_str(key);
        let mut g = self.table.lock();
        let entry = g.find_str(hash, key).and_then(|p| g.remove_at(p));
        drop(g);
        entry.map(|e| e.value)
    }

    /// A snapshot of the entries, in insertion order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        let g = self.table.lock();
        g.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        let g = self.table.lock();
        g.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        let g = self.table.lock();
        g.iter().map(|e| e.value.clone()).collect()
    }

    pub fn clear(&self) {
        let old = self.table.lock().clear();
        drop(old);
    }

    pub fn copy(&self) -> DictObj {
        let g = self.table.lock();
        let mut t = Table::with_capacity(g.len());
        for e in g.iter() {
            t.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
        DictObj {
            table: TableLock::new(t),
        }
    }

    /// The entry at or after iteration position `pos`: (next position, key, value).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let g = self.table.lock();
        g.next_from(pos)
            .map(|(next, e)| (next, e.key.clone(), e.value.clone()))
    }
}
