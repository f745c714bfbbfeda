//! A Rust type exposed to scripts: a thread-safe inventory with methods and attributes,
//! shared by the host and by script threads. `cargo run --example embed_host_type -p fibra-vm`
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use fibra_vm::embed::{HostError, HostType, Interpreter};

/// The host type provides its own synchronisation: scripts may call it from many threads.
struct Inventory {
    items: Mutex<HashMap<String, i64>>,
}

impl Inventory {
    fn take(&self, name: &str, n: i64) -> Result<i64, HostError> {
        let mut items = self.items.lock().unwrap();
        let have = items.get(name).copied().unwrap_or(0);
        if have < n {
            return Err(HostError::new(
                "ValueError",
                format!("only {have} {name} left"),
            ));
        }
        items.insert(name.to_string(), have - n);
        Ok(have - n)
    }
}

fn main() -> Result<(), fibra_vm::embed::Error> {
    let py = Interpreter::new();
    py.register_type(
        HostType::<Inventory>::new("Inventory")
            .constructor(|| {
                Ok::<_, String>(Inventory {
                    items: Mutex::new(HashMap::new()),
                })
            })
            .method("add", |inv: &Inventory, name: String, n: i64| {
                let mut items = inv.items.lock().unwrap();
                *items.entry(name).or_insert(0) += n;
                Ok::<_, String>(())
            })
            .method("take", |inv: &Inventory, name: String, n: i64| {
                inv.take(&name, n)
            })
            .getter("total", |inv: &Inventory| {
                Ok::<_, String>(inv.items.lock().unwrap().values().sum::<i64>())
            }),
    )?;

    // The host creates one and hands it to the script.
    let shared = Arc::new(Inventory {
        items: Mutex::new(HashMap::new()),
    });
    shared.items.lock().unwrap().insert("apples".into(), 1000);
    let m = py.exec(
        r#"
import threading

def worker(inv):
    for _ in range(100):
        inv.take("apples", 1)

def run(inv):
    threads = [threading.Thread(target=worker, args=(inv,)) for _ in range(4)]
    for t in threads: t.start()
    for t in threads: t.join()
    mine = Inventory()
    mine.add("pears", 3)
    try:
        inv.take("apples", 10_000)
    except ValueError as e:
        print("script caught:", e)
    return inv.total, mine.total
"#,
        "shop",
    )?;
    m.set("inventory", shared.clone())?;
    let (left, pears): (i64, i64) = m.call("run", (shared.clone(),))?;
    println!(
        "apples left: {left} (host sees {}), pears: {pears}",
        shared.items.lock().unwrap()["apples"]
    );
    assert_eq!(left, 600);
    Ok(())
}
