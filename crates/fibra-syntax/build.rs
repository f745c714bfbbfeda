//! Generates the LALRPOP parser from `grammar/fibra.lalrpop` (workspace root) into OUT_DIR.
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let grammar_dir = manifest.join("../../grammar");
    let grammar = grammar_dir.join("fibra.lalrpop");
    println!("cargo:rerun-if-changed={}", grammar.display());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    lalrpop::Configuration::new()
        .set_in_dir(&grammar_dir)
        .set_out_dir(&out)
        .emit_rerun_directives(false)
        .process_file(&grammar)
        .expect("lalrpop failed to process grammar/fibra.lalrpop");
}
