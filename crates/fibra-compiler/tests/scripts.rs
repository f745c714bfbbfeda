//! Compiles every script under `tests/scripts` (except those expected to fail with a
//! SyntaxError / IndentationError) and verifies all of the bytecode.

use std::path::{Path, PathBuf};

use fibra_compiler::{compile_source, verify::verify, Mode};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

#[test]
fn all_scripts_compile_and_verify() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scripts");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut failures = Vec::new();
    let mut compiled = 0;
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        let expect_syntax_error = src.contains("# expect error: SyntaxError")
            || src.contains("IndentationError")
            || src.contains("TabError");
        match compile_source(&src, &f.display().to_string(), Mode::Module) {
            Ok(code) => {
                compiled += 1;
                if let Err(e) = verify(&code) {
                    failures.push(format!("{}: verify: {e}", f.display()));
                }
            }
            Err(e) if !expect_syntax_error => {
                failures.push(format!("{}: {:?}: {}", f.display(), e.kind, e.message));
            }
            Err(_) => {}
        }
    }
    eprintln!(
        "compiled and verified {compiled} of {} scripts",
        files.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
