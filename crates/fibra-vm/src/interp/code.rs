//! Code objects prepared for execution: the compiler's [`CodeObject`] plus its constants
//! converted to (immortal) values once, and its names as `str` values.

use std::ops::Deref;
use std::ptr::NonNull;
use std::sync::Arc;

use fibra_bytecode::{CodeObject, Const};

use crate::object::intern;
use crate::object::Payload;
use crate::types::types;
use crate::value::Value;

/// What a function object runs: a shared reference to a [`Code`].
///
/// Like an `Arc<Code>`, except that code objects which live forever (every code object
/// that is a constant of loaded code: function bodies, class bodies, comprehensions) are
/// *immortal*: cloning and dropping such a reference touches no count. Every call clones
/// the callee's code into its frame, so with a plain `Arc` two threads calling the same
/// function would bounce the count's cache line between cores on every call.
pub struct CodeRef {
    /// From `Arc::into_raw`.
    ptr: NonNull<Code>,
    /// This reference is uncounted: the `Arc` has a leaked strong count that is never
    /// released, so the `Code` outlives every `CodeRef` to it.
    immortal: bool,
}

// SAFETY: a `CodeRef` is an `Arc<Code>` (or a borrow of a leaked one); `Code` is immutable
// after construction and itself `Send + Sync`.
unsafe impl Send for CodeRef {}
// SAFETY: as above.
unsafe impl Sync for CodeRef {}

impl CodeRef {
    /// A counted reference to a new code object.
    pub fn new(code: Code) -> CodeRef {
        let ptr = Arc::into_raw(Arc::new(code)) as *mut Code;
        CodeRef {
            // SAFETY: `Arc::into_raw` never returns null.
            ptr: unsafe { NonNull::new_unchecked(ptr) },
            immortal: false,
        }
    }

    /// Leaks this reference: the code object is never freed, and clones of the result
    /// (and of their clones) are uncounted.
    pub fn into_immortal(self) -> CodeRef {
        let ptr = self.ptr;
        std::mem::forget(self);
        CodeRef {
            ptr,
            immortal: true,
        }
    }

    /// Whether two references are to the same code object.
    pub fn ptr_eq(a: &CodeRef, b: &CodeRef) -> bool {
        a.ptr == b.ptr
    }
}

impl Clone for CodeRef {
    #[inline]
    fn clone(&self) -> CodeRef {
        if !self.immortal {
            // SAFETY: `ptr` came from `Arc::into_raw` and `self` owns one strong count,
            // so the allocation is alive.
            unsafe { Arc::increment_strong_count(self.ptr.as_ptr() as *const Code) };
        }
        CodeRef {
            ptr: self.ptr,
            immortal: self.immortal,
        }
    }
}

impl Drop for CodeRef {
    #[inline]
    fn drop(&mut self) {
        if !self.immortal {
            // SAFETY: `self` owns one strong count of the `Arc` behind `ptr`, released
            // exactly once here.
            unsafe { Arc::decrement_strong_count(self.ptr.as_ptr() as *const Code) };
        }
    }
}

impl Deref for CodeRef {
    type Target = Code;
    #[inline]
    fn deref(&self) -> &Code {
        // SAFETY: counted: `self` owns a strong count; immortal: the leaked count keeps
        // the allocation alive forever.
        unsafe { self.ptr.as_ref() }
    }
}

/// A [`CodeObject`] ready to run.
pub struct Code {
    /// The compiled code.
    pub obj: Arc<CodeObject>,
    /// `obj.consts` as values (immortal).
    pub consts: Box<[Value]>,
    /// `obj.names` as `str` values (immortal).
    pub names: Box<[Value]>,
    /// `obj.name` / `obj.qualname` as `str` values.
    pub name: Value,
    pub qualname: Value,
    /// Number of fast locals (`varnames`).
    pub nlocals: usize,
    /// Number of deref slots (`cellvars` + `freevars`).
    pub nderef: usize,
    /// A positional-only, no-default fast path applies when the call passes exactly
    /// `argcount` positional arguments (no `*args`, `**kwargs`, keyword-only parameters).
    pub simple_args: bool,
    /// Upper bound of the value stack depth (a preallocation hint).
    pub stack_hint: usize,
}

fn immortal(v: Value) -> Value {
    if let Some(o) = v.as_obj() {
        o.make_immortal();
    }
    v
}

/// Converts a compile-time constant to a value.
pub fn const_value(c: &Const) -> Value {
    let v = match c {
        Const::None => return Value::NONE,
        Const::Bool(b) => return Value::bool(*b),
        Const::Ellipsis => return Value::ELLIPSIS,
        Const::Int(i) => Value::int(*i),
        Const::BigInt(b) => Value::bigint(b.clone()),
        Const::Float(f) => Value::float(*f),
        Const::Complex(re, im) => crate::types::complex::complex_value(*re, *im),
        Const::Str(s) if crate::object::is_identifier_like(s) => return crate::object::intern(s),
        Const::Str(s) => Value::str(s),
        Const::Bytes(b) => Value::bytes(b.to_vec()),
        Const::Tuple(items) => Value::tuple(items.iter().map(const_value).collect()),
        // CPython builds the folded frozenset from the constants in source order, then the
        // compiler's constant merging rebuilds it from that set's iteration order
        // (`merge_consts_recursive`): both steps decide the layout.
        Const::FrozenSet(items) => {
            let first = crate::object::SetObj::from_consts(items.iter().map(const_value));
            Value::frozenset_from(crate::object::SetObj::from_consts(first.to_vec_ordered()))
        }
        Const::Code(code) => Value::new_obj(
            types().code.clone(),
            // The constant is immortal, so its code object lives forever anyway.
            Payload::Code(Code::new(code.clone()).into_immortal()),
        ),
    };
    immortal(v)
}

impl Code {
    /// Prepares `obj` (and, recursively, the code objects among its constants).
    #[allow(clippy::new_ret_no_self)] // returns the shared handle, as `Arc::new` would
    pub fn new(obj: Arc<CodeObject>) -> CodeRef {
        let consts = obj.consts.iter().map(const_value).collect();
        // Interned: the same name in two code objects is one object (see `intern`).
        let names = obj.names.iter().map(|n| intern(n)).collect();
        let f = obj.flags;
        let simple_args = !f.varargs && !f.varkeywords && obj.kwonlyargcount == 0;
        let stack_hint = stack_hint(&obj);
        CodeRef::new(Code {
            consts,
            names,
            name: intern(&obj.name),
            qualname: intern(&obj.qualname),
            nlocals: obj.varnames.len(),
            nderef: obj.cellvars.len() + obj.freevars.len(),
            simple_args,
            stack_hint,
            obj,
        })
    }

    /// The name of `names[i]` as a Rust string.
    #[inline]
    pub fn name_str(&self, i: u32) -> &str {
        self.obj.names.get(i as usize).map_or("", |s| s)
    }
}

/// A cheap over-estimate of the maximum stack depth: the running sum of positive effects,
/// capped (the stack grows on demand beyond it anyway).
fn stack_hint(obj: &CodeObject) -> usize {
    let mut depth: i64 = 0;
    let mut max: i64 = 0;
    for op in &obj.code {
        depth += op.stack_effect(false).max(0) as i64;
        max = max.max(depth);
        if op.is_terminator() {
            depth = 0;
        }
    }
    (max as usize).clamp(4, 64)
}
