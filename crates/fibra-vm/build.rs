//! Embeds every `stdlib/**/*.py` (at the workspace root) in the binary: generates
//! `$OUT_DIR/stdlib_table.rs`, a sorted table of (module name, source, filename, is_package)
//! used by `crate::stdlib::find_source`.

use std::fs;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf, String, bool)>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        if path.is_dir() {
            if name.starts_with('.') || name == "__pycache__" {
                continue;
            }
            collect(&path, &format!("{prefix}{name}/"), out);
        } else if let Some(stem) = name.strip_suffix(".py") {
            println!("cargo:rerun-if-changed={}", path.display());
            let rel = format!("{prefix}{name}");
            let pkg = prefix.trim_end_matches('/').replace('/', ".");
            let (module, is_package) = if stem == "__init__" {
                (pkg, true)
            } else if pkg.is_empty() {
                (stem.to_string(), false)
            } else {
                (format!("{pkg}.{stem}"), false)
            };
            if !module.is_empty() {
                out.push((module, path.clone(), rel, is_package));
            }
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let root = manifest.join("../../stdlib");
    let mut mods = Vec::new();
    collect(&root, "", &mut mods);
    mods.sort_by(|a, b| a.0.cmp(&b.0));
    let mut code =
        String::from("/// (module name, source, filename, is_package), sorted by name.\n");
    code.push_str("pub static STDLIB: &[(&str, &str, &str, bool)] = &[\n");
    for (module, path, rel, is_package) in &mods {
        let abs = fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        code.push_str(&format!(
            "    ({:?}, include_str!({:?}), {:?}, {}),\n",
            module,
            abs.display().to_string(),
            format!("<stdlib>/{rel}"),
            is_package
        ));
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("out dir")).join("stdlib_table.rs");
    fs::write(out, code).expect("write stdlib table");
}
