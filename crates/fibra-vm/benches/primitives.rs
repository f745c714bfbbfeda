//! Micro-benchmarks of the synchronisation primitives every script operation is built on:
//! reference counting, the per-object lock, a list append, a dict lookup and store.
//!
//! Run in both builds and compare (same machine, same run):
//!   cargo bench -p fibra-vm --bench primitives
//!   cargo bench -p fibra-vm --bench primitives --features gil --target-dir target/gil

use std::hint::black_box;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion};
use fibra_vm::object::Payload;
use fibra_vm::sync::ObjLock;
use fibra_vm::{Ctx, Value, Vm};

fn primitives(c: &mut Criterion) {
    // A context keeps this thread attached (holds the GIL in the `gil` build), as every
    // thread touching values must be.
    let vm: Arc<Vm> = Vm::new(vec!["bench".into()]);
    let _cx = Ctx::new(vm);

    let list = Value::list(vec![Value::int(1), Value::int(2)]);
    c.bench_function("incref+decref (counted object)", |b| {
        b.iter(|| drop(black_box(list.clone())))
    });

    // Created by another thread: in the default build this thread is not the owner and
    // counts in the atomic shared count (biased reference counting's slow side).
    let foreign = std::thread::scope(|s| {
        s.spawn(|| Value::list(vec![Value::int(1)]))
            .join()
            .expect("helper thread")
    });
    c.bench_function("incref+decref (object owned by another thread)", |b| {
        b.iter(|| drop(black_box(foreign.clone())))
    });

    let lock = ObjLock::new(0u64);
    c.bench_function("object lock+unlock (uncontended)", |b| {
        b.iter(|| {
            let mut g = lock.lock();
            *g += 1;
        })
    });

    c.bench_function("list append+pop", |b| {
        let Some(Payload::List(l)) = list.payload() else {
            unreachable!()
        };
        b.iter(|| {
            l.items.lock().push(Value::int(7));
            black_box(l.items.lock().pop());
        })
    });

    let dict = Value::dict();
    let Some(Payload::Dict(d)) = dict.payload() else {
        unreachable!()
    };
    for i in 0..1000 {
        d.set_str(&format!("key{i}"), Value::int(i));
    }
    c.bench_function("dict lookup (str key, 1000 entries)", |b| {
        b.iter(|| black_box(d.get_str(black_box("key500"))))
    });
    c.bench_function("dict version load (lookup-cache validation)", |b| {
        b.iter(|| black_box(d.version()))
    });

    // A store into a dict this thread created (default build: owner lock elision, no
    // locked instruction), then into one another thread has locked (the CAS lock).
    let key = Value::str("key500");
    c.bench_function("dict store (str key, this thread's dict)", |b| {
        b.iter(|| d.set_str_value(key.clone(), Value::int(black_box(5))))
    });
    let shared = Value::dict();
    let Some(Payload::Dict(sd)) = shared.payload() else {
        unreachable!()
    };
    sd.set_str("key500", Value::int(0));
    std::thread::scope(|s| {
        s.spawn(|| sd.set_str("other", Value::int(1)))
            .join()
            .expect("helper thread")
    });
    c.bench_function(
        "dict store (str key, dict shared with another thread)",
        |b| b.iter(|| sd.set_str_value(key.clone(), Value::int(black_box(5)))),
    );

    c.bench_function("float alloc+free", |b| {
        b.iter(|| black_box(Value::float(1.5)))
    });
}

criterion_group!(benches, primitives);
criterion_main!(benches);
