//! "Did you mean" suggestions for `NameError` and `AttributeError`, as CPython 3.13's
//! `traceback` module adds them when printing (never in `str(e)`):
//!
//! ```text
//! NameError: name 'lenght' is not defined. Did you mean: 'length'?
//! AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?
//! NameError: name 'math' is not defined. Did you forget to import 'math'?
//! ```
//!
//! A `NameError` raised by the dispatch loop carries `name` and, computed there from the
//! frame's locals, globals and builtins, its suggestion (a hidden attribute); an
//! `AttributeError` carries `name` and `obj`, whose `dir()` is searched when printing.

use crate::ctx::Ctx;
use crate::error::Exc;
use crate::interp::eval::as_dict;
use crate::interp::frame::Frame;
use crate::ops;
use crate::types::{self, types};
use crate::value::Value;

/// The attribute of a `NameError` holding its suggestion.
const SUGGESTION_ATTR: &str = "__fibra_suggestion__";

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// `NameError: name '...' is not defined` raised in frame `f`, with `name` set and the
/// suggestion for the traceback computed from the frame's names.
pub fn name_error(cx: &mut Ctx, f: &Frame, name: &str) -> Exc {
    let exc = Exc::new(&types().name_error, format!("name '{name}' is not defined"));
    let v = exc.value();
    v.set_attr_str("name", Value::str(name));
    if let Some(s) = frame_suggestion(cx, f, name) {
        v.set_attr_str(SUGGESTION_ATTR, Value::string(s));
    }
    exc
}

fn frame_suggestion(cx: &mut Ctx, f: &Frame, name: &str) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    let mut self_value = None;
    if f.locals.is_null() {
        let varnames = &f.code.obj.varnames;
        for (i, n) in varnames.iter().enumerate() {
            if f.fast.get(i).is_some_and(|v| !v.is_null()) {
                names.push(n.to_string());
                if &**n == "self" {
                    self_value = f.fast.get(i).cloned();
                }
            }
        }
    }
    for ns in [&f.locals, &f.globals, &f.builtins] {
        if let Some(d) = as_dict(ns) {
            names.extend(
                d.keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(str::to_string)),
            );
        }
    }
    if let Some(s) = self_value {
        if matches!(ops::getattr_opt(cx, &s, name), Ok(Some(_))) {
            return Some(format!("self.{name}"));
        }
    }
    best_match(&names, name)
}

/// The text CPython appends to the last line of a `NameError`/`AttributeError` traceback
/// (`. Did you mean: 'x'?`, `. Did you forget to import 'm'?`), or "".
pub fn traceback_suffix(v: &Value) -> String {
    let t = types();
    let is_name = types::is_instance(v, &t.name_error);
    let is_attr = types::is_instance(v, &t.attribute_error);
    if !is_name && !is_attr {
        return String::new();
    }
    let Some(ns) = v.namespace() else {
        return String::new();
    };
    let Some(wrong) = ns
        .get_str("name")
        .and_then(|n| n.as_str().map(str::to_string))
    else {
        return String::new();
    };
    let suggestion = if is_name {
        ns.get_str(SUGGESTION_ATTR)
            .and_then(|s| s.as_str().map(str::to_string))
    } else {
        ns.get_str("obj").and_then(|obj| {
            let mut d = crate::builtins::functions::dir_names(&obj);
            if !wrong.starts_with('_') {
                d.retain(|x| !x.starts_with('_'));
            }
            best_match(&d, &wrong)
        })
    };
    let mut out = String::new();
    if let Some(s) = &suggestion {
        out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if is_name && STDLIB_MODULES.contains(&wrong.as_str()) {
        if suggestion.is_some() {
            out.push_str(&format!(" Or did you forget to import '{wrong}'?"));
        } else {
            out.push_str(&format!(". Did you forget to import '{wrong}'?"));
        }
    }
    out
}

/// CPython's `_compute_suggestion_error` search: the closest candidate within a third of
/// the characters involved (first best wins).
pub fn best_match(candidates: &[String], wrong: &str) -> Option<String> {
    if candidates.len() > MAX_CANDIDATE_ITEMS {
        return None;
    }
    let wrong_len = wrong.chars().count();
    if wrong_len > MAX_STRING_SIZE {
        return None;
    }
    let mut best_distance = wrong_len;
    let mut suggestion: Option<&String> = None;
    for c in candidates {
        if c == wrong {
            continue;
        }
        let max_distance = (c.chars().count() + wrong_len + 3) * MOVE_COST / 6;
        let max_distance = max_distance.min(best_distance.saturating_sub(1));
        let d = levenshtein(wrong, c, max_distance);
        if d > max_distance {
            continue;
        }
        if suggestion.is_none() || d < best_distance {
            suggestion = Some(c);
            best_distance = d;
        }
    }
    suggestion.cloned()
}

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` (Python/suggestions.c): moves cost 2, case changes 1.
fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let post = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (mut a, mut b) = (&a[..a.len() - post], &b[..b.len() - post]);
    if a.is_empty() || b.is_empty() {
        return MOVE_COST * (a.len() + b.len());
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// `sys.stdlib_module_names` of CPython 3.13 (public names): a `NameError` for one of them
/// asks whether an import was forgotten.
#[rustfmt::skip]
pub const STDLIB_MODULES: &[&str] = &[
    "abc", "antigravity", "argparse", "array", "ast", "asyncio", "atexit", "base64", "bdb",
    "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cmath", "cmd", "code",
    "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser",
    "contextlib", "contextvars", "copy", "copyreg", "csv", "ctypes", "curses", "dataclasses",
    "datetime", "dbm", "decimal", "difflib", "dis", "doctest", "email", "encodings", "ensurepip",
    "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions",
    "ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib",
    "grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "importlib",
    "inspect", "io", "ipaddress", "itertools", "json", "keyword", "linecache", "locale", "logging",
    "lzma", "mailbox", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msvcrt",
    "multiprocessing", "netrc", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator",
    "optparse", "os", "pathlib", "pdb", "pickle", "pickletools", "pkgutil", "platform", "plistlib",
    "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile",
    "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline",
    "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors",
    "shelve", "shlex", "shutil", "signal", "site", "smtplib", "socket", "socketserver", "sqlite3",
    "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string",
    "stringprep", "struct", "subprocess", "symtable", "sys", "sysconfig", "syslog", "tabnanny",
    "tarfile", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter",
    "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle",
    "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uuid", "venv",
    "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xml", "xmlrpc",
    "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
];
