//! The script corpus: runs every `tests/scripts/**/*.py` with the `fibra`
//! binary and checks it against the `# expect...` comments in the script.
//! Format and data files: see `tests/README.md`.
//!
//! `FIBRA_TEST_FILTER=substr cargo test -p fibra-cli --test scripts` runs a subset.

mod common;

use common::*;
use std::path::{Path, PathBuf};

/// Outcome of one script.
enum Outcome {
    Pass,
    Fail(String),
}

fn check(script: &Script, fibra: &Path) -> Outcome {
    let source = match std::fs::read(&script.path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => return Outcome::Fail(format!("cannot read script: {e}")),
    };
    let exp = parse_expectations(&source);
    let out = match run_with_timeout(fibra, &script.path, &exp.args, TIMEOUT, &[]) {
        Ok(o) => o,
        Err(e) => return Outcome::Fail(format!("cannot run fibra: {e}")),
    };
    let mut problems = Vec::new();
    if out.timed_out {
        problems.push(format!("timed out after {}s (hang?)", TIMEOUT.as_secs()));
    }
    let lines = stdout_lines(&out.stdout);
    if lines != exp.stdout {
        problems.push(diff_excerpt(&exp.stdout, &lines));
    }
    if !out.timed_out && out.code != Some(exp.exit_code) {
        problems.push(format!(
            "expected exit code {}, got {}",
            exp.exit_code,
            out.describe_exit()
        ));
    }
    if let Some(ty) = &exp.error {
        if !error_matches(&out.stderr, ty) {
            problems.push(format!(
                "expected uncaught {ty}, last stderr line: {:?}",
                stderr_tail(&out.stderr, 1)
            ));
        }
    } else if !out.timed_out && out.code != Some(0) && out.code != Some(exp.exit_code) {
        problems.push(format!("stderr: {}", stderr_tail(&out.stderr, 3)));
    }
    if problems.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Fail(problems.join("; "))
    }
}

#[test]
fn scripts() {
    let fibra = PathBuf::from(env!("CARGO_BIN_EXE_fibra"));
    let scripts = discover();
    let known = read_list(&tests_dir().join("known-failures.txt"));
    let total = scripts.len();
    let fibra2 = fibra.clone();
    let results = parallel_map(scripts.clone(), move |s| check(s, &fibra2));

    let (mut passed, mut failed, mut known_failed) = (0usize, 0usize, 0usize);
    let mut now_passing = Vec::new();
    for (script, outcome) in scripts.iter().zip(results) {
        let is_known = known.contains_key(&script.rel);
        match (outcome, is_known) {
            (Outcome::Pass, false) => passed += 1,
            (Outcome::Pass, true) => {
                println!(
                    "NOW PASSES {}: remove it from tests/known-failures.txt",
                    script.rel
                );
                now_passing.push(script.rel.clone());
            }
            (Outcome::Fail(why), false) => {
                println!("FAIL {}: {}", script.rel, why);
                failed += 1;
            }
            (Outcome::Fail(why), true) => {
                println!(
                    "known failure {} ({}): {}",
                    script.rel, known[&script.rel], why
                );
                known_failed += 1;
            }
        }
    }
    // Entries in known-failures.txt that match no script are stale (only
    // checked without a filter, since a filter hides scripts).
    let mut stale = Vec::new();
    if std::env::var("FIBRA_TEST_FILTER")
        .map(|f| f.trim().is_empty())
        .unwrap_or(true)
    {
        for k in known.keys() {
            if !scripts.iter().any(|s| &s.rel == k) {
                println!("STALE known-failures.txt entry {k}: no such script");
                stale.push(k.clone());
            }
        }
    }
    println!(
        "scripts: {} passed, {} failed",
        passed,
        failed + now_passing.len()
    );
    println!(
        "({total} scripts: {known_failed} known failures, {} now passing, {} stale list entries)",
        now_passing.len(),
        stale.len()
    );
    assert!(
        total > 0 || std::env::var("FIBRA_TEST_FILTER").is_ok(),
        "no scripts found under tests/scripts"
    );
    if failed > 0 || !now_passing.is_empty() || !stale.is_empty() {
        panic!(
            "{failed} unexpected failure(s), {} known failure(s) now passing (remove them from tests/known-failures.txt), {} stale entries",
            now_passing.len(),
            stale.len()
        );
    }
}
