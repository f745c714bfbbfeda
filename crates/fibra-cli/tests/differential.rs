//! Differential test: runs every `tests/scripts/**/*.py` under `python3` and
//! under `fibra`, and fails on any difference in stdout, in the exit code, or
//! in the type of the uncaught exception (the name before `:` on the last
//! non-empty stderr line). Scripts listed in `tests/differential-skip.txt`
//! are not compared. Without `python3` on PATH the test prints a notice and
//! passes (CI installs it).
//!
//! `FIBRA_TEST_FILTER=substr cargo test -p fibra-cli --test differential` runs a subset.

mod common;

use common::*;
use std::path::{Path, PathBuf};

fn compare(script: &Script, fibra: &Path, python: &Path) -> Result<(), String> {
    let source = std::fs::read(&script.path).map_err(|e| format!("cannot read script: {e}"))?;
    let exp = parse_expectations(&String::from_utf8_lossy(&source));
    let py = run_with_timeout(
        python,
        &script.path,
        &exp.args,
        TIMEOUT,
        &[
            ("PYTHONIOENCODING", "utf-8"),
            ("PYTHONDONTWRITEBYTECODE", "1"),
        ],
    )
    .map_err(|e| format!("cannot run python3: {e}"))?;
    let fb = run_with_timeout(fibra, &script.path, &exp.args, TIMEOUT, &[])
        .map_err(|e| format!("cannot run fibra: {e}"))?;
    let mut problems = Vec::new();
    if py.timed_out {
        problems.push("python3 timed out".to_string());
    }
    if fb.timed_out {
        problems.push(format!(
            "fibra timed out after {}s (hang?)",
            TIMEOUT.as_secs()
        ));
    }
    let (pl, fl) = (stdout_lines(&py.stdout), stdout_lines(&fb.stdout));
    if pl != fl {
        // "expected" = python3, "got" = fibra.
        problems.push(diff_excerpt(&pl, &fl));
    }
    if py.code != fb.code {
        problems.push(format!(
            "python3 {}, fibra {}",
            py.describe_exit(),
            fb.describe_exit()
        ));
    }
    let py_err = if py.code == Some(0) {
        None
    } else {
        error_type(&py.stderr)
    };
    let fb_err = if fb.code == Some(0) {
        None
    } else {
        error_type(&fb.stderr)
    };
    if py_err != fb_err {
        problems.push(format!(
            "uncaught exception: python3 {:?}, fibra {:?} (fibra stderr: {})",
            py_err.unwrap_or_default(),
            fb_err.unwrap_or_default(),
            stderr_tail(&fb.stderr, 2)
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

#[test]
fn differential() {
    let Some(python) = find_program("python3") else {
        println!(
            "NOTICE: python3 not found on PATH; differential test skipped (CI installs python3)."
        );
        return;
    };
    let fibra = PathBuf::from(env!("CARGO_BIN_EXE_fibra"));
    let skip = read_list(&tests_dir().join("differential-skip.txt"));
    let all = discover();
    let skipped = all.iter().filter(|s| skip.contains_key(&s.rel)).count();
    let scripts: Vec<Script> = all
        .into_iter()
        .filter(|s| !skip.contains_key(&s.rel))
        .collect();
    let (fibra2, python2) = (fibra.clone(), python.clone());
    let results = parallel_map(scripts.clone(), move |s| compare(s, &fibra2, &python2));
    let mut failed = 0usize;
    for (script, r) in scripts.iter().zip(&results) {
        if let Err(why) = r {
            println!("DIFF {}: {}", script.rel, why);
            failed += 1;
        }
    }
    println!(
        "differential: {} same, {} different ({} skipped via differential-skip.txt)",
        scripts.len() - failed,
        failed,
        skipped
    );
    if failed > 0 {
        panic!("{failed} script(s) behave differently under fibra and python3");
    }
}
