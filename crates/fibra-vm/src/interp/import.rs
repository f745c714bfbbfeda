//! Imports: compiling and executing modules, the `sys.path` search, packages, relative
//! imports, `sys.modules` caching and native modules.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fibra_bytecode::CodeObject;
use fibra_compiler::{compile_source, Mode, SyntaxError};

use crate::ctx::Ctx;
use crate::error::{Exc, PyResult};
use crate::interp::call::run_function_frame;
use crate::interp::code::{Code, CodeRef};
use crate::interp::eval::as_dict;
use crate::interp::frame::Frame;
use crate::interp::import_lock;
use crate::object::Payload;
use crate::ops;
use crate::types::types;
use crate::value::Value;

pub use crate::types::exceptions::os_error_from_io;

/// Builds the `SyntaxError` (or `IndentationError`/`TabError`) exception for a compile
/// error, with `msg`, `filename`, `lineno`, `offset` and `text` attributes.
pub fn syntax_error_exc(e: &SyntaxError, source: &str, filename: &str) -> Exc {
    let t = types();
    let ty = match e.kind {
        fibra_syntax::SyntaxErrorKind::Syntax => &t.syntax_error,
        fibra_syntax::SyntaxErrorKind::Indentation => &t.indentation_error,
        fibra_syntax::SyntaxErrorKind::Tab => &t.tab_error,
    };
    let index = fibra_syntax::LineIndex::new(source);
    let (line, col) = index.line_col(e.span.start);
    let text = index.line_text(line).to_string();
    let details = Value::tuple(vec![
        Value::str(filename),
        Value::int(line as i64),
        Value::int(col as i64),
        Value::string(text.clone()),
    ]);
    let exc = Exc::with_args(ty, vec![Value::str(&e.message), details]);
    let v = exc.value();
    v.set_attr_str("msg", Value::str(&e.message));
    v.set_attr_str("filename", Value::str(filename));
    v.set_attr_str("lineno", Value::int(line as i64));
    v.set_attr_str("offset", Value::int(col as i64));
    v.set_attr_str("text", Value::string(text));
    let (end_line, end_col) = index.line_col(e.span.end.max(e.span.start));
    v.set_attr_str("end_lineno", Value::int(end_line as i64));
    v.set_attr_str("end_offset", Value::int(end_col as i64));
    exc
}

/// Compiles `source` (remembering it for tracebacks) into a runnable code object.
pub fn compile(cx: &mut Ctx, source: &str, filename: &str, mode: Mode) -> PyResult<CodeRef> {
    cx.vm.add_source(filename, source);
    let code: Arc<CodeObject> = compile_source(source, filename, mode)
        .map_err(|e| syntax_error_exc(&e, source, filename))?;
    Ok(Code::new(code))
}

/// Compiles and runs `source` in `module`'s namespace.
pub fn exec_source(cx: &mut Ctx, source: &str, filename: &str, module: &Value) -> PyResult<Value> {
    let code = compile(cx, source, filename, Mode::Module)?;
    exec_code(cx, code, module)
}

/// Runs module-level code with `module`'s namespace as its globals and locals.
pub fn exec_code(cx: &mut Ctx, code: CodeRef, module: &Value) -> PyResult<Value> {
    let globals = match module.payload() {
        Some(Payload::Module(m)) => m.dict.clone(),
        _ => module.clone(),
    };
    // Modules and their globals are read by every thread on every call: immortal.
    crate::sync::immortalize_shared(module);
    crate::sync::immortalize_shared(&globals);
    let frame = Frame::new(code, globals.clone(), cx.vm.builtins_dict.clone(), globals);
    run_function_frame(cx, frame)
}

fn modules_dict(cx: &Ctx) -> Value {
    cx.vm.modules.clone()
}

fn get_global(globals: &Value, name: &str) -> Option<Value> {
    as_dict(globals)
        .and_then(|d| d.get_str(name))
        .filter(|v| !v.is_none())
}

/// The package a relative import in a module with these globals is relative to.
fn package_of(globals: &Value) -> Option<String> {
    if let Some(p) = get_global(globals, "__package__") {
        return p.as_str().map(str::to_string);
    }
    let name = get_global(globals, "__name__")?;
    let name = name.as_str()?;
    if get_global(globals, "__path__").is_some() {
        return Some(name.to_string());
    }
    Some(name.rsplit_once('.').map_or("", |(p, _)| p).to_string())
}

/// Resolves `name` at `level` to an absolute module name.
fn resolve_name(name: &str, globals: &Value, level: i64) -> PyResult<String> {
    if level <= 0 {
        return Ok(name.to_string());
    }
    let package = package_of(globals).unwrap_or_default();
    if package.is_empty() {
        return Err(Exc::new(
            &types().import_error,
            "attempted relative import with no known parent package",
        ));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((p, _)) => base = p,
            None => {
                return Err(Exc::new(
                    &types().import_error,
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// `ImportName`: imports `name` (dotted) and returns the top-level package (no fromlist)
/// or the module itself.
pub fn import_name(
    cx: &mut Ctx,
    name: &str,
    globals: &Value,
    fromlist: &Value,
    level: i64,
) -> PyResult<Value> {
    let abs = resolve_name(name, globals, level)?;
    let mut module = Value::NONE;
    let mut prefix = String::new();
    let mut top = Value::NONE;
    for (i, part) in abs.split('.').enumerate() {
        if i > 0 {
            prefix.push('.');
        }
        prefix.push_str(part);
        module = import_module(cx, &prefix)?;
        if i == 0 {
            top = module.clone();
        }
    }
    let has_fromlist = fromlist.as_tuple().is_some_and(|t| !t.is_empty());
    if !has_fromlist && level <= 0 {
        return Ok(top);
    }
    Ok(module)
}

/// Imports one module by absolute dotted name (its parent must already be imported).
pub fn import_module(cx: &mut Ctx, fullname: &str) -> PyResult<Value> {
    let modules = modules_dict(cx);
    if cx.vm.host.is_blocked(fullname) {
        return Err(not_found(fullname));
    }
    let lookup = || as_dict(&modules).and_then(|d| d.get_str(fullname));
    let found = lookup();
    if let Some(m) = &found {
        if !cx.vm.imports.any_busy() {
            return Ok(m.clone());
        }
    }
    // One thread loads and initialises a module; others wait for it (`import_lock`).
    let _claim = match import_lock::claim(cx, fullname, || lookup().is_some()) {
        import_lock::Claim::Proceed => match lookup() {
            Some(m) => return Ok(m),
            None => None,
        },
        import_lock::Claim::Mine(c) => {
            if let Some(m) = lookup() {
                return Ok(m);
            }
            Some(c)
        }
    };
    drop(found);
    // Modules registered by an embedding host (`embed::HostModule`).
    if let Some(m) = cx.vm.host.find_module(fullname) {
        if let Some(d) = as_dict(&modules) {
            d.set_str(fullname, m.clone());
        }
        bind_in_parent(cx, fullname, &m)?;
        return Ok(m);
    }
    if let Some(init) =
        crate::modules::find_native(fullname).or_else(|| crate::threads::find_native(fullname))
    {
        let m = init(cx)?;
        crate::sync::immortalize_native_module(&m);
        if let Some(d) = as_dict(&modules) {
            d.set_str(fullname, m.clone());
        }
        bind_in_parent(cx, fullname, &m)?;
        return Ok(m);
    }
    // Modules written in Fibra and embedded in the binary (`stdlib/`, see `crate::stdlib`).
    if let Some((source, filename)) = crate::stdlib::find_source(fullname) {
        let em = crate::threads::EmbeddedModule {
            source,
            filename,
            is_package: crate::stdlib::is_package(fullname),
        };
        return load_embedded(cx, fullname, &em);
    }
    let (parent, short) = match fullname.rsplit_once('.') {
        Some((p, s)) => (Some(p), s),
        None => (None, fullname),
    };
    let dirs: Vec<String> = match parent {
        Some(p) => {
            let pm = as_dict(&modules).and_then(|d| d.get_str(p));
            let path = pm.and_then(|m| m.namespace().and_then(|ns| ns.get_str("__path__")));
            match path {
                Some(pl) => str_list(&pl),
                None => return Err(not_found(fullname)),
            }
        }
        None => str_list(&cx.vm.path),
    };
    for dir in dirs {
        let base = if dir.is_empty() {
            PathBuf::from(".")
        } else {
            PathBuf::from(&dir)
        };
        let pkg_dir = base.join(short);
        let init = pkg_dir.join("__init__.py");
        if init.is_file() {
            let display_dir = join_display(&dir, short);
            return load_file(cx, fullname, &init, Some(display_dir));
        }
        let file = base.join(format!("{short}.py"));
        if file.is_file() {
            return load_file(cx, fullname, &file, None);
        }
    }
    Err(not_found(fullname))
}

fn join_display(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        Path::new(dir).join(name).to_string_lossy().into_owned()
    }
}

fn str_list(v: &Value) -> Vec<String> {
    match v.payload() {
        Some(Payload::List(l)) => l
            .items
            .lock()
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

fn not_found(name: &str) -> Exc {
    let e = Exc::new(
        &types().module_not_found_error,
        format!("No module named '{name}'"),
    );
    e.value().set_attr_str("name", Value::str(name));
    e
}

fn load_file(
    cx: &mut Ctx,
    fullname: &str,
    file: &Path,
    package_dir: Option<String>,
) -> PyResult<Value> {
    let filename = file.to_string_lossy().into_owned();
    let filename = filename.strip_prefix("./").unwrap_or(&filename).to_string();
    let source =
        std::fs::read_to_string(file).map_err(|e| os_error_from_io(&e, Some(&filename)))?;
    let m = Value::module(fullname);
    m.set_attr_str("__file__", Value::str(&filename));
    m.set_attr_str("__builtins__", cx.vm.builtins.clone());
    m.set_attr_str("__doc__", Value::NONE);
    match &package_dir {
        Some(dir) => {
            m.set_attr_str("__package__", Value::str(fullname));
            m.set_attr_str("__path__", Value::list(vec![Value::str(dir)]));
        }
        None => {
            let pkg = fullname.rsplit_once('.').map_or("", |(p, _)| p);
            m.set_attr_str("__package__", Value::str(pkg));
        }
    }
    let modules = modules_dict(cx);
    if let Some(d) = as_dict(&modules) {
        d.set_str(fullname, m.clone());
    }
    if let Err(e) = exec_source(cx, &source, &filename, &m) {
        if let Some(d) = as_dict(&modules) {
            d.remove_str(fullname);
        }
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    let m = as_dict(&modules)
        .and_then(|d| d.get_str(fullname))
        .unwrap_or(m);
    bind_in_parent(cx, fullname, &m)?;
    Ok(m)
}

/// Runs an embedded stdlib module (see `crate::stdlib`).
fn load_embedded(
    cx: &mut Ctx,
    fullname: &str,
    em: &crate::threads::EmbeddedModule,
) -> PyResult<Value> {
    let m = Value::module(fullname);
    m.set_attr_str("__file__", Value::str(em.filename));
    m.set_attr_str("__builtins__", cx.vm.builtins.clone());
    m.set_attr_str("__doc__", Value::NONE);
    if em.is_package {
        m.set_attr_str("__package__", Value::str(fullname));
        m.set_attr_str("__path__", Value::list(Vec::new()));
    } else {
        let pkg = fullname.rsplit_once('.').map_or("", |(p, _)| p);
        m.set_attr_str("__package__", Value::str(pkg));
    }
    let modules = modules_dict(cx);
    if let Some(d) = as_dict(&modules) {
        d.set_str(fullname, m.clone());
    }
    if let Err(e) = exec_source(cx, em.source, em.filename, &m) {
        if let Some(d) = as_dict(&modules) {
            d.remove_str(fullname);
        }
        return Err(e);
    }
    bind_in_parent(cx, fullname, &m)?;
    Ok(m)
}

fn bind_in_parent(cx: &mut Ctx, fullname: &str, m: &Value) -> PyResult<()> {
    if let Some((parent, short)) = fullname.rsplit_once('.') {
        let modules = modules_dict(cx);
        if let Some(p) = as_dict(&modules).and_then(|d| d.get_str(parent)) {
            p.set_attr_str(short, m.clone());
        }
    }
    Ok(())
}

fn module_location(m: &Value) -> String {
    match m.namespace().and_then(|ns| ns.get_str("__file__")) {
        Some(f) if f.as_str().is_some() => f.as_str().unwrap_or("").to_string(),
        _ => "unknown location".to_string(),
    }
}

/// `ImportFrom`: `module.name`, or the submodule `module.name`.
pub fn import_from(cx: &mut Ctx, module: &Value, name: &str) -> PyResult<Value> {
    match ops::getattr(cx, module, name) {
        Ok(v) => return Ok(v),
        Err(e) if !e.matches(&types().attribute_error) => return Err(e),
        Err(_) => {}
    }
    let mname = module
        .namespace()
        .and_then(|ns| ns.get_str("__name__"))
        .and_then(|n| n.as_str().map(str::to_string))
        .unwrap_or_else(|| "?".to_string());
    let is_pkg = module
        .namespace()
        .is_some_and(|ns| ns.get_str("__path__").is_some());
    if is_pkg {
        let sub = format!("{mname}.{name}");
        match import_module(cx, &sub) {
            Ok(m) => return Ok(m),
            Err(e) if e.matches(&types().module_not_found_error) => {}
            Err(e) => return Err(e),
        }
    }
    let e = Exc::new(
        &types().import_error,
        format!(
            "cannot import name '{name}' from '{mname}' ({})",
            module_location(module)
        ),
    );
    e.value().set_attr_str("name", Value::str(&mname));
    Err(e)
}

/// `from module import *` into namespace `ns` (a dict).
pub fn import_star(cx: &mut Ctx, module: &Value, ns: &Value) -> PyResult<()> {
    let Some(mns) = module.namespace() else {
        return Ok(());
    };
    let names: Vec<Value> = match mns.get_str("__all__") {
        Some(all) => ops::to_vec(cx, &all)?,
        None => mns
            .keys()
            .into_iter()
            .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
            .collect(),
    };
    for n in names {
        let Some(s) = n.as_str() else { continue };
        let v = ops::getattr(cx, module, s)?;
        match as_dict(ns) {
            Some(d) => d.set_str(s, v),
            None => ops::setitem(cx, ns, &n, v)?,
        }
    }
    Ok(())
}
