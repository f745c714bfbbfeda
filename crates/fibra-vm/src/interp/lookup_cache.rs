//! Per-thread lookup caches for global names and class attributes.
//!
//! Reading a global (`LoadGlobal`) or looking a method up along a class's MRO used to lock
//! the globals/builtins dict or each class dict on the way: a mutex acquire *writes* the
//! lock's cache line, so two threads calling the same module-level functions bounced
//! those lines between cores on every read. These caches live in the thread's [`Ctx`]
//! and are validated with plain atomic loads of the dicts' versions
//! ([`crate::object::TableLock`]), so a hit never writes shared memory.
//!
//! - Globals: keyed by (globals dict, builtins dict, name object); valid while the
//!   globals' version (and, for a name found in builtins, the builtins' version) is the
//!   one read under the lock when the entry was filled.
//! - Class attributes: keyed by (class, name object); valid while the sum of the versions
//!   of the dicts along the class's MRO is unchanged (versions only grow, so any write to
//!   any of them changes the sum). Misses are cached too ("no such class attribute"),
//!   which is what `obj.attr` on an instance needs most.
//!
//! Entries hold strong references to the dicts/classes they are keyed by (so an address
//! cannot be reused by another object while cached) and to the cached value (so it cannot
//! be freed under us). The cost is that a replaced global or class attribute stays alive
//! until the entry is overwritten or the thread's `Ctx` is dropped.
//!
//! - Closure cells: keyed by the cell's serial, valid while its write count is unchanged.
//!   A freed cell's entry would keep the closure variable's value alive (a function that
//!   built a large list in a closure variable would not give it back on return), so a
//!   thread that frees a cell its cache has read lists it (`object::cell`), and the cache
//!   drops those entries before it fills the next one and when the collector runs.
//!
//! [`Ctx`]: crate::ctx::Ctx

use crate::interp::eval::{as_dict, dict_get_name};
use crate::object::{CellObj, Payload, StrObj};
use crate::value::{global_borrows, Value};

const GLOBAL_SLOTS: usize = 512;
const ATTR_SLOTS: usize = 512;
const CELL_SLOTS: usize = 64;
/// `bver` of a global entry found in the globals dict itself.
const NOT_BUILTIN: u64 = u64::MAX;

#[derive(Default)]
struct GlobalEntry {
    globals: Value,
    builtins: Value,
    name: Value,
    gver: u64,
    bver: u64,
    value: Lent,
}

/// A cached value that the interpreter's stack may hold borrowed copies of
/// ([`Value::borrow_global`], via [`hand_out`]): let go of only through
/// [`global_borrows::retire`], when it is replaced or its entry dropped.
#[derive(Default)]
struct Lent(Value);

impl Drop for Lent {
    fn drop(&mut self) {
        global_borrows::retire(std::mem::take(&mut self.0));
    }
}

/// What a cache hit pushes: a borrowed copy of a counted object (no count update on an
/// object other threads may be reading too), a plain copy of anything else.
#[inline(always)]
fn hand_out(v: &Value) -> Value {
    match v.as_obj() {
        // SAFETY: the entry keeps `v` alive; see `Value::borrow_global`.
        Some(o) if !o.rc().is_immortal() => unsafe { v.borrow_global() },
        _ => v.clone(),
    }
}

#[derive(Default)]
struct AttrEntry {
    ty: Value,
    name: Value,
    sum: u64,
    /// NULL: the MRO has no such attribute.
    value: Value,
    /// The class's `__setattr__` is `object`'s (a native function), so storing the
    /// attribute on an instance may write its dict directly. Validated by the same sum:
    /// an override anywhere along the MRO changes it.
    plain_setattr: bool,
}

/// The contents of a closure cell as this thread last read them.
#[derive(Default)]
struct CellEntry {
    /// `CellObj::serial` of the cell (0, which no cell has: unused).
    serial: u64,
    version: u64,
    value: Lent,
}

/// A class attribute looked up by a Rust string (special methods in `ops`).
#[derive(Default)]
struct StrAttrEntry {
    ty: Value,
    name: Box<str>,
    sum: u64,
    value: Value,
}

/// The caches of one thread (owned by its `Ctx`).
pub struct LookupCache {
    globals: Box<[GlobalEntry]>,
    cells: Box<[CellEntry]>,
    attrs: Box<[AttrEntry]>,
    str_attrs: Box<[StrAttrEntry]>,
}

impl Default for LookupCache {
    fn default() -> Self {
        LookupCache::new()
    }
}

#[inline(always)]
fn slot(a: u64, b: u64, n: usize) -> usize {
    let h = (a >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (b >> 4);
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & (n - 1)
}

#[inline(always)]
fn str_obj(name: &Value) -> Option<&StrObj> {
    match name.payload() {
        Some(Payload::Str(s)) => Some(s),
        _ => None,
    }
}

/// Sum of the versions of the dicts along `ty`'s MRO (itself first).
#[inline]
fn mro_version_sum(ty: &Value) -> Option<u64> {
    Some(ty.as_type()?.mro_version_sum(ty))
}

impl LookupCache {
    /// Empty caches; the tables are allocated on first use (short-lived contexts, such as
    /// the one finalising a generator, never pay for them).
    pub fn new() -> LookupCache {
        LookupCache {
            globals: Box::new([]),
            cells: Box::new([]),
            attrs: Box::new([]),
            str_attrs: Box::new([]),
        }
    }

    /// Drops every cached reference (called while the thread is still attached).
    pub fn clear(&mut self) {
        self.globals = Box::new([]);
        self.cells = Box::new([]);
        self.attrs = Box::new([]);
        self.str_attrs = Box::new([]);
    }

    /// `LoadGlobal`: `name` (a str) in `globals`, then in `builtins` (both dicts).
    /// None when it is in neither (or either is not a dict). A hit gives a borrowed copy
    /// ([`Value::borrow_global`]): only for the interpreter's operand stack.
    #[inline]
    pub fn load_global(
        &mut self,
        globals: &Value,
        builtins: &Value,
        name: &Value,
    ) -> Option<Value> {
        let g = as_dict(globals)?;
        let i = slot(globals.bits(), name.bits(), GLOBAL_SLOTS);
        let Some(e) = self.globals.get(i) else {
            return self.fill_global(i, globals, builtins, name);
        };
        if e.name.is(name) && e.globals.is(globals) && e.builtins.is(builtins) {
            let gver = g.version();
            if gver == e.gver {
                if e.bver == NOT_BUILTIN {
                    return Some(hand_out(&e.value.0));
                }
                if let Some(b) = as_dict(builtins) {
                    if b.version() == e.bver {
                        return Some(hand_out(&e.value.0));
                    }
                }
            }
        }
        self.fill_global(i, globals, builtins, name)
    }

    /// After this thread stored `value` to `name` in `globals` (`StoreGlobal`, a
    /// module-level `StoreName`), leaving the dict at `version`: an entry for the name
    /// takes the new value (valid at that version) and lets go of the old one at once.
    /// So module-level code that rebinds a global in a loop and reads it back hits the
    /// cache, and what the rebinding freed is freed now (its `__del__` can run before the
    /// next statement), not when the entry is next refreshed.
    #[inline]
    pub fn store_global(&mut self, globals: &Value, name: &Value, value: &Value, version: u64) {
        let i = slot(globals.bits(), name.bits(), GLOBAL_SLOTS);
        if let Some(e) = self.globals.get_mut(i) {
            if e.name.is(name) && e.globals.is(globals) {
                e.gver = version;
                e.bver = NOT_BUILTIN;
                e.value = Lent(value.clone()); // the old one is retired as it drops
            }
        }
    }

    /// Drops this thread's entry for `name` in `globals`, if any (`del name`): the entry
    /// holds a strong reference to the value, which would otherwise outlive the `del`
    /// until the entry is overwritten (visible through weak references). Other threads'
    /// entries, and entries of names rebound by a store, still keep the old value until
    /// they are refreshed (see the module documentation).
    pub fn forget_global(&mut self, globals: &Value, name: &Value) {
        let i = slot(globals.bits(), name.bits(), GLOBAL_SLOTS);
        if let Some(e) = self.globals.get_mut(i) {
            if e.name.is(name) && e.globals.is(globals) {
                *e = GlobalEntry::default();
            }
        }
    }

    /// `LoadDeref`: the contents of `cell` (NULL when empty). A hit gives a borrowed copy
    /// ([`Value::borrow_global`]): closure variables read by many threads (a worker
    /// closing over `main()`'s table) are then not counted from every thread.
    #[inline]
    pub fn load_cell(&mut self, cell: &CellObj) -> Value {
        let i = cell.serial() as usize & (CELL_SLOTS - 1);
        let version = cell.version();
        if let Some(e) = self.cells.get(i) {
            if e.serial == cell.serial() && e.version == version {
                return hand_out(&e.value.0);
            }
        }
        self.fill_cell(i, cell, version)
    }

    #[cold]
    #[inline(never)]
    fn fill_cell(&mut self, i: usize, cell: &CellObj, version: u64) -> Value {
        let value = cell.get();
        // Read after `version`, so at least that new; cached only if no write came
        // between (the entry then names a value no older than its version's write).
        if value.is_null() || cell.version() != version {
            return value;
        }
        if self.cells.is_empty() {
            self.cells = (0..CELL_SLOTS).map(|_| CellEntry::default()).collect();
        }
        self.evict_dead_cells();
        cell.mark_cached();
        self.cells[i] = CellEntry {
            serial: cell.serial(),
            version,
            value: Lent(value.clone()),
        };
        value
    }

    /// Drops the entries of the cells this thread freed (see the module docs). Dropping an
    /// entry's value may free more cells; they are handled in the same call.
    pub fn evict_dead_cells(&mut self) {
        while crate::object::cell::has_dead_cells() {
            match crate::object::cell::take_dead_cells() {
                Some(serials) => {
                    for serial in serials {
                        let i = serial as usize & (CELL_SLOTS - 1);
                        if let Some(e) = self.cells.get_mut(i) {
                            if e.serial == serial {
                                *e = CellEntry::default();
                            }
                        }
                    }
                }
                None => {
                    for e in self.cells.iter_mut() {
                        *e = CellEntry::default();
                    }
                }
            }
        }
    }

    #[cold]
    #[inline(never)]
    fn fill_global(
        &mut self,
        i: usize,
        globals: &Value,
        builtins: &Value,
        name: &Value,
    ) -> Option<Value> {
        let g = as_dict(globals)?;
        let s = str_obj(name)?;
        let (found, gver) = g.get_str_versioned(s.hash(), s.as_str());
        let (value, bver) = match found {
            Some(v) => (v, NOT_BUILTIN),
            None => {
                let b = as_dict(builtins)?;
                let (found, bver) = b.get_str_versioned(s.hash(), s.as_str());
                (found?, bver)
            }
        };
        if self.globals.is_empty() {
            self.globals = (0..GLOBAL_SLOTS).map(|_| GlobalEntry::default()).collect();
        }
        let e = &mut self.globals[i];
        if e.name.is(name) && e.globals.is(globals) && e.builtins.is(builtins) {
            // Same key, stale version (module-level code rebinding globals in a loop):
            // refresh in place.
            e.gver = gver;
            e.bver = bver;
            e.value = Lent(value.clone()); // the old one is retired as it drops
        } else {
            *e = GlobalEntry {
                globals: globals.clone(),
                builtins: builtins.clone(),
                name: name.clone(),
                gver,
                bver,
                value: Lent(value.clone()),
            };
        }
        Some(value)
    }

    /// `types::lookup` for a name given as a `str` value: the attribute of class `ty`
    /// (searching its MRO), without running script code.
    #[inline]
    pub fn class_attr(&mut self, ty: &Value, name: &Value) -> Option<Value> {
        self.class_attr_for_store(ty, name).0
    }

    /// [`LookupCache::class_attr`], and whether the class's `__setattr__` is `object`'s
    /// (`StoreAttr` needs both; one probe of the cache answers them).
    #[inline]
    pub fn class_attr_for_store(&mut self, ty: &Value, name: &Value) -> (Option<Value>, bool) {
        let i = slot(ty.bits(), name.bits(), ATTR_SLOTS);
        let Some(e) = self.attrs.get(i) else {
            return self.fill_attr(i, ty, name);
        };
        if e.ty.is(ty) && e.name.is(name) {
            if let Some(sum) = mro_version_sum(ty) {
                if sum == e.sum {
                    let v = if e.value.is_null() {
                        None
                    } else {
                        Some(e.value.clone())
                    };
                    return (v, e.plain_setattr);
                }
            }
        }
        self.fill_attr(i, ty, name)
    }

    #[cold]
    #[inline(never)]
    fn fill_attr(&mut self, i: usize, ty: &Value, name: &Value) -> (Option<Value>, bool) {
        let Some(t) = ty.as_type() else {
            return (None, false);
        };
        let before = t.mro_version_sum(ty);
        let mut found = None;
        let mut setattr = None;
        for c in t.mro_with(ty) {
            if let Some(d) = c.namespace() {
                if found.is_none() {
                    found = dict_get_name(d, name);
                }
                if setattr.is_none() {
                    setattr = d.get_str("__setattr__");
                }
            }
        }
        let plain_setattr =
            setattr.is_some_and(|s| matches!(s.payload(), Some(Payload::NativeFunction(_))));
        // Cache only a consistent snapshot: no class dict changed during the walk.
        if t.mro_version_sum(ty) == before && str_obj(name).is_some() {
            if self.attrs.is_empty() {
                self.attrs = (0..ATTR_SLOTS).map(|_| AttrEntry::default()).collect();
            }
            self.attrs[i] = AttrEntry {
                ty: ty.clone(),
                name: name.clone(),
                sum: before,
                value: found.clone().unwrap_or(Value::NULL),
                plain_setattr,
            };
        }
        (found, plain_setattr)
    }

    /// [`crate::types::lookup`] through the cache, for a name given as a Rust string
    /// (special methods such as `__add__`, `__call__`, `__getattr__`).
    #[inline]
    pub fn class_attr_str(&mut self, ty: &Value, name: &str) -> Option<Value> {
        let i = slot(
            ty.bits(),
            name.as_ptr() as u64 ^ name.len() as u64,
            ATTR_SLOTS,
        );
        if let Some(e) = self.str_attrs.get(i) {
            if e.ty.is(ty) && &*e.name == name {
                if let Some(sum) = mro_version_sum(ty) {
                    if sum == e.sum {
                        return if e.value.is_null() {
                            None
                        } else {
                            Some(e.value.clone())
                        };
                    }
                }
            }
        }
        self.fill_attr_str(i, ty, name)
    }

    #[cold]
    #[inline(never)]
    fn fill_attr_str(&mut self, i: usize, ty: &Value, name: &str) -> Option<Value> {
        let before = mro_version_sum(ty)?;
        let found = crate::types::lookup(ty, name);
        if mro_version_sum(ty) == Some(before) {
            if self.str_attrs.is_empty() {
                self.str_attrs = (0..ATTR_SLOTS).map(|_| StrAttrEntry::default()).collect();
            }
            self.str_attrs[i] = StrAttrEntry {
                ty: ty.clone(),
                name: name.into(),
                sum: before,
                value: found.clone().unwrap_or(Value::NULL),
            };
        }
        found
    }
}
