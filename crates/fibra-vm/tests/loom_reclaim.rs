//! Loom model of the reclamation race behind lock-free container reads (dict/set tables,
//! list items): a reader's increment of an object it loaded from a container without the
//! lock, against the last decrement of that object once a writer has removed it; and a
//! reader's use of a buffer the container has outgrown, against that buffer's free.
//!
//! Run (bounded: seconds once built; a target dir of its own, since the flags differ from
//! `loom_refcount`'s and would rebuild its dependencies):
//!   RUSTFLAGS="--cfg loom --cfg crossbeam_loom" cargo test -p fibra-vm \
//!       --test loom_reclaim --release --target-dir target/loom-reclaim
//!
//! ## What is real and what is a model
//!
//! The epoch collector is the real crossbeam-epoch 0.9, compiled against loom (its `loom`
//! feature plus `--cfg crossbeam_loom`): its pins, repins, bags, epoch advances and
//! deferred calls run under loom like the rest. The container and the count are **a model
//! of the protocol, not the VM's code**: a one-item list written here, each step of which
//! copies the memory orderings of the VM function named next to it (a change there must be
//! mirrored here by hand; paths under `crates/fibra-vm/src/`):
//!
//! - `Attached::attach`: `sync/epoch.rs` `pin` (from `stw::enter`): pinned while attached.
//! - `Attached::quiesce`: `epoch::quiesce` (the limits check): `hand_over`, `repin`,
//!   `flush`.
//! - `Attached::leave`: `epoch::unpin` (from `stw::leave`): `hand_over`, drop the guard.
//! - `Attached::retire_value`: `epoch::retire_value`: batched, deferred at the next
//!   hand-over. `Attached::retire`: `epoch::retire`: `guard.defer` at once.
//! - `List::write`: `object/list_slots.rs` `ListLock::lock` + `ListGuard::deref_mut`
//!   (= `object/table.rs` `TableGuard::deref_mut`): version Relaxed load, Relaxed store
//!   (odd), Release fence.
//! - `Writing::drop`: `ListGuard::drop` (= `TableGuard::drop`): version Release store
//!   (even), then unlock.
//! - `Writing::replace`: `Slots::replace` (= `Table::replace_value`): slot `swap(AcqRel)`,
//!   then `let_go`.
//! - `Writing::let_go`: `Slots::let_go` (= `Table::let_go`): a clone for the caller (who
//!   drops it after unlocking), the list's reference to `retire_value`.
//! - `Writing::push_grow`: `Slots::push` -> `Slots::grow_to` (copy the words, publish with
//!   `buf.store(Release)`, `epoch::retire` the old buffer), then `put` (Release store) and
//!   `set_len` (Relaxed).
//! - `List::read_unlocked`: `ListLock::read_unlocked` (~ `TableLock::read_with`): version
//!   Acquire; len Relaxed; buf Acquire; the header's `cap`; slot Acquire; fence Acquire;
//!   version Relaxed; 4 tries. `List::get`: `ListLock::get` (else under the lock).
//! - `Ref::clone_from_word`: `Value::clone_from_bits` -> a non-owner's `RefCount::incref`
//!   (`add_shared`: `fetch_add` Relaxed).
//! - `Ref::drop`: `RefCount::decref_shared` once merged: `fetch_sub` Release; on the last
//!   one an Acquire fence, then the free. `RetiredBuf::drop`: `RetiredBuf::drop`.
//!
//! Simplifications: the count is one atomic word (biased counting's merged shared count,
//! whose orderings these are; brc's owner/non-owner split has its own model,
//! `loom_refcount.rs`). The list is shared from the start (the `owner`/`shared` flag and
//! the private, non-retiring path are not modelled). A dict's probe loads more words than
//! one slot (index Relaxed, key and value Acquire), between the same version loads and
//! fences. The lock holder's Relaxed loads of words only lock holders store are loom
//! `unsync_load`s (see `held!`: plain loom loads hide conflicts from loom's DPOR). Fresh
//! buffer words, written non-atomically before the Release publish in the VM, are Relaxed
//! stores here. Allocation is not modelled: objects and buffers are preallocated and never
//! deallocated during an execution; freeing one marks it dead with a write to a loom
//! `UnsafeCell`, and each use reads that cell, so a use not ordered (happens-before) with
//! the free is a loom causality error and a use after it fails an assertion; an increment
//! that finds the count at zero fails one too.
//!
//! ## The models
//!
//! - `replace_races_reader_incref`: the list holds A; a writer thread replaces it with B
//!   (the list's reference to A retired), drops its copy after unlocking, quiesces twice
//!   and detaches; the main thread, attached, reads item 0 (lock-free, or locked after 4
//!   torn tries), uses and drops what it got, quiesces and detaches. Checks: nothing is
//!   used or incremented after its free, each object is freed exactly once, and the
//!   retired A is freed in the end.
//! - `grow_then_replace_races_reader`: the list holds A in a 1-slot buffer; the writer
//!   pushes B (the buffer grows; the old one is retired), then, under a second lock,
//!   replaces A with C; the reader reads item 0. Also checks the old buffer is never read
//!   (its header or a slot) after its free.
//!
//! Each model also asserts that it reaches the race: some executions have the reader
//! increment A after the writer swapped it out (and, in the grow model, read through the
//! old buffer while the writer replaced and retired it) *and* the retired A (the old
//! buffer) freed by a deferred drop inside the threads, before they are joined; loom
//! checks those frees against the reader's uses. Counts at the bound below: replace 60,244
//! executions, 1,509 of them such; grow 177,642, 5,119 (A) and 5,792 (buffer).
//!
//! Bounds: two threads (the main thread is the reader), preemption bound 3 (`PREEMPTIONS`;
//! `LOOM_MAX_PREEMPTIONS` overrides it), the VM's 4 optimistic tries, two quiesces by the
//! writer and one by the reader. Loom explores the interleavings within the bound up to
//! its DPOR's equivalence (see `held!` for a blind spot of that DPOR this model avoids).
//! Release build, on the shared 2-core dev machine: replace about 5 s, grow 10-20 s. By
//! hand with `LOOM_MAX_PREEMPTIONS=4` (2026-11-26): replace 672,515 executions in 50 s,
//! grow 1,451,491 in 109 s, both pass.
//!
//! ## Negative controls (run by hand, not in CI)
//!
//!   RUSTFLAGS="--cfg loom --cfg crossbeam_loom" cargo test -p fibra-vm \
//!       --test loom_reclaim --release --target-dir target/loom-reclaim -- --ignored
//!
//! Each is `#[should_panic]`: it passes when loom finds the use-after-free. Checked
//! 2026-11-26 (the three together in about 5 s):
//! - `negative_replace_decref_at_once`: the writer drops the list's reference to A at once
//!   (as for a private list) instead of retiring it. Loom finds "incref of a freed
//!   object": the reader validates its read of A, the writer swaps A out and its last
//!   decrement frees A, then the reader increments A.
//! - `negative_grow_free_at_once`: the writer frees the outgrown buffer at once. Loom
//!   finds "Causality violation: Concurrent read and write accesses to `UnsafeCell`": the
//!   reader's read of the old buffer's header and the writer's free are unordered.
//! - `negative_reader_not_pinned`: the writer retires, but the reader reads while
//!   unpinned. Loom finds "incref of a freed object": the writer's two quiesces advance the
//!   epoch twice and run the deferred decrement between the reader's validation and its
//!   increment. (So the pin, not mere delay, is what the passing models rely on.)
#![cfg(all(loom, crossbeam_loom))]

use std::ptr;
use std::sync::atomic::{AtomicBool as StdBool, AtomicUsize as StdCount, Ordering as Std};
use std::sync::Arc as StdArc;

use crossbeam_epoch::{Collector, Guard, LocalHandle};
use loom::cell::UnsafeCell;
use loom::sync::atomic::{fence, AtomicPtr, AtomicU64, AtomicUsize, Ordering};
use loom::sync::{Arc, Mutex, MutexGuard};
use loom::thread;

/// Preemption bound of every model (one preemption reaches the race; 3 explores more of
/// crossbeam's interleavings around it and keeps each model under half a minute).
const PREEMPTIONS: usize = 3;

/// `ListLock::read_unlocked`'s tries before it takes the lock.
const TRIES: usize = 4;

/// What a writer does with what it lets go of.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// The protocol: retire through the epoch.
    Retire,
    /// Negative control: drop or free at once (only right for a private container).
    AtOnce,
}

// ---------------------------------------------------------------------------------------
// Objects and counted references

/// A counted object: the count and its "memory" (alive until freed).
struct Obj {
    rc: AtomicUsize,
    alive: UnsafeCell<bool>,
}

impl Obj {
    /// A new object with one reference (handed out as a word).
    fn new() -> *mut Obj {
        Box::into_raw(Box::new(Obj {
            rc: AtomicUsize::new(1),
            alive: UnsafeCell::new(true),
        }))
    }

    /// Reads the object's memory (what any use of an object does).
    fn touch(&self) {
        // SAFETY: a loom cell; loom reports a read not ordered after a write.
        self.alive
            .with(|p| assert!(unsafe { *p }, "use of a freed object"));
    }

    fn is_alive(&self) -> bool {
        // SAFETY: as in `touch`.
        self.alive.with(|p| unsafe { *p })
    }

    /// `object::dealloc`: marks the memory dead (a write: loom orders it against uses).
    fn free(&self) {
        // SAFETY: a loom cell; loom reports a write not ordered after every read.
        self.alive.with_mut(|p| unsafe {
            assert!(*p, "double free");
            *p = false;
        });
    }
}

/// A counted reference (`Value`).
struct Ref(*const Obj);

// SAFETY: the count is atomic; the objects outlive every model execution's threads.
unsafe impl Send for Ref {}

impl Ref {
    fn obj(&self) -> &Obj {
        // SAFETY: objects are never deallocated while an execution runs (only marked).
        unsafe { &*self.0 }
    }

    /// Takes over the reference a slot word stands for (`Value::from_bits`).
    fn from_word(w: usize) -> Ref {
        Ref(w as *const Obj)
    }

    /// Gives the reference up to a slot word (`Value::into_bits`).
    fn into_word(self) -> usize {
        let w = self.0 as usize;
        std::mem::forget(self);
        w
    }

    /// `Value::clone_from_bits` on a word loaded without the lock: a non-owner's
    /// `RefCount::incref` (`incref_slow` -> `add_shared`, Relaxed `fetch_add`).
    fn clone_from_word(w: usize) -> Ref {
        // SAFETY: never deallocated during the execution (see `Ref::obj`).
        let o = unsafe { &*(w as *const Obj) };
        let old = o.rc.fetch_add(1, Ordering::Relaxed);
        assert!(old > 0, "incref of a freed object");
        Ref(o)
    }
}

impl Clone for Ref {
    fn clone(&self) -> Ref {
        Ref::clone_from_word(self.0 as usize)
    }
}

impl Drop for Ref {
    /// `RefCount::decref_shared` on a merged count: Release decrement; the thread that
    /// takes it to zero fences (Acquire) and frees.
    fn drop(&mut self) {
        let old = self.obj().rc.fetch_sub(1, Ordering::Release);
        assert!(old > 0, "decref of a freed object");
        if old == 1 {
            fence(Ordering::Acquire);
            self.obj().free();
        }
    }
}

// ---------------------------------------------------------------------------------------
// The attached thread's epoch state (`sync/epoch.rs`'s `Local`)

struct Attached {
    /// Declared before `handle`: dropped first.
    guard: Option<Guard>,
    handle: LocalHandle,
    /// `Local::values`: references retired since the last hand-over.
    values: Vec<Ref>,
}

impl Attached {
    /// `epoch::pin` (from `stw::enter`): attached threads are pinned.
    fn attach(c: &Collector) -> Attached {
        let handle = c.register();
        Attached {
            guard: Some(handle.pin()),
            handle,
            values: Vec::new(),
        }
    }

    /// `epoch::hand_over`: the batch becomes one deferred function.
    fn hand_over(&mut self) {
        let batch = std::mem::take(&mut self.values);
        if batch.is_empty() {
            return;
        }
        match &self.guard {
            Some(g) => g.defer(move || drop(batch)),
            None => {
                let g = self.handle.pin();
                g.defer(move || drop(batch));
            }
        }
    }

    /// `epoch::retire_value`.
    fn retire_value(&mut self, v: Ref) {
        self.values.push(v);
    }

    /// `epoch::retire` (pinned case).
    fn retire<T: Send + 'static>(&self, x: T) {
        self.guard
            .as_ref()
            .expect("attached")
            .defer(move || drop(x));
    }

    /// `epoch::quiesce`: hand over, repin, flush (which may run deferred drops).
    fn quiesce(&mut self) {
        self.hand_over();
        if let Some(g) = self.guard.as_mut() {
            g.repin();
            g.flush();
        }
    }

    /// `epoch::unpin` (from `stw::leave`); the thread's end then drops the handle.
    fn leave(&mut self) {
        self.hand_over();
        self.guard.take();
    }
}

// ---------------------------------------------------------------------------------------
// The list (`object/list_slots.rs`)

/// A Relaxed load by the lock holder of a word only lock holders store (the version, the
/// length, the buffer pointer, the slots): under the lock it reads the last store, made
/// by this thread or an earlier holder. Modelled as loom's `unsync_load`, which returns
/// exactly that (and checks that every store to the word happens-before it). Not as a loom
/// `load`: loom's DPOR remembers only the *last* access to each atomic, so the holder's own
/// load just before its store would hide a lock-free reader's earlier load from the store,
/// and loom would never run the reader after the writer (checked: with plain loads the
/// grow model never showed the reader a version the writer had stored).
macro_rules! held {
    ($atomic:expr) => {
        // SAFETY: loom's unsynchronised load; only lock holders store to these words, and
        // the caller holds the lock (loom checks the stores happen-before it).
        unsafe { $atomic.unsync_load() }
    };
}

/// The buffer's header (`Header`), read by lock-free readers (`(*buf).cap`) and freed
/// (`RetiredBuf::drop`): a loom cell with an "alive" mark.
struct Header {
    cap: usize,
    alive: bool,
}

/// An item buffer: the header, then `cap` atomic words.
struct Buf {
    header: UnsafeCell<Header>,
    slots: Vec<AtomicUsize>,
}

impl Buf {
    fn new(cap: usize) -> *mut Buf {
        Box::into_raw(Box::new(Buf {
            header: UnsafeCell::new(Header { cap, alive: true }),
            slots: (0..cap).map(|_| AtomicUsize::new(0)).collect(),
        }))
    }

    /// Reads the header (a use of the buffer's memory).
    fn cap(&self) -> usize {
        // SAFETY: a loom cell; loom reports a read not ordered after the free's write.
        self.header.with(|h| unsafe {
            assert!((*h).alive, "read of a freed buffer");
            (*h).cap
        })
    }

    fn is_alive(&self) -> bool {
        // SAFETY: as in `cap`.
        self.header.with(|h| unsafe { (*h).alive })
    }
}

/// `RetiredBuf`: frees (marks dead) the buffer when dropped.
struct RetiredBuf(*const Buf);

// SAFETY: only memory; buffers outlive every execution's threads.
unsafe impl Send for RetiredBuf {}

impl Drop for RetiredBuf {
    fn drop(&mut self) {
        // SAFETY: buffers are never deallocated during an execution; the cell is loom's.
        unsafe { &*self.0 }.header.with_mut(|h| unsafe {
            assert!((*h).alive, "double free of a buffer");
            (*h).alive = false;
        });
    }
}

/// `ListLock` with its `Slots`: the object lock, the sequence-lock version, the buffer
/// pointer and the length.
struct List {
    lock: Mutex<()>,
    version: AtomicU64,
    buf: AtomicPtr<Buf>,
    len: AtomicUsize,
}

impl List {
    /// A list holding `items` (their references) in `buf` (capacity >= items).
    fn new(buf: *mut Buf, items: &[*mut Obj]) -> List {
        for (k, &o) in items.iter().enumerate() {
            // SAFETY: a fresh buffer of the model.
            unsafe { &*buf }.slots[k].store(o as usize, Ordering::Relaxed);
        }
        List {
            lock: Mutex::new(()),
            version: AtomicU64::new(0),
            buf: AtomicPtr::new(buf),
            len: AtomicUsize::new(items.len()),
        }
    }

    /// `ListLock::read_unlocked` (= `TableLock::read_with` for a dict): `Some(item)` or
    /// `Some(None)` when out of range; `None` when it must lock.
    fn read_unlocked(&self, i: usize, race: &Race) -> Option<Option<Ref>> {
        for _ in 0..TRIES {
            let v1 = self.version.load(Ordering::Acquire);
            if v1 & 1 == 0 {
                let n = self.len.load(Ordering::Relaxed);
                let buf = self.buf.load(Ordering::Acquire);
                let found = if i >= n {
                    Some(None)
                } else if buf.is_null() {
                    None
                } else {
                    // SAFETY: buffers are never deallocated during an execution (the
                    // model checks, through the header cell, that this one is not freed).
                    let b = unsafe { &*buf };
                    if i >= b.cap() {
                        None // torn: retry
                    } else {
                        let w = b.slots[i].load(Ordering::Acquire);
                        b.cap(); // the slot is in the buffer's memory too
                        race.note_buf_read(buf);
                        Some(Some(w))
                    }
                };
                fence(Ordering::Acquire);
                if let Some(found) = found {
                    race.note_validate();
                    if self.version.load(Ordering::Relaxed) == v1 {
                        // The validated item: incremented now (the race under test).
                        return Some(found.map(|w| {
                            race.note_incref(w);
                            Ref::clone_from_word(w)
                        }));
                    }
                }
            }
            loom::hint::spin_loop();
        }
        None
    }

    /// `ListLock::get`: the lock-free read, or under the lock when it cannot decide.
    fn get(&self, i: usize, race: &Race) -> Option<Ref> {
        if let Some(r) = self.read_unlocked(i, race) {
            return r;
        }
        let _g = self.lock.lock().unwrap();
        if i >= held!(self.len) {
            return None;
        }
        let buf = held!(self.buf);
        // SAFETY: the current buffer, under the lock.
        let b = unsafe { &*buf };
        let w = held!(b.slots[i]);
        Some(Ref::clone_from_word(w))
    }

    /// A writer's lock (`ListLock::lock` then the first `deref_mut`).
    fn write(&self) -> Writing<'_> {
        let g = self.lock.lock().unwrap();
        // `ListGuard::deref_mut`: odd, under the lock; the fence orders it before the
        // writes that follow.
        let v = held!(self.version);
        self.version.store(v.wrapping_add(1), Ordering::Relaxed);
        fence(Ordering::Release);
        Writing {
            list: self,
            _lock: g,
        }
    }
}

/// A `ListGuard` that has made the version odd.
struct Writing<'a> {
    list: &'a List,
    /// Released after `drop` below has made the version even (field drop order).
    _lock: MutexGuard<'a, ()>,
}

impl Writing<'_> {
    fn buf(&self) -> &Buf {
        let buf = held!(self.list.buf);
        // SAFETY: the current buffer, under the lock.
        unsafe { &*buf }
    }

    /// `Slots::let_go` (shared list): a new reference for the caller, the list's own
    /// retired. `Mode::AtOnce` returns it as is (the caller drops it after unlocking).
    fn let_go(&self, v: Ref, me: &mut Attached, mode: Mode) -> Ref {
        match mode {
            Mode::Retire => {
                let copy = v.clone();
                me.retire_value(v);
                copy
            }
            Mode::AtOnce => v,
        }
    }

    /// `Slots::replace`: swaps the word (AcqRel), lets the old reference go.
    fn replace(&self, i: usize, v: Ref, me: &mut Attached, mode: Mode, race: &Race) -> Ref {
        let old = self.buf().slots[i].swap(v.into_word(), Ordering::AcqRel);
        race.swapped.store(true, Std::Relaxed);
        self.let_go(Ref::from_word(old), me, mode)
    }

    /// `Slots::push` on a full list: `grow_to` into `new` (fresh memory: the words are
    /// copied with plain writes in the VM, made visible by the Release publish), the old
    /// buffer retired; then `put` (Release) and `set_len` (Relaxed).
    fn push_grow(&self, new: *mut Buf, v: Ref, me: &Attached, mode: Mode, race: &Race) {
        let n = held!(self.list.len);
        let old = held!(self.list.buf);
        // SAFETY: `new` is a fresh buffer of the model, not yet published; `old` is the
        // current one, under the lock.
        let (nb, ob) = unsafe { (&*new, &*old) };
        assert!(nb.cap() > n);
        for k in 0..n {
            let w = held!(ob.slots[k]);
            nb.slots[k].store(w, Ordering::Relaxed);
        }
        self.list.buf.store(new, Ordering::Release);
        race.grown.store(true, Std::Relaxed);
        match mode {
            Mode::Retire => me.retire(RetiredBuf(old)),
            Mode::AtOnce => drop(RetiredBuf(old)),
        }
        nb.slots[n].store(v.into_word(), Ordering::Release);
        self.list.len.store(n + 1, Ordering::Relaxed);
    }
}

impl Drop for Writing<'_> {
    /// `ListGuard::drop`: even again (Release: after all of the write's stores).
    fn drop(&mut self) {
        let v = held!(self.list.version);
        self.list
            .version
            .store(v.wrapping_add(1), Ordering::Release);
    }
}

// ---------------------------------------------------------------------------------------
// Observing that the interesting interleavings are explored

/// Schedule-order flags of one execution, to count how often the models reach the races
/// (std atomics: loom runs an execution's threads one at a time on one OS thread, so they
/// record the order loom chose; they take no part in the protocol). Each flag is set next
/// to a loom operation that conflicts with the reader's (so loom's DPOR explores both
/// orders): the writer's swap (vs. the reader's slot load and increment of A), the
/// writer's publish of the new buffer and its version stores (vs. the reader's buffer
/// load and version re-load).
struct Race {
    /// The item whose reference the writer retires (A).
    target: usize,
    /// The buffer the writer outgrows.
    old_buf: usize,
    /// The writer has swapped A out of the list.
    swapped: StdBool,
    /// The writer has published the new buffer and retired the old one.
    grown: StdBool,
    /// The reader's current try has read through the old buffer.
    read_old: StdBool,
    /// The reader validated a read of A and incremented it after the writer's swap.
    late_incref: StdBool,
    /// The reader read through the old buffer and the writer replaced (and retired) it
    /// before the reader's validation.
    overlap: StdBool,
}

impl Race {
    fn new(target: *mut Obj, old_buf: *mut Buf) -> Race {
        Race {
            target: target as usize,
            old_buf: old_buf as usize,
            swapped: StdBool::new(false),
            grown: StdBool::new(false),
            read_old: StdBool::new(false),
            late_incref: StdBool::new(false),
            overlap: StdBool::new(false),
        }
    }

    fn note_buf_read(&self, buf: *mut Buf) {
        self.read_old
            .store(buf as usize == self.old_buf, Std::Relaxed);
    }

    fn note_validate(&self) {
        if self.read_old.load(Std::Relaxed) && self.grown.load(Std::Relaxed) {
            self.overlap.store(true, Std::Relaxed);
        }
    }

    fn note_incref(&self, w: usize) {
        if w == self.target && self.swapped.load(Std::Relaxed) {
            self.late_incref.store(true, Std::Relaxed);
        }
    }
}

/// Counts over all executions of a model.
#[derive(Default)]
struct Totals {
    executions: StdCount,
    /// Executions where the reader validated a read of A, incremented it after the
    /// writer's swap, and A was then freed before the threads were joined (by a deferred
    /// drop run inside a thread): loom checked that free against the reader's uses.
    late_incref_freed: StdCount,
    /// Executions where the reader read through the old buffer while the writer replaced
    /// and retired it, and the old buffer was freed before the threads were joined.
    overlap_freed: StdCount,
}

impl Totals {
    /// Records one execution's outcome (called after the threads are joined).
    fn record(&self, race: &Race, a_freed: bool, old_buf_freed: bool) {
        self.executions.fetch_add(1, Std::Relaxed);
        if race.late_incref.load(Std::Relaxed) && a_freed {
            self.late_incref_freed.fetch_add(1, Std::Relaxed);
        }
        if race.overlap.load(Std::Relaxed) && old_buf_freed {
            self.overlap_freed.fetch_add(1, Std::Relaxed);
        }
    }

    fn report(&self, name: &str) {
        let buf = match self.overlap_freed.load(Std::Relaxed) {
            0 => String::new(),
            n => format!(
                "; reader's read through the old buffer overlapping its retirement, \
                 buffer freed inside the threads: {n}"
            ),
        };
        eprintln!(
            "{name}: {} executions; reader's late increment of A, A freed inside the \
             threads: {}{buf}",
            self.executions.load(Std::Relaxed),
            self.late_incref_freed.load(Std::Relaxed),
        );
    }
}

fn model(f: impl Fn() + Sync + Send + 'static) {
    let mut b = loom::model::Builder::new();
    if std::env::var_os("LOOM_MAX_PREEMPTIONS").is_none() {
        b.preemption_bound = Some(PREEMPTIONS);
    }
    b.check(f);
}

// ---------------------------------------------------------------------------------------
// The models

/// Replace vs. reader: see the module docs. `pinned_read`: the reader is attached (pinned)
/// during its read, as the VM's are (false only for a negative control).
fn replace_vs_reader(mode: Mode, pinned_read: bool, totals: StdArc<Totals>) {
    model(move || {
        let collector = Collector::new();
        let (a, b) = (Obj::new(), Obj::new());
        let buf = Buf::new(1);
        let list = Arc::new(List::new(buf, &[a]));
        let race = StdArc::new(Race::new(a, ptr::null_mut()));

        let mut me = Attached::attach(&collector);
        let writer = {
            let (c, list, race) = (collector.clone(), list.clone(), race.clone());
            let b = b as usize;
            thread::spawn(move || {
                let mut me = Attached::attach(&c);
                let copy = {
                    let w = list.write();
                    w.replace(0, Ref::from_word(b), &mut me, mode, &race)
                };
                drop(copy); // after unlocking, as the VM's callers do
                me.quiesce();
                me.quiesce();
                me.leave();
            })
        };

        // The reader (the main thread).
        if !pinned_read {
            me.leave();
        }
        if let Some(r) = list.get(0, &race) {
            r.obj().touch();
            assert!(r.0 == a || r.0 == b);
        }
        if pinned_read {
            me.quiesce();
            me.leave();
        }
        drop(me); // the thread's end: its handle goes
        writer.join().unwrap();

        // SAFETY: model objects, alive until the end of the execution.
        let (ao, bo) = unsafe { (&*a, &*b) };
        totals.record(&race, !ao.is_alive(), false);
        assert_eq!(held!(bo.rc), 1, "B: only the list's reference");
        drop(collector); // runs what is still deferred
        assert!(!ao.is_alive(), "A freed once no longer deferred");
        // SAFETY: the list's buffer; the threads are joined.
        let b1 = unsafe { &*buf };
        let w = held!(b1.slots[0]);
        assert_eq!(w, b as usize);
        drop(Ref::from_word(w)); // the list's reference
        assert!(!bo.is_alive());
        drop(list);
        // SAFETY: allocated above with `Box::into_raw`; no thread uses them any more.
        unsafe {
            drop(Box::from_raw(a));
            drop(Box::from_raw(b));
            drop(Box::from_raw(buf));
        }
    });
}

/// Grow, then replace, vs. reader: see the module docs. `mode` applies to the outgrown
/// buffer (A is always retired).
fn grow_then_replace_vs_reader(mode: Mode, totals: StdArc<Totals>) {
    model(move || {
        let collector = Collector::new();
        let (a, b, c) = (Obj::new(), Obj::new(), Obj::new());
        let (buf1, buf2) = (Buf::new(1), Buf::new(2));
        let list = Arc::new(List::new(buf1, &[a]));
        let race = StdArc::new(Race::new(a, buf1));

        let mut me = Attached::attach(&collector);
        let writer = {
            let (col, list, race) = (collector.clone(), list.clone(), race.clone());
            let (b, c, buf2) = (b as usize, c as usize, buf2 as usize);
            thread::spawn(move || {
                let mut me = Attached::attach(&col);
                {
                    let w = list.write();
                    w.push_grow(buf2 as *mut Buf, Ref::from_word(b), &me, mode, &race);
                }
                let copy = {
                    let w = list.write();
                    w.replace(0, Ref::from_word(c), &mut me, Mode::Retire, &race)
                };
                drop(copy);
                me.quiesce();
                me.quiesce();
                me.leave();
            })
        };

        if let Some(r) = list.get(0, &race) {
            r.obj().touch();
            assert!(r.0 == a || r.0 == c);
        }
        me.quiesce();
        me.leave();
        drop(me);
        writer.join().unwrap();

        // SAFETY: model objects and buffers, alive until the end of the execution.
        let (ao, bo, co, b1, b2) = unsafe { (&*a, &*b, &*c, &*buf1, &*buf2) };
        totals.record(&race, !ao.is_alive(), !b1.is_alive());
        drop(collector);
        assert!(!ao.is_alive() && !b1.is_alive() && b2.is_alive());
        assert_eq!(held!(list.len), 2);
        assert_eq!(held!(list.buf), buf2);
        let words = [held!(b2.slots[0]), held!(b2.slots[1])];
        assert_eq!(words, [c as usize, b as usize]);
        for w in words {
            drop(Ref::from_word(w));
        }
        assert!(!bo.is_alive() && !co.is_alive());
        drop(list);
        // SAFETY: allocated above with `Box::into_raw`; no thread uses them any more.
        unsafe {
            drop(Box::from_raw(a));
            drop(Box::from_raw(b));
            drop(Box::from_raw(c));
            drop(Box::from_raw(buf1));
            drop(Box::from_raw(buf2));
        }
    });
}

#[test]
fn replace_races_reader_incref() {
    let totals = StdArc::new(Totals::default());
    replace_vs_reader(Mode::Retire, true, totals.clone());
    totals.report("replace");
    // The model reaches the race, and reclaims inside the threads, not only at teardown.
    assert!(totals.late_incref_freed.load(Std::Relaxed) > 0);
}

#[test]
fn grow_then_replace_races_reader() {
    let totals = StdArc::new(Totals::default());
    grow_then_replace_vs_reader(Mode::Retire, totals.clone());
    totals.report("grow");
    assert!(totals.late_incref_freed.load(Std::Relaxed) > 0);
    assert!(totals.overlap_freed.load(Std::Relaxed) > 0);
}

/// Negative control: the writer drops the list's reference at once (after unlocking).
#[test]
#[ignore = "negative control, run by hand: loom must find the use-after-free"]
#[should_panic(expected = "incref of a freed object")]
fn negative_replace_decref_at_once() {
    replace_vs_reader(Mode::AtOnce, true, StdArc::new(Totals::default()));
}

/// Negative control: the writer retires, but the reader reads while not pinned (so the
/// epoch may advance past the retirement during its read).
#[test]
#[ignore = "negative control, run by hand: loom must find the use-after-free"]
#[should_panic(expected = "incref of a freed object")]
fn negative_reader_not_pinned() {
    replace_vs_reader(Mode::Retire, false, StdArc::new(Totals::default()));
}

/// Negative control: the writer frees the outgrown buffer at once.
#[test]
#[ignore = "negative control, run by hand: loom must find the use-after-free"]
#[should_panic(expected = "Causality violation")]
fn negative_grow_free_at_once() {
    grow_then_replace_vs_reader(Mode::AtOnce, StdArc::new(Totals::default()));
}
