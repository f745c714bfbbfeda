//! The standard library modules written in Fibra (Python) under `stdlib/` at the workspace
//! root, embedded in the binary at build time (`build.rs` generates the table).

include!(concat!(env!("OUT_DIR"), "/stdlib_table.rs"));

/// The source and filename (`<stdlib>/path.py`) of the embedded module `name`.
pub fn find_source(name: &str) -> Option<(&'static str, &'static str)> {
    find(name).map(|(_, source, filename, _)| (*source, *filename))
}

/// Whether the embedded module `name` is a package (`name/__init__.py`).
pub fn is_package(name: &str) -> bool {
    find(name).is_some_and(|e| e.3)
}

fn find(name: &str) -> Option<&'static (&'static str, &'static str, &'static str, bool)> {
    STDLIB
        .binary_search_by(|e| e.0.cmp(name))
        .ok()
        .and_then(|i| STDLIB.get(i))
}

/// The names of all embedded modules, sorted.
pub fn module_names() -> impl Iterator<Item = &'static str> {
    STDLIB.iter().map(|e| e.0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn table_is_sorted_and_has_threading() {
        assert!(super::STDLIB.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(super::find_source("threading").is_some());
        assert!(super::find_source("nonexistent_module_xyz").is_none());
    }
}
