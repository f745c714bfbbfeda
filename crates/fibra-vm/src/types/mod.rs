//! The builtin types: one process-wide registry of immortal type objects, and the
//! per-type behaviour modules that fill their namespaces with native methods.
//!
//! Builtin behaviour is exposed the way CPython's slot wrappers are: as native dunder
//! methods (`int.__add__`, `list.__getitem__`, `str.__repr__`) and ordinary methods in the
//! type's dict. `ops` dispatches through those, with fast paths for the hot cases.

pub mod bytearray;
mod bytes;
pub(crate) mod bytes_methods;
pub(crate) mod code;
mod float_hex;
pub mod memoryview;
pub(crate) use bytes::utf8_error_reason;
pub(crate) mod common;
pub mod complex;
pub(crate) mod descriptor;
mod dict;
pub mod exception_group;
pub mod exceptions;
mod float;
mod format;
mod int;
mod iter;
pub(crate) mod list;
pub mod object;
mod printf;
pub(crate) mod range;
mod range_big;
pub(crate) mod set;
mod singletons;
pub mod slice;
mod str;
mod str_format;
pub(crate) mod str_methods;
#[cfg(test)]
mod tests;
pub mod tuple;

use std::sync::{Once, OnceLock};

use crate::object::{NativeFn, Obj, Payload, TypeObj};
use crate::value::Value;

/// Defines `BuiltinTypes` with one field per builtin type, plus the exception hierarchy.
macro_rules! builtin_types {
    (
        root $root:ident;
        types { $($field:ident : $name:literal < $parent:ident,)* }
        exceptions { $($efield:ident : $ename:literal < $eparent:ident $(+ $eextra:ident)?,)* }
    ) => {
        /// Every builtin type object. All are immortal and shared by every VM.
        pub struct BuiltinTypes {
            pub object: Value,
            $(pub $field: Value,)*
            $(pub $efield: Value,)*
            /// (name, type) of every builtin exception class, for the builtins module.
            pub exceptions: Vec<(&'static str, Value)>,
        }

        fn build() -> BuiltinTypes {
            let $root = raw_type("object", None);
            // Made first of the others: the namespace of every type is a dict.
            let dict_ty = raw_type("dict", Some(&$root));
            $(let $field = if $name == "dict" { dict_ty.clone() } else { raw_type($name, Some(&$parent)) };)*
            $(let $efield;)*
            let mut exceptions = Vec::new();
            $(
                $efield = raw_type_bases($ename, &[&$eparent $(, &$eextra)?]);
                exceptions.push(($ename, $efield.clone()));
            )*
            let all = BuiltinTypes {
                object: $root,
                $($field,)*
                $($efield,)*
                exceptions,
            };
            // The dicts could only be created once the `dict` type existed.
            for t in all.iter() {
                fix_type(t, &all.dict);
            }
            all
        }

        impl BuiltinTypes {
            fn iter(&self) -> impl Iterator<Item = &Value> {
                let all: Vec<&Value> = vec![&self.object, $(&self.$field,)* $(&self.$efield,)*];
                all.into_iter()
            }
        }
    };
}

builtin_types! {
    root object;
    types {
        type_: "type" < object,
        int: "int" < object,
        bool: "bool" < int,
        float: "float" < object,
        complex: "complex" < object,
        str: "str" < object,
        bytes: "bytes" < object,
        bytearray: "bytearray" < object,
        tuple: "tuple" < object,
        list: "list" < object,
        dict: "dict" < object,
        dict_keys: "dict_keys" < object,
        dict_values: "dict_values" < object,
        dict_items: "dict_items" < object,
        set: "set" < object,
        frozenset: "frozenset" < object,
        range: "range" < object,
        slice: "slice" < object,
        none_type: "NoneType" < object,
        not_implemented_type: "NotImplementedType" < object,
        ellipsis_type: "ellipsis" < object,
        function: "function" < object,
        builtin_function: "builtin_function_or_method" < object,
        method: "method" < object,
        cell: "cell" < object,
        module: "module" < object,
        generator: "generator" < object,
        coroutine: "coroutine" < object,
        async_generator: "async_generator" < object,
        async_generator_asend: "async_generator_asend" < object,
        async_generator_athrow: "async_generator_athrow" < object,
        coroutine_wrapper: "coroutine_wrapper" < object,
        anext_awaitable: "anext_awaitable" < object,
        property: "property" < object,
        staticmethod: "staticmethod" < object,
        classmethod: "classmethod" < object,
        super_: "super" < object,
        iterator: "iterator" < object,
        code: "code" < object,
    }
    exceptions {
        base_exception: "BaseException" < object,
        base_exception_group: "BaseExceptionGroup" < base_exception,
        system_exit: "SystemExit" < base_exception,
        keyboard_interrupt: "KeyboardInterrupt" < base_exception,
        generator_exit: "GeneratorExit" < base_exception,
        exception: "Exception" < base_exception,
        exception_group: "ExceptionGroup" < base_exception_group + exception,
        stop_iteration: "StopIteration" < exception,
        stop_async_iteration: "StopAsyncIteration" < exception,
        arithmetic_error: "ArithmeticError" < exception,
        floating_point_error: "FloatingPointError" < arithmetic_error,
        overflow_error: "OverflowError" < arithmetic_error,
        zero_division_error: "ZeroDivisionError" < arithmetic_error,
        assertion_error: "AssertionError" < exception,
        attribute_error: "AttributeError" < exception,
        buffer_error: "BufferError" < exception,
        eof_error: "EOFError" < exception,
        import_error: "ImportError" < exception,
        module_not_found_error: "ModuleNotFoundError" < import_error,
        lookup_error: "LookupError" < exception,
        index_error: "IndexError" < lookup_error,
        key_error: "KeyError" < lookup_error,
        memory_error: "MemoryError" < exception,
        name_error: "NameError" < exception,
        unbound_local_error: "UnboundLocalError" < name_error,
        os_error: "OSError" < exception,
        blocking_io_error: "BlockingIOError" < os_error,
        child_process_error: "ChildProcessError" < os_error,
        connection_error: "ConnectionError" < os_error,
        broken_pipe_error: "BrokenPipeError" < connection_error,
        connection_aborted_error: "ConnectionAbortedError" < connection_error,
        connection_refused_error: "ConnectionRefusedError" < connection_error,
        connection_reset_error: "ConnectionResetError" < connection_error,
        file_exists_error: "FileExistsError" < os_error,
        file_not_found_error: "FileNotFoundError" < os_error,
        is_a_directory_error: "IsADirectoryError" < os_error,
        not_a_directory_error: "NotADirectoryError" < os_error,
        interrupted_error: "InterruptedError" < os_error,
        permission_error: "PermissionError" < os_error,
        process_lookup_error: "ProcessLookupError" < os_error,
        timeout_error: "TimeoutError" < os_error,
        reference_error: "ReferenceError" < exception,
        runtime_error: "RuntimeError" < exception,
        not_implemented_error: "NotImplementedError" < runtime_error,
        recursion_error: "RecursionError" < runtime_error,
        syntax_error: "SyntaxError" < exception,
        indentation_error: "IndentationError" < syntax_error,
        tab_error: "TabError" < indentation_error,
        system_error: "SystemError" < exception,
        type_error: "TypeError" < exception,
        value_error: "ValueError" < exception,
        unicode_error: "UnicodeError" < value_error,
        unicode_decode_error: "UnicodeDecodeError" < unicode_error,
        unicode_encode_error: "UnicodeEncodeError" < unicode_error,
        unicode_translate_error: "UnicodeTranslateError" < unicode_error,
        warning: "Warning" < exception,
        user_warning: "UserWarning" < warning,
        deprecation_warning: "DeprecationWarning" < warning,
        pending_deprecation_warning: "PendingDeprecationWarning" < warning,
        runtime_warning: "RuntimeWarning" < warning,
        syntax_warning: "SyntaxWarning" < warning,
        future_warning: "FutureWarning" < warning,
        import_warning: "ImportWarning" < warning,
        unicode_warning: "UnicodeWarning" < warning,
        bytes_warning: "BytesWarning" < warning,
        resource_warning: "ResourceWarning" < warning,
        encoding_warning: "EncodingWarning" < warning,
    }
}

static TYPES: OnceLock<BuiltinTypes> = OnceLock::new();
static REGISTERED: Once = Once::new();

/// The builtin types. Their namespaces are filled by [`init`] (called by `Vm::new`).
#[inline]
pub fn types() -> &'static BuiltinTypes {
    TYPES.get_or_init(build)
}

/// Creates the builtin types and fills their namespaces (idempotent, thread-safe).
pub fn init() {
    let t = types();
    REGISTERED.call_once(|| {
        // `bool` derives from `int`.
        object::register(t);
        exceptions::register(t);
        exception_group::register(t);
        int::register(t);
        float::register(t);
        complex::register(t);
        str::register(t);
        format::register(t);
        bytes::register(t);
        bytearray::register(t);
        tuple::register(t);
        list::register(t);
        dict::register(t);
        set::register(t);
        range::register(t);
        slice::register(t);
        singletons::register(t);
        iter::register(t);
        crate::interp::generator::register(t);
        crate::interp::coroutine::register(t);
        code::register(t);
        // After every native method is in place: the unbound-method descriptors.
        descriptor::build(t);
        // Everything reachable from a builtin type's namespace is shared by every thread of
        // every VM: make it immortal so reads never write a reference count.
        for ty in t.iter() {
            if let Some(ns) = ty.namespace() {
                for (k, v) in ns.items() {
                    for x in [&k, &v] {
                        if let Some(o) = x.as_obj() {
                            o.make_immortal();
                        }
                    }
                }
            }
        }
    });
}

/// A type object without its namespace dict (filled in by `fix_type`).
fn raw_type(name: &str, base: Option<&Value>) -> Value {
    raw_type_bases(name, base.as_slice())
}

/// A type object with these bases (several only for `ExceptionGroup`): the first is its
/// `base`, and its MRO is their C3 linearisation, as for a class statement.
fn raw_type_bases(name: &str, bases: &[&Value]) -> Value {
    let bases: Vec<Value> = bases.iter().map(|&b| b.clone()).collect();
    // Cannot fail for the builtin hierarchy (and an error could not be built yet).
    let mro = crate::interp::mro::c3(&bases).unwrap_or_default();
    let v = Value::new_obj(
        Value::NULL,
        Payload::Type(Box::new(TypeObj {
            name: name.to_string(),
            qualname: name.to_string(),
            module: "builtins".to_string(),
            base: bases.first().cloned(),
            bases: if bases.len() > 1 {
                bases.into_boxed_slice()
            } else {
                Box::new([])
            },
            mro,
            dict: Value::NULL,
            ctor: None,
            builtin: true,
            tp_name: None,
            versions: Default::default(),
            layout: Default::default(),
            finalizer: Default::default(),
        })),
    );
    if let Some(o) = v.as_obj() {
        o.make_immortal();
    }
    v
}

/// Gives a builtin type its namespace dict. Only called during `build`, before the type is
/// published, so writing through a shared reference is sound (see SAFETY below).
fn fix_type(t: &Value, dict_ty: &Value) {
    let dict = Value::new_obj(dict_ty.clone(), Payload::Dict(Box::default()));
    if let Some(o) = dict.as_obj() {
        o.make_immortal();
    }
    let Some(obj) = t.as_obj() else { return };
    let Payload::Type(tobj) = &obj.payload else {
        return;
    };
    let slot = &tobj.dict as *const Value as *mut Value;
    // SAFETY: `build` runs inside `OnceLock::get_or_init`, before any other thread can see
    // these objects, and nothing holds a reference to the `dict` field being replaced.
    unsafe { slot.write(dict) };
}

/// Sets the constructor of a builtin type (during registration only).
pub(crate) fn set_ctor(t: &Value, ctor: NativeFn) {
    let Some(obj) = t.as_obj() else { return };
    let Payload::Type(tobj) = &obj.payload else {
        return;
    };
    let slot = &tobj.ctor as *const Option<NativeFn> as *mut Option<NativeFn>;
    // SAFETY: registration runs once inside `init`'s `Once`, before any script runs;
    // no reference to the `ctor` field is held anywhere during it, and the `Once` publishes
    // the write to every thread that later calls `init`.
    unsafe { slot.write(Some(ctor)) };
}

/// Adds native methods to a builtin type's namespace: `add_methods(&t.str, "str", &[...])`.
pub(crate) fn add_methods(t: &Value, owner: &'static str, methods: &[(&'static str, NativeFn)]) {
    for &(name, f) in methods {
        let m = Value::native_method(owner, name, f);
        if let Some(o) = m.as_obj() {
            o.make_immortal();
        }
        t.set_attr_str(name, m);
    }
}

/// Creates a new builtin-style type (for native modules: `re.Pattern`, files, ...).
pub fn new_native_type(name: &str, module: &str, methods: &[(&'static str, NativeFn)]) -> Value {
    native_type_with_ctor(name, module, None, methods)
}

/// A builtin-style class implemented in Rust, deriving from `object`: `ctor` (if any) builds
/// instances (`args[0]` is the class) and `methods` fill its namespace. The class and its
/// methods are immortal: they are shared by every thread and never freed.
///
/// Outside `builtins` the class is named in messages as CPython names a class defined in a
/// C module: `module.Name` (`'re.Pattern' object is not callable`).
pub fn native_type_with_ctor(
    name: &str,
    module: &str,
    ctor: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
) -> Value {
    let tp_name = (module != "builtins").then(|| format!("{module}.{name}").into_boxed_str());
    native_type_full(name, module, tp_name, ctor, methods)
}

/// Like [`native_type_with_ctor`], for a class that CPython defines in Python code
/// (`threading.Condition`): messages print its bare name, as for any `class` statement.
pub fn native_type_python_named(
    name: &str,
    module: &str,
    ctor: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
) -> Value {
    native_type_full(name, module, None, ctor, methods)
}

fn native_type_full(
    name: &str,
    module: &str,
    tp_name: Option<Box<str>>,
    ctor: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
) -> Value {
    let t = types();
    let ty = Value::new_obj(
        t.type_.clone(),
        Payload::Type(Box::new(TypeObj {
            name: name.to_string(),
            qualname: name.to_string(),
            module: module.to_string(),
            base: Some(t.object.clone()),
            bases: Box::new([]),
            mro: vec![t.object.clone()],
            dict: Value::dict(),
            ctor,
            builtin: true,
            tp_name,
            versions: Default::default(),
            layout: Default::default(),
            finalizer: Default::default(),
        })),
    );
    for &(mname, f) in methods {
        let m = Value::native_method("", mname, f);
        if let Some(o) = m.as_obj() {
            o.make_immortal();
        }
        ty.set_attr_str(mname, m);
    }
    if let Some(o) = ty.as_obj() {
        o.make_immortal();
    }
    ty
}

/// Is `sub` the class `sup` or derived from it?
pub fn is_subclass(sub: &Value, sup: &Value) -> bool {
    if sub.is(sup) {
        return true;
    }
    match sub.as_type() {
        Some(t) => t.mro.iter().any(|m| m.is(sup)),
        None => false,
    }
}

/// `isinstance(v, ty)` for a single class, without running script code.
pub fn is_instance(v: &Value, ty: &Value) -> bool {
    is_subclass(v.class(), ty)
}

/// Looks `name` up along the MRO of type `ty` (the type itself first). No script code runs.
pub fn lookup(ty: &Value, name: &str) -> Option<Value> {
    let t = ty.as_type()?;
    for c in t.mro_with(ty) {
        if let Some(d) = c.namespace() {
            if let Some(v) = d.get_str(name) {
                return Some(v);
            }
        }
    }
    None
}

/// The nearest constructor along the MRO.
pub fn find_ctor(ty: &Value) -> Option<NativeFn> {
    let t = ty.as_type()?;
    t.mro_with(ty)
        .find_map(|c| c.as_type().and_then(|ct| ct.ctor))
}

/// For `Obj` users who need the type data of a class value.
pub fn type_obj(ty: &Value) -> Option<&TypeObj> {
    ty.as_type()
}

#[allow(dead_code)]
fn _assert_obj_is_sync(o: &Obj) -> &(dyn Sync + Send) {
    o
}
