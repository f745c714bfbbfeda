//! The `os` and `os.path` modules (POSIX semantics, like CPython's `posixpath`).

use parking_lot::Mutex;
use std::borrow::Cow;

use crate::args::Args;
use crate::builtins::io::os_error_from_io;
use crate::builtins::iters::iter_of_class;
use crate::ctx::Ctx;
use crate::error::{type_error, PyResult};
use crate::object::{NativeIterator, Payload};
use crate::ops;
use crate::types::types;
use crate::value::Value;

use super::opt_bool;

/// Builds `os` (with `os.path` as an attribute, shared with `import os.path`).
pub fn make_module(cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("os");
    let path = super::get_or_init(cx, "os.path", make_path_module)?;
    m.set_attr_str("path", path);
    m.set_attr_str("sep", Value::str("/"));
    m.set_attr_str("altsep", Value::NONE);
    m.set_attr_str("extsep", Value::str("."));
    m.set_attr_str("pathsep", Value::str(":"));
    m.set_attr_str("linesep", Value::str("\n"));
    m.set_attr_str("curdir", Value::str("."));
    m.set_attr_str("pardir", Value::str(".."));
    m.set_attr_str("devnull", Value::str("/dev/null"));
    m.set_attr_str("name", Value::str("posix"));
    let environ = Value::dict();
    if let Some(Payload::Dict(d)) = environ.payload() {
        for (k, v) in std::env::vars_os() {
            d.set_str(
                &k.to_string_lossy(),
                Value::string(v.to_string_lossy().into_owned()),
            );
        }
    }
    m.set_attr_str("environ", environ);
    m.set_attr_str("error", types().os_error.clone());
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("getcwd", os_getcwd),
        ("chdir", os_chdir),
        ("listdir", os_listdir),
        ("mkdir", os_mkdir),
        ("makedirs", os_makedirs),
        ("remove", os_remove),
        ("unlink", os_remove),
        ("rmdir", os_rmdir),
        ("removedirs", os_rmdir),
        ("rename", os_rename),
        ("replace", os_rename),
        ("getenv", os_getenv),
        ("getpid", os_getpid),
        ("_exit", os_exit),
        ("cpu_count", os_cpu_count),
        ("walk", os_walk),
        ("fspath", os_fspath),
        ("urandom", os_urandom),
    ];
    for &(name, f) in fns {
        m.add_fn(name, f);
    }
    Ok(m)
}

/// Builds `os.path`.
pub fn make_path_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("posixpath");
    m.set_attr_str("sep", Value::str("/"));
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("join", path_join),
        ("exists", path_exists),
        ("lexists", path_exists),
        ("isfile", path_isfile),
        ("isdir", path_isdir),
        ("islink", path_islink),
        ("basename", path_basename),
        ("dirname", path_dirname),
        ("split", path_split),
        ("splitext", path_splitext),
        ("abspath", path_abspath),
        ("realpath", path_realpath),
        ("getsize", path_getsize),
        ("getmtime", path_getmtime),
        ("expanduser", path_expanduser),
        ("normpath", path_normpath),
        ("normcase", path_normcase),
        ("isabs", path_isabs),
        ("relpath", path_relpath),
        ("commonprefix", path_commonprefix),
    ];
    for &(name, f) in fns {
        m.add_fn(name, f);
    }
    Ok(m)
}

// ---- path arguments and pure path functions -----------------------------------------------

/// A path argument: a str, or an object whose `__fspath__()` returns one (`pathlib.Path`).
fn path_arg<'a>(cx: &mut Ctx, fname: &str, v: &'a Value) -> PyResult<Cow<'a, str>> {
    if let Some(s) = v.as_str() {
        return Ok(Cow::Borrowed(s));
    }
    if let Some(p) = fspath_of(cx, v)? {
        if let Some(s) = p.as_str() {
            return Ok(Cow::Owned(s.to_string()));
        }
    }
    Err(type_error(format!(
        "{fname}: path should be string, bytes or os.PathLike, not {}",
        v.type_name()
    )))
}

/// `v.__fspath__()` when `v`'s class defines it (`os.PathLike`); None otherwise.
pub(crate) fn fspath_of(cx: &mut Ctx, v: &Value) -> PyResult<Option<Value>> {
    match crate::types::lookup(v.class(), "__fspath__") {
        Some(f) => {
            let r = crate::ops::call(cx, &f, std::slice::from_ref(v))?;
            if r.as_str().is_some() || matches!(r.payload(), Some(Payload::Bytes(_))) {
                Ok(Some(r))
            } else {
                Err(type_error(format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    v.type_name(),
                    r.type_name()
                )))
            }
        }
        None => Ok(None),
    }
}

/// `posixpath.join`.
pub fn join(parts: &[&str]) -> String {
    let mut path = String::new();
    for (i, b) in parts.iter().enumerate() {
        if i == 0 {
            path.push_str(b);
        } else if b.starts_with('/') {
            path = b.to_string();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    path
}

/// `posixpath.split`: (head, tail).
pub fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let mut head = head.to_string();
    if !head.is_empty() && !head.chars().all(|c| c == '/') {
        head = head.trim_end_matches('/').to_string();
    }
    (head, tail.to_string())
}

/// `posixpath.splitext`: (root, ext).
pub fn splitext(p: &str) -> (String, String) {
    let sep = p.rfind('/').map_or(-1, |i| i as i64);
    if let Some(dot) = p.rfind('.') {
        if dot as i64 > sep {
            let start = (sep + 1) as usize;
            if p[start..dot].chars().any(|c| c != '.') {
                return (p[..dot].to_string(), p[dot..].to_string());
            }
        }
    }
    (p.to_string(), String::new())
}

/// `posixpath.normpath`.
pub fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for c in p.split('/') {
        if c.is_empty() || c == "." {
            continue;
        }
        if c != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(c);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let mut out = "/".repeat(initial);
    out.push_str(&comps.join("/"));
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

fn cwd() -> PyResult<String> {
    std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| os_error_from_io(&e, None))
}

/// `posixpath.abspath`.
pub fn abspath(p: &str) -> PyResult<String> {
    if p.starts_with('/') {
        Ok(normpath(p))
    } else {
        Ok(normpath(&join(&[&cwd()?, p])))
    }
}

/// `posixpath.relpath`.
pub fn relpath(p: &str, start: &str) -> PyResult<String> {
    if p.is_empty() {
        return Err(crate::error::value_error("no path specified"));
    }
    let a = abspath(start)?;
    let b = abspath(p)?;
    let sl: Vec<&str> = a.split('/').filter(|s| !s.is_empty()).collect();
    let pl: Vec<&str> = b.split('/').filter(|s| !s.is_empty()).collect();
    let i = sl.iter().zip(&pl).take_while(|(x, y)| x == y).count();
    let mut rel: Vec<&str> = vec![".."; sl.len() - i];
    rel.extend(&pl[i..]);
    if rel.is_empty() {
        return Ok(".".into());
    }
    Ok(rel.join("/"))
}

fn str_args<'a>(cx: &mut Ctx, fname: &str, a: &'a [Value]) -> PyResult<Vec<Cow<'a, str>>> {
    a.iter().map(|v| path_arg(cx, fname, v)).collect()
}

fn path_join(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("join", 1, usize::MAX)?;
    let parts = str_args(cx, "join()", a)?;
    let parts: Vec<&str> = parts.iter().map(|p| &**p).collect();
    Ok(Value::string(join(&parts)))
}

fn one_path<'a>(cx: &mut Ctx, args: &'a Args, fname: &str) -> PyResult<Cow<'a, str>> {
    let a = args.check(fname, 1, 1)?;
    path_arg(cx, &format!("{fname}()"), &a[0])
}

fn path_basename(cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::string(split(&one_path(cx, args, "basename")?).1))
}

fn path_dirname(cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::string(split(&one_path(cx, args, "dirname")?).0))
}

fn path_split(cx: &mut Ctx, args: &Args) -> PyResult {
    let (h, t) = split(&one_path(cx, args, "split")?);
    Ok(Value::tuple(vec![Value::string(h), Value::string(t)]))
}

fn path_splitext(cx: &mut Ctx, args: &Args) -> PyResult {
    let (r, e) = splitext(&one_path(cx, args, "splitext")?);
    Ok(Value::tuple(vec![Value::string(r), Value::string(e)]))
}

fn path_normpath(cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::string(normpath(&one_path(cx, args, "normpath")?)))
}

/// `os.path.normcase(p)`: unchanged on POSIX (what `logging` compares file names with).
fn path_normcase(cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::string(one_path(cx, args, "normcase")?.into_owned()))
}

fn path_abspath(cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::string(abspath(&one_path(cx, args, "abspath")?)?))
}

fn path_realpath(cx: &mut Ctx, args: &Args) -> PyResult {
    let p = &*one_path(cx, args, "realpath")?;
    match std::fs::canonicalize(p) {
        Ok(r) => Ok(Value::string(r.to_string_lossy().into_owned())),
        Err(_) => Ok(Value::string(abspath(p)?)),
    }
}

fn path_isabs(cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::bool(one_path(cx, args, "isabs")?.starts_with('/')))
}

fn path_relpath(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("relpath", 1, 2)?;
    let p = &*path_arg(cx, "relpath()", &a[0])?;
    let start = match a.get(1).filter(|v| !v.is_none()) {
        Some(s) => path_arg(cx, "relpath()", s)?,
        None => Cow::Borrowed("."),
    };
    Ok(Value::string(relpath(p, &start)?))
}

fn path_expanduser(cx: &mut Ctx, args: &Args) -> PyResult {
    let p = &one_path(cx, args, "expanduser")?;
    if p == "~" || p.starts_with("~/") {
        if let Ok(home) = std::env::var("HOME") {
            let home = home.trim_end_matches('/');
            let home = if home.is_empty() { "/" } else { home };
            return Ok(Value::string(format!("{home}{}", &p[1..])));
        }
    }
    Ok(Value::str(p))
}

fn path_commonprefix(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("commonprefix", 1, 1)?;
    let items = ops::to_vec(cx, &a[0])?;
    let strs = str_args(cx, "commonprefix()", &items)?;
    let Some(first) = strs.first() else {
        return Ok(Value::str(""));
    };
    let mut prefix: &str = first;
    for s in &strs[1..] {
        let n = prefix
            .char_indices()
            .zip(s.chars())
            .take_while(|((_, a), b)| a == b)
            .count();
        let end = prefix
            .char_indices()
            .nth(n)
            .map_or(prefix.len(), |(i, _)| i);
        prefix = &prefix[..end];
    }
    Ok(Value::str(prefix))
}

// ---- filesystem queries -------------------------------------------------------------------

/// The path of an `exists`/`isfile`/... argument; None (the answer is False, as in
/// CPython) for anything that is not a path.
fn probe_path(cx: &mut Ctx, args: &Args, fname: &str) -> PyResult<Option<String>> {
    let a = args.check(fname, 1, 1)?;
    if let Some(s) = a[0].as_str() {
        return Ok(Some(s.to_string()));
    }
    Ok(fspath_of(cx, &a[0])?.and_then(|p| p.as_str().map(str::to_string)))
}

fn path_exists(cx: &mut Ctx, args: &Args) -> PyResult {
    let p = probe_path(cx, args, "exists")?;
    Ok(Value::bool(p.is_some_and(|p| std::fs::metadata(p).is_ok())))
}

fn path_isfile(cx: &mut Ctx, args: &Args) -> PyResult {
    let p = probe_path(cx, args, "isfile")?;
    Ok(Value::bool(p.is_some_and(|p| {
        std::fs::metadata(p).is_ok_and(|m| m.is_file())
    })))
}

fn path_isdir(cx: &mut Ctx, args: &Args) -> PyResult {
    let p = probe_path(cx, args, "isdir")?;
    Ok(Value::bool(p.is_some_and(|p| {
        std::fs::metadata(p).is_ok_and(|m| m.is_dir())
    })))
}

fn path_islink(cx: &mut Ctx, args: &Args) -> PyResult {
    let p = probe_path(cx, args, "islink")?;
    Ok(Value::bool(p.is_some_and(|p| {
        std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
    })))
}

fn path_getsize(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("getsize", 1, 1)?;
    let p = &*path_arg(cx, "getsize()", &a[0])?;
    let m = std::fs::metadata(p).map_err(|e| os_error_from_io(&e, Some(&a[0])))?;
    Ok(Value::int(m.len() as i64))
}

fn path_getmtime(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("getmtime", 1, 1)?;
    let p = &*path_arg(cx, "getmtime()", &a[0])?;
    let m = std::fs::metadata(p).map_err(|e| os_error_from_io(&e, Some(&a[0])))?;
    let t = m
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0.0, |d| d.as_secs_f64());
    Ok(Value::float(t))
}

// ---- os functions -------------------------------------------------------------------------

fn os_getcwd(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("getcwd", 0, 0)?;
    Ok(Value::string(cwd()?))
}

fn os_chdir(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("chdir", 1, 1)?;
    let p = &*path_arg(cx, "chdir", &a[0])?;
    std::env::set_current_dir(p).map_err(|e| os_error_from_io(&e, Some(&a[0])))?;
    Ok(Value::NONE)
}

fn list_dir(p: &str, pv: &Value) -> PyResult<Vec<String>> {
    let rd = std::fs::read_dir(p).map_err(|e| os_error_from_io(&e, Some(pv)))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error_from_io(&e, Some(pv)))?;
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    Ok(names)
}

fn os_listdir(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("listdir", 0, 1)?;
    let dot = Value::str(".");
    let pv = a.first().filter(|v| !v.is_none()).unwrap_or(&dot);
    let p = &*path_arg(cx, "listdir", pv)?;
    let names = list_dir(p, pv)?;
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn os_mkdir(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check_kwargs("mkdir", &["path", "mode", "dir_fd"])?;
    let a = args.check_pos("mkdir", 0, 2)?;
    let pv = a
        .first()
        .or_else(|| args.kwarg("path"))
        .ok_or_else(|| type_error("mkdir() missing required argument 'path' (pos 1)"))?;
    let p = &*path_arg(cx, "mkdir", pv)?;
    std::fs::create_dir(p).map_err(|e| os_error_from_io(&e, Some(pv)))?;
    Ok(Value::NONE)
}

fn os_makedirs(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check_kwargs("makedirs", &["name", "mode", "exist_ok"])?;
    let a = args.check_pos("makedirs", 0, 3)?;
    let pv = a
        .first()
        .or_else(|| args.kwarg("name"))
        .ok_or_else(|| type_error("makedirs() missing required argument 'name' (pos 1)"))?;
    let p = &*path_arg(cx, "makedirs", pv)?;
    let exist_ok = opt_bool(cx, a.get(2).or_else(|| args.kwarg("exist_ok")), false)?;
    let meta = std::fs::metadata(p);
    if meta.is_ok() {
        if exist_ok && meta.is_ok_and(|m| m.is_dir()) {
            return Ok(Value::NONE);
        }
        return Err(crate::builtins::io::os_error(17, "File exists", Some(pv)));
    }
    std::fs::create_dir_all(p).map_err(|e| os_error_from_io(&e, Some(pv)))?;
    Ok(Value::NONE)
}

fn os_remove(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("remove", 1, 1)?;
    let p = &*path_arg(cx, "remove", &a[0])?;
    if std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir()) {
        return Err(crate::builtins::io::os_error(
            21,
            "Is a directory",
            Some(&a[0]),
        ));
    }
    std::fs::remove_file(p).map_err(|e| os_error_from_io(&e, Some(&a[0])))?;
    Ok(Value::NONE)
}

fn os_rmdir(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("rmdir", 1, 1)?;
    let p = &*path_arg(cx, "rmdir", &a[0])?;
    std::fs::remove_dir(p).map_err(|e| os_error_from_io(&e, Some(&a[0])))?;
    Ok(Value::NONE)
}

fn os_rename(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("rename", 2, 2)?;
    let src = &*path_arg(cx, "rename", &a[0])?;
    let dst = &*path_arg(cx, "rename", &a[1])?;
    std::fs::rename(src, dst).map_err(|e| os_error_from_io(&e, Some(&a[0])))?;
    Ok(Value::NONE)
}

fn os_getenv(_cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("getenv", 1, 2)?;
    let k = a[0]
        .as_str()
        .ok_or_else(|| type_error(format!("str expected, not {}", a[0].type_name())))?;
    match std::env::var_os(k) {
        Some(v) => Ok(Value::string(v.to_string_lossy().into_owned())),
        None => Ok(a.get(1).cloned().unwrap_or(Value::NONE)),
    }
}

fn os_getpid(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("getpid", 0, 0)?;
    Ok(Value::int(std::process::id() as i64))
}

/// `os.urandom(size)`: `size` bytes from the kernel's generator (`/dev/urandom`).
fn os_urandom(cx: &mut Ctx, args: &Args) -> PyResult {
    use std::io::Read;
    let pos = args.pos();
    if pos.len() != 1 || args.has_kwargs() {
        return Err(type_error(format!(
            "posix.urandom() takes exactly one argument ({} given)",
            args.values.len()
        )));
    }
    let n = ops::index(cx, &pos[0])?;
    if n < 0 {
        return Err(crate::error::value_error("negative argument not allowed"));
    }
    let n = usize::try_from(n).map_err(|_| crate::error::memory_error())?;
    let mut buf = Vec::new();
    buf.try_reserve_exact(n)
        .map_err(|_| crate::error::memory_error())?;
    buf.resize(n, 0);
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error_from_io(&e, None))?;
    Ok(Value::bytes(buf))
}

/// `os._exit(n)`: ends the process at once with status `n`, as CPython's does: no
/// `finally` blocks, `atexit` handlers or waiting for threads, and buffered output that
/// was not flushed is lost. (Sandboxed interpreters cannot import `os`.)
fn os_exit(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("_exit", 1, 1)?;
    let status = crate::ops::index(cx, &a[0])?;
    std::process::exit(status as i32)
}

fn os_cpu_count(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("cpu_count", 0, 0)?;
    Ok(std::thread::available_parallelism()
        .map(|n| Value::int(n.get() as i64))
        .unwrap_or(Value::NONE))
}

fn os_fspath(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("fspath", 1, 1)?;
    if a[0].as_str().is_some() || matches!(a[0].payload(), Some(Payload::Bytes(_))) {
        return Ok(a[0].clone());
    }
    if let Some(p) = fspath_of(cx, &a[0])? {
        return Ok(p);
    }
    Err(type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        a[0].type_name()
    )))
}

// ---- os.walk ------------------------------------------------------------------------------

/// Top-down `os.walk`: lazily lists one directory per step; the `dirnames` list yielded for
/// a directory is read back before descending, so scripts can prune it in place.
struct Walk {
    state: Mutex<WalkState>,
}

struct WalkState {
    stack: Vec<String>,
    /// The last directory yielded and its `dirnames` list.
    pending: Option<(String, Value)>,
}

/// Lists `top` into (dirnames, filenames); None when it cannot be read (skipped, as
/// CPython does without `onerror`).
fn scan(top: &str) -> Option<(Vec<String>, Vec<String>)> {
    let rd = std::fs::read_dir(top).ok()?;
    let (mut dirs, mut files) = (Vec::new(), Vec::new());
    for entry in rd.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_dir = std::fs::metadata(entry.path()).is_ok_and(|m| m.is_dir());
        if is_dir {
            dirs.push(name);
        } else {
            files.push(name);
        }
    }
    Some((dirs, files))
}

fn walk_tuple(top: &str, dirs: Vec<String>, files: Vec<String>) -> (Value, Value) {
    let dl = Value::list(dirs.into_iter().map(Value::string).collect());
    let fl = Value::list(files.into_iter().map(Value::string).collect());
    (Value::tuple(vec![Value::str(top), dl.clone(), fl]), dl)
}

impl NativeIterator for Walk {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        let mut st = self.state.lock();
        if let Some((top, dirs)) = st.pending.take() {
            let names: Vec<String> = match dirs.payload() {
                Some(Payload::List(l)) => l
                    .items
                    .lock()
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
                _ => Vec::new(),
            };
            for n in names.iter().rev() {
                let p = join(&[&top, n]);
                // Like CPython (followlinks=False), do not descend into symlinked dirs.
                if !std::fs::symlink_metadata(&p).is_ok_and(|m| m.file_type().is_symlink()) {
                    st.stack.push(p);
                }
            }
        }
        while let Some(top) = st.stack.pop() {
            if let Some((dirs, files)) = scan(&top) {
                let (t, dl) = walk_tuple(&top, dirs, files);
                st.pending = Some((top, dl));
                return Ok(Some(t));
            }
        }
        Ok(None)
    }
}

/// Bottom-up walk, computed eagerly.
fn walk_bottom_up(top: &str, out: &mut Vec<Value>, depth: usize) {
    if depth > 1000 {
        return;
    }
    let Some((dirs, files)) = scan(top) else {
        return;
    };
    for d in &dirs {
        let p = join(&[top, d]);
        if !std::fs::symlink_metadata(&p).is_ok_and(|m| m.file_type().is_symlink()) {
            walk_bottom_up(&p, out, depth + 1);
        }
    }
    out.push(walk_tuple(top, dirs, files).0);
}

fn os_walk(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check_kwargs("walk", &["top", "topdown", "onerror", "followlinks"])?;
    let a = args.check_pos("walk", 0, 4)?;
    let tv = a
        .first()
        .or_else(|| args.kwarg("top"))
        .ok_or_else(|| type_error("walk() missing required argument 'top' (pos 1)"))?;
    let top = path_arg(cx, "walk", tv)?.into_owned();
    let topdown = opt_bool(cx, a.get(1).or_else(|| args.kwarg("topdown")), true)?;
    if topdown {
        let it = Walk {
            state: Mutex::new(WalkState {
                stack: vec![top],
                pending: None,
            }),
        };
        return Ok(iter_of_class(&walk_class(), it));
    }
    let mut out = Vec::new();
    walk_bottom_up(&top, &mut out, 0);
    out.reverse();
    Ok(iter_of_class(
        &walk_class(),
        VecIter {
            items: Mutex::new(out),
        },
    ))
}

/// Yields precomputed values (stored reversed, popped from the end).
struct VecIter {
    items: Mutex<Vec<Value>>,
}

impl NativeIterator for VecIter {
    fn next(&self, _cx: &mut Ctx) -> PyResult<Option<Value>> {
        Ok(self.items.lock().pop())
    }
}

fn walk_class() -> Value {
    static CLASS: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    CLASS
        .get_or_init(|| {
            crate::builtins::native_class(
                // `os.walk` is a generator function in CPython.
                "generator",
                "builtins",
                None,
                &[
                    ("__iter__", crate::builtins::iters::iter_self),
                    ("__next__", crate::builtins::iters::iter_next),
                ],
            )
        })
        .clone()
}
