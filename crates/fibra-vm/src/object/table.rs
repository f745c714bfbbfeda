//! The insertion-ordered hash table behind `dict` and `set` (CPython's "compact dict"
//! layout: a dense entry array in insertion order plus an index of entry positions).
//!
//! The table itself never runs script code. When key equality needs `__eq__`, a probe
//! returns the candidate keys; the caller (dict.rs / set.rs) releases the object lock, runs
//! the comparisons, then re-locks and re-finds the matching entry by identity.

use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicU64, Ordering};

use hashbrown::HashTable;

use crate::object::hash::eq_builtin;
use crate::object::{ChargedGuard, ChargedLock, Footprint};
use crate::value::Value;

/// A [`Table`] behind its object lock, plus a version counter that every mutation bumps.
///
/// The version lets a thread cache what it read from the table (a global's value, a class
/// attribute) and revalidate the cache later with one atomic *load*, without taking the
/// lock (which would write its cache line). Rules:
/// - Every mutable access goes through [`TableGuard`]'s `DerefMut`, which bumps the
///   version (a `Release` store, under the lock, so no `lock`-prefixed instruction).
///   There is no other way to reach the table mutably while it is shared.
/// - Versions only grow, so a sum of versions (a class's MRO) also changes on any write.
/// - A cache entry read under the lock together with the version it saw is valid for as
///   long as [`TableLock::version`] returns that version. Caches hold strong references to
///   the dict (no address reuse) and to the cached value (no freeing race).
pub struct TableLock {
    /// Charges the table's growth to the memory cap (see [`ChargedLock`]).
    lock: ChargedLock<Table>,
    version: AtomicU64,
}

/// The guard of a [`TableLock`]: shared access is free, mutable access bumps the version.
pub struct TableGuard<'a> {
    guard: ChargedGuard<'a, Table>,
    version: &'a AtomicU64,
}

impl TableLock {
    pub fn new(t: Table) -> TableLock {
        TableLock {
            lock: ChargedLock::new(t),
            version: AtomicU64::new(0),
        }
    }

    #[inline]
    pub fn lock(&self) -> TableGuard<'_> {
        TableGuard {
            guard: self.lock.lock(),
            version: &self.version,
        }
    }

    /// The current version (an `Acquire` load; never writes shared memory).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    pub fn into_inner(self) -> Table {
        self.lock.into_inner()
    }

    pub fn get_mut(&mut self) -> &mut Table {
        *self.version.get_mut() += 1;
        self.lock.get_mut()
    }
}

impl Default for TableLock {
    fn default() -> Self {
        TableLock::new(Table::new())
    }
}

impl TableGuard<'_> {
    /// The table's version as of now (read under the lock, so consistent with the
    /// contents this guard sees).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Relaxed)
    }
}

impl Footprint for Table {
    fn footprint(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Option<Entry>>()
            + self.index.capacity() * (std::mem::size_of::<usize>() + 1)
    }
}

impl Deref for TableGuard<'_> {
    type Target = Table;
    #[inline]
    fn deref(&self) -> &Table {
        &self.guard
    }
}

impl DerefMut for TableGuard<'_> {
    #[inline]
    fn deref_mut(&mut self) -> &mut Table {
        // We hold the lock: a plain load + store is enough (no read-modify-write), and
        // the Release store orders it after earlier writes under this lock.
        let v = self.version.load(Ordering::Relaxed);
        self.version.store(v.wrapping_add(1), Ordering::Release);
        &mut self.guard
    }
}

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    /// NULL in sets.
    pub value: Value,
}

#[derive(Default)]
pub struct Table {
    /// Entries in insertion order; `None` marks a deleted slot.
    entries: Vec<Option<Entry>>,
    /// Positions into `entries`, hashed by the entry's hash.
    index: HashTable<usize>,
    len: usize,
    /// No live entry sits before this position (makes `pop_first` amortised O(1)).
    head: usize,
}

/// String equality with a pointer shortcut (a name looked up with the very `str` object
/// it was stored under, the common case for globals and attributes).
#[inline(always)]
fn same_str(a: &str, b: &str) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
}

/// The outcome of looking a key up without running script code.
pub enum Probe {
    Found(usize),
    Absent,
    /// Entries with an equal hash whose equality with the key needs `__eq__`.
    NeedsEq(Vec<Value>),
}

impl Table {
    pub fn new() -> Table {
        Table::default()
    }

    pub fn with_capacity(n: usize) -> Table {
        Table {
            entries: Vec::with_capacity(n),
            index: HashTable::with_capacity(n),
            len: 0,
            head: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Looks `key` up; identity and builtin equality are decided here.
    pub fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut undecided = Vec::new();
        for &pos in self.index.iter_hash(hash as u64) {
            let Some(e) = &self.entries[pos] else {
                continue;
            };
            if e.hash != hash {
                continue;
            }
            match eq_builtin(&e.key, key) {
                Some(true) => return Probe::Found(pos),
                Some(false) => {}
                None => undecided.push(e.key.clone()),
            }
        }
        if undecided.is_empty() {
            Probe::Absent
        } else {
            Probe::NeedsEq(undecided)
        }
    }

    /// Finds a str key by content (no script code can be involved).
    pub fn find_str(&self, hash: i64, key: &str) -> Option<usize> {
        self.index
            .find(hash as u64, |&pos| {
                self.entries[pos].as_ref().is_some_and(|e| {
                    e.hash == hash && e.key.as_str().is_some_and(|k| same_str(k, key))
                })
            })
            .copied()
    }

    /// Finds the entry whose key is `key` itself (after an `__eq__` match).
    pub fn find_identical(&self, hash: i64, key: &Value) -> Option<usize> {
        self.index
            .find(hash as u64, |&pos| {
                self.entries[pos].as_ref().is_some_and(|e| e.key.is(key))
            })
            .copied()
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let pos = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, pos, |&p| {
            entries[p].as_ref().map_or(0, |e| e.hash as u64)
        });
        self.len += 1;
    }

    pub fn get(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).and_then(|e| e.as_ref())
    }

    /// Replaces the value at `pos`, returning the old one (to be dropped after unlocking).
    pub fn replace_value(&mut self, pos: usize, value: Value) -> Value {
        match &mut self.entries[pos] {
            Some(e) => std::mem::replace(&mut e.value, value),
            None => value,
        }
    }

    /// Removes the entry at `pos`.
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let e = self.entries.get_mut(pos)?.take()?;
        if let Ok(found) = self.index.find_entry(e.hash as u64, |&p| p == pos) {
            found.remove();
        }
        self.len -= 1;
        // Trailing deleted slots are dropped so `pop_last` stays O(1).
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        self.head = self.head.min(self.entries.len());
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    /// Removes and returns the last entry (`dict.popitem()`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(pos)
    }

    /// Removes and returns the first entry in insertion order (`set.pop()`).
    pub fn pop_first(&mut self) -> Option<Entry> {
        while self.head < self.entries.len() && self.entries[self.head].is_none() {
            self.head += 1;
        }
        if self.head >= self.entries.len() {
            return None;
        }
        self.remove_at(self.head)
    }

    /// Rebuilds the dense array without deleted slots.
    fn compact(&mut self) {
        self.head = 0;
        let old = std::mem::take(&mut self.entries);
        self.entries = old.into_iter().flatten().map(Some).collect();
        self.index.clear();
        let entries = &self.entries;
        for (pos, e) in entries.iter().enumerate() {
            let h = e.as_ref().map_or(0, |e| e.hash as u64);
            self.index.insert_unique(h, pos, |&p| {
                entries[p].as_ref().map_or(0, |e| e.hash as u64)
            });
        }
    }

    pub fn clear(&mut self) -> Vec<Option<Entry>> {
        self.index.clear();
        self.head = 0;
        self.len = 0;
        std::mem::take(&mut self.entries)
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The first live entry at or after `pos`, and the position after it (iterators keep
    /// a position and re-lock for each step).
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Entry)> {
        let mut p = pos;
        while p < self.entries.len() {
            if let Some(e) = &self.entries[p] {
                return Some((p + 1, e));
            }
            p += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pop_first_and_last_reuse_slots() {
        crate::types::init();
        let mut t = Table::new();
        for i in 0..40 {
            t.insert_new(i, Value::int(i), Value::NULL);
        }
        for i in 0..40 {
            assert_eq!(t.pop_first().map(|e| e.hash), Some(i));
        }
        assert!(t.pop_first().is_none());
        t.insert_new(7, Value::int(7), Value::NULL);
        assert_eq!(t.pop_first().map(|e| e.hash), Some(7));
        for i in 0..5 {
            t.insert_new(i, Value::int(i), Value::NULL);
        }
        assert_eq!(t.pop_last().map(|e| e.hash), Some(4));
        assert_eq!(t.pop_first().map(|e| e.hash), Some(0));
        assert_eq!(t.len(), 3);
        assert_eq!(t.iter().map(|e| e.hash).collect::<Vec<_>>(), vec![1, 2, 3]);
        if let Probe::Found(p) = t.probe(2, &Value::int(2)) {
            assert_eq!(t.get(p).map(|e| e.hash), Some(2));
        } else {
            panic!("2 not found");
        }
    }
}
