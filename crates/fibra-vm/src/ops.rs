//! The object protocol: every generic operation on values (calls, attributes, operators,
//! comparisons, hashing, iteration, repr/str/format), dispatching through the dunder methods
//! in the class namespaces, with fast paths for the builtin types.
//!
//! Builtin types implement their behaviour as native dunder methods (see `types/`), so the
//! generic path always works; fast paths here only skip the lookup for hot cases and must
//! agree with the dunder implementations.

use crate::interp::generator::GenKind;
use fibra_bytecode::{BinaryOp, CompareOp, UnaryOp};

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, Exc, PyResult};
use crate::object::hash::{eq_builtin, hash_builtin};
use crate::object::{NativeFunctionObj, Payload};
use crate::types::{self, is_subclass, types};
use crate::value::Value;

// ---- calls --------------------------------------------------------------------------------

/// `f(*args)`.
pub fn call(cx: &mut Ctx, f: &Value, args: &[Value]) -> PyResult<Value> {
    call_kw(cx, f, args, &[])
}

/// `f(*values)` where the last `kwnames.len()` values are keyword arguments.
pub fn call_kw(cx: &mut Ctx, f: &Value, values: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match f.payload() {
        Some(Payload::NativeFunction(nf)) => call_native(cx, nf, values, kwnames),
        Some(Payload::Function(_)) => crate::interp::call_function(cx, f, values, kwnames),
        Some(Payload::BoundMethod(bm)) => {
            let args = prepend(&bm.self_, values);
            call_kw(cx, &bm.func, &args, kwnames)
        }
        Some(Payload::Type(_)) => crate::interp::call_type(cx, f, values, kwnames),
        _ => {
            // `str.upper(x)`: straight to the checked call (what its `__call__` does).
            if let Some(d) = f.downcast_native::<types::descriptor::MethodDescriptor>() {
                return types::descriptor::call_unbound(cx, d, values, kwnames);
            }
            match cx.lookup.class_attr_str(f.class(), "__call__") {
                Some(m) => {
                    let args = prepend(f, values);
                    call_kw(cx, &m, &args, kwnames)
                }
                None => Err(type_error(format!(
                    "'{}' object is not callable",
                    f.type_name()
                ))),
            }
        }
    }
}

fn call_native(
    cx: &mut Ctx,
    nf: &NativeFunctionObj,
    values: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if nf.self_.is_null() {
        // A builtin type's method called unbound with no receiver (`int.to_bytes()`): the
        // method bodies take `args[0]` as self, so refuse here, as CPython does.
        if values.len() <= kwnames.len() && !nf.owner.is_empty() {
            return Err(type_error(format!(
                "unbound method {}.{}() needs an argument",
                nf.owner, nf.name
            )));
        }
        (nf.func)(cx, &Args::new(values, kwnames))
    } else {
        let args = prepend(&nf.self_, values);
        (nf.func)(cx, &Args::new(&args, kwnames))
    }
}

/// `[first, rest...]`
pub fn prepend(first: &Value, rest: &[Value]) -> Vec<Value> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first.clone());
    v.extend(rest.iter().cloned());
    v
}

/// `obj.name(*args)`, without allocating a bound method when the attribute is a method
/// defined on the class.
pub fn call_method(cx: &mut Ctx, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    if !obj.is_type()
        && !matches!(obj.payload(), Some(Payload::Super(_)))
        && obj.namespace().is_none_or(|ns| ns.get_str(name).is_none())
    {
        if let Some(m) = cx.lookup.class_attr_str(obj.class(), name) {
            if is_plain_method(&m) {
                return call(cx, &m, &prepend(obj, args));
            }
        }
    }
    let f = getattr(cx, obj, name)?;
    call(cx, &f, args)
}

/// A function stored on a class that binds `self` when accessed through an instance.
pub fn is_plain_method(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(_)) => true,
        Some(Payload::NativeFunction(nf)) => nf.is_method && nf.self_.is_null(),
        _ => false,
    }
}

/// Calls the special method `name` looked up on the class of `obj` (never the instance),
/// as Python does for operators. `Ok(None)` if the class does not define it.
pub fn call_special(
    cx: &mut Ctx,
    obj: &Value,
    name: &str,
    args: &[Value],
) -> PyResult<Option<Value>> {
    match cx.lookup.class_attr_str(obj.class(), name) {
        None => Ok(None),
        Some(m) if m.is_none() => Ok(None),
        Some(m) => {
            let bound = bind(cx, &m, obj, obj.class())?;
            match bound {
                Bound::Method(f) => call(cx, &f, &prepend(obj, args)).map(Some),
                Bound::Value(f) => call(cx, &f, args).map(Some),
            }
        }
    }
}

// ---- attributes ---------------------------------------------------------------------------

/// What a class attribute becomes when accessed through an instance.
pub enum Bound {
    /// A function to call with the instance prepended.
    Method(Value),
    /// A ready value (bound method, property result, plain attribute).
    Value(Value),
}

/// Applies the descriptor protocol to a class attribute found for `obj` (an instance of
/// `owner`).
pub fn bind(cx: &mut Ctx, attr: &Value, obj: &Value, owner: &Value) -> PyResult<Bound> {
    Ok(match attr.payload() {
        Some(Payload::Function(_)) => Bound::Method(attr.clone()),
        Some(Payload::NativeFunction(nf)) if nf.is_method && nf.self_.is_null() => {
            Bound::Method(attr.clone())
        }
        // `class S(str): up = str.upper`: the descriptor binds like the function (and
        // checks the receiver when called).
        Some(Payload::Native(_)) if types::descriptor::is_descriptor(attr) => {
            Bound::Method(attr.clone())
        }
        Some(Payload::StaticMethod(f)) => Bound::Value(f.clone()),
        Some(Payload::ClassMethod(f)) => Bound::Value(bound_method(f, owner)),
        Some(Payload::Member(m)) => {
            crate::interp::slots::check_applies(m, obj)?;
            Bound::Value(crate::interp::slots::get(obj, m)?)
        }
        Some(Payload::Property(p)) => {
            if p.fget.is_null() || p.fget.is_none() {
                return Err(Exc::new(&types().attribute_error, "unreadable attribute"));
            }
            Bound::Value(call(cx, &p.fget, std::slice::from_ref(obj))?)
        }
        _ => Bound::Value(attr.clone()),
    })
}

/// A bound method object `func` bound to `self_`.
pub fn bound_method(func: &Value, self_: &Value) -> Value {
    if let Some(Payload::NativeFunction(nf)) = func.payload() {
        return Value::new_obj(
            types().builtin_function.clone(),
            Payload::NativeFunction(Box::new(NativeFunctionObj {
                name: nf.name,
                func: nf.func,
                self_: self_.clone(),
                owner: nf.owner,
                reads_caller: nf.reads_caller,
                is_method: nf.is_method,
            })),
        );
    }
    Value::new_obj(
        types().method.clone(),
        Payload::BoundMethod(crate::object::BoundMethodObj {
            func: func.clone(),
            self_: self_.clone(),
        }),
    )
}

/// `getattr(obj, name)`.
pub fn getattr(cx: &mut Ctx, obj: &Value, name: &str) -> PyResult<Value> {
    crate::interp::attr::get_attr(cx, obj, name)
}

/// `getattr(obj, name, None)`-like: Ok(None) when the attribute does not exist
/// (AttributeError is swallowed, other errors propagate).
pub fn getattr_opt(cx: &mut Ctx, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match getattr(cx, obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&types().attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `setattr(obj, name, value)`.
pub fn setattr(cx: &mut Ctx, obj: &Value, name: &str, value: Value) -> PyResult<()> {
    crate::interp::attr::set_attr(cx, obj, name, value)
}

/// `delattr(obj, name)`.
pub fn delattr(cx: &mut Ctx, obj: &Value, name: &str) -> PyResult<()> {
    crate::interp::attr::del_attr(cx, obj, name)
}

// ---- conversions --------------------------------------------------------------------------

/// `repr(v)` as a Rust string.
pub fn repr(cx: &mut Ctx, v: &Value) -> PyResult<String> {
    if let Some(i) = v.as_small_int() {
        return Ok(i.to_string());
    }
    if v.is_none() {
        return Ok("None".into());
    }
    // One recursion level, as CPython's PyObject_Repr: the repr of a deeply nested
    // container raises RecursionError instead of exhausting the native stack.
    let r = cx
        .with_recursion(|cx| call_special(cx, v, "__repr__", &[]))?
        .ok_or_else(|| type_error(format!("'{}' object has no __repr__", v.type_name())))?;
    match r.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(type_error(format!(
            "__repr__ returned non-string (type {})",
            r.type_name()
        ))),
    }
}

/// `str(v)` as a Rust string.
pub fn str(cx: &mut Ctx, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i.to_string());
    }
    match cx.with_recursion(|cx| call_special(cx, v, "__str__", &[]))? {
        Some(r) => match r.as_str() {
            Some(s) => Ok(s.to_string()),
            None => Err(type_error(format!(
                "__str__ returned non-string (type {})",
                r.type_name()
            ))),
        },
        None => repr(cx, v),
    }
}

/// `str(v)` as a value (no copy when `v` already is a `str`).
pub fn str_value(cx: &mut Ctx, v: &Value) -> PyResult<Value> {
    if v.as_str().is_some() && v.class().is(&types().str) {
        return Ok(v.clone());
    }
    Ok(Value::string(str(cx, v)?))
}

/// `format(v, spec)`.
pub fn format(cx: &mut Ctx, v: &Value, spec: &str) -> PyResult<String> {
    let r = call_special(cx, v, "__format__", &[Value::str(spec)])?
        .ok_or_else(|| type_error(format!("unsupported format for '{}'", v.type_name())))?;
    match r.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(type_error(format!(
            "__format__ must return a str, not {}",
            r.type_name()
        ))),
    }
}

/// `bool(v)`.
pub fn truthy(cx: &mut Ctx, v: &Value) -> PyResult<bool> {
    if v.is(&Value::TRUE) {
        return Ok(true);
    }
    if v.is(&Value::FALSE) || v.is_none() {
        return Ok(false);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    if v.has_builtin_class() {
        match v.payload() {
            Some(Payload::Str(s)) => return Ok(s.char_len() != 0),
            Some(Payload::List(l)) => return Ok(!l.items.is_empty()),
            Some(Payload::Tuple(t)) => return Ok(!t.is_empty()),
            Some(Payload::Dict(d)) => return Ok(!d.is_empty()),
            Some(Payload::Float(f)) => return Ok(*f != 0.0),
            _ => {}
        }
    }
    if let Some(r) = call_special(cx, v, "__bool__", &[])? {
        return match r.is_bool() {
            true => Ok(r.is(&Value::TRUE)),
            false => Err(type_error(format!(
                "__bool__ should return bool, returned {}",
                r.type_name()
            ))),
        };
    }
    if let Some(r) = call_special(cx, v, "__len__", &[])? {
        return Ok(index(cx, &r)? != 0);
    }
    Ok(true)
}

/// `len(v)`.
pub fn len(cx: &mut Ctx, v: &Value) -> PyResult<usize> {
    match v.payload().filter(|_| v.has_builtin_class()) {
        Some(Payload::Str(s)) => return Ok(s.char_len()),
        Some(Payload::List(l)) => return Ok(l.items.len()),
        Some(Payload::Tuple(t)) => return Ok(t.len()),
        Some(Payload::Dict(d)) => return Ok(d.len()),
        _ => {}
    }
    match call_special(cx, v, "__len__", &[])? {
        Some(r) => {
            let n = index(cx, &r)?;
            if n < 0 {
                return Err(Exc::new(
                    &types().value_error,
                    "__len__() should return >= 0",
                ));
            }
            Ok(n as usize)
        }
        None => Err(type_error(format!(
            "object of type '{}' has no len()",
            v.type_name()
        ))),
    }
}

/// `operator.index(v)`: an int (or `__index__`) as i64; OverflowError beyond i64.
pub fn index(cx: &mut Ctx, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_int() {
        return Ok(i);
    }
    if let Some(Payload::Int(_)) = v.payload() {
        return Err(Exc::new(
            &types().index_error,
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    match call_special(cx, v, "__index__", &[])? {
        Some(r) if r.as_int().is_some() => Ok(r.as_int().unwrap_or(0)),
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

/// `float(v)` for numbers (int, bool, float, `__float__`).
pub fn to_f64(cx: &mut Ctx, v: &Value) -> PyResult<f64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i as f64);
    }
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if let Some(b) = v.as_bigint() {
        use num_traits::ToPrimitive;
        return b
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| Exc::new(&types().overflow_error, "int too large to convert to float"));
    }
    match call_special(cx, v, "__float__", &[])? {
        Some(r) if r.as_float().is_some() => Ok(r.as_float().unwrap_or(0.0)),
        _ => Err(type_error(format!(
            "must be real number, not {}",
            v.type_name()
        ))),
    }
}

// ---- hashing and comparison ---------------------------------------------------------------

/// `hash(v)`.
pub fn hash(cx: &mut Ctx, v: &Value) -> PyResult<i64> {
    if let Some(h) = hash_builtin(v) {
        return Ok(h);
    }
    match cx.lookup.class_attr_str(v.class(), "__hash__") {
        Some(m) if !m.is_none() => {
            // Counted like a call: hashing a tuple nested deeper than the recursion limit
            // raises RecursionError (as in CPython) instead of exhausting the stack.
            let r = cx.with_recursion(|cx| call(cx, &m, std::slice::from_ref(v)))?;
            match r.as_int() {
                Some(h) => Ok(if h == -1 { -2 } else { h }),
                None => match r.as_bigint() {
                    Some(b) => Ok(crate::object::hash::hash_bigint(&b)),
                    None => Err(type_error("__hash__ method should return an integer")),
                },
            }
        }
        _ => Err(type_error(format!("unhashable type: '{}'", v.type_name()))),
    }
}

/// `a == b` as a bool.
pub fn eq(cx: &mut Ctx, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = eq_builtin(a, b) {
        return Ok(r);
    }
    let r = compare(cx, a, b, CompareOp::Eq)?;
    truthy(cx, &r)
}

/// `a < b` as a bool (sorting, min/max).
pub fn lt(cx: &mut Ctx, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    let r = compare(cx, a, b, CompareOp::Lt)?;
    truthy(cx, &r)
}

/// `x op y` for values whose Rust order is Python's (ints, floats with IEEE NaN rules,
/// lengths, str and bytes contents, an `Ordering` against `Equal`).
#[inline(always)]
pub fn compare_ordered<T: PartialOrd>(op: CompareOp, x: T, y: T) -> bool {
    match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }
}

/// A rich comparison, with the reflected method and the `==`/`!=` identity fallback.
pub fn compare(cx: &mut Ctx, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    // The matches below are `compare_ordered` written out: routing this hot function (and
    // the dispatch loop's int arm) through the helper cost 0.8% more instructions in the
    // integer-loop kernel (callgrind), a code-layout effect.
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(Value::bool(match op {
            CompareOp::Lt => x < y,
            CompareOp::Le => x <= y,
            CompareOp::Eq => x == y,
            CompareOp::Ne => x != y,
            CompareOp::Gt => x > y,
            CompareOp::Ge => x >= y,
        }));
    }
    if let Some((x, y)) = float_operands(a, b) {
        // IEEE comparison is exactly Python's for floats (NaN compares unequal).
        return Ok(Value::bool(match op {
            CompareOp::Lt => x < y,
            CompareOp::Le => x <= y,
            CompareOp::Eq => x == y,
            CompareOp::Ne => x != y,
            CompareOp::Gt => x > y,
            CompareOp::Ge => x >= y,
        }));
    }
    if let Some(o) = builtin_order(a, b, 3) {
        return Ok(Value::bool(compare_ordered(
            op,
            o,
            std::cmp::Ordering::Equal,
        )));
    }
    // One recursion level (CPython's PyObject_RichCompare): comparing deeply nested
    // containers raises RecursionError instead of exhausting the native stack.
    cx.with_recursion(|cx| compare_slow(cx, a, b, op))
}

/// The order of two values whose comparison runs no script code and cannot fail: inline
/// ints, exact `str`s, and exact tuples of such values (at most `depth` levels deep), for
/// which Python's rich comparisons agree with this total order. None: the generic path
/// decides (other types, mixed types, floats with their NaNs, subclasses that may
/// override the comparisons). Sorting by string or tuple keys spent most of its time
/// looking up and calling `str.__lt__` / `tuple.__lt__`.
pub(crate) fn builtin_order(a: &Value, b: &Value, depth: u32) -> Option<std::cmp::Ordering> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(x.cmp(&y));
    }
    let (oa, ob) = (a.as_obj()?, b.as_obj()?);
    match (&oa.payload, &ob.payload) {
        (Payload::Str(x), Payload::Str(y)) => {
            let t = &types().str;
            // UTF-8 byte order is code point order, which is Python's.
            (oa.class().is(t) && ob.class().is(t)).then(|| x.as_str().cmp(y.as_str()))
        }
        (Payload::Tuple(x), Payload::Tuple(y)) if depth > 0 => {
            let t = &types().tuple;
            if !(oa.class().is(t) && ob.class().is(t)) {
                return None;
            }
            // Python compares the first pair of items that are not equal; for these
            // values "equal" is `Ordering::Equal`.
            for (p, q) in x.iter().zip(y.iter()) {
                match builtin_order(p, q, depth - 1)? {
                    std::cmp::Ordering::Equal => continue,
                    o => return Some(o),
                }
            }
            Some(x.len().cmp(&y.len()))
        }
        _ => None,
    }
}

/// [`compare`] past the int and float fast paths.
fn compare_slow(cx: &mut Ctx, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (name, reflected) = op.dunders();
    let b_first = !a.class().is(b.class()) && is_subclass(b.class(), a.class());
    if b_first {
        if let Some(r) = call_special(cx, b, reflected, std::slice::from_ref(a))? {
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    if let Some(r) = call_special(cx, a, name, std::slice::from_ref(b))? {
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    if !b_first {
        if let Some(r) = call_special(cx, b, reflected, std::slice::from_ref(a))? {
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(Value::bool(a.is(b))),
        CompareOp::Ne => Ok(Value::bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        ))),
    }
}

// ---- arithmetic ---------------------------------------------------------------------------

/// Both operands as f64 when one is an exact `float` and the other an exact `float` or an
/// inline int small enough to convert exactly (|i| <= 2**53).
#[inline]
fn float_operands(a: &Value, b: &Value) -> Option<(f64, f64)> {
    fn exact(v: &Value) -> Option<f64> {
        if let Some(i) = v.as_small_int() {
            return (i.unsigned_abs() <= 1 << 53).then_some(i as f64);
        }
        let obj = v.as_obj()?;
        match obj.payload {
            Payload::Float(f) if obj.class().is(&types().float) => Some(f),
            _ => None,
        }
    }
    if a.is_small_int() && b.is_small_int() {
        return None;
    }
    Some((exact(a)?, exact(b)?))
}

/// The common float operations, without looking up `float.__add__` and friends; None for
/// everything with a special case (division by zero, `%`, `//`, odd powers), which goes
/// through the dunders.
#[inline(always)]
fn float_arith(x: f64, y: f64, op: BinaryOp) -> Option<f64> {
    match op {
        BinaryOp::Add => Some(x + y),
        BinaryOp::Sub => Some(x - y),
        BinaryOp::Mul => Some(x * y),
        BinaryOp::TrueDiv if y != 0.0 => Some(x / y),
        BinaryOp::Pow if x > 0.0 => Some(x.powf(y)).filter(|r| r.is_finite()),
        _ => None,
    }
}

/// `a op b` (or `a op= b`) for the interpreter loop when it is float arithmetic that
/// [`float_arith`] does: the result reuses a temporary operand's object
/// ([`Value::float_result`]). The operands back when it is not.
#[inline]
pub fn float_binary(a: Value, b: Value, op: BinaryOp) -> Result<Value, (Value, Value)> {
    match float_operands(&a, &b).and_then(|(x, y)| float_arith(x, y, op)) {
        Some(r) => Ok(Value::float_result(a, b, r)),
        None => Err((a, b)),
    }
}

/// An instance of a builtin immutable type that has no in-place operator methods (int,
/// float, str, tuple): `x += y` on it is `x = x + y`, without looking for `__iadd__`.
#[inline]
fn is_immutable_builtin(v: &Value) -> bool {
    if v.is_small_int() {
        return true;
    }
    let t = types();
    let c = v.class();
    c.is(&t.float) || c.is(&t.int) || c.is(&t.str) || c.is(&t.tuple)
}

/// Does `a op b` try `b`'s reflected method before `a`'s? CPython's builtin sequences
/// concatenate and repeat through sequence slots, tried only after both operands' numeric
/// slots, so `[1] + UserList([2])` reaches `UserList.__radd__`. Only a script class `b` can
/// answer; builtin right operands keep the direct path.
fn seq_defers_to(a: &Value, b: &Value, op: BinaryOp) -> bool {
    if !matches!(op, BinaryOp::Add | BinaryOp::Mul) || b.is_small_int() {
        return false;
    }
    if b.class().as_type().is_none_or(|t| t.builtin) {
        return false;
    }
    let t = types();
    let c = a.class();
    c.is(&t.list) || c.is(&t.tuple) || c.is(&t.str) || c.is(&t.bytes) || c.is(&t.bytearray)
}

/// `a op b`.
pub fn binary(cx: &mut Ctx, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        let r = match op {
            BinaryOp::Add => x.checked_add(y),
            BinaryOp::Sub => x.checked_sub(y),
            BinaryOp::Mul => x.checked_mul(y),
            BinaryOp::And => Some(x & y),
            BinaryOp::Or => Some(x | y),
            BinaryOp::Xor => Some(x ^ y),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Value::int(r));
        }
    }
    if let Some(r) = float_operands(a, b).and_then(|(x, y)| float_arith(x, y, op)) {
        return Ok(Value::float(r));
    }
    let (name, reflected, _) = op.dunders();
    let b_first =
        !a.class().is(b.class()) && (is_subclass(b.class(), a.class()) || seq_defers_to(a, b, op));
    if b_first {
        if let Some(r) = call_special(cx, b, reflected, std::slice::from_ref(a))? {
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    if let Some(r) = call_special(cx, a, name, std::slice::from_ref(b))? {
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    if !b_first && !a.class().is(b.class()) {
        if let Some(r) = call_special(cx, b, reflected, std::slice::from_ref(a))? {
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        a.type_name(),
        b.type_name()
    )))
}

/// `a op= b`: `__iop__` first, then the binary operator.
pub fn inplace(cx: &mut Ctx, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
    if !is_immutable_builtin(a) {
        let (_, _, iname) = op.dunders();
        if let Some(r) = call_special(cx, a, iname, std::slice::from_ref(b))? {
            if !r.is(&Value::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    binary(cx, a, b, op).map_err(|e| {
        // CPython names the augmented operator in the message.
        if e.matches(&types().type_error) && !a.is_small_int() {
            let msg = format!(
                "unsupported operand type(s) for {}=: '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            );
            if let Some(ex) = e.exception() {
                let args = ex.state.lock().args.clone();
                if args
                    .as_tuple()
                    .and_then(|t| t.first())
                    .and_then(|m| m.as_str())
                    .is_some_and(|m| m.starts_with("unsupported operand"))
                {
                    return type_error(msg);
                }
            }
        }
        e
    })
}

/// `op v`.
pub fn unary(cx: &mut Ctx, v: &Value, op: UnaryOp) -> PyResult<Value> {
    let name = match op {
        UnaryOp::Not => return Ok(Value::bool(!truthy(cx, v)?)),
        UnaryOp::Negative => {
            if let Some(i) = v.as_small_int() {
                return Ok(Value::int(-i));
            }
            "__neg__"
        }
        UnaryOp::Positive => "__pos__",
        UnaryOp::Invert => "__invert__",
    };
    match call_special(cx, v, name, &[])? {
        Some(r) => Ok(r),
        None => {
            let sym = match op {
                UnaryOp::Negative => "-",
                UnaryOp::Positive => "+",
                _ => "~",
            };
            Err(type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                v.type_name()
            )))
        }
    }
}

// ---- containers ---------------------------------------------------------------------------

/// `container[key]`.
pub fn getitem(cx: &mut Ctx, container: &Value, key: &Value) -> PyResult<Value> {
    // An exact list (a subclass may override `__getitem__`) and an index in range.
    if let (Some(Payload::List(l)), Some(i)) = (container.payload(), key.as_small_int()) {
        if container.class().is(&types().list) {
            if let Some(v) = l.items.get(i) {
                return Ok(v);
            }
        }
    }
    // An exact dict, without binding `__getitem__` (which would count a reference to the
    // dict: an atomic write to a shared line when threads read one dict).
    if let Some(Payload::Dict(d)) = container.payload() {
        if container.class().is(&types().dict) {
            return match d.get(cx, key)? {
                Some(v) => Ok(v),
                None => Err(crate::error::key_error(key.clone())),
            };
        }
    }
    match call_special(cx, container, "__getitem__", std::slice::from_ref(key))? {
        Some(v) => Ok(v),
        None => {
            if container.is_type() {
                return crate::interp::class::class_getitem(cx, container, key);
            }
            Err(type_error(format!(
                "'{}' object is not subscriptable",
                container.type_name()
            )))
        }
    }
}

/// `container[key] = value`.
pub fn setitem(cx: &mut Ctx, container: &Value, key: &Value, value: Value) -> PyResult<()> {
    match container.payload() {
        Some(Payload::Dict(d)) if container.class().is(&types().dict) => {
            return d.set(cx, key.clone(), value);
        }
        // An exact list and an inline int index: no `__setitem__` lookup and call.
        Some(Payload::List(l)) if container.class().is(&types().list) => {
            if let Some(i) = key.as_small_int() {
                return crate::types::list::store_at(l, i, value);
            }
        }
        _ => {}
    }
    match call_special(cx, container, "__setitem__", &[key.clone(), value])? {
        Some(_) => Ok(()),
        None => Err(type_error(format!(
            "'{}' object does not support item assignment",
            container.type_name()
        ))),
    }
}

/// `del container[key]`.
pub fn delitem(cx: &mut Ctx, container: &Value, key: &Value) -> PyResult<()> {
    match call_special(cx, container, "__delitem__", std::slice::from_ref(key))? {
        Some(_) => Ok(()),
        None => Err(type_error(format!(
            "'{}' object does not support item deletion",
            container.type_name()
        ))),
    }
}

/// `item in container`.
pub fn contains(cx: &mut Ctx, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(Payload::Dict(d)) = container.payload() {
        if container.class().is(&types().dict) {
            return d.contains(cx, item);
        }
    }
    if let Some(r) = call_special(cx, container, "__contains__", std::slice::from_ref(item))? {
        return truthy(cx, &r);
    }
    let it = iter(cx, container).map_err(|_| {
        type_error(format!(
            "argument of type '{}' is not iterable",
            container.type_name()
        ))
    })?;
    while let Some(x) = next(cx, &it)? {
        if eq(cx, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---- iteration ----------------------------------------------------------------------------

/// `iter(v)`.
pub fn iter(cx: &mut Ctx, v: &Value) -> PyResult<Value> {
    match call_special(cx, v, "__iter__", &[])? {
        Some(it) => Ok(it),
        None => {
            if cx.lookup.class_attr_str(v.class(), "__getitem__").is_some() {
                return Ok(Value::native_iter(SeqIter {
                    seq: v.clone(),
                    index: std::sync::atomic::AtomicI64::new(0),
                }));
            }
            Err(type_error(format!(
                "'{}' object is not iterable",
                v.type_name()
            )))
        }
    }
}

/// The legacy iteration protocol: `__getitem__(0)`, `__getitem__(1)`, ... until IndexError.
struct SeqIter {
    seq: Value,
    index: std::sync::atomic::AtomicI64,
}

impl crate::object::NativeIterator for SeqIter {
    fn next(&self, cx: &mut Ctx) -> PyResult<Option<Value>> {
        let i = self
            .index
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        match getitem(cx, &self.seq, &Value::int(i)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&types().index_error) || e.matches(&types().stop_iteration) => {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

/// `next(it)`: Ok(None) when the iterator is exhausted.
pub fn next(cx: &mut Ctx, it: &Value) -> PyResult<Option<Value>> {
    match it.payload() {
        Some(Payload::Iterator(native)) => native.next(cx),
        Some(Payload::Generator(g)) if g.inner.kind == GenKind::Generator => {
            crate::interp::generator_next(cx, it)
        }
        _ => match call_special(cx, it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(type_error(format!(
                "'{}' object is not an iterator",
                it.type_name()
            ))),
            Err(e) if e.matches(&types().stop_iteration) => Ok(None),
            Err(e) => Err(e),
        },
    }
}

/// `next(it)` as the builtin does it: raises StopIteration when exhausted, carrying a
/// generator's return value (`StopIteration.value`).
pub fn next_raising(cx: &mut Ctx, it: &Value) -> PyResult<Value> {
    match it.payload() {
        Some(Payload::Generator(g)) if g.inner.kind == GenKind::Generator => {
            match crate::interp::generator::send(cx, it, Value::NONE)? {
                crate::interp::generator::GenStep::Yield(v) => Ok(v),
                crate::interp::generator::GenStep::Return(v) => {
                    Err(crate::error::stop_iteration(v))
                }
            }
        }
        Some(Payload::Iterator(_)) => match next(cx, it)? {
            Some(v) => Ok(v),
            None => Err(crate::error::stop_iteration(Value::NONE)),
        },
        _ => match call_special(cx, it, "__next__", &[])? {
            Some(v) => Ok(v),
            None => Err(type_error(format!(
                "'{}' object is not an iterator",
                it.type_name()
            ))),
        },
    }
}

/// Collects any iterable into a vector (a snapshot for lists and tuples).
pub fn to_vec(cx: &mut Ctx, iterable: &Value) -> PyResult<Vec<Value>> {
    match iterable.payload().filter(|_| iterable.has_builtin_class()) {
        Some(Payload::List(l)) => return Ok(l.items.lock().to_vec()),
        Some(Payload::Tuple(t)) => return Ok(t.to_vec()),
        _ => {}
    }
    let mut out = Vec::new();
    // Like CPython's length-hint preallocation: `list(range(2**62))` fails at once.
    // A length beyond sys.maxsize is an OverflowError there, as CPython's length hint.
    if let Some(n) = types::range::range_len_hint(iterable) {
        out.try_reserve_exact(n?)
            .map_err(|_| crate::error::memory_error())?;
    }
    // Native iterators preallocate by their hint too, so `list(reversed(range(2**62)))`
    // fails at once (a hint beyond sys.maxsize, only from a range iterator, is an
    // OverflowError there) instead of collecting until memory runs out.
    if let Some(Payload::Iterator(it)) = iterable.payload() {
        if let Some(n) = it.length_hint() {
            if n > isize::MAX as usize {
                return Err(crate::error::overflow_error(
                    "Python int too large to convert to C ssize_t",
                ));
            }
            out.try_reserve_exact(n)
                .map_err(|_| crate::error::memory_error())?;
        }
    }
    let it = iter(cx, iterable)?;
    while let Some(v) = next(cx, &it)? {
        // Growing without bound (an endless iterator) ends in MemoryError, not an abort.
        if out.len() == out.capacity() {
            out.try_reserve(1)
                .map_err(|_| crate::error::memory_error())?;
        }
        out.push(v);
    }
    Ok(out)
}

/// `isinstance(v, cls)` where `cls` is a class or a tuple of classes (no script code).
pub fn isinstance(v: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = cls.as_tuple() {
        for c in items {
            if isinstance(v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(members) = crate::interp::class::union_args(cls) {
        return isinstance(v, &Value::tuple(members));
    }
    if !cls.is_type() {
        return Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ));
    }
    Ok(types::is_instance(v, cls))
}

/// `isinstance(v, cls)` as the builtin does it: a class whose metaclass is not `type`
/// may answer through the metaclass's `__instancecheck__` (`abc.ABCMeta`).
pub fn isinstance_hooked(cx: &mut Ctx, v: &Value, cls: &Value) -> PyResult<bool> {
    // An exact match, or a plain class: no hook can change the answer.
    if v.class().is(cls) {
        return Ok(true);
    }
    if cls.is_type() && cls.class().is(&types().type_) {
        return Ok(types::is_instance(v, cls));
    }
    if let Some(members) = crate::interp::class::union_args(cls) {
        return isinstance_hooked(cx, v, &Value::tuple(members));
    }
    if let Some(items) = cls.as_tuple() {
        return cx.with_recursion(|cx| {
            for c in items {
                if isinstance_hooked(cx, v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    if let Some(check) = hook_of(cx, cls, "__instancecheck__") {
        let r = hook_call(cx, &check, cls, v, "__instancecheck__")?;
        return truthy(cx, &r);
    }
    isinstance(v, cls)
}

/// `issubclass(sub, cls)` as the builtin does it, honouring a metaclass's
/// `__subclasscheck__`.
pub fn issubclass_hooked(cx: &mut Ctx, sub: &Value, cls: &Value) -> PyResult<bool> {
    if cls.is_type() && cls.class().is(&types().type_) {
        if !sub.is_type() {
            return Err(type_error("issubclass() arg 1 must be a class"));
        }
        return Ok(types::is_subclass(sub, cls));
    }
    if let Some(members) = crate::interp::class::union_args(cls) {
        return issubclass_hooked(cx, sub, &Value::tuple(members));
    }
    if let Some(items) = cls.as_tuple() {
        return cx.with_recursion(|cx| {
            for c in items {
                if issubclass_hooked(cx, sub, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    if let Some(check) = hook_of(cx, cls, "__subclasscheck__") {
        let r = hook_call(cx, &check, cls, sub, "__subclasscheck__")?;
        return truthy(cx, &r);
    }
    if !sub.is_type() {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    if !cls.is_type() {
        return Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ));
    }
    Ok(types::is_subclass(sub, cls))
}

/// The metaclass's `__instancecheck__`/`__subclasscheck__` when it is not `type`'s own
/// (which answers what `types::is_instance`/`is_subclass` do).
fn hook_of(cx: &mut Ctx, cls: &Value, name: &str) -> Option<Value> {
    let h = cx.lookup.class_attr_str(cls.class(), name)?;
    match h.payload() {
        Some(Payload::NativeFunction(_)) => None,
        _ => Some(h),
    }
}

/// Calls the hook one recursion level deeper (CPython's "maximum recursion depth
/// exceeded in __instancecheck__" when a hook recurses without end).
fn hook_call(cx: &mut Ctx, hook: &Value, cls: &Value, arg: &Value, name: &str) -> PyResult<Value> {
    if cx.enter_recursion().is_err() {
        return Err(Exc::new(
            &types().recursion_error,
            format!("maximum recursion depth exceeded in {name}"),
        ));
    }
    let r = match bind(cx, hook, cls, cls.class()) {
        Ok(Bound::Method(f)) => call(cx, &f, &[cls.clone(), arg.clone()]),
        Ok(Bound::Value(f)) => call(cx, &f, std::slice::from_ref(arg)),
        Err(e) => Err(e),
    };
    cx.leave_recursion();
    r
}
