//! Unit tests of biased reference counting with real threads (the races themselves are
//! checked by the loom model, tests/loom_refcount.rs).

use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use super::*;

#[repr(C)]
struct TestObj {
    rc: RefCount,
    frees: Arc<AtomicUsize>,
}

unsafe fn free(p: NonNull<RefCount>) {
    // SAFETY: every count here is the first field of a leaked `TestObj`.
    let obj = unsafe { Box::from_raw(p.as_ptr().cast::<TestObj>()) };
    assert_eq!(obj.frees.fetch_add(1, Ordering::Relaxed), 0, "double free");
}

struct Ref(NonNull<TestObj>);
// SAFETY: the count is thread-safe (what is under test).
unsafe impl Send for Ref {}
// SAFETY: as above; a shared `&Ref` only increments and reads the count.
unsafe impl Sync for Ref {}

impl Ref {
    fn new(frees: &Arc<AtomicUsize>) -> Ref {
        let obj = Box::new(TestObj {
            rc: RefCount::new(),
            frees: frees.clone(),
        });
        Ref(NonNull::from(Box::leak(obj)))
    }
    fn rc(&self) -> &RefCount {
        // SAFETY: a live `Ref` keeps the object allocated.
        unsafe { &self.0.as_ref().rc }
    }
}

impl Clone for Ref {
    fn clone(&self) -> Ref {
        self.rc().incref();
        Ref(self.0)
    }
}

impl Drop for Ref {
    fn drop(&mut self) {
        if self.rc().decref(free) {
            // SAFETY: the count reached zero.
            unsafe { free(self.0.cast()) };
        }
    }
}

fn frees() -> Arc<AtomicUsize> {
    Arc::new(AtomicUsize::new(0))
}

#[test]
fn header_stays_small() {
    assert_eq!(std::mem::size_of::<RefCount>(), 8);
    #[cfg(target_pointer_width = "64")]
    // 72 since the collector's head moved out of `Obj` (tracked objects are 80 with it).
    assert_eq!(std::mem::size_of::<crate::object::Obj>(), 72);
}

#[test]
fn owner_counts_locally_and_frees_at_zero() {
    let f = frees();
    let a = Ref::new(&f);
    let copies: Vec<Ref> = (0..3).map(|_| a.clone()).collect();
    assert_eq!(a.rc().get(), 4);
    assert_eq!(
        a.rc().shared.load(Ordering::Relaxed),
        0,
        "owner ops stay local"
    );
    drop(copies);
    assert_eq!(a.rc().get(), 1);
    drop(a);
    assert_eq!(f.load(Ordering::Relaxed), 1);
}

#[test]
fn non_owner_drops_are_queued_and_merged_by_the_owner() {
    let f = frees();
    let h = ThreadHandle::current();
    let a = Ref::new(&f);
    let b = a.clone();
    let c = a.clone();
    std::thread::spawn(move || {
        let d = b.clone(); // shared +1
        assert_eq!(d.rc().get(), 4);
        drop(b);
        drop(c); // shared -1: queued to the owner
        drop(d); // shared -2
    })
    .join()
    .unwrap();
    assert_eq!(a.rc().get(), 1);
    assert!(a.rc().shared.load(Ordering::Relaxed) & S_QUEUED != 0);
    h.poll(); // merge: total 1, now counted in `shared`
    assert_eq!(a.rc().get(), 1);
    assert_eq!(f.load(Ordering::Relaxed), 0);
    drop(a);
    assert_eq!(f.load(Ordering::Relaxed), 1);
}

#[test]
fn owner_local_zero_while_queued_waits_for_the_merge() {
    let f = frees();
    let h = ThreadHandle::current();
    let a = Ref::new(&f);
    let b = a.clone();
    let (b2, c) = std::thread::spawn(move || {
        let b2 = b.clone(); // shared 1
        let c = b.clone(); // shared 2
        drop(b); // shared 1
        (b2, c)
    })
    .join()
    .unwrap();
    drop(a); // local 2 -> 1
    let b3 = b2.clone(); // local 2
    std::thread::spawn(move || {
        drop(b2); // shared 0
        drop(c); // shared -1: queued
    })
    .join()
    .unwrap();
    drop(b3); // local 2 -> 1: total 0, but queued: the merge frees
    assert_eq!(f.load(Ordering::Relaxed), 0);
    h.poll();
    assert_eq!(f.load(Ordering::Relaxed), 1);
}

#[test]
fn objects_of_an_exited_thread_are_merged_by_others() {
    let f = frees();
    let f2 = f.clone();
    let (a, b) = std::thread::spawn(move || {
        let a = Ref::new(&f2);
        let b = a.clone(); // local 2, frozen when this thread exits
        (a, b)
    })
    .join()
    .unwrap();
    assert_eq!(a.rc().get(), 2);
    drop(a); // shared -1: the owner is gone, so this thread merges (total 1)
    assert_eq!(b.rc().get(), 1);
    assert_eq!(f.load(Ordering::Relaxed), 0);
    drop(b);
    assert_eq!(f.load(Ordering::Relaxed), 1);
}

#[test]
fn local_overflow_spills_into_the_shared_count() {
    let f = frees();
    let a = Ref::new(&f);
    let copies: Vec<Ref> = (0..70_000).map(|_| a.clone()).collect();
    assert_eq!(a.rc().get(), 70_001);
    drop(copies);
    assert_eq!(a.rc().get(), 1);
    drop(a);
    assert_eq!(f.load(Ordering::Relaxed), 1);
}

#[test]
fn shared_count_saturates_to_immortal() {
    let f = frees();
    let a = Ref::new(&f);
    // Pretend other threads already hold 2^27 references.
    a.rc()
        .shared
        .store(s_word(S_SATURATE, 0), Ordering::Relaxed);
    std::thread::scope(|s| {
        s.spawn(|| std::mem::forget(a.clone()));
    });
    assert!(a.rc().is_immortal());
    drop(a);
    assert_eq!(
        f.load(Ordering::Relaxed),
        0,
        "immortal objects are never freed"
    );
}

#[test]
fn immortal_counts_ignore_increments_and_decrements() {
    let rc = RefCount::immortal();
    rc.incref();
    assert!(!rc.decref(free));
    assert!(rc.is_immortal());
    let f = frees();
    let a = Ref::new(&f);
    a.rc().make_immortal();
    let b = a.clone();
    drop(b);
    drop(a);
    assert_eq!(f.load(Ordering::Relaxed), 0);
}

/// A dead object's count for `try_incref` tests: a leaked `TestObj` whose count is marked
/// and merged at zero, as after its last decrement (its memory is kept for the test).
fn marked(f: &Arc<AtomicUsize>) -> Ref {
    let a = Ref::new(f);
    a.rc().mark_weak();
    a
}

#[test]
fn try_incref_by_the_owner_and_by_another_thread() {
    let f = frees();
    let a = marked(&f);
    assert!(a.rc().try_incref(), "owner, alive");
    assert_eq!(a.rc().get(), 2);
    drop(Ref(a.0));
    std::thread::scope(|s| {
        s.spawn(|| {
            assert!(a.rc().try_incref(), "non-owner, alive");
            drop(Ref(a.0)); // shared back to 0 (or queued: the owner merges below)
        });
    });
    ThreadHandle::current().poll();
    assert_eq!(a.rc().get(), 1);
    drop(a);
    assert_eq!(
        f.load(Ordering::Relaxed),
        1,
        "a marked object is still freed"
    );
}

#[test]
fn try_incref_refuses_a_dead_object() {
    let f = frees();
    let a = marked(&f);
    let rc: *const RefCount = a.rc();
    // Keep the memory: the decision is what is tested, not the free.
    let keep = std::mem::ManuallyDrop::new(a);
    // SAFETY: the object is allocated (leaked) for the rest of the test.
    let rc = unsafe { &*rc };
    assert!(
        rc.decref(free),
        "the owner's last decrement decides to free"
    );
    assert!(!rc.try_incref(), "owner thread: dead (its id was cleared)");
    std::thread::scope(|s| {
        s.spawn(|| assert!(!rc.try_incref(), "another thread: dead"));
    });
    assert!(rc.has_weak());
    let _ = keep;
    assert_eq!(f.load(Ordering::Relaxed), 0);
}
