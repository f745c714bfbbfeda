//! Heap objects: the header every object starts with, the payload enum, and allocation.
//!
//! Invariants:
//! - An `Obj` is only reachable through `Value`s, each owning one counted reference.
//! - Mutable contents sit behind an [`ObjLock`] (or an atomic); script code is never called
//!   while such a lock is held.
//! - Freeing is iterative (a per-thread work list), so dropping a 1,000,000-deep nested list
//!   cannot overflow the Rust stack.

pub(crate) mod cell;
mod dict;
mod exception;
pub mod finalize;
mod footprint;
mod function;
pub mod hash;
pub mod list_slots;
mod set;
mod str;
mod table;
mod tuple_slot;
pub mod weakref;

use std::any::Any;
use std::cell::Cell;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use num_bigint::BigInt;

pub use self::cell::CellObj;
pub use self::dict::{DictObj, DictViewKind, DictViewObj};
pub use self::exception::{ExcState, ExceptionObj, TraceEntry};
pub use self::footprint::{ChargedGuard, ChargedLock, Footprint};
pub use self::function::FunctionObj;
pub use self::list_slots::{ListGuard, ListLock, Slots};
pub use self::set::SetObj;
pub use self::str::{hash_str, hash_str_bytes, intern, is_identifier_like, StrObj};
pub use self::table::{Table, TableGuard, TableLock};
pub(crate) use self::tuple_slot::TupleSlot;
pub use self::weakref::WeakRefObj;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::sync::RefCount;
use crate::types::types;
use crate::value::Value;

/// A native (Rust) function callable from scripts. Methods receive `self` as `args[0]`.
pub type NativeFn = fn(&mut Ctx, &Args) -> PyResult<Value>;

/// The header and payload of every heap object.
///
/// `repr(C)` with the count first: the biased-counting queue (`sync::brc`) stores objects
/// by the address of their count, which is then the object's address.
#[repr(C)]
pub struct Obj {
    rc: RefCount,
    /// The class; NULL for builtin type objects, whose class is `type`.
    ty: Value,
    pub payload: Payload,
}

impl Obj {
    pub(crate) fn new(ty: Value, payload: Payload) -> Obj {
        Obj {
            rc: RefCount::new(),
            ty,
            payload,
        }
    }

    #[inline]
    pub(crate) fn rc(&self) -> &RefCount {
        &self.rc
    }

    /// The object's class (a type object).
    #[inline]
    pub fn class(&self) -> &Value {
        if self.ty.is_null() {
            &types().type_
        } else {
            &self.ty
        }
    }

    /// The class field as stored (NULL for builtin type objects); the cycle collector
    /// visits it as a counted reference.
    #[inline]
    pub(crate) fn class_field(&self) -> &Value {
        &self.ty
    }

    /// Marks the object as living forever (builtin types, constants of loaded code).
    pub fn make_immortal(&self) {
        self.rc.make_immortal();
    }

    /// Whether the object lives forever (the cycle collector leaves it alone).
    #[inline]
    pub fn is_immortal(&self) -> bool {
        self.rc.is_immortal()
    }

    /// The current reference count (for tests and `sys.getrefcount`).
    pub fn refcount(&self) -> usize {
        self.rc.get()
    }
}

/// What an object is. Variants larger than two words are boxed so that every object
/// (a float, a small tuple) stays small: the header plus 48 bytes.
///
/// The variant is chosen by the nearest builtin base of the object's
/// class (a subclass of `Exception` gets `Exception`, a plain class `Instance`).
pub enum Payload {
    /// Integers that do not fit the inline 63-bit form.
    Int(BigInt),
    Float(f64),
    Str(StrObj),
    Bytes(Box<[u8]>),
    Tuple(Box<[Value]>),
    List(ListObj),
    Dict(Box<DictObj>),
    /// `dict.keys()`, `.values()`, `.items()`.
    DictView(DictViewObj),
    Set(Box<SetObj>),
    FrozenSet(Box<SetObj>),
    Range(RangeObj),
    /// A `range` with a bound beyond i64 (rare, so boxed; its class is still `range`).
    BigRange(Box<BigRangeObj>),
    Slice(SliceObj),
    /// A function defined in script code.
    Function(Box<FunctionObj>),
    /// A builtin function or an (unbound or bound) builtin method.
    NativeFunction(Box<NativeFunctionObj>),
    /// A script function bound to `self`.
    BoundMethod(BoundMethodObj),
    Cell(CellObj),
    Type(Box<TypeObj>),
    /// An instance of a class whose builtin base is `object`.
    Instance(InstanceObj),
    /// An instance of `BaseException` or a subclass.
    Exception(Box<ExceptionObj>),
    Module(ModuleObj),
    Generator(Box<GeneratorObj>),
    /// An awaitable step of an async generator (`asend`, `athrow`, ...) or a coroutine's
    /// `__await__` iterator.
    AsyncOp(Box<crate::interp::coroutine::AsyncOpObj>),
    Property(Box<PropertyObj>),
    /// A `__slots__` member descriptor.
    Member(Box<MemberObj>),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(SuperObj),
    /// Iterators implemented in Rust (list, tuple, str, range, dict, zip, map, ...).
    Iterator(Box<dyn NativeIterator>),
    /// Other objects implemented in Rust (re.Pattern, re.Match, files, ...); their class
    /// (with its methods) is the object's `ty`.
    Native(Box<dyn NativeObject>),
    /// A code object (what a function runs).
    Code(crate::interp::CodeRef),
    /// A frame object (`sys._getframe()`, `tb.tb_frame`; see `interp::frame_obj`).
    Frame(Box<crate::interp::frame_obj::FrameObj>),
    /// A traceback object: one entry of an exception's traceback (`interp::frame_obj`).
    Traceback(crate::interp::frame_obj::TracebackObj),
    /// A weak reference (`weakref.ref` or a subclass; see [`weakref`]).
    WeakRef(Box<WeakRefObj>),
}

/// An iterator implemented in Rust. `next` returns `Ok(None)` when exhausted.
pub trait NativeIterator: Send + Sync {
    fn next(&self, cx: &mut Ctx) -> PyResult<Option<Value>>;
    /// A length hint for preallocation (`list(it)`), if cheap to know.
    fn length_hint(&self) -> Option<usize> {
        None
    }
}

/// Any other object implemented in Rust. Methods downcast `args[0]` through `as_any`.
pub trait NativeObject: Any + Send + Sync {
    fn as_any(&self) -> &dyn Any;
    /// Heap bytes owned beyond the object (charged to the memory cap; see
    /// [`footprint`](self::footprint)). Growable storage should sit in a [`ChargedLock`].
    fn footprint(&self) -> usize {
        0
    }
    /// Whether objects of this type hold references that can be part of a cycle: they
    /// are then allocated tracked by the cycle collector and must implement
    /// [`gc_traverse`](Self::gc_traverse) (and [`gc_clear`](Self::gc_clear) for what can
    /// change after creation). A constant of the type: `alloc` and `free_one` must agree.
    fn gc_tracked(&self) -> bool {
        false
    }
    /// Calls `visit` on every counted reference the object owns, exactly once (as
    /// `gc::traverse`; taking the object's own lock briefly is fine).
    fn gc_traverse(&self, _visit: &mut dyn FnMut(&Value)) {}
    /// Drops the references that can change after creation, to break a garbage cycle
    /// (as `gc::clear`: release any lock before the dropped values go).
    fn gc_clear(&self) {}
}

pub struct ListObj {
    /// The items: locked for writes, readable without the lock (see [`list_slots`]).
    pub items: ListLock,
}

impl ListObj {
    pub fn new(items: Vec<Value>) -> ListObj {
        ListObj {
            items: ListLock::new(items),
        }
    }
}

/// `range(start, stop, step)` whose bounds all fit in i64: the common, fast form. A range
/// with any bound beyond i64 is a [`BigRangeObj`] instead (`Value::big_range` picks).
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

/// `range(start, stop, step)` with a bound beyond i64, in arbitrary precision; `len` is
/// computed once, as CPython's `rangeobject` does. `step` is never zero.
#[derive(Clone)]
pub struct BigRangeObj {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

impl BigRangeObj {
    /// The range with these bounds (`step` must not be zero), its length computed.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> BigRangeObj {
        let zero = BigInt::from(0);
        let len = if step > zero && start < stop {
            (&stop - &start - 1) / &step + 1
        } else if step < zero && start > stop {
            (&start - &stop - 1) / -&step + 1
        } else {
            zero
        };
        BigRangeObj {
            start,
            stop,
            step,
            len,
        }
    }
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct NativeFunctionObj {
    pub name: &'static str,
    pub func: NativeFn,
    /// The bound receiver (passed as `args[0]`), or NULL.
    pub self_: Value,
    /// The module or type name it belongs to, for `repr` (may be empty).
    pub owner: &'static str,
    /// Reads the calling script frame's namespaces (`globals()`, `locals()`, `vars()`,
    /// `dir()`): the interpreter hands them over in `Ctx::caller` for the call.
    pub reads_caller: bool,
    /// A method of a builtin type (`list.append`), which binds its receiver when found on
    /// a class through an instance. A plain builtin function does not (CPython's
    /// `builtin_function_or_method` is no descriptor): `class F: conv = time.gmtime`
    /// then `F().conv(0)` calls `gmtime(0)`.
    pub is_method: bool,
}

pub struct BoundMethodObj {
    pub func: Value,
    pub self_: Value,
}

/// A class: builtin or defined by a script.
pub struct TypeObj {
    pub name: String,
    pub qualname: String,
    /// `builtins` for builtin types, the defining module's name otherwise.
    pub module: String,
    /// The best base (CPython's `__base__`, the base whose instance layout the class
    /// extends: its "solid" base); None only for `object`.
    pub base: Option<Value>,
    /// Every base, in order (`__bases__`), when there is more than one; empty for a
    /// class with the single base `base` (see [`TypeObj::bases`]).
    pub bases: Box<[Value]>,
    /// Method resolution order *excluding* the type itself (so a class does not hold a
    /// reference to itself): the C3 linearisation of the bases, ending with `object`.
    pub mro: Vec<Value>,
    /// The class namespace (a dict).
    pub dict: Value,
    /// Creates a new instance: `args[0]` is the class being instantiated (possibly a
    /// subclass), the rest are the call's arguments. Inherited through the MRO.
    pub ctor: Option<NativeFn>,
    /// Builtin types cannot have attributes set by scripts.
    pub builtin: bool,
    /// CPython's `tp_name` where it differs from `name`: `module.Name` for a class that
    /// CPython defines natively in a module (`re.Pattern`, `array.array`), which error
    /// messages print. None for builtins and for classes defined by a `class` statement.
    pub tp_name: Option<Box<str>>,
    /// The namespaces' version counters along the MRO, found once (see [`MroVersions`]).
    pub versions: MroVersions,
    /// What its instances hold (`__slots__`, `__dict__`, weak references).
    pub layout: InstanceLayout,
    /// Whether its instances have a `__del__` (see [`finalize`]).
    pub finalizer: finalize::FinalizerCache,
}

/// Where the version counters of a class's namespace and of its bases' namespaces are,
/// so the lookup caches can validate a class attribute with a few plain loads instead of
/// walking the MRO through each class object and its dict (that walk was most of the cost
/// of `obj.attr`). Built on first use; a type's dict and MRO never change once it is
/// published, and the type keeps every class of its MRO, and so every namespace, alive.
#[derive(Default)]
pub struct MroVersions(OnceLock<Box<[*const AtomicU64]>>);

// SAFETY: the pointers are to `AtomicU64`s (shareable) inside dicts that the owning type
// keeps alive; they are only dereferenced through `&TypeObj`.
unsafe impl Send for MroVersions {}
// SAFETY: as above.
unsafe impl Sync for MroVersions {}

impl TypeObj {
    /// The sum of the versions of the namespaces along the MRO (`this`, the type's own
    /// value, first). Versions only grow, so any write to any of them changes the sum.
    #[inline]
    pub fn mro_version_sum(&self, this: &Value) -> u64 {
        let Some(ptrs) = self.versions.0.get() else {
            return self.init_versions(this);
        };
        let mut sum = 0u64;
        for &p in ptrs.iter() {
            // SAFETY: `p` points into a namespace dict that `self` keeps alive (above).
            sum = sum.wrapping_add(unsafe { (*p).load(Ordering::Acquire) });
        }
        sum
    }

    /// Finds the counters (if every class has its namespace: a builtin type gets its
    /// dict during start-up) and returns the sum the slow way.
    #[cold]
    fn init_versions(&self, this: &Value) -> u64 {
        let mut sum = 0u64;
        let mut ptrs = Vec::with_capacity(self.mro.len() + 1);
        let mut complete = true;
        for c in self.mro_with(this) {
            match c.namespace() {
                Some(d) => {
                    sum = sum.wrapping_add(d.version());
                    ptrs.push(d.version_counter() as *const AtomicU64);
                }
                None => complete = false,
            }
        }
        if complete {
            let _ = self.versions.0.set(ptrs.into_boxed_slice());
        }
        sum
    }

    /// The name error messages print for instances of this type (CPython's `tp_name`):
    /// `re.Pattern` where `__name__` is `Pattern`.
    pub fn tp_name(&self) -> &str {
        self.tp_name.as_deref().unwrap_or(&self.name)
    }

    /// The bases, in order (`__bases__`): `bases`, or `base` alone when that is empty.
    pub fn bases(&self) -> &[Value] {
        if self.bases.is_empty() {
            self.base.as_slice()
        } else {
            &self.bases
        }
    }

    /// The type itself (given as `this`) followed by its MRO.
    pub fn mro_with<'a>(&'a self, this: &'a Value) -> impl Iterator<Item = &'a Value> {
        std::iter::once(this).chain(self.mro.iter())
    }
}

pub struct InstanceObj {
    /// The instance `__dict__`; NULL when the class's `__slots__` leave it out.
    pub dict: Value,
    /// Its class's `__del__` has run (or been queued to run) once: never again, even if
    /// the instance was resurrected (PEP 442).
    pub finalized: std::sync::atomic::AtomicBool,
    /// The values of the `__slots__` of the class and its bases (NULL: unset), indexed by
    /// [`MemberObj::index`]; None for classes without slots. A list's item storage, so it
    /// has the list's rules: writes under its lock (elided for the creating thread),
    /// lock-free reads, replaced values retired through the epoch once shared.
    pub slots: Option<Box<ListLock>>,
}

impl InstanceObj {
    /// The storage of a new instance of a class with this layout.
    pub fn new(layout: &InstanceLayout) -> InstanceObj {
        InstanceObj {
            dict: if layout.dict {
                Value::dict()
            } else {
                Value::NULL
            },
            slots: (layout.nslots > 0)
                .then(|| Box::new(ListLock::new(vec![Value::NULL; layout.nslots as usize]))),
            finalized: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// The storage of an instance with this `__dict__` and no slots.
    pub fn with_dict(dict: Value) -> InstanceObj {
        InstanceObj {
            dict,
            slots: None,
            finalized: std::sync::atomic::AtomicBool::new(false),
        }
    }
}

/// What the instances of a class hold besides their class (CPython's basic size, dict
/// and weaklist offsets): decided when the class is created from its `__slots__`.
#[derive(Clone, Copy, Debug)]
pub struct InstanceLayout {
    /// Slots of the class and of its best bases: the length of [`InstanceObj::slots`].
    pub nslots: u32,
    /// Slots the class itself adds (it is then a "solid" base: see `interp::mro`).
    pub own_slots: u32,
    /// Instances have a `__dict__`.
    pub dict: bool,
    /// Instances can be weakly referenced.
    pub weakref: bool,
}

impl Default for InstanceLayout {
    /// A class without `__slots__` (and every builtin type: their own rules apply).
    fn default() -> InstanceLayout {
        InstanceLayout {
            nslots: 0,
            own_slots: 0,
            dict: true,
            weakref: true,
        }
    }
}

/// A slot's descriptor in its class's namespace (CPython's `member_descriptor`).
pub struct MemberObj {
    /// The slot's (mangled) name, a str.
    pub name: Value,
    /// The class whose `__slots__` created it (`__objclass__`).
    pub objclass: Value,
    /// Its position in [`InstanceObj::slots`].
    pub index: u32,
}

pub struct ModuleObj {
    pub name: String,
    /// The module namespace (its globals), a dict.
    pub dict: Value,
}

pub struct GeneratorObj {
    pub inner: crate::interp::GenInner,
}

pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

pub struct SuperObj {
    /// The class after which the MRO search starts.
    pub ty: Value,
    /// The instance (or class, for classmethods) the lookup binds to.
    pub obj: Value,
}

// ---- allocation ------------------------------------------------------------------------

/// Allocates an object. Containers (`gc::is_tracked_kind`) get a `GcBox` with the cycle
/// collector's head in front and enter its registry.
pub(crate) fn alloc(obj: Obj) -> NonNull<Obj> {
    crate::embed::limits::charge_alloc(&obj);
    if crate::gc::is_tracked_kind(&obj.payload) {
        let atomic = crate::gc::is_atomic_new_tuple(&obj.ty, &obj.payload);
        let b = Box::into_raw(Box::new(crate::gc::GcBox::new(obj)));
        // SAFETY: `b` is a fresh, valid box; the object pointer keeps the provenance of
        // the whole box (the collector steps back to the head from it).
        unsafe {
            if !atomic && crate::gc::track(&*b) {
                crate::gc::note_allocs();
            }
            return NonNull::new_unchecked(std::ptr::addr_of_mut!((*b).obj));
        }
    }
    NonNull::from(Box::leak(Box::new(obj)))
}

/// [`alloc`] for an object that is never tracked (a number, a string...), with the
/// payload written in place by `init` (e.g. `|p| p.write(Payload::Float(f))`). Built first
/// and moved into its allocation, a float went through stack copies whose 16-byte loads
/// of two 8-byte stores stall (no store forwarding): ~8% of `benches/kernels/nbody.py` in
/// the default build.
///
/// # Safety
/// `init` must initialise the payload it is given, with a variant that is not tracked
/// (`gc::is_tracked_kind` false).
#[inline(always)]
pub(crate) unsafe fn alloc_untracked_with(
    ty: Value,
    init: impl FnOnce(*mut Payload),
) -> NonNull<Obj> {
    let mut b: Box<std::mem::MaybeUninit<Obj>> = Box::new_uninit();
    let p = b.as_mut_ptr();
    // SAFETY: `p` points to the fresh allocation; each field is written once, the payload
    // by `init` (per the contract), before the object is used.
    let obj = unsafe {
        std::ptr::addr_of_mut!((*p).rc).write(RefCount::new());
        std::ptr::addr_of_mut!((*p).ty).write(ty);
        init(std::ptr::addr_of_mut!((*p).payload));
        b.assume_init()
    };
    debug_assert!(!crate::gc::is_tracked_kind(&obj.payload));
    crate::embed::limits::charge_alloc(&obj);
    NonNull::from(Box::leak(obj))
}

thread_local! {
    /// Objects whose count reached zero while another object was being torn down.
    static PENDING: Cell<Vec<NonNull<Obj>>> = const { Cell::new(Vec::new()) };
    static FREEING: Cell<bool> = const { Cell::new(false) };
}

/// Tears down and frees an object whose last reference was just dropped.
///
/// # Safety
/// `ptr` must point to a live `Obj` allocated by [`alloc`] with no references left.
pub(crate) unsafe fn dealloc(ptr: NonNull<Obj>) {
    let nested = FREEING.try_with(|f| f.replace(true)).unwrap_or(false);
    if nested {
        // Already inside a teardown further up this thread's stack: queue it, so nested
        // containers are freed by a loop instead of by recursion.
        let queued = PENDING
            .try_with(|p| {
                let mut v = p.take();
                v.push(ptr);
                p.set(v);
            })
            .is_ok();
        if queued {
            return;
        }
    }
    // SAFETY: the caller guarantees `ptr` is a live, unreferenced object from `alloc`.
    unsafe { free_one(ptr) };
    if nested {
        return;
    }
    loop {
        let next = PENDING
            .try_with(|p| {
                let mut v = p.take();
                let n = v.pop();
                p.set(v);
                n
            })
            .ok()
            .flatten();
        match next {
            // SAFETY: only unreferenced objects are queued, each exactly once.
            Some(p) => unsafe { free_one(p) },
            None => break,
        }
    }
    let _ = FREEING.try_with(|f| f.set(false));
}

/// # Safety
/// As for [`dealloc`].
unsafe fn free_one(ptr: NonNull<Obj>) {
    // An instance whose class has a `__del__` it has not run yet: revived and queued for
    // its finaliser instead (freed when that is done with it, unless it was resurrected).
    // SAFETY: `ptr` is live and unreferenced (the caller's contract).
    if let Payload::Instance(inst) = unsafe { &ptr.as_ref().payload } {
        // SAFETY: as above.
        if unsafe { finalize::defer_free(ptr, inst) } {
            return;
        }
    }
    // One predictable branch for objects that never had a weak reference: the flag lives
    // in the count word the decrement just touched.
    // SAFETY: `ptr` is live and unreferenced (the caller's contract).
    if unsafe { ptr.as_ref() }.rc().has_weak() {
        // SAFETY: as above; the memory is freed only below, after the weak references
        // were cleared (docs/memory-model.md, "Weak references", invariant 1).
        unsafe { weakref::clear_on_free(ptr) };
    }
    // SAFETY: `ptr` came from `alloc` and is unreferenced, so it is alive.
    let tracked = crate::gc::is_tracked_kind(unsafe { &ptr.as_ref().payload });
    if tracked {
        // SAFETY: `alloc` boxed this object (of a tracked kind) in a `GcBox`, leaked with
        // `Box::leak`; the head goes first (`repr(C)`), so the box starts `offset` bytes
        // before the object. It leaves the registry before its memory is freed.
        unsafe {
            let b = crate::gc::box_of(ptr);
            debug_assert!(!b.is_null());
            crate::gc::untrack(&(*b).head);
            crate::embed::limits::charge_free(&(*b).obj);
            drop(Box::from_raw(b));
        }
        return;
    }
    // SAFETY: `ptr` came from `Box::leak` in `alloc` and is unreferenced.
    let obj = unsafe { Box::from_raw(ptr.as_ptr()) };
    crate::embed::limits::charge_free(&obj);
    drop(obj);
}

// ---- convenience constructors -----------------------------------------------------------

impl Value {
    /// A builtin function value.
    pub fn native_fn(name: &'static str, func: NativeFn) -> Value {
        Value::native_fn_with(name, func, false)
    }

    /// A builtin function that reads its caller's namespaces (see
    /// [`NativeFunctionObj::reads_caller`]).
    pub(crate) fn native_fn_reading_caller(name: &'static str, func: NativeFn) -> Value {
        Value::native_fn_with(name, func, true)
    }

    fn native_fn_with(name: &'static str, func: NativeFn, reads_caller: bool) -> Value {
        Value::new_obj(
            types().builtin_function.clone(),
            Payload::NativeFunction(Box::new(NativeFunctionObj {
                name,
                func,
                self_: Value::NULL,
                owner: "",
                reads_caller,
                is_method: false,
            })),
        )
    }

    /// A builtin method of type `owner` (stored unbound in the type's dict).
    pub fn native_method(owner: &'static str, name: &'static str, func: NativeFn) -> Value {
        Value::new_obj(
            types().builtin_function.clone(),
            Payload::NativeFunction(Box::new(NativeFunctionObj {
                name,
                func,
                self_: Value::NULL,
                owner,
                reads_caller: false,
                is_method: true,
            })),
        )
    }

    pub fn cell(contents: Value) -> Value {
        Value::new_obj(types().cell.clone(), Payload::Cell(CellObj::new(contents)))
    }

    pub fn set_from(items: SetObj) -> Value {
        Value::new_obj(types().set.clone(), Payload::Set(Box::new(items)))
    }

    pub fn frozenset_from(items: SetObj) -> Value {
        Value::new_obj(
            types().frozenset.clone(),
            Payload::FrozenSet(Box::new(items)),
        )
    }

    pub fn range(start: i64, stop: i64, step: i64) -> Value {
        Value::new_obj(
            types().range.clone(),
            Payload::Range(RangeObj { start, stop, step }),
        )
    }

    /// A `range` from arbitrary-precision bounds (`step` must not be zero): the i64 form
    /// when all three fit, else a boxed [`BigRangeObj`].
    pub fn big_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
        use num_traits::ToPrimitive;
        if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
            return Value::range(a, b, c);
        }
        Value::new_obj(
            types().range.clone(),
            Payload::BigRange(Box::new(BigRangeObj::new(start, stop, step))),
        )
    }

    pub fn slice(start: Value, stop: Value, step: Value) -> Value {
        Value::new_obj(
            types().slice.clone(),
            Payload::Slice(SliceObj { start, stop, step }),
        )
    }

    pub fn native_iter(it: impl NativeIterator + 'static) -> Value {
        Value::new_obj(types().iterator.clone(), Payload::Iterator(Box::new(it)))
    }

    /// An object implemented in Rust, of class `ty`.
    pub fn native_obj(ty: Value, obj: impl NativeObject + 'static) -> Value {
        Value::new_obj(ty, Payload::Native(Box::new(obj)))
    }

    /// A new module with an empty namespace holding `__name__`.
    pub fn module(name: &str) -> Value {
        let dict = Value::dict();
        if let Some(Payload::Dict(d)) = dict.payload() {
            d.set_str("__name__", Value::str(name));
        }
        Value::new_obj(
            types().module.clone(),
            Payload::Module(ModuleObj {
                name: name.to_string(),
                dict,
            }),
        )
    }

    /// The dict of a module, type or instance (`__dict__`), if it has one.
    pub fn namespace(&self) -> Option<&DictObj> {
        let dict = match self.payload()? {
            Payload::Module(m) => &m.dict,
            Payload::Type(t) => &t.dict,
            Payload::Instance(i) => &i.dict,
            Payload::Exception(e) => &e.dict,
            Payload::Function(f) => &f.dict,
            Payload::WeakRef(w) if !w.dict.is_null() => &w.dict,
            _ => return None,
        };
        match dict.payload() {
            Some(Payload::Dict(d)) => Some(d),
            _ => None,
        }
    }

    /// Sets `name` in a module's (or type's) namespace; used to build native modules.
    pub fn set_attr_str(&self, name: &str, value: Value) {
        if let Some(ns) = self.namespace() {
            ns.set_str(name, value);
        }
    }

    /// Adds a builtin function to a module's namespace.
    pub fn add_fn(&self, name: &'static str, func: NativeFn) {
        self.set_attr_str(name, Value::native_fn(name, func));
    }

    /// Downcasts a `Native` object's contents.
    pub fn downcast_native<T: 'static>(&self) -> Option<&T> {
        match self.payload() {
            Some(Payload::Native(n)) => n.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }
}
