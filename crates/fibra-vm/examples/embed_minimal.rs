//! The smallest embedding: create an interpreter, register a Rust function, run a
//! script, read a result. `cargo run --example embed_minimal -p fibra-vm`
use fibra_vm::embed::Interpreter;

fn main() -> Result<(), fibra_vm::embed::Error> {
    let py = Interpreter::new();
    py.set_function("double", |x: i64| Ok::<_, String>(x * 2))?;
    let m = py.exec("answer = double(21)\nprint('script says', answer)", "main")?;
    let answer: i64 = m.get("answer")?;
    println!("host reads {answer}");
    Ok(())
}
