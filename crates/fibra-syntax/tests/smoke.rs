//! Smoke tests: parse every test script of the project (skipping intentionally broken ones) and
//! report how much of CPython's stdlib parses.

use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// Run on a big stack: debug builds of deeply nested test inputs need it no more than the
/// 2 MB default, but CPython's stdlib is large.
fn on_thread<F: FnOnce() + Send + 'static>(f: F) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn project_scripts_parse() {
    on_thread(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scripts");
        let mut files = Vec::new();
        walk(&root, &mut files);
        let mut failures = Vec::new();
        let mut n = 0;
        for f in &files {
            if f.components().any(|c| c.as_os_str() == "errors") {
                continue;
            }
            let Ok(src) = std::fs::read_to_string(f) else {
                continue;
            };
            if src.contains("# expect error: SyntaxError")
                || src.contains("# expect error: IndentationError")
                || src.contains("# expect error: TabError")
            {
                continue;
            }
            n += 1;
            if let Err(e) = fibra_syntax::parse_module(&src) {
                let li = fibra_syntax::LineIndex::new(&src);
                let (l, c) = li.line_col(e.span.start);
                failures.push(format!("{}:{l}:{c}: {e}", f.display()));
            }
        }
        eprintln!(
            "project scripts: {} parsed, {} failed",
            n - failures.len(),
            failures.len()
        );
        for f in &failures {
            eprintln!("  {f}");
        }
        assert!(
            failures.is_empty(),
            "{} project scripts failed to parse",
            failures.len()
        );
    });
}

fn stdlib_dir() -> Option<PathBuf> {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sysconfig;print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let s = String::from_utf8(out.stdout).ok()?;
    let p = PathBuf::from(s.trim());
    p.is_dir().then_some(p)
}

/// Is a parse failure due to syntax outside Fibra's subset (async, match, except*, complex
/// literals)?
fn unsupported(src: &str, e: &fibra_syntax::SyntaxError) -> bool {
    if e.message.contains("is not supported") || e.message.contains("imaginary") {
        return true;
    }
    let li = fibra_syntax::LineIndex::new(src);
    let (l, _) = li.line_col(e.span.start);
    // The error may be reported on the line after the unsupported construct.
    (l.saturating_sub(1)..=l).any(|l| {
        let t = li.line_text(l).trim_start();
        t.starts_with("match ")
            || t.starts_with("case ")
            || t.starts_with("except*")
            || t.starts_with("except *")
    })
}

#[test]
fn stdlib_parse_rate() {
    on_thread(|| {
        let Some(dir) = stdlib_dir() else {
            eprintln!("no python3 stdlib found; skipping");
            return;
        };
        let mut files = Vec::new();
        walk(&dir, &mut files);
        let (mut total, mut ok, mut skipped) = (0usize, 0usize, 0usize);
        let mut failures = Vec::new();
        for f in &files {
            if f.components().any(|c| {
                let c = c.as_os_str().to_string_lossy();
                c == "site-packages"
                    || c == "dist-packages"
                    || c.starts_with("lib2to3")
                    || c == "bad_coding"
            }) {
                continue;
            }
            let Ok(src) = std::fs::read_to_string(f) else {
                skipped += 1;
                continue;
            };
            match fibra_syntax::parse_module(&src) {
                Ok(_) => {
                    total += 1;
                    ok += 1
                }
                Err(e) if unsupported(&src, &e) => skipped += 1,
                Err(e) => {
                    total += 1;
                    let li = fibra_syntax::LineIndex::new(&src);
                    let (l, c) = li.line_col(e.span.start);
                    failures.push(format!("{}:{l}:{c}: {e}", f.display()));
                }
            }
        }
        eprintln!(
            "stdlib: {ok}/{total} parsed ({:.1}%), {skipped} skipped as unsupported/unreadable",
            100.0 * ok as f64 / total.max(1) as f64
        );
        if std::env::var("FIBRA_SHOW_FAILURES").is_ok() {
            for f in &failures {
                eprintln!("  {f}");
            }
        }
    });
}
