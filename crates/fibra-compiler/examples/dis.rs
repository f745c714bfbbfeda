//! `cargo run -p fibra-compiler --example dis -- file.py`: prints the disassembly.
fn main() {
    let path = std::env::args().nth(1).expect("usage: dis FILE");
    let src = std::fs::read_to_string(&path).expect("read");
    match fibra_compiler::compile_source(&src, &path, fibra_compiler::Mode::Module) {
        Ok(code) => {
            print!("{code}");
            if let Err(e) = fibra_compiler::verify::verify(&code) {
                println!("VERIFY FAILED: {e}");
            }
        }
        Err(e) => println!("error: {e:?}"),
    }
}
