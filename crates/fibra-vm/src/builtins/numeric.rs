//! Numeric and reducing builtins: `abs`, `round`, `divmod`, `pow`, `sum`, `min`, `max`.

use fibra_bytecode::{BinaryOp, CompareOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, Exc, PyResult};
use crate::object::Payload;
use crate::ops;
use crate::types::types;
use crate::value::Value;

pub(crate) fn register(m: &Value) {
    m.add_fn("abs", builtin_abs);
    m.add_fn("round", builtin_round);
    m.add_fn("divmod", builtin_divmod);
    m.add_fn("pow", builtin_pow);
    m.add_fn("sum", builtin_sum);
    m.add_fn("min", builtin_min);
    m.add_fn("max", builtin_max);
}

fn builtin_abs(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("abs", 1, 1)?;
    let v = &a[0];
    if let Some(i) = v.as_small_int() {
        return Ok(Value::int(i.abs()));
    }
    if let Some(f) = v.as_float() {
        return Ok(Value::float(f.abs()));
    }
    if let Some(Payload::Int(b)) = v.payload() {
        return Ok(Value::bigint(b.abs()));
    }
    if v.is_bool() {
        return Ok(Value::int(v.as_int().unwrap_or(0)));
    }
    match ops::call_special(cx, v, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            v.type_name()
        ))),
    }
}

fn builtin_round(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check_kwargs("round", &["number", "ndigits"])?;
    let a = args.check_pos("round", 0, 2)?;
    let Some(x) = args.arg(0, "number") else {
        return Err(type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    let nd = args.arg(1, "ndigits").filter(|v| !v.is_none());
    let _ = a;
    let call_args: Vec<Value> = nd.into_iter().cloned().collect();
    match ops::call_special(cx, x, "__round__", &call_args)? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            x.type_name()
        ))),
    }
}

/// Python's floor division and modulo of two floats (CPython's `float_divmod`).
pub fn float_divmod(vx: f64, wx: f64) -> PyResult<(f64, f64)> {
    if wx == 0.0 {
        return Err(Exc::new(&types().zero_division_error, "float divmod()"));
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0_f64.copysign(vx / wx)
    };
    Ok((floordiv, m))
}

fn builtin_divmod(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("divmod", 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    if let (Some(p), Some(q)) = (x.as_bigint(), y.as_bigint()) {
        if q.is_zero() {
            return Err(Exc::new(
                &types().zero_division_error,
                "integer division or modulo by zero",
            ));
        }
        let (d, m) = p.div_mod_floor(&q);
        return Ok(Value::tuple(vec![Value::bigint(d), Value::bigint(m)]));
    }
    let is_num = |v: &Value| v.as_float().is_some() || v.as_bigint().is_some();
    if is_num(x) && is_num(y) && (x.as_float().is_some() || y.as_float().is_some()) {
        let (fx, fy) = (ops::to_f64(cx, x)?, ops::to_f64(cx, y)?);
        let (d, m) = float_divmod(fx, fy)?;
        return Ok(Value::tuple(vec![Value::float(d), Value::float(m)]));
    }
    if let Some(r) = ops::call_special(cx, x, "__divmod__", std::slice::from_ref(y))? {
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    if let Some(r) = ops::call_special(cx, y, "__rdivmod__", std::slice::from_ref(x))? {
        if !r.is(&Value::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        x.type_name(),
        y.type_name()
    )))
}

/// The inverse of `a` modulo `m` (m > 0), if it exists.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.mod_floor(m).extended_gcd(m);
    if !e.gcd.is_one() {
        return None;
    }
    Some(e.x.mod_floor(m))
}

/// `pow(base, exp, mod)` for integers.
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult<BigInt> {
    if m.is_zero() {
        return Err(Exc::new(
            &types().value_error,
            "pow() 3rd argument cannot be 0",
        ));
    }
    let neg_mod = m.is_negative();
    let am = m.abs();
    let mut b = base.mod_floor(&am);
    let mut e = exp.clone();
    if e.is_negative() {
        b = mod_inverse(&b, &am).ok_or_else(|| {
            Exc::new(
                &types().value_error,
                "base is not invertible for the given modulus",
            )
        })?;
        e = -e;
    }
    let mut r = b.modpow(&e, &am);
    if neg_mod && !r.is_zero() {
        r -= &am;
    }
    Ok(r)
}

fn builtin_pow(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check_kwargs("pow", &["base", "exp", "mod"])?;
    args.check_pos("pow", 0, 3)?;
    let (Some(b), Some(e)) = (args.arg(0, "base"), args.arg(1, "exp")) else {
        return Err(type_error(format!(
            "pow() missing required argument '{}' (pos {})",
            if args.arg(0, "base").is_none() {
                "base"
            } else {
                "exp"
            },
            if args.arg(0, "base").is_none() { 1 } else { 2 }
        )));
    };
    match args.arg(2, "mod").filter(|m| !m.is_none()) {
        None => ops::binary(cx, b, e, BinaryOp::Pow),
        Some(m) => match (b.as_bigint(), e.as_bigint(), m.as_bigint()) {
            (Some(bb), Some(eb), Some(mb)) => Ok(Value::bigint(int_pow_mod(&bb, &eb, &mb)?)),
            _ => {
                if let Some(r) = ops::call_special(cx, b, "__pow__", &[e.clone(), m.clone()])? {
                    if !r.is(&Value::NOT_IMPLEMENTED) {
                        return Ok(r);
                    }
                }
                Err(type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ))
            }
        },
    }
}

fn builtin_sum(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check_kwargs("sum", &["start"])?;
    let a = args.check_pos("sum", 1, 2)?;
    let start = args.arg(1, "start").cloned().unwrap_or(Value::int(0));
    match start.payload() {
        Some(Payload::Str(_)) => {
            return Err(type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Some(Payload::Bytes(_)) => {
            return Err(type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ))
        }
        _ => {}
    }
    let it = super::iters::fast_iter(cx, &a[0])?;
    let mut acc = start;
    // Fast paths: ints accumulate in an i64 (then a BigInt), floats in an f64 (left to
    // right, as CPython 3.11 does); anything else falls back to `+`.
    enum Fast {
        Int(i64),
        Big(BigInt),
        Float(f64),
        None,
    }
    let mut fast = match (acc.as_small_int(), acc.as_float(), acc.payload()) {
        (Some(i), _, _) => Fast::Int(i),
        (_, Some(f), _) if acc.class().is(&types().float) => Fast::Float(f),
        (_, _, Some(Payload::Int(b))) if acc.class().is(&types().int) => Fast::Big(b.clone()),
        _ => Fast::None,
    };
    while let Some(x) = ops::next(cx, &it)? {
        let exact_int = x.is_small_int()
            || (matches!(x.payload(), Some(Payload::Int(_))) && x.class().is(&types().int));
        let exact_float = x.as_float().is_some() && x.class().is(&types().float);
        fast = match fast {
            Fast::Int(a) if x.is_small_int() => {
                let xi = x.as_small_int().unwrap_or(0);
                match a.checked_add(xi) {
                    Some(s) => Fast::Int(s),
                    None => Fast::Big(BigInt::from(a) + xi),
                }
            }
            Fast::Int(a) if exact_int => Fast::Big(x.as_bigint().unwrap_or_default() + a),
            Fast::Int(a) if exact_float => Fast::Float(a as f64 + x.as_float().unwrap_or(0.0)),
            Fast::Big(a) if exact_int => Fast::Big(a + x.as_bigint().unwrap_or_default()),
            Fast::Float(a) if exact_float => Fast::Float(a + x.as_float().unwrap_or(0.0)),
            Fast::Float(a) if x.is_small_int() => {
                Fast::Float(a + x.as_small_int().unwrap_or(0) as f64)
            }
            other => {
                acc = match other {
                    Fast::Int(a) => Value::int(a),
                    Fast::Big(a) => Value::bigint(a),
                    Fast::Float(a) => Value::float(a),
                    Fast::None => acc,
                };
                acc = ops::binary(cx, &acc, &x, BinaryOp::Add)?;
                Fast::None
            }
        };
    }
    Ok(match fast {
        Fast::Int(a) => Value::int(a),
        Fast::Big(a) => Value::bigint(a),
        Fast::Float(a) => Value::float(a),
        Fast::None => acc,
    })
}

fn min_max(cx: &mut Ctx, args: &Args, name: &str, op: CompareOp) -> PyResult {
    args.check_kwargs(name, &["key", "default"])?;
    let pos = args.pos();
    let key = args.kwarg("key").filter(|k| !k.is_none()).cloned();
    let default = args.kwarg("default").cloned();
    let items: Vec<Value> = match pos.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => ops::to_vec(cx, &pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => ops::call(cx, f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (k, item),
            Some((bk, bv)) => {
                let r = ops::compare(cx, &k, &bk, op)?;
                if ops::truthy(cx, &r)? {
                    (k, item)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(Exc::new(
                &types().value_error,
                format!("{name}() arg is an empty sequence"),
            )),
        },
    }
}

fn builtin_min(cx: &mut Ctx, args: &Args) -> PyResult {
    min_max(cx, args, "min", CompareOp::Lt)
}

fn builtin_max(cx: &mut Ctx, args: &Args) -> PyResult {
    min_max(cx, args, "max", CompareOp::Gt)
}
