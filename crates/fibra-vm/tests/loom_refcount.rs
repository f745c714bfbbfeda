//! Loom model of biased reference counting: `src/sync/brc.rs`, the code the VM runs,
//! compiled here against loom's atomics, mutexes, thread-locals and statics (the
//! `brc_shim` module below mirrors `src/sync/brc_shim.rs`).
//!
//! Run (bounded, a few seconds):
//!   RUSTFLAGS="--cfg loom" cargo test -p fibra-vm --test loom_refcount --release \
//!       --target-dir target/loom
//!
//! Each model checks that an object is freed exactly once, and never while a thread still
//! holds a reference.
#![cfg(loom)]

mod brc_shim {
    pub(crate) use loom::sync::atomic::{fence, AtomicBool, AtomicU32, Ordering};
    pub(crate) use loom::sync::{Arc, Mutex, MutexGuard};

    pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
        m.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The model has no cycle collector: nothing to attach to.
    pub(crate) fn attached<R>(f: impl FnOnce() -> R) -> Option<R> {
        Some(f())
    }

    macro_rules! brc_thread_local {
        ($($(#[$attr:meta])* static $name:ident: $t:ty = $init:expr;)*) => {
            loom::thread_local! { $($(#[$attr])* static $name: $t = $init;)* }
        };
    }
    pub(crate) use brc_thread_local;

    macro_rules! brc_statics {
        ($($(#[$attr:meta])* static $name:ident: $t:ty = $init:expr;)*) => {
            loom::lazy_static! { $($(#[$attr])* static ref $name: $t = $init;)* }
        };
    }
    pub(crate) use brc_statics;
}

#[path = "../src/sync/brc.rs"]
#[allow(dead_code)]
mod brc;

use std::ptr::NonNull;

use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::sync::{mpsc, Arc, Mutex};
use loom::thread;

use brc::{RefCount, ThreadHandle};

/// A counted object: the count first, as in the VM's `repr(C)` `Obj`.
#[repr(C)]
struct TestObj {
    rc: RefCount,
    frees: Arc<AtomicUsize>,
    /// The weak-reference slot (the model of `object::weakref`'s table entry: the
    /// object's address, or 0 once cleared), if the object is weakly referenced.
    weak: Option<Arc<Mutex<usize>>>,
}

/// The queue's free function (what `object::dealloc` is in the VM).
unsafe fn free(p: NonNull<RefCount>) {
    // SAFETY: every `RefCount` in these models is the first field of a leaked `TestObj`,
    // and the protocol only frees unreferenced objects.
    let obj = unsafe { Box::from_raw(p.as_ptr().cast::<TestObj>()) };
    // `object::free_one`: a weakly referenced object clears its weak references under
    // the table lock before its memory goes.
    if let Some(slot) = &obj.weak {
        *slot.lock().unwrap() = 0;
    }
    assert_eq!(obj.frees.fetch_add(1, Ordering::Relaxed), 0, "double free");
}

/// A counted reference (what `Value` is in the VM).
struct Ref(NonNull<TestObj>);

// SAFETY: the count is thread-safe by the protocol under test.
unsafe impl Send for Ref {}

impl Ref {
    fn new(frees: &Arc<AtomicUsize>) -> Ref {
        let obj = Box::new(TestObj {
            rc: RefCount::new(),
            frees: frees.clone(),
            weak: None,
        });
        Ref(NonNull::from(Box::leak(obj)))
    }

    /// A new object with a weak reference (`weakref.ref(obj)`): marked, and listed in
    /// the returned slot.
    fn new_weak(frees: &Arc<AtomicUsize>) -> (Ref, Arc<Mutex<usize>>) {
        let slot = Arc::new(Mutex::new(0));
        let obj = Box::new(TestObj {
            rc: RefCount::new(),
            frees: frees.clone(),
            weak: Some(slot.clone()),
        });
        let r = Ref(NonNull::from(Box::leak(obj)));
        r.obj().rc.mark_weak();
        *slot.lock().unwrap() = r.0.as_ptr() as usize;
        (r, slot)
    }
    fn obj(&self) -> &TestObj {
        // SAFETY: a live `Ref` keeps the object allocated (what the models check).
        unsafe { self.0.as_ref() }
    }
    fn count(&self) -> usize {
        self.obj().rc.get()
    }
}

impl Clone for Ref {
    fn clone(&self) -> Ref {
        self.obj().rc.incref();
        Ref(self.0)
    }
}

impl Drop for Ref {
    fn drop(&mut self) {
        if self.obj().rc.decref(free) {
            // SAFETY: the count reached zero.
            unsafe { free(self.0.cast()) };
        }
    }
}

fn model(f: impl Fn() + Sync + Send + 'static) {
    let mut b = loom::model::Builder::new();
    b.preemption_bound = Some(3);
    b.check(f);
}

/// The owner's last local reference goes (local 1 -> 0, the merge) while a non-owner drops
/// the last shared one: exactly one of them frees.
#[test]
fn owner_merge_races_non_owner_decref() {
    model(|| {
        let frees = Arc::new(AtomicUsize::new(0));
        let a = Ref::new(&frees);
        let b = a.clone();
        let (tx, rx) = mpsc::channel();
        let t = thread::spawn(move || {
            let c = b.clone(); // shared +1
            tx.send(c).unwrap();
            drop(b); // a local reference dropped by a non-owner: shared -1
            brc::thread_exit();
        });
        drop(a); // local 2 -> 1
        let c = rx.recv().unwrap();
        drop(c); // local 1 -> 0: merge
        t.join().unwrap();
        let h = ThreadHandle::current();
        h.poll();
        assert_eq!(frees.load(Ordering::Relaxed), 1);
        brc::thread_exit();
    });
}

/// A non-owner's decrement takes the shared count negative and queues the object; the
/// owner's local count reaches 0 while it is queued (must not free), and the owner's
/// queue merge frees it.
#[test]
fn queued_object_merged_by_owner() {
    model(|| {
        let frees = Arc::new(AtomicUsize::new(0));
        let h = ThreadHandle::current();
        let a = Ref::new(&frees);
        let b1 = a.clone();
        let b2 = a.clone(); // local 3
        let (tx, rx) = mpsc::channel();
        let t = thread::spawn(move || {
            drop(b1); // shared 0 -> -1: queued to the owner
            tx.send((b2.clone(), b2.clone())).unwrap(); // shared +2
            drop(b2);
            brc::thread_exit();
        });
        drop(a); // local 3 -> 2
        h.poll(); // may or may not see the queued object yet
        let (c1, c2) = rx.recv().unwrap();
        drop(c1);
        drop(c2); // local -> 0 while queued (or merged already)
        t.join().unwrap();
        h.poll();
        assert_eq!(frees.load(Ordering::Relaxed), 1);
        brc::thread_exit();
    });
}

/// The owner thread exits while a non-owner drops the last reference: either the owner's
/// exit merges the queued object, or the non-owner finds the owner dead and merges it.
#[test]
fn non_owner_merges_after_owner_exit() {
    model(|| {
        let frees = Arc::new(AtomicUsize::new(0));
        let f2 = frees.clone();
        let owner = thread::spawn(move || {
            let a = Ref::new(&f2);
            let b = a.clone();
            let t = thread::spawn(move || {
                assert!(b.count() >= 1);
                drop(b); // shared -1: queue to the owner, or merge if it is gone
            });
            drop(a); // local 2 -> 1 (frozen at exit)
            brc::thread_exit();
            t
        });
        let t = owner.join().unwrap();
        t.join().unwrap();
        assert_eq!(frees.load(Ordering::Relaxed), 1);
        brc::thread_exit();
    });
}

/// `weakref.ref.__call__` (`object::weakref::upgrade`): under the table lock, a listed
/// object's memory is allocated; `try_incref` decides whether it is still alive.
fn upgrade(slot: &Mutex<usize>) -> Option<Ref> {
    let g = slot.lock().unwrap();
    if *g == 0 {
        return None;
    }
    let obj = NonNull::new(*g as *mut TestObj).unwrap();
    // SAFETY: listed, so allocated while the lock is held.
    let ok = unsafe { obj.as_ref() }.rc.try_incref();
    drop(g);
    ok.then_some(Ref(obj))
}

/// A non-owner upgrades while the owner drops the last reference: the upgrade gets a live
/// object (which it then frees, as the last holder) or None; freed exactly once.
#[test]
fn upgrade_races_owner_last_decref() {
    model(|| {
        let frees = Arc::new(AtomicUsize::new(0));
        let (a, slot) = Ref::new_weak(&frees);
        let f2 = frees.clone();
        let t = thread::spawn(move || {
            if let Some(r) = upgrade(&slot) {
                assert_eq!(f2.load(Ordering::Relaxed), 0, "upgraded a freed object");
                assert!(r.count() >= 1);
                drop(r);
            }
            brc::thread_exit();
        });
        drop(a);
        t.join().unwrap();
        ThreadHandle::current().poll();
        assert_eq!(frees.load(Ordering::Relaxed), 1);
        brc::thread_exit();
    });
}

/// The owner upgrades while a non-owner's decrement queues the object (its total may be
/// 0, waiting for the owner's merge): the owner's local increment resurrects it, the
/// merge then counts it, and it is freed once, after the upgraded reference goes.
#[test]
fn owner_upgrade_races_queueing_decref() {
    model(|| {
        let frees = Arc::new(AtomicUsize::new(0));
        let h = ThreadHandle::current();
        let (a, slot) = Ref::new_weak(&frees);
        let b = a.clone();
        let t = thread::spawn(move || {
            drop(b); // shared -1: queued to the owner
            brc::thread_exit();
        });
        drop(a); // local 2 -> 1: total 0 once `b` is dropped
        h.poll();
        let got = upgrade(&slot);
        if got.is_some() {
            assert_eq!(frees.load(Ordering::Relaxed), 0, "upgraded a freed object");
        }
        h.poll();
        drop(got);
        t.join().unwrap();
        h.poll();
        assert_eq!(frees.load(Ordering::Relaxed), 1);
        brc::thread_exit();
    });
}

/// A third thread upgrades while a non-owner drops the last reference (queued) and the
/// owner merges it.
#[test]
fn non_owner_upgrade_races_queue_merge() {
    model(|| {
        let frees = Arc::new(AtomicUsize::new(0));
        let h = ThreadHandle::current();
        let (a, slot) = Ref::new_weak(&frees);
        let b = a.clone();
        drop(a); // local 1: the reference `b` stands for
        let f2 = frees.clone();
        let s2 = slot.clone();
        let up = thread::spawn(move || {
            if let Some(r) = upgrade(&s2) {
                assert_eq!(f2.load(Ordering::Relaxed), 0, "upgraded a freed object");
                drop(r);
            }
            brc::thread_exit();
        });
        let t = thread::spawn(move || {
            drop(b); // shared -1: queued to the owner
            brc::thread_exit();
        });
        t.join().unwrap();
        h.poll(); // the merge (frees, unless the upgrade holds it)
        up.join().unwrap();
        h.poll();
        assert_eq!(frees.load(Ordering::Relaxed), 1);
        assert!(upgrade(&slot).is_none());
        brc::thread_exit();
    });
}
