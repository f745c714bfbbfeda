//! Golden tests of error messages: every `tests/errors/NAME.py` is run with `fibra`, and its
//! standard error must equal `tests/errors/NAME.stderr` exactly (the text CPython 3.13
//! prints for the same file), with the directory of the scripts written as `<dir>`. The
//! exit status must be 1.
//!
//! Regenerate an expectation with CPython:
//! `python3.13 tests/errors/NAME.py 2>&1 >/dev/null | sed "s#$PWD/tests/errors#<dir>#g"`.

use std::path::PathBuf;
use std::process::Command;

fn errors_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/errors")
}

#[test]
fn error_messages_match_cpython() {
    let dir = errors_dir().canonicalize().expect("tests/errors exists");
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read tests/errors")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    scripts.sort();
    assert!(
        scripts.len() >= 12,
        "expected a dozen cases, found {}",
        scripts.len()
    );
    let mut failures = Vec::new();
    for script in &scripts {
        let expected_path = script.with_extension("stderr");
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        let out = Command::new(env!("CARGO_BIN_EXE_fibra"))
            .arg(script)
            .env("NO_COLOR", "1")
            .output()
            .expect("run fibra");
        let stderr = String::from_utf8_lossy(&out.stderr).replace(&*dir.to_string_lossy(), "<dir>");
        let name = script.file_name().unwrap_or_default().to_string_lossy();
        if stderr != expected {
            failures.push(format!("--- {name}: expected\n{expected}--- got\n{stderr}"));
        } else if out.status.code() != Some(1) {
            failures.push(format!(
                "--- {name}: exit status {:?}, expected 1",
                out.status
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
