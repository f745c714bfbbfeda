//! One collection, with the world stopped: find the tracked objects that are only
//! referenced from other tracked garbage (CPython's `gc_refs` algorithm).
//!
//! 1. Every tracked, mortal object (a full collection), or every one in the young
//!    generation (a young collection), becomes a candidate with `refs` = its reference
//!    count. Immortal objects, and tuples holding only untracked values (they can never be
//!    part of a cycle), leave the registry for good.
//! 2. For every reference from one candidate to another, the target's `refs` drops by one.
//!    What is left counts references from outside the candidates: stacks, host handles,
//!    lookup caches, immortal objects, untracked objects.
//! 3. Candidates with `refs > 0` are reachable, and so is everything reachable from them.
//! 4. The rest is garbage: the collector takes a strong reference to each, and breaks the
//!    cycles after the world resumes ([`super::traverse::clear`]).
//!
//! This is sound for **any** set of candidates: a candidate is garbage only if every
//! reference to it comes from a garbage candidate, so the garbage is closed under incoming
//! references and no thread or outside object can reach it. A young collection therefore
//! needs no write barrier: references from older objects simply count as outside ones
//! (their targets stay alive until a full collection looks at the older objects too).

use std::ptr::NonNull;
use std::sync::atomic::Ordering;

use super::registry::{self, head_of};
use super::traverse::{is_tracked_kind, is_untracked, traverse};
use crate::object::{Obj, Payload};
use crate::value::Value;

struct Candidate {
    obj: NonNull<Obj>,
    refs: usize,
    reachable: bool,
}

/// What a collection found.
pub(crate) struct Found {
    /// A strong reference to every unreachable object.
    pub(crate) garbage: Vec<Value>,
    /// The cost of this collection: registry slots scanned plus references followed.
    pub(crate) work: usize,
    /// How many objects were candidates (for a young collection: the young generation).
    pub(crate) candidates: usize,
}

/// The candidate index of `v` (if it is one), from the scratch word of its head.
#[inline]
fn candidate_of(v: &Value) -> Option<usize> {
    let o = v.as_obj()?;
    if !is_tracked_kind(&o.payload) {
        return None;
    }
    // SAFETY: objects of a tracked kind live in a `GcBox`.
    let s = unsafe { head_of(o) }.scratch.load(Ordering::Relaxed);
    (s != 0).then(|| s as usize - 1)
}

/// A tuple whose items are all untracked (numbers, strings, immortal objects, untracked
/// tuples) can never be part of a cycle: it can leave the registry.
fn is_atomic_tuple(o: &Obj) -> bool {
    let Payload::Tuple(items) = &o.payload else {
        return false;
    };
    is_untracked(o.class_field()) && items.iter().all(is_untracked)
}

/// Finds the garbage among every tracked object (`young` None) or among the objects in the
/// slots `young` lists. The caller must have stopped the world (and hold no object lock):
/// no reference count or container changes while this runs.
pub(crate) fn find_garbage(young: Option<&[u32]>) -> Found {
    let mut cands: Vec<Candidate> = Vec::new();
    let mut add = |p: NonNull<Obj>| {
        // SAFETY: the registry only holds live objects (they leave it before being freed),
        // and none is freed while the world is stopped.
        let o = unsafe { p.as_ref() };
        // SAFETY: objects in the registry are of a tracked kind, so they have a head.
        let head = unsafe { head_of(o) };
        if head.scratch.load(Ordering::Relaxed) != 0 {
            return; // listed twice in the young generation (its slot was refilled)
        }
        if o.is_immortal() || is_atomic_tuple(o) {
            registry::untrack(head);
            return;
        }
        if cands.len() >= u32::MAX as usize - 1 {
            return; // not a candidate: treated as referenced from outside
        }
        cands.push(Candidate {
            obj: p,
            refs: o.refcount(),
            reachable: false,
        });
        head.scratch.store(cands.len() as u32, Ordering::Relaxed);
    };
    let mut work = match young {
        None => {
            registry::for_each(&mut add);
            registry::capacity()
        }
        Some(indices) => {
            registry::for_each_in(indices, &mut add);
            indices.len()
        }
    };
    // 2. Subtract the references internal to the candidates.
    for i in 0..cands.len() {
        // SAFETY: as above, candidates stay alive while the world is stopped.
        let o = unsafe { cands[i].obj.as_ref() };
        traverse(o, &mut |v| {
            work += 1;
            if let Some(j) = candidate_of(v) {
                cands[j].refs = cands[j].refs.saturating_sub(1);
            }
        });
    }

    // 3. Propagate reachability from the candidates referenced from outside.
    let mut stack: Vec<usize> = Vec::new();
    for (i, c) in cands.iter_mut().enumerate() {
        if c.refs > 0 {
            c.reachable = true;
            stack.push(i);
        }
    }
    while let Some(i) = stack.pop() {
        // SAFETY: as above.
        let o = unsafe { cands[i].obj.as_ref() };
        traverse(o, &mut |v| {
            work += 1;
            if let Some(j) = candidate_of(v) {
                if !cands[j].reachable {
                    cands[j].reachable = true;
                    stack.push(j);
                }
            }
        });
    }

    // 4. Collect the rest; reset the scratch words.
    let mut garbage = Vec::new();
    for c in &cands {
        // SAFETY: as above.
        let o = unsafe { c.obj.as_ref() };
        // SAFETY: candidates are of a tracked kind.
        unsafe { head_of(o) }.scratch.store(0, Ordering::Relaxed);
        if !c.reachable {
            garbage.push(Value::from_obj(o));
        }
    }
    Found {
        garbage,
        work,
        candidates: cands.len(),
    }
}
