//! Where the REPL keeps its history, and rustyline's history settings.
//!
//! One history item is one whole input (a multi-line `def` is a single item; rustyline's file
//! format escapes the newlines), so Up/Down and Ctrl-R recall complete blocks.

use std::ffi::OsString;
use std::path::PathBuf;

/// File name of the history in the home directory.
pub const DEFAULT_FILE_NAME: &str = ".fibra_history";

/// Number of entries kept.
pub const MAX_ENTRIES: usize = 10_000;

/// The history file: `$FIBRA_HISTORY` when set (an empty value disables history), else
/// `~/.fibra_history`; `None` when there is no home directory either.
pub fn default_history_file() -> Option<PathBuf> {
    history_file_from(std::env::var_os("FIBRA_HISTORY"), std::env::var_os("HOME"))
}

/// [`default_history_file`] with its environment passed in (for tests).
pub fn history_file_from(
    fibra_history: Option<OsString>,
    home: Option<OsString>,
) -> Option<PathBuf> {
    match fibra_history {
        Some(v) if v.is_empty() => None,
        Some(v) => Some(PathBuf::from(v)),
        None => home
            .filter(|h| !h.is_empty())
            .map(|h| PathBuf::from(h).join(DEFAULT_FILE_NAME)),
    }
}

/// The text stored in the history for one accepted input: the lines as typed, without the
/// trailing blank line(s) that closed a block.
pub fn entry_text(source: &str) -> String {
    let mut lines: Vec<&str> = source.lines().collect();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}
