//! `Value`: one tagged machine word.
//!
//! Encoding of the 64-bit word:
//! - `...xxxx1`: a small integer, the payload is the word shifted right arithmetically by one
//!   (63-bit signed range; larger integers are heap `int` objects holding a `BigInt`).
//! - `...xx010`: an immediate: None, False, True, NotImplemented, Ellipsis.
//! - `0`: NULL, an internal marker (an unbound local, the "no self" slot of `LoadMethod`);
//!   it never reaches script code.
//! - any other word with the low three bits clear: a pointer to a heap [`Obj`].
//! - `...xx100` / `...xx110`: a *borrowed* pointer (the pointer plus 0b100, or 0b110), which
//!   owns no reference. The interpreter's operand stack holds these: copies of a frame's
//!   locals ([`Value::borrow_local`]) and of globals held by the thread's lookup cache
//!   ([`Value::borrow_global`]); so do a frame's local slots, for items of shared lists
//!   ([`epoch_borrows`]) and for a plain call's closure cells.
//!
//! A `Value` owns one reference: `Clone` increments the object's count, `Drop` decrements it
//! (immortal objects and non-pointers skip both). A borrowed pointer's `Drop` does nothing,
//! and its `Clone` is an ordinary counted reference, so it cannot escape the stack uncounted.
//! Every value is `Send + Sync`.

use std::fmt;
use std::ptr::NonNull;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::{self, Obj, Payload};
use crate::types::types;

#[repr(transparent)]
pub struct Value(u64);

// SAFETY: a Value is either an immediate or a counted reference to an `Obj`, whose contents
// are only mutated through `ObjLock`s or atomics and whose count is updated through
// `RefCount` (atomic in the default build, GIL-protected in the `gil` build).
unsafe impl Send for Value {}
// SAFETY: as above.
unsafe impl Sync for Value {}

const TAG_INT: u64 = 0b1;
const TAG_IMM: u64 = 0b010;
const IMM_MASK: u64 = 0b111;
/// Added to an object pointer to mark a borrowed (uncounted) reference.
const TAG_BORROWED: u64 = 0b100;
/// Borrowed from the lookup cache (counted in `global_borrows`).
const TAG_GLOBAL_BORROW: u64 = 0b110;
/// The low bits of a pointer word (cleared to get the object pointer).
const PTR_TAG_MASK: u64 = 0b111;

/// Is `w` a pointer word (counted or borrowed): not an int (low bit set), not an
/// immediate (`010`), not NULL?
#[inline(always)]
const fn is_ptr_word(w: u64) -> bool {
    // Bit `low` of 0b0101_0001 is set for the pointer tags 000, 100 and 110.
    w != 0 && (0b0101_0001u64 >> (w & PTR_TAG_MASK)) & 1 != 0
}

/// Smallest and largest integers stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

impl Value {
    pub const NULL: Value = Value(0);
    pub const NONE: Value = Value(TAG_IMM);
    pub const FALSE: Value = Value((1 << 3) | TAG_IMM);
    pub const TRUE: Value = Value((2 << 3) | TAG_IMM);
    pub const NOT_IMPLEMENTED: Value = Value((3 << 3) | TAG_IMM);
    pub const ELLIPSIS: Value = Value((4 << 3) | TAG_IMM);

    // ---- construction ---------------------------------------------------------------------

    /// An `int`: inline when it fits in 63 bits, else a heap big integer.
    #[inline]
    pub fn int(i: i64) -> Value {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Value(((i as u64) << 1) | TAG_INT)
        } else {
            Value::new_obj(types().int.clone(), Payload::Int(BigInt::from(i)))
        }
    }

    /// An `int` from a big integer, normalised to the inline form when it fits.
    pub fn bigint(i: BigInt) -> Value {
        match i.to_i64() {
            Some(small) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&small) => Value::int(small),
            _ => Value::new_obj(types().int.clone(), Payload::Int(i)),
        }
    }

    pub fn float(f: f64) -> Value {
        // SAFETY: the payload is written, and a float is not tracked.
        let obj = unsafe {
            object::alloc_untracked_with(types().float.clone(), |p| p.write(Payload::Float(f)))
        };
        Value(obj.as_ptr() as u64)
    }

    /// The float `x`, the result of an operation that consumes its operands `a` and `b`:
    /// written into the object of an operand that is a temporary exact float (the caller's
    /// counted reference is the only one, as for the product in `a * b + c`) instead of a
    /// new allocation. Nobody can see that object change: no other reference exists, and
    /// no uncounted one either (an item borrowed from a shared container stays counted by
    /// the container, or by its retirement, until the borrower counts it; see
    /// [`epoch_borrows`]). Constants are immortal, so never unique.
    #[inline]
    pub(crate) fn float_result(a: Value, b: Value, x: f64) -> Value {
        match a.reuse_float(x) {
            Ok(v) => v,
            Err(_) => match b.reuse_float(x) {
                Ok(v) => v,
                Err(_) => Value::float(x),
            },
        }
    }

    /// `self`'s object holding `x`, if `self` is the only reference to an exact float;
    /// `self` back otherwise.
    #[inline(always)]
    fn reuse_float(self, x: f64) -> Result<Value, Value> {
        let Some(p) = self.unique_exact(&types().float) else {
            return Err(self);
        };
        // SAFETY: `unique_exact`: nothing else reads or holds a reference into the
        // payload while it is written. A float has nothing to drop.
        unsafe {
            if let Payload::Float(slot) = &mut (*p).payload {
                *slot = x;
            }
        }
        Ok(self)
    }

    /// The object behind `self`, for writing its payload in place, when `self` is a
    /// counted reference to an exact instance of the builtin `class` (so the payload's
    /// kind is known) and the only reference to it. The one rule behind every in-place
    /// reuse (float temporaries, `s += t`, refilled tuples): no other thread can add a
    /// reference without holding one, and the uncounted holders (epoch borrows from
    /// shared containers) keep the object counted until they count it themselves
    /// (docs/memory-model.md, invariant 11). The pointer comes from the word itself,
    /// whose provenance the allocation exposed, so it may be written through.
    #[inline(always)]
    pub(crate) fn unique_exact(&self, class: &Value) -> Option<*mut Obj> {
        if !self.is_counted_ptr() {
            return None;
        }
        let p = self.0 as *mut Obj;
        // SAFETY: a counted pointer owns a reference to a live object.
        let obj = unsafe { &*p };
        (obj.class().is(class) && obj.rc().is_unique()).then_some(p)
    }

    #[inline]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    pub fn str(s: &str) -> Value {
        Value::new_obj(
            types().str.clone(),
            Payload::Str(object::StrObj::new(s.into())),
        )
    }

    pub fn string(s: String) -> Value {
        Value::new_obj(
            types().str.clone(),
            Payload::Str(object::StrObj::new(s.into_boxed_str())),
        )
    }

    pub fn bytes(b: Vec<u8>) -> Value {
        Value::new_obj(types().bytes.clone(), Payload::Bytes(b.into_boxed_slice()))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::new_obj(
            types().tuple.clone(),
            Payload::Tuple(items.into_boxed_slice()),
        )
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::new_obj(
            types().list.clone(),
            Payload::List(object::ListObj::new(items)),
        )
    }

    pub fn dict() -> Value {
        Value::new_obj(types().dict.clone(), Payload::Dict(Box::default()))
    }

    /// Allocates a heap object of class `ty` (a type object).
    pub fn new_obj(ty: Value, payload: Payload) -> Value {
        let ptr = object::alloc(Obj::new(ty, payload));
        Value(ptr.as_ptr() as u64)
    }

    /// A new counted reference to an object we already hold a reference to.
    pub fn from_obj(obj: &Obj) -> Value {
        obj.rc().incref();
        Value(obj as *const Obj as u64)
    }

    // ---- inspection -----------------------------------------------------------------------

    /// The raw word (identity for `is`, and the basis of `id()`); a borrowed pointer gives
    /// the same word as a counted one.
    #[inline]
    pub fn raw(&self) -> u64 {
        // Clears bit 2 only in pointer words (low two bits clear), never in an int.
        self.0 & !((is_ptr_word(self.0) as u64) * PTR_TAG_MASK)
    }

    /// The word as stored (a borrowed pointer keeps its tag): for hashing values that are
    /// never borrowed, such as cache keys, where [`Value::raw`]'s untagging is wasted work.
    #[inline(always)]
    pub(crate) fn bits(&self) -> u64 {
        self.0
    }

    /// The word, giving up ownership (a container slot written with an atomic store
    /// takes over the reference; see `object::table`).
    #[inline(always)]
    pub(crate) fn into_bits(self) -> u64 {
        let b = self.0;
        std::mem::forget(self);
        b
    }

    /// Takes back ownership of a word produced by [`Value::into_bits`].
    ///
    /// # Safety
    /// `bits` must own a reference (came from `into_bits` and was not taken back since).
    #[inline(always)]
    pub(crate) unsafe fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    /// A new counted reference to the value whose word is `bits`, without taking over
    /// the reference the word stands for.
    ///
    /// # Safety
    /// The object (if `bits` is a pointer) must be alive: its count is not zero and cannot
    /// reach zero during the call (e.g. a slot read under the rules of `sync::epoch`).
    #[cfg_attr(feature = "gil", allow(dead_code))]
    #[inline(always)]
    pub(crate) unsafe fn clone_from_bits(bits: u64) -> Value {
        let v = std::mem::ManuallyDrop::new(Value(bits));
        (*v).clone()
    }

    /// `a is b`.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        // Equal words, or the same pointer once counted and once borrowed.
        self.0 == other.0
            || (is_ptr_word(self.0)
                && is_ptr_word(other.0)
                && (self.0 ^ other.0) & !PTR_TAG_MASK == 0)
    }

    /// A borrowed (uncounted) copy of `self`, for the interpreter's operand stack.
    ///
    /// # Safety
    /// `self` (a frame's local variable) must keep its object alive for as long as the copy
    /// exists, and the copy must never be moved into any other storage: only cloned
    /// (which counts a new reference), used by reference, or dropped. The interpreter pops
    /// such copies with an owning pop wherever an operand is stored, and converts them
    /// before the local they borrow from is overwritten (`interp/eval.rs`).
    #[inline(always)]
    pub unsafe fn borrow_local(&self) -> Value {
        if self.0 & IMM_MASK == 0 {
            // NULL (0) stays NULL; a counted pointer gets the borrowed tag.
            Value(self.0 | (((self.0 != 0) as u64) * TAG_BORROWED))
        } else {
            Value(self.0)
        }
    }

    /// A borrowed (uncounted) copy of a global's value held by this thread's lookup cache.
    ///
    /// # Safety
    /// As for [`Value::borrow_local`], with the cache entry as the owner: the cache does not
    /// drop a value while this thread has borrowed copies of cached values alive
    /// ([`global_borrows::retire`]); the interpreter counts such copies before calling a
    /// script function and before a generator suspends, so they never outlive one stretch
    /// of a frame's code.
    #[inline(always)]
    pub unsafe fn borrow_global(&self) -> Value {
        if self.is_counted_ptr() {
            global_borrows::acquire();
            Value(self.0 | TAG_GLOBAL_BORROW)
        } else {
            self.clone()
        }
    }

    /// A second borrowed copy of a borrowed value (for `Copy` on the operand stack).
    ///
    /// # Safety
    /// As for the borrow `self` came from: the copy lives on the same stack.
    #[inline]
    pub unsafe fn dup_borrowed(&self) -> Value {
        if self.0 & PTR_TAG_MASK == TAG_GLOBAL_BORROW {
            global_borrows::acquire();
        }
        Value(self.0)
    }

    /// Is this a copy borrowed from the lookup cache (see [`Value::borrow_global`])?
    #[inline(always)]
    pub fn is_global_borrow(&self) -> bool {
        self.0 & PTR_TAG_MASK == TAG_GLOBAL_BORROW
    }

    /// Is this a borrowed pointer (see [`Value::borrow_local`])?
    #[inline(always)]
    pub fn is_borrowed(&self) -> bool {
        // 100 or 110 (not 000, 010 or an int).
        self.0 & 0b101 == TAG_BORROWED
    }

    /// An owning version of `self`: a borrowed pointer becomes a counted reference.
    #[inline(always)]
    pub fn into_owned(self) -> Value {
        if self.is_borrowed() {
            self.clone()
        } else {
            self
        }
    }

    #[inline]
    pub fn is_null(&self) -> bool {
        self.0 == 0
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        self.0 == Value::NONE.0
    }
    #[inline]
    pub fn is_small_int(&self) -> bool {
        self.0 & TAG_INT != 0
    }
    /// A pointer, counted or borrowed.
    #[inline]
    fn is_ptr(&self) -> bool {
        is_ptr_word(self.0)
    }
    /// A counted pointer (what `Clone`/`Drop` update).
    #[inline(always)]
    pub(crate) fn is_counted_ptr(&self) -> bool {
        self.0 != 0 && self.0 & IMM_MASK == 0
    }
    #[inline]
    pub fn is_bool(&self) -> bool {
        self.0 == Value::TRUE.0 || self.0 == Value::FALSE.0
    }

    /// The inline integer, if this is one (`bool` is not: use [`Value::as_int`] for that).
    #[inline]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.0 as i64) >> 1)
        } else {
            None
        }
    }

    /// Any `int` (or `bool`) that fits in an i64.
    pub fn as_int(&self) -> Option<i64> {
        if let Some(i) = self.as_small_int() {
            return Some(i);
        }
        if self.is_bool() {
            return Some((self.0 == Value::TRUE.0) as i64);
        }
        match self.payload() {
            Some(Payload::Int(b)) => b.to_i64(),
            _ => None,
        }
    }

    /// Any `int` or `bool` as a big integer.
    pub fn as_bigint(&self) -> Option<BigInt> {
        if let Some(i) = self.as_small_int() {
            return Some(BigInt::from(i));
        }
        if self.is_bool() {
            return Some(BigInt::from((self.0 == Value::TRUE.0) as i64));
        }
        match self.payload() {
            Some(Payload::Int(b)) => Some(b.clone()),
            _ => None,
        }
    }

    pub fn as_float(&self) -> Option<f64> {
        match self.payload() {
            Some(Payload::Float(f)) => Some(*f),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s.as_str()),
            _ => None,
        }
    }

    pub fn as_tuple(&self) -> Option<&[Value]> {
        match self.payload() {
            Some(Payload::Tuple(t)) => Some(t),
            _ => None,
        }
    }

    /// The heap object, if this is a pointer.
    #[inline]
    pub fn as_obj(&self) -> Option<&Obj> {
        if self.is_ptr() {
            // SAFETY: a counted pointer owns a reference, and a borrowed one is kept alive by
            // the local it borrows from (`borrow_local`'s contract), so the object is alive
            // for at least as long as `self` is borrowed.
            Some(unsafe { &*((self.0 & !PTR_TAG_MASK) as *const Obj) })
        } else {
            None
        }
    }

    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        self.as_obj().map(|o| &o.payload)
    }

    /// The class of this value (a type object).
    pub fn class(&self) -> &Value {
        if let Some(obj) = self.as_obj() {
            return obj.class();
        }
        let t = types();
        if self.is_small_int() {
            &t.int
        } else if self.is_bool() {
            &t.bool
        } else if self.is_none() {
            &t.none_type
        } else if self.0 == Value::NOT_IMPLEMENTED.0 {
            &t.not_implemented_type
        } else if self.0 == Value::ELLIPSIS.0 {
            &t.ellipsis_type
        } else {
            // NULL never reaches script code; answer something harmless.
            &t.none_type
        }
    }

    /// Whether this value's class is a builtin type (not a class defined by a script):
    /// then the payload's own behaviour is the class's, so fast paths may read the
    /// payload (`len`, iteration, unpacking) without looking for an override.
    #[inline]
    pub fn has_builtin_class(&self) -> bool {
        self.class().as_type().is_some_and(|t| t.builtin)
    }

    /// The class name for error messages, as CPython's `tp_name`: `'int'`, `'MyClass'`,
    /// and `'re.Pattern'` for classes defined natively in a module.
    pub fn type_name(&self) -> &str {
        match self.class().payload() {
            Some(Payload::Type(t)) => t.tp_name(),
            _ => "?",
        }
    }

    /// The class's `__name__` (`'Pattern'` for an `re.Pattern`), for reprs and the messages
    /// that CPython builds from `type(x).__name__`.
    pub fn class_name(&self) -> &str {
        match self.class().payload() {
            Some(Payload::Type(t)) => &t.name,
            _ => "?",
        }
    }

    /// Is this a type object?
    pub fn is_type(&self) -> bool {
        matches!(self.payload(), Some(Payload::Type(_)))
    }

    /// The type object's data, if this is a type.
    pub fn as_type(&self) -> Option<&object::TypeObj> {
        match self.payload() {
            Some(Payload::Type(t)) => Some(t),
            _ => None,
        }
    }
}

impl Clone for Value {
    #[inline]
    fn clone(&self) -> Value {
        if self.is_ptr() {
            // A clone of a borrowed pointer is a counted one.
            let counted = self.0 & !PTR_TAG_MASK;
            // SAFETY: as in `as_obj`: the object is alive while `self` is.
            unsafe { &*(counted as *const Obj) }.rc().incref();
            return Value(counted);
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline]
    fn drop(&mut self) {
        if self.0 & PTR_TAG_MASK == TAG_GLOBAL_BORROW {
            global_borrows::release();
        } else if self.is_counted_ptr() {
            // SAFETY: a counted pointer owns a reference to a live object.
            let obj = unsafe { &*(self.0 as *const Obj) };
            if obj.rc().decref() {
                // SAFETY: the count reached zero, so this was the last reference and nobody
                // else can reach the object any more.
                unsafe { object::dealloc(NonNull::from(obj)) };
            }
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::NONE
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::int(i)
    }
}
impl From<usize> for Value {
    fn from(i: usize) -> Value {
        Value::int(i as i64)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::float(f)
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::str(s)
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::string(s)
    }
}

/// Debug output never runs script code: it shows the type and, for simple values, the value.
impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_null() {
            return write!(f, "<NULL>");
        }
        if let Some(i) = self.as_small_int() {
            return write!(f, "{i}");
        }
        match self.payload() {
            Some(Payload::Str(s)) => write!(f, "{:?}", s.as_str()),
            Some(Payload::Float(x)) => write!(f, "{x:?}"),
            Some(Payload::Int(b)) => write!(f, "{b}"),
            Some(Payload::Type(t)) => write!(f, "<class '{}'>", t.name),
            _ if self.is_none() => write!(f, "None"),
            _ if self.is_bool() => write!(f, "{}", self.0 == Value::TRUE.0),
            _ => write!(f, "<{} object>", self.type_name()),
        }
    }
}

pub(crate) mod epoch_borrows {
    //! Items read from shared lists and dicts into local variables without counting them
    //! (`k = items[i]`, `v = d[k]`, `for k in items:`, and `items[i].method()`'s `self`;
    //! the instruction pairs are in `interp/eval.rs`).
    //!
    //! `k = KEYS[i]`, with `KEYS` a list that several threads read, used to count the item
    //! on every read: an atomic write to a line that the other threads had written before
    //! (they counted the same items), so one coherence miss per read once the threads have
    //! walked over the same items, even when no two touch an item at the same moment.
    //!
    //! Instead, such a read stores a *borrowed* word (the pointer with the borrowed tag) in
    //! the local. It owns no reference; what keeps the object alive is the epoch:
    //! - the item was in a *shared* list or dict (one another thread has locked), and a
    //!   shared container retires (through [`crate::sync::epoch`]) every reference it lets
    //!   go of, including when the container itself is freed; this thread is pinned, so
    //!   nothing retired after the read is freed before it repins or unpins;
    //! - so before this thread repins (`epoch::quiesce`), unpins (detaches), parks for the
    //!   cycle collector or collects itself (which frees garbage without the epoch, by
    //!   counts that must then include every reference), it turns the borrowed locals of
    //!   all its frames into counted references ([`count_all`]); a generator frame does
    //!   the same for its own locals before it suspends.
    //!
    //! Frames that hold such locals are listed here (the address and length of their local
    //! slots, innermost last) from their first borrow until `count_all` (which counts
    //! their borrowed locals and empties the list) or until they stop running, whichever
    //! comes first. A frame remembers the list's *generation* it joined; `count_all` starts
    //! a new one, so a frame that borrows again afterwards lists itself again, and the work
    //! of `count_all` is bounded by the frames that borrowed since the last one (not by the
    //! depth of the stack).
    //! Borrowed words only ever sit in a frame's local slots (`varnames`, never its deref
    //! cells) or, as copies of those, on its operand stack, where the rules of
    //! [`Value::borrow_local`] apply to them: a counted local keeps them valid once the
    //! local has been counted.
    use super::{Value, TAG_BORROWED};
    use std::cell::{Cell, RefCell};

    thread_local! {
        /// (address of the first local slot, number of local slots) of each frame of this
        /// thread that borrowed items in the current generation, innermost last.
        static FRAMES: RefCell<Vec<(usize, usize)>> = const { RefCell::new(Vec::new()) };
        /// The current generation of `FRAMES` (never 0, which frames use for "not listed").
        static GENERATION: Cell<u64> = const { Cell::new(1) };
    }

    /// Whether a frame that joined the list in generation `gen` (0: never) is still on it.
    #[inline]
    pub(crate) fn is_listed(gen: u64) -> bool {
        gen != 0 && GENERATION.try_with(|g| g.get() == gen).unwrap_or(false)
    }

    /// The item word `bits` just read from a shared container, for a local slot of a frame
    /// listed in generation `gen` ([`enter_frame`]): a borrowed word (an int or immediate
    /// stays itself), or a counted reference when `gen` is 0 (the frame could not be
    /// listed).
    ///
    /// # Safety
    /// `bits` was read, by the lock-free protocol, from a list or dict that was shared at
    /// that moment, and the result is only stored in a local slot of that frame (before
    /// this thread next repins).
    #[inline]
    pub(crate) unsafe fn borrow_item(bits: u64, gen: u64) -> Value {
        if gen == 0 {
            // SAFETY: the caller's contract: the object is alive while this thread is
            // pinned, so it may be counted.
            return unsafe { Value::clone_from_bits(bits) };
        }
        // Not dropped: this word owns no reference of ours.
        let v = std::mem::ManuallyDrop::new(Value(bits));
        if v.is_counted_ptr() {
            Value(bits | TAG_BORROWED)
        } else {
            Value(bits)
        }
    }

    /// Lists a frame's local slots (`slots`, `len` of them) as holding borrowed items, and
    /// returns the generation it joined. The slots must stay allocated, at this address,
    /// until [`leave_frame`] (or the end of the generation). 0 when the thread is being
    /// torn down (its thread-locals are gone): the caller must then count the item.
    pub(crate) fn enter_frame(slots: *mut Value, len: usize) -> u64 {
        let Ok(gen) = GENERATION.try_with(|g| g.get()) else {
            return 0;
        };
        match FRAMES.try_with(|f| f.borrow_mut().push((slots as usize, len))) {
            Ok(()) => gen,
            Err(_) => 0,
        }
    }

    /// Removes the frame whose slots start at `slots`, listed in generation `gen` (and any
    /// frame listed after it, which can only be a frame that is gone). Nothing to do when
    /// that generation has ended: `count_all` emptied the list.
    pub(crate) fn leave_frame(slots: *mut Value, gen: u64) {
        if !is_listed(gen) {
            return;
        }
        let _ = FRAMES.try_with(|f| {
            let mut f = f.borrow_mut();
            if let Some(at) = f.iter().rposition(|&(p, _)| p == slots as usize) {
                f.truncate(at);
            }
        });
    }

    /// Turns the borrowed words among `slots` into counted references.
    #[inline]
    pub(crate) fn count_slots(slots: &mut [Value]) {
        for v in slots.iter_mut() {
            if v.is_borrowed() {
                // The clone of a borrowed word is counted; the borrowed one drops as a
                // no-op.
                *v = v.clone();
            }
        }
    }

    /// Counts the borrowed locals of every listed frame, empties the list and starts a new
    /// generation: called before this thread repins, unpins, parks for the collector or
    /// collects. (The `gil` build has no lock-free reads, so nothing is ever borrowed this
    /// way there.)
    #[cfg_attr(feature = "gil", allow(dead_code))]
    pub(crate) fn count_all() {
        if std::thread::panicking() {
            // Unwinding: listed frames may be gone already, and none of them runs again.
            return;
        }
        let _ = FRAMES.try_with(|f| {
            let mut f = f.borrow_mut();
            if f.is_empty() {
                return;
            }
            // Counting runs no other code (an increment), so the list stays borrowed.
            for &(ptr, len) in f.iter() {
                // SAFETY: a listed frame's local slots stay allocated at this address
                // until it leaves the list (`leave_frame`, before the frame is dropped),
                // and it is suspended below the current call on this thread (or is the
                // current frame, inside a call out of the interpreter loop), so nothing
                // else accesses them while this runs. The slots' buffer was handed out by
                // address (`enter_frame`), so the interpreter reloads them after the call
                // that reaches here.
                let slots = unsafe { std::slice::from_raw_parts_mut(ptr as *mut Value, len) };
                count_slots(slots);
            }
            f.clear();
            GENERATION.with(|g| g.set(g.get() + 1));
        });
    }
}

pub(crate) mod global_borrows {
    //! Bookkeeping for [`Value::borrow_global`]: the borrowed copies of values this
    //! thread's lookup cache holds, and what the cache lets go of while such copies exist.
    //!
    //! Two kinds of copies: short-lived ones on an operand stack (counted in `LIVE`; the
    //! interpreter counts them before a script call, so they never span one), and the
    //! callees of running script calls ([`HeldCallee`], listed in `PINNED`), which span
    //! their call. A value the cache lets go of is dropped only when `LIVE` is zero and no
    //! running call pins it; until then it waits in `RETIRED`.
    use super::{Value, PTR_TAG_MASK, TAG_BORROWED};
    use std::cell::{Cell, RefCell};

    thread_local! {
        static LIVE: Cell<usize> = const { Cell::new(0) };
        static RETIRED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
        /// Object addresses of the pinned callees, innermost call last.
        static PINNED: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
    }

    #[inline]
    pub(super) fn acquire() {
        LIVE.with(|n| n.set(n.get() + 1));
    }

    #[cold]
    pub(super) fn release() {
        let left = LIVE.with(|n| {
            let v = n.get().saturating_sub(1);
            n.set(v);
            v
        });
        if left == 0 {
            flush();
        }
    }

    fn is_pinned(addr: u64) -> bool {
        PINNED
            .try_with(|p| p.borrow().contains(&addr))
            .unwrap_or(false)
    }

    /// With no stack copies left: drops the retired values no running call pins.
    fn flush() {
        // `try_with`: during thread teardown the list may already be gone. The borrow
        // ends before anything is dropped: freeing may run a generator's `finally`
        // block, which may retire more values.
        let free = RETIRED.try_with(|r| {
            let mut list = r.borrow_mut();
            if list.is_empty() {
                Vec::new()
            } else {
                let (keep, free) = std::mem::take(&mut *list)
                    .into_iter()
                    .partition(|v| is_pinned(v.raw()));
                *list = keep;
                free
            }
        });
        drop(free);
    }

    /// Called by the lookup cache for a value it stops holding: dropped at once, or kept
    /// until this thread's borrowed copies are gone.
    pub(crate) fn retire(v: Value) {
        if !v.is_counted_ptr() || (LIVE.with(|n| n.get()) == 0 && !is_pinned(v.raw())) {
            return drop(v);
        }
        // Pushing runs no other code, so nothing else can borrow the list meanwhile.
        let mut v = Some(v);
        let _ = RETIRED.try_with(|r| r.borrow_mut().extend(v.take()));
        // Still here only during thread teardown, when no borrowed copies exist.
        drop(v);
    }

    /// The callee of a script call, held by the caller for the length of the call (the
    /// callee's frame borrows the function's closure cells from it).
    ///
    /// A counted or local-borrowed callee is simply kept. A copy borrowed from the lookup
    /// cache is *pinned* instead of counted: it leaves `LIVE` (so values the cache lets go
    /// of during a long call are not all kept) and its address goes on `PINNED`, which
    /// keeps the cache from dropping it until the call returns. A function that every
    /// thread calls (a helper closure defined in `main()`) then costs no count update per
    /// call, where counting it wrote one cache line that every caller shares.
    pub(crate) struct HeldCallee {
        value: Value,
        pinned: bool,
    }

    impl HeldCallee {
        #[inline]
        pub(crate) fn new(value: Value) -> HeldCallee {
            if !value.is_global_borrow() {
                return HeldCallee {
                    value,
                    pinned: false,
                };
            }
            let addr = value.0 & !PTR_TAG_MASK;
            // The same object, as a local borrow: its `Drop` does nothing, where the
            // global borrow's would release a `LIVE` copy that this one no longer is.
            std::mem::forget(value);
            PINNED.with(|p| p.borrow_mut().push(addr));
            release();
            HeldCallee {
                value: Value(addr | TAG_BORROWED),
                pinned: true,
            }
        }

        #[inline]
        pub(crate) fn value(&self) -> &Value {
            &self.value
        }
    }

    impl Drop for HeldCallee {
        #[inline]
        fn drop(&mut self) {
            if self.pinned {
                let _ = PINNED.try_with(|p| p.borrow_mut().pop());
                if LIVE.with(|n| n.get()) == 0 {
                    flush();
                }
            }
        }
    }
}
