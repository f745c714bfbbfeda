//! Tuples handed out again: an iterator that yields a fresh tuple per step
//! (`enumerate`, `zip`, `dict.items()`) keeps the last one, and refills it when the consumer
//! has let go of it, as CPython's do. `for i, x in enumerate(xs)` unpacks and drops each
//! tuple at once, so the loop allocates no tuple (and no item array) after its first step.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::gc::is_untracked;
use crate::object::{Obj, Payload};
use crate::types::types;
use crate::value::Value;

/// The tuple an iterator handed out last (an owned reference, or empty). Only ever holds
/// tuples whose items are all untracked, so it never hides a reference cycle from the
/// collector (which does not traverse it). Only the thread that created the iterator
/// uses it (with plain loads and stores: a locked exchange cost more than the allocation
/// it saves); other threads stepping the same iterator get new tuples.
pub(crate) struct TupleSlot {
    word: AtomicU64,
    /// `sync::current_owner()` of the creating thread (None: never used).
    owner: Option<u32>,
}

impl TupleSlot {
    pub(crate) fn new() -> TupleSlot {
        TupleSlot {
            word: AtomicU64::new(0),
            owner: crate::sync::current_owner(),
        }
    }

    #[inline]
    fn mine(&self) -> bool {
        self.owner.is_some() && self.owner == crate::sync::current_owner()
    }

    /// Starts a step: takes the kept tuple out when nothing else references it any more
    /// (on the creating thread only) and lets go
    /// of its items, so that a nested iterator's tuple among them (`enumerate(zip(a, b))`)
    /// is free to be refilled too. Hand the result to [`TupleSlot::finish`].
    pub(crate) fn begin(&self) -> Refill {
        if !self.mine() {
            return Refill(Value::NULL);
        }
        // Relaxed: only this thread touches the word (`mine`).
        // SAFETY: the word is 0 (NULL) or an owned reference put there by `finish`.
        let last = unsafe { Value::from_bits(self.word.load(Ordering::Relaxed)) };
        self.word.store(0, Ordering::Relaxed);
        if !refillable(&last) {
            return Refill(Value::NULL);
        }
        let p = last.bits() as *mut Obj;
        // SAFETY: `last` is the only reference to this live tuple (checked), so nobody
        // reads its items while they change; None is untracked like the old items.
        // Dropping them only decrements counts (no script code runs).
        unsafe {
            if let Payload::Tuple(slots) = &mut (*p).payload {
                for slot in slots.iter_mut() {
                    *slot = Value::NONE;
                }
            }
        }
        Refill(last)
    }

    /// A tuple of `items` (moved out, leaving None): `refill`'s tuple when it has as many
    /// items, else a new one. Kept for the next step when its items are untracked, like
    /// the old ones: refilling never changes whether the tuple belongs in the
    /// collector's registry.
    pub(crate) fn finish(&self, refill: Refill, items: &mut [Value]) -> Value {
        if !self.mine() || !items.iter().all(is_untracked) {
            return Value::tuple(items.iter_mut().map(std::mem::take).collect());
        }
        let last = refill.0;
        let same_len = matches!(last.payload(), Some(Payload::Tuple(t)) if t.len() == items.len());
        let t = if same_len {
            let p = last.bits() as *mut Obj;
            // SAFETY: as in `begin`: still the only reference (nothing could reach it in
            // between); the new items are untracked.
            unsafe {
                if let Payload::Tuple(slots) = &mut (*p).payload {
                    for (slot, v) in slots.iter_mut().zip(items) {
                        *slot = std::mem::take(v);
                    }
                }
            }
            last
        } else {
            Value::tuple(items.iter_mut().map(std::mem::take).collect())
        };
        // SAFETY: the word owned its reference (or is 0), now ours to drop; only this
        // thread touches it.
        drop(unsafe { Value::from_bits(self.word.load(Ordering::Relaxed)) });
        self.word.store(t.clone().into_bits(), Ordering::Relaxed);
        t
    }
}

/// A kept tuple taken out for one step (or NULL): see [`TupleSlot::begin`].
pub(crate) struct Refill(Value);

impl Drop for TupleSlot {
    fn drop(&mut self) {
        // SAFETY: as in `begin`.
        drop(unsafe { Value::from_bits(*self.word.get_mut()) });
    }
}

/// Whether `v` is an exact tuple whose only reference is the caller's.
fn refillable(v: &Value) -> bool {
    v.unique_exact(&types().tuple).is_some()
}
