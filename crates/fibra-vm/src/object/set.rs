//! `set` and `frozenset`: a [`Table`] of keys (values are NULL) behind the object's lock,
//! plus the order CPython 3.11 would iterate them in.
//!
//! ## Iteration order
//!
//! The storage is the dict's insertion-ordered table, which answers membership tests and
//! additions. CPython iterates a set in the order of its hash-table slots instead, and that
//! order is the specification here (`print({3, 1, 2})` shows `{1, 2, 3}`). So a set also
//! keeps, lazily, a [`SlotTable`]: a model of CPython's `setobject.c` table (same size,
//! probe sequence, resize points and dummies) whose slots name storage positions.
//!
//! - Additions never touch it: entries added since it was last brought up to date are the
//!   last live entries of the storage, in insertion order, and [`SlotTable::sync`] replays
//!   them through `set_add_entry` when the order is next needed (iteration, `repr`, `pop`,
//!   a removal). A set that is never iterated never builds one.
//! - Removals bring it up to date first, then turn the entry's slot into a dummy, as
//!   `set_discard_entry` does; `pop` takes the first live slot from CPython's search finger.
//! - Bulk operations (`set(s)`, `copy`, `|`, `&`, `-`, `^` and their methods) follow
//!   CPython's algorithms: which operand they walk, in slot order, one-shot presizing, the
//!   slot-for-slot copy of `set_merge`, the dummy purge after `difference_update`.
//! - The storage renumbers its entries when it is rebuilt; its generation counter tells the
//!   slot table to renumber its positions (by rank: live entries keep their relative order).
//! - The slot order (entry positions) is cached per table version, so iterating an
//!   unchanged set again costs nothing extra.
//!
//! The slot table is locked after the storage's lock and only while it is held, and never
//! runs script code.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::object::dict::find;
use crate::object::hash::hash_builtin;
use crate::object::table::{Probe, Table, TableLock};
use crate::ops;
use crate::value::Value;

#[derive(Default)]
pub struct SetObj {
    pub table: TableLock,
    /// CPython's slot layout of the members (`None` until first needed, or after
    /// `clear`). Locked only while `table` is locked.
    slots: Mutex<Option<Box<SlotTable>>>,
}

/// A slot that was never used (CPython: key NULL, hash 0).
const FREE: u32 = u32::MAX;
/// A slot whose key was deleted (CPython's `dummy`, hash -1).
const DUMMY: u32 = u32::MAX - 1;
/// `PySet_MINSIZE`.
const MINSIZE: usize = 8;
/// `LINEAR_PROBES`.
const LINEAR_PROBES: usize = 9;

#[derive(Clone, Copy)]
struct Slot {
    hash: i64,
    /// The entry's storage position, or [`FREE`] / [`DUMMY`].
    pos: u32,
}

const FREE_SLOT: Slot = Slot { hash: 0, pos: FREE };
const DUMMY_SLOT: Slot = Slot {
    hash: -1,
    pos: DUMMY,
};

impl Slot {
    #[inline]
    fn live(self) -> bool {
        self.pos < DUMMY
    }
}

/// A model of a CPython 3.11 `PySetObject` table (Objects/setobject.c) holding storage
/// positions instead of keys.
struct SlotTable {
    mask: usize,
    /// Live + dummy slots.
    fill: usize,
    /// Live slots.
    used: usize,
    /// `set.pop()`'s search finger.
    finger: usize,
    slots: Vec<Slot>,
    /// The storage generation the positions refer to.
    generation: u32,
    /// The live positions in slot order, as of storage version `.0`.
    cached: Option<(u64, Arc<[u32]>)>,
}

/// The first probe slot and the next one (`i = (i * 5 + 1 + perturb) & mask`).
#[inline]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize)
        & mask
}

impl SlotTable {
    fn new(generation: u32, finger: usize) -> SlotTable {
        SlotTable {
            mask: MINSIZE - 1,
            fill: 0,
            used: 0,
            finger,
            slots: vec![FREE_SLOT; MINSIZE],
            generation,
            cached: None,
        }
    }

    /// `set_insert_clean`: the first free slot on the probe sequence.
    fn insert_clean(slots: &mut [Slot], mask: usize, hash: i64, pos: u32) {
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            if slots[i].pos == FREE {
                slots[i] = Slot { hash, pos };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                let run = &mut slots[i + 1..=i + LINEAR_PROBES];
                if let Some(s) = run.iter_mut().find(|s| s.pos == FREE) {
                    *s = Slot { hash, pos };
                    return;
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// `set_table_resize`: the smallest size above `minused`, live slots reinserted in
    /// slot order, dummies dropped.
    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MINSIZE && self.mask == MINSIZE - 1 && self.fill == self.used {
            // The small table stays as it is (nothing to purge).
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![FREE_SLOT; size]);
        self.mask = size - 1;
        for s in old.iter().filter(|s| s.live()) {
            SlotTable::insert_clean(&mut self.slots, self.mask, s.hash, s.pos);
        }
        self.fill = self.used;
        self.cached = None;
    }

    /// `set_add_entry` for a key known to be absent: the last dummy before the first free
    /// slot on the probe sequence, else that free slot (then maybe a resize).
    fn add(&mut self, hash: i64, pos: u32) {
        let mask = self.mask;
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.slots[j].pos {
                    FREE => {
                        self.used += 1;
                        if let Some(f) = freeslot {
                            self.slots[f] = Slot { hash, pos };
                            return;
                        }
                        self.slots[j] = Slot { hash, pos };
                        self.fill += 1;
                        if self.fill * 5 >= mask * 3 {
                            let used = self.used;
                            self.resize(if used > 50000 { used * 2 } else { used * 4 });
                        }
                        return;
                    }
                    DUMMY => freeslot = Some(j),
                    _ => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// The slot holding storage position `pos` (an entry with hash `hash`).
    fn find(&self, hash: i64, pos: u32) -> Option<usize> {
        let mask = self.mask;
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        for _ in 0..self.slots.len() {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.slots[j].pos {
                    FREE => return self.slots.iter().position(|s| s.pos == pos),
                    p if p == pos => return Some(j),
                    _ => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
        self.slots.iter().position(|s| s.pos == pos)
    }

    /// `set_discard_entry` on slot `i`.
    fn discard(&mut self, i: usize) {
        self.slots[i] = DUMMY_SLOT;
        self.used -= 1;
        self.cached = None;
    }

    /// `set_pop`: the first live slot from the finger on; returns its position.
    fn pop(&mut self) -> Option<u32> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.finger & self.mask;
        while !self.slots[i].live() {
            i += 1;
            if i > self.mask {
                i = 0;
            }
        }
        let pos = self.slots[i].pos;
        self.discard(i);
        self.finger = i + 1;
        Some(pos)
    }

    /// `set_merge`'s (and the dict update's) one big resize before adding `extra` keys.
    fn presize(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// The end of `set_difference_update_internal`: more than a quarter dummies go.
    fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask / 4 {
            let used = self.used;
            self.resize(if used > 50000 { used * 2 } else { used * 4 });
        }
    }

    /// Renumbers the positions after the storage was rebuilt: its live entries kept their
    /// relative order and every one of ours comes before any entry added since.
    fn remap(&mut self, generation: u32) {
        let mut live: Vec<(u32, usize)> = (self.slots.iter().enumerate())
            .filter(|(_, s)| s.live())
            .map(|(i, s)| (s.pos, i))
            .collect();
        live.sort_unstable();
        for (rank, &(_, i)) in live.iter().enumerate() {
            self.slots[i].pos = rank as u32;
        }
        self.generation = generation;
        self.cached = None;
    }

    /// Brings the table up to date with `t`: replays the entries added since (the last
    /// live entries of the storage) through `set_add_entry`.
    fn sync(&mut self, t: &Table) {
        if self.generation != t.generation() {
            self.remap(t.generation());
        }
        let len = t.len();
        if len < self.used {
            // Removed behind our back (not through `SetObj`): start over.
            *self = SlotTable::new(t.generation(), self.finger);
        }
        let k = len - self.used;
        if k == 0 {
            return;
        }
        let mut tail = Vec::with_capacity(k);
        let mut p = t.positions();
        while tail.len() < k && p > 0 {
            p -= 1;
            if let Some(e) = t.get(p) {
                tail.push((p as u32, e.hash));
            }
        }
        for &(pos, hash) in tail.iter().rev() {
            self.add(hash, pos);
        }
        self.cached = None;
    }

    /// The live positions in slot order (cached per storage version).
    fn order(&mut self, t: &Table, version: u64) -> Arc<[u32]> {
        if let Some((v, o)) = &self.cached {
            if *v == version {
                return o.clone();
            }
        }
        self.sync(t);
        let o: Arc<[u32]> = self
            .slots
            .iter()
            .filter(|s| s.live())
            .map(|s| s.pos)
            .collect();
        self.cached = Some((version, o.clone()));
        o
    }
}

/// A set's members in CPython slot order, with the layout facts `set_merge` looks at.
pub struct SlotSnapshot {
    pub mask: usize,
    pub fill: usize,
    pub used: usize,
    /// (slot, key, hash) in slot order.
    pub items: Vec<(usize, Value, i64)>,
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

    /// A set of constants (hashable and comparable without script code), added in order.
    pub fn from_consts(items: impl IntoIterator<Item = Value>) -> SetObj {
        let mut t = Table::new();
        for v in items {
            let Some(h) = hash_builtin(&v) else {
                continue;
            };
            if matches!(t.probe(h, &v), Probe::Absent) {
                t.insert_new(h, v, Value::NULL);
            }
        }
        SetObj {
            table: TableLock::new(t),
            slots: Mutex::new(None),
        }
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
        self.add_hashed(cx, key, hash)
    }

    /// [`SetObj::add`] with the key's hash already known.
    pub fn add_hashed(&self, cx: &mut Ctx, key: Value, hash: i64) -> PyResult<bool> {
        let (mut g, pos) = find(&self.table, cx, hash, &key)?;
        if pos.is_some() {
            return Ok(false);
        }
        g.insert_new(hash, key, Value::NULL);
        Ok(true)
    }

    pub fn contains(&self, cx: &mut Ctx, key: &Value) -> PyResult<bool> {
        let hash = ops::hash(cx, key)?;
        self.contains_hashed(cx, key, hash)
    }

    /// [`SetObj::contains`] with the key's hash already known.
    pub fn contains_hashed(&self, cx: &mut Ctx, key: &Value, hash: i64) -> PyResult<bool> {
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
        self.remove_hashed(cx, key, hash)
    }

    /// [`SetObj::remove`] with the key's hash already known.
    pub fn remove_hashed(&self, cx: &mut Ctx, key: &Value, hash: i64) -> PyResult<bool> {
        let (mut g, pos) = find(&self.table, cx, hash, key)?;
        let Some(pos) = pos else {
            return Ok(false);
        };
        {
            let mut slots = self.slots.lock();
            let st = slots.get_or_insert_with(|| Box::new(SlotTable::new(g.generation(), 0)));
            st.sync(&g);
            if let Some(i) = st.find(hash, pos as u32) {
                st.discard(i);
            }
        }
        let e = g.remove_at(pos);
        drop(g);
        Ok(e.is_some())
    }

    /// A snapshot of the members in insertion order (for uses where order cannot show).
    pub fn to_vec(&self) -> Vec<Value> {
        self.table.lock().iter().map(|e| e.key.clone()).collect()
    }

    /// Runs `f` on the slot table brought up to date with the (locked) storage.
    fn with_slots<R>(&self, g: &Table, f: impl FnOnce(&mut SlotTable) -> R) -> R {
        let mut slots = self.slots.lock();
        let st = slots.get_or_insert_with(|| Box::new(SlotTable::new(g.generation(), 0)));
        st.sync(g);
        f(st)
    }

    /// The storage positions of the members in CPython's iteration order.
    pub fn iteration_order(&self) -> Arc<[u32]> {
        let g = self.table.lock();
        if g.is_empty() {
            return Arc::from(Vec::new());
        }
        let version = g.version();
        let mut slots = self.slots.lock();
        let st = slots.get_or_insert_with(|| Box::new(SlotTable::new(g.generation(), 0)));
        st.order(&g, version)
    }

    /// The member at storage position `pos`, if there is one.
    pub fn key_at(&self, pos: u32) -> Option<Value> {
        let g = self.table.lock();
        g.get(pos as usize).map(|e| e.key.clone())
    }

    /// The members in CPython's iteration order.
    pub fn to_vec_ordered(&self) -> Vec<Value> {
        self.entries_ordered().into_iter().map(|(k, _)| k).collect()
    }

    /// The members and their hashes in CPython's iteration order.
    pub fn entries_ordered(&self) -> Vec<(Value, i64)> {
        let order = self.iteration_order();
        let g = self.table.lock();
        order
            .iter()
            .filter_map(|&p| g.get(p as usize).map(|e| (e.key.clone(), e.hash)))
            .collect()
    }

    /// The members in slot order with the table's shape (what `set_merge` reads).
    pub fn snapshot(&self) -> SlotSnapshot {
        let g = self.table.lock();
        self.with_slots(&g, |st| SlotSnapshot {
            mask: st.mask,
            fill: st.fill,
            used: st.used,
            items: (st.slots.iter().enumerate())
                .filter(|(_, s)| s.live())
                .filter_map(|(i, s)| g.get(s.pos as usize).map(|e| (i, e.key.clone(), s.hash)))
                .collect(),
        })
    }

    /// CPython's one big resize before adding about `extra` keys at once.
    pub fn presize(&self, extra: usize) {
        let g = self.table.lock();
        self.with_slots(&g, |st| st.presize(extra));
    }

    /// After `difference_update`: CPython rebuilds a table more than a quarter dummies.
    pub fn purge_dummies(&self) {
        let g = self.table.lock();
        if self.slots.lock().is_none() {
            return; // no removal happened: no dummies
        }
        self.with_slots(&g, |st| st.purge_dummies());
    }

    /// `set_merge`: adds the members of `other` as CPython does, slot by slot, copying its
    /// layout outright into an empty set of the same table size.
    pub fn merge_from(&self, cx: &mut Ctx, other: &SetObj) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        let snap = other.snapshot();
        if snap.items.is_empty() {
            return Ok(());
        }
        {
            let mut g = self.table.lock();
            let mut slots = self.slots.lock();
            let st = slots.get_or_insert_with(|| Box::new(SlotTable::new(g.generation(), 0)));
            st.sync(&g);
            st.presize(snap.used);
            if st.fill == 0 {
                let n = snap.items.len();
                for (_, k, h) in &snap.items {
                    g.insert_new(*h, k.clone(), Value::NULL);
                }
                if st.mask == snap.mask && snap.fill == snap.used {
                    // The same slots: positions of the new entries, in insertion order.
                    let mut pos = Vec::with_capacity(n);
                    let mut p = g.positions();
                    while pos.len() < n && p > 0 {
                        p -= 1;
                        if g.get(p).is_some() {
                            pos.push(p as u32);
                        }
                    }
                    pos.reverse();
                    for ((slot, _, h), p) in snap.items.iter().zip(pos) {
                        st.slots[*slot] = Slot { hash: *h, pos: p };
                    }
                    st.fill = n;
                    st.used = n;
                    st.generation = g.generation();
                    st.cached = None;
                }
                // Otherwise the next sync replays them in slot order into the presized
                // table, which is what `set_insert_clean` does.
                return Ok(());
            }
        }
        for (_, k, h) in snap.items {
            self.add_hashed(cx, k, h)?;
        }
        Ok(())
    }

    pub fn clear(&self) {
        let mut g = self.table.lock();
        let old = g.clear();
        if let Some(st) = self.slots.lock().as_mut() {
            // CPython keeps the pop finger across a clear.
            **st = SlotTable::new(g.generation(), st.finger);
        }
        drop(g);
        drop(old);
    }

    /// `set_swap_bodies`: takes the contents (and layout) of `new`; the pop finger stays.
    pub fn replace_with(&self, new: SetObj) {
        let SetObj { table, slots } = new;
        let t = table.into_inner();
        let mut new_slots = slots.into_inner();
        let mut g = self.table.lock();
        let old = std::mem::replace(&mut *g, t);
        {
            let mut cur = self.slots.lock();
            let finger = cur.as_ref().map_or(0, |st| st.finger);
            if let Some(st) = new_slots.as_mut() {
                st.finger = finger;
                st.cached = None;
            }
            *cur = new_slots;
        }
        drop(g);
        drop(old);
    }

    /// A copy laid out as CPython's `set.copy()` lays it out.
    pub fn copy(&self) -> SetObj {
        let out = SetObj::new();
        let snap = self.snapshot();
        if snap.items.is_empty() {
            return out;
        }
        // An empty target never compares keys: no script code runs.
        {
            let mut g = out.table.lock();
            let mut slots = out.slots.lock();
            let st = slots.insert(Box::new(SlotTable::new(g.generation(), 0)));
            st.presize(snap.used);
            let same = st.mask == snap.mask && snap.fill == snap.used;
            for (p, (slot, k, h)) in snap.items.iter().enumerate() {
                g.insert_new(*h, k.clone(), Value::NULL);
                if same {
                    st.slots[*slot] = Slot {
                        hash: *h,
                        pos: p as u32,
                    };
                }
            }
            if same {
                st.fill = snap.used;
                st.used = snap.used;
            }
            st.generation = g.generation();
        }
        out
    }

    /// A copy in insertion order, for membership tests only (its order is not CPython's).
    pub fn copy_unordered(&self) -> SetObj {
        let g = self.table.lock();
        let mut t = Table::with_capacity(g.len());
        for e in g.iter() {
            t.insert_new(e.hash, e.key.clone(), Value::NULL);
        }
        SetObj {
            table: TableLock::new(t),
            slots: Mutex::new(None),
        }
    }

    /// `set.pop()`: removes and returns the member CPython would (the first live slot
    /// from its search finger).
    pub fn pop(&self) -> Option<Value> {
        let mut g = self.table.lock();
        if g.is_empty() {
            return None;
        }
        let pos = self.with_slots(&g, |st| st.pop());
        if let Some(e) = pos.and_then(|p| g.remove_at(p as usize)) {
            drop(g);
            return Some(e.key);
        }
        // The slot table lost track of the storage (it cannot while every change goes
        // through `SetObj`): rebuild it next time, and pop the oldest member now.
        *self.slots.lock() = None;
        let e = g.pop_first();
        drop(g);
        e.map(|e| e.key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order_of(hashes: &[i64]) -> Vec<i64> {
        crate::types::init();
        let mut t = Table::new();
        for &h in hashes {
            t.insert_new(h, Value::int(h), Value::NULL);
        }
        let s = SetObj {
            table: TableLock::new(t),
            slots: Mutex::new(None),
        };
        s.to_vec_ordered()
            .iter()
            .filter_map(|v| v.as_small_int())
            .collect()
    }

    #[test]
    fn small_ints_follow_cpython_slots() {
        // CPython 3.11: `s = set(); s.add(10); s.add(2); s.add(18)` iterates 18, 10, 2
        // (2 collides with 10 and probes on to slot 3, 18 to slot 0);
        // `set([3, 1, 2, 100, -2, 64])` iterates 64, 1, 2, 3, 100, -2.
        assert_eq!(order_of(&[10, 2, 18]), vec![18, 10, 2]);
        assert_eq!(
            order_of(&[3, 1, 2, 100, -2, 64]),
            vec![64, 1, 2, 3, 100, -2]
        );
    }
}
