//! Helpers shared by the builtin type modules: argument extraction, the recursion guard
//! for container reprs, size checks for repetition, and lexicographic comparison.

use std::cell::Cell;

use fibra_bytecode::CompareOp;
use num_traits::ToPrimitive;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{memory_error, type_error, PyResult};
use crate::object::Payload;
use crate::ops;
use crate::value::Value;

static NONE_VALUE: Value = Value::NONE;

/// `args.values[0]` (the receiver of a method); NONE if missing (never for registered methods).
#[inline]
pub(crate) fn recv<'a>(args: &Args<'a>) -> &'a Value {
    args.values.first().unwrap_or(&NONE_VALUE)
}

/// The one argument after self of a binary dunder.
#[inline]
pub(crate) fn other<'a>(args: &Args<'a>) -> &'a Value {
    args.values.get(1).unwrap_or(&NONE_VALUE)
}

/// Method argument check: positional arguments after self in `min..=max`.
pub(crate) fn margs<'a>(
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let pos = args.check(name, min + 1, max + 1).map_err(|_| {
        let n = args.pos().len().saturating_sub(1);
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        if args.has_kwargs() {
            type_error(format!("{name}() takes no keyword arguments"))
        } else {
            type_error(msg)
        }
    })?;
    Ok(&pos[1..])
}

thread_local! {
    /// Ids of the containers whose repr is being computed on this thread.
    static REPR_STACK: Cell<Vec<u64>> = const { Cell::new(Vec::new()) };
}

/// Marks a container as being repr'd; dropping it unmarks.
pub(crate) struct ReprGuard(u64);

impl Drop for ReprGuard {
    fn drop(&mut self) {
        let _ = REPR_STACK.try_with(|cell| {
            let mut s = cell.take();
            if let Some(p) = s.iter().rposition(|&x| x == self.0) {
                s.remove(p);
            }
            cell.set(s);
        });
    }
}

/// Enters the repr of `v`; None if it is already being repr'd (a self-reference).
pub(crate) fn repr_enter(v: &Value) -> Option<ReprGuard> {
    let id = v.raw();
    REPR_STACK.with(|cell| {
        let mut s = cell.take();
        let guard = if s.contains(&id) {
            None
        } else {
            s.push(id);
            Some(ReprGuard(id))
        };
        cell.set(s);
        guard
    })
}

/// The count of a sequence repetition (`seq * n`). Negative counts give 0; counts beyond
/// i64 saturate (the size check then raises MemoryError). A builtin non-int operand raises
/// CPython's TypeError; other objects give None (NotImplemented: their `__rmul__` may apply).
pub(crate) fn repeat_count(cx: &mut Ctx, n: &Value) -> PyResult<Option<i64>> {
    if let Some(i) = n.as_int() {
        return Ok(Some(i.max(0)));
    }
    if let Some(Payload::Int(b)) = n.payload() {
        return Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            0
        } else {
            i64::MAX
        }));
    }
    if crate::types::lookup(n.class(), "__index__").is_some() {
        return Ok(Some(index_arg(cx, n)?.max(0)));
    }
    if n.is_none() || n.class().as_type().is_some_and(|t| t.builtin) {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.type_name()
        )));
    }
    Ok(None)
}

/// Total element count of `len * count`, checked against memory limits (`elem_size` bytes
/// each): MemoryError when it cannot be allocated.
pub(crate) fn repeat_total(len: usize, count: i64, elem_size: usize) -> PyResult<usize> {
    let count = count.to_usize().unwrap_or(0);
    let total = len.checked_mul(count).ok_or_else(memory_error)?;
    let bytes = total
        .checked_mul(elem_size.max(1))
        .ok_or_else(memory_error)?;
    if bytes > isize::MAX as usize {
        return Err(memory_error());
    }
    // An embedding host's memory cap (`embed::Builder::memory_limit`).
    crate::embed::limits::check_request(bytes)?;
    Ok(total)
}

/// Repeats `items` `count` times into a new vector (allocation checked).
pub(crate) fn repeat_vec(items: &[Value], count: i64) -> PyResult<Vec<Value>> {
    let total = repeat_total(items.len(), count, std::mem::size_of::<Value>())?;
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| memory_error())?;
    if items.is_empty() {
        return Ok(out);
    }
    for _ in 0..count {
        out.extend(items.iter().cloned());
    }
    Ok(out)
}

/// Lexicographic comparison of two sequences (lists, tuples) with Python semantics.
pub(crate) fn seq_compare(cx: &mut Ctx, a: &[Value], b: &[Value], op: CompareOp) -> PyResult<bool> {
    let n = a.len().min(b.len());
    for i in 0..n {
        if !ops::eq(cx, &a[i], &b[i])? {
            return match op {
                CompareOp::Eq => Ok(false),
                CompareOp::Ne => Ok(true),
                _ => {
                    let r = ops::compare(cx, &a[i], &b[i], op)?;
                    ops::truthy(cx, &r)
                }
            };
        }
    }
    let (x, y) = (a.len(), b.len());
    Ok(ops::compare_ordered(op, x, y))
}

/// Normalises an index for `len` items (negative counts from the end); None if out of range.
#[inline]
pub(crate) fn norm_index(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if (0..n).contains(&j) {
        Some(j as usize)
    } else {
        None
    }
}

/// An index argument: ints directly, BigInts saturate, `__index__` otherwise.
pub(crate) fn index_arg(cx: &mut Ctx, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_int() {
        return Ok(i);
    }
    if let Some(Payload::Int(b)) = v.payload() {
        return Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        });
    }
    ops::index(cx, v)
}

/// An index argument that CPython converts to a C `Py_ssize_t` (`list.insert`,
/// `list.pop`): OverflowError for an int beyond i64 instead of clamping it.
pub(crate) fn ssize_arg(cx: &mut Ctx, v: &Value) -> PyResult<i64> {
    if let Some(Payload::Int(_)) = v.payload() {
        if v.as_int().is_none() {
            return Err(crate::error::overflow_error(
                "Python int too large to convert to C ssize_t",
            ));
        }
    }
    index_arg(cx, v)
}

/// A `start`/`end` argument of `str.find` and friends (None means the default).
pub(crate) fn opt_index(cx: &mut Ctx, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            if v.as_int().is_none()
                && !matches!(v.payload(), Some(Payload::Int(_)))
                && v.as_float().is_some()
            {
                return Err(type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            index_arg(cx, v).map(Some)
        }
    }
}

/// Clamps optional start/end (slice-style) to `0..=len`.
pub(crate) fn clamp_range(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let n = len as i64;
    let fix = |i: i64| {
        if i < 0 {
            (i + n).max(0)
        } else {
            i.min(n)
        }
    };
    let s = start.map_or(0, fix);
    let e = end.map_or(n, fix);
    (s as usize, e as usize)
}

/// Defines, per line, a forward and a reflected arithmetic dunder (`__add__` and
/// `__radd__`, ...) over the invoking module's `binary(args, op, reflected)`, which
/// converts the other operand (or answers NotImplemented) and does the arithmetic.
macro_rules! binary_dunders {
    ($($name:ident, $rname:ident, $op:expr;)*) => {$(
        fn $name(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
            binary(args, $op, false)
        }
        fn $rname(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
            binary(args, $op, true)
        }
    )*};
}
pub(crate) use binary_dunders;

/// A dunder that always answers NotImplemented (`bytes.__rmod__`: the left operand decides).
pub(crate) fn not_implemented(_cx: &mut Ctx, _args: &Args) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

/// The padding (left, right) that brings `len` units to `width` for `align` `'<'`, `'>'` or
/// `'^'` (str and bytes `ljust`/`rjust`/`center`/`zfill`). CPython's centring puts the odd
/// unit on the left only when both the padding and the width are odd.
pub(crate) fn pad_sides(len: usize, width: usize, align: char) -> (usize, usize) {
    let total = width.saturating_sub(len);
    match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    }
}

/// `expandtabs` for str (chars) and bytes (u8): each tab becomes spaces up to the next
/// multiple of `tabsize` columns (none if `tabsize <= 0`); `\n` and `\r` reset the column.
pub(crate) fn expand_tabs<T, O>(
    units: impl Iterator<Item = T>,
    tabsize: i64,
    out: &mut O,
) -> PyResult<()>
where
    T: Copy + PartialEq + From<u8>,
    O: Extend<T>,
{
    let (tab, nl, cr, space) = (
        T::from(b'\t'),
        T::from(b'\n'),
        T::from(b'\r'),
        T::from(b' '),
    );
    let (mut col, mut total) = (0i64, 0i64);
    for c in units {
        if c == tab {
            if tabsize > 0 {
                let n = tabsize - col % tabsize;
                total += n;
                if total > isize::MAX as i64 / 4 {
                    return Err(memory_error());
                }
                out.extend(std::iter::repeat_n(space, n as usize));
                col += n;
            }
        } else {
            out.extend(std::iter::once(c));
            total += 1;
            col = if c == nl || c == cr { 0 } else { col + 1 };
        }
    }
    Ok(())
}
