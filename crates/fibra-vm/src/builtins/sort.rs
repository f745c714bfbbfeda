//! A stable merge sort whose comparison may fail (it runs `__lt__`), used by `sorted` and
//! reusable by `list.sort`. Rust's slice sorts may panic on inconsistent orderings, which a
//! script can produce, so they are not used here.

use crate::ctx::Ctx;
use crate::error::PyResult;
use crate::ops;
use crate::value::Value;

/// Sorts `items` in place, stably, by `key(item)` (or the items themselves), in ascending
/// order or, with `reverse`, descending while keeping equal items in their original order
/// (as CPython does). Comparisons use `<` ([`ops::lt`]).
pub fn sort_values(
    cx: &mut Ctx,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let mut keyed: Vec<(Value, Value)> = Vec::new();
    keyed
        .try_reserve(items.len())
        .map_err(|_| crate::error::memory_error())?;
    for v in items.drain(..) {
        let k = match key {
            Some(f) => ops::call(cx, f, std::slice::from_ref(&v))?,
            None => v.clone(),
        };
        keyed.push((k, v));
    }
    if reverse {
        keyed.reverse();
    }
    merge_sort(cx, &mut keyed)?;
    if reverse {
        keyed.reverse();
    }
    items.extend(keyed.into_iter().map(|(_, v)| v));
    Ok(())
}

/// Stable sort of (key, value) pairs by key.
fn merge_sort(cx: &mut Ctx, v: &mut Vec<(Value, Value)>) -> PyResult<()> {
    const RUN: usize = 16;
    let n = v.len();
    // Insertion-sort short runs.
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && ops::lt(cx, &v[j].0, &v[j - 1].0)? {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    if n <= RUN {
        return Ok(());
    }
    // Bottom-up merges of adjacent runs.
    let mut width = RUN;
    let mut src: Vec<(Value, Value)> = std::mem::take(v);
    let mut dst: Vec<(Value, Value)> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        let mut left: Vec<Option<(Value, Value)>> = src.into_iter().map(Some).collect();
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            while i < mid && j < hi {
                // Take from the right only when strictly smaller: stability.
                let take_right = {
                    let (a, b) = match (&left[j], &left[i]) {
                        (Some(a), Some(b)) => (&a.0, &b.0),
                        _ => break,
                    };
                    ops::lt(cx, a, b)
                };
                let take_right = match take_right {
                    Ok(t) => t,
                    Err(e) => {
                        // Put everything back (order unspecified, as in CPython) and fail.
                        dst.extend(left.into_iter().flatten());
                        *v = dst;
                        return Err(e);
                    }
                };
                if take_right {
                    dst.extend(left[j].take());
                    j += 1;
                } else {
                    dst.extend(left[i].take());
                    i += 1;
                }
            }
            for slot in left.iter_mut().take(mid).skip(i) {
                dst.extend(slot.take());
            }
            for slot in left.iter_mut().take(hi).skip(j) {
                dst.extend(slot.take());
            }
            lo = hi;
        }
        src = std::mem::take(&mut dst);
        dst = Vec::with_capacity(n);
        width *= 2;
    }
    *v = src;
    Ok(())
}
