//! The `math` module.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::args::Args;
use crate::builtins::functions::index_bigint;
use crate::ctx::Ctx;
use crate::error::{type_error, value_error, Exc, PyResult};
use crate::object::Payload;
use crate::ops;
use crate::types::types;
use crate::value::Value;
use fibra_bytecode::BinaryOp;

/// Builds `math`.
pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("math");
    m.set_attr_str("pi", Value::float(std::f64::consts::PI));
    m.set_attr_str("e", Value::float(std::f64::consts::E));
    m.set_attr_str("tau", Value::float(std::f64::consts::TAU));
    m.set_attr_str("inf", Value::float(f64::INFINITY));
    m.set_attr_str("nan", Value::float(f64::NAN));
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("sqrt", math_sqrt),
        ("floor", math_floor),
        ("ceil", math_ceil),
        ("trunc", math_trunc),
        ("fabs", math_fabs),
        ("exp", math_exp),
        ("expm1", math_expm1),
        ("log", math_log),
        ("log2", math_log2),
        ("log10", math_log10),
        ("log1p", math_log1p),
        ("pow", math_pow),
        ("sin", math_sin),
        ("cos", math_cos),
        ("tan", math_tan),
        ("asin", math_asin),
        ("acos", math_acos),
        ("atan", math_atan),
        ("atan2", math_atan2),
        ("sinh", math_sinh),
        ("cosh", math_cosh),
        ("tanh", math_tanh),
        ("asinh", math_asinh),
        ("acosh", math_acosh),
        ("atanh", math_atanh),
        ("hypot", math_hypot),
        ("dist", math_dist),
        ("degrees", math_degrees),
        ("radians", math_radians),
        ("isnan", math_isnan),
        ("isinf", math_isinf),
        ("isfinite", math_isfinite),
        ("isclose", math_isclose),
        ("gcd", math_gcd),
        ("lcm", math_lcm),
        ("factorial", math_factorial),
        ("comb", math_comb),
        ("perm", math_perm),
        ("prod", math_prod),
        ("fsum", math_fsum),
        ("copysign", math_copysign),
        ("fmod", math_fmod),
        ("modf", math_modf),
        ("frexp", math_frexp),
        ("ldexp", math_ldexp),
        ("isqrt", math_isqrt),
        ("remainder", math_remainder),
    ];
    for &(name, f) in fns {
        m.add_fn(name, f);
    }
    Ok(m)
}

fn domain_error() -> Exc {
    value_error("math domain error")
}

fn range_error() -> Exc {
    Exc::new(&types().overflow_error, "math range error")
}

/// A float argument (int, float, `__float__`), with CPython's error message.
fn arg_f64(cx: &mut Ctx, v: &Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if let Some(i) = v.as_int() {
        return Ok(i as f64);
    }
    ops::to_f64(cx, v)
}

/// Applies a libm function with CPython's error conventions: a NaN result from a non-NaN
/// input is a domain error, an infinite result from a finite input a range error.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::float(r))
}

macro_rules! unary_fn {
    ($name:ident, $pyname:literal, $f:expr, $overflow:expr) => {
        fn $name(cx: &mut Ctx, args: &Args) -> PyResult {
            let a = args.check($pyname, 1, 1)?;
            let x = arg_f64(cx, &a[0])?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $overflow)
        }
    };
}

unary_fn!(math_exp, "exp", f64::exp, true);
unary_fn!(math_expm1, "expm1", f64::exp_m1, true);
unary_fn!(math_sin, "sin", f64::sin, false);
unary_fn!(math_cos, "cos", f64::cos, false);
unary_fn!(math_tan, "tan", f64::tan, false);
unary_fn!(math_asin, "asin", f64::asin, false);
unary_fn!(math_acos, "acos", f64::acos, false);
unary_fn!(math_atan, "atan", f64::atan, false);
unary_fn!(math_sinh, "sinh", f64::sinh, true);
unary_fn!(math_cosh, "cosh", f64::cosh, true);
unary_fn!(math_tanh, "tanh", f64::tanh, false);
unary_fn!(math_asinh, "asinh", f64::asinh, false);
unary_fn!(math_acosh, "acosh", f64::acosh, false);
unary_fn!(math_fabs, "fabs", f64::abs, false);
unary_fn!(math_degrees, "degrees", f64::to_degrees, true);
unary_fn!(math_radians, "radians", f64::to_radians, false);

fn math_atanh(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("atanh", 1, 1)?;
    let x = arg_f64(cx, &a[0])?;
    if x.abs() >= 1.0 {
        return Err(domain_error());
    }
    Ok(Value::float(x.atanh()))
}

fn math_sqrt(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("sqrt", 1, 1)?;
    let x = arg_f64(cx, &a[0])?;
    if x < 0.0 {
        return Err(domain_error());
    }
    Ok(Value::float(x.sqrt()))
}

/// `float.__floor__`-like rounding of a float to an int value (OverflowError / ValueError
/// for infinities and NaN).
fn float_to_int(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(Exc::new(
            &types().overflow_error,
            "cannot convert float infinity to integer",
        ));
    }
    if x.abs() < 9.0e18 {
        return Ok(Value::int(x as i64));
    }
    Ok(Value::bigint(bigint_from_f64(x)))
}

/// An integral float as a BigInt (exact).
fn bigint_from_f64(x: f64) -> BigInt {
    let (mant, exp) = frexp(x);
    // x = mant * 2^exp with 0.5 <= |mant| < 1: scale the mantissa to a 53-bit integer.
    let m = (mant * (1u64 << 53) as f64) as i64;
    let e = exp - 53;
    let b = BigInt::from(m);
    if e >= 0 {
        b << (e as usize)
    } else {
        b >> ((-e) as usize)
    }
}

fn round_with(cx: &mut Ctx, args: &Args, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult {
    let a = args.check(name, 1, 1)?;
    let v = &a[0];
    if v.as_bigint().is_some() && !v.is_bool() {
        return Ok(v.clone());
    }
    if v.is_bool() {
        return Ok(Value::int(v.as_int().unwrap_or(0)));
    }
    if let Some(x) = v.as_float() {
        return float_to_int(f(x));
    }
    if let Some(r) = ops::call_special(cx, v, dunder, &[])? {
        return Ok(r);
    }
    let x = arg_f64(cx, v)?;
    float_to_int(f(x))
}

fn math_floor(cx: &mut Ctx, args: &Args) -> PyResult {
    round_with(cx, args, "floor", "__floor__", f64::floor)
}

fn math_ceil(cx: &mut Ctx, args: &Args) -> PyResult {
    round_with(cx, args, "ceil", "__ceil__", f64::ceil)
}

fn math_trunc(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("trunc", 1, 1)?;
    let v = &a[0];
    if let Some(x) = v.as_float() {
        return float_to_int(x.trunc());
    }
    if v.as_bigint().is_some() {
        return Ok(Value::bigint(v.as_bigint().unwrap_or_default()));
    }
    match ops::call_special(cx, v, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            v.type_name()
        ))),
    }
}

/// Natural log of any int (exact for big ints beyond the float range).
fn log_of(cx: &mut Ctx, v: &Value) -> PyResult<f64> {
    if let Some(Payload::Int(b)) = v.payload() {
        if !b.is_positive() {
            return Err(domain_error());
        }
        if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
            return Ok(f.ln());
        }
        // ln(b) = ln(b / 2^k) + k ln 2, with b / 2^k a float-sized number.
        let k = b.bits().saturating_sub(64);
        let top = (b >> k).to_f64().unwrap_or(f64::MAX);
        return Ok(top.ln() + k as f64 * std::f64::consts::LN_2);
    }
    let x = arg_f64(cx, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(x.ln())
}

fn math_log(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("log", 1, 2)?;
    let num = log_of(cx, &a[0])?;
    match a.get(1) {
        None => Ok(Value::float(num)),
        Some(b) => {
            let den = log_of(cx, b)?;
            if den == 0.0 {
                return Err(Exc::new(
                    &types().zero_division_error,
                    "float division by zero",
                ));
            }
            Ok(Value::float(num / den))
        }
    }
}

fn math_log2(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("log2", 1, 1)?;
    if let Some(x) = a[0].as_float().or_else(|| a[0].as_int().map(|i| i as f64)) {
        if x <= 0.0 {
            return Err(domain_error());
        }
        return Ok(Value::float(x.log2()));
    }
    Ok(Value::float(log_of(cx, &a[0])? / std::f64::consts::LN_2))
}

fn math_log10(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("log10", 1, 1)?;
    if let Some(x) = a[0].as_float().or_else(|| a[0].as_int().map(|i| i as f64)) {
        if x <= 0.0 {
            return Err(domain_error());
        }
        return Ok(Value::float(x.log10()));
    }
    Ok(Value::float(log_of(cx, &a[0])? / std::f64::consts::LN_10))
}

fn math_log1p(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("log1p", 1, 1)?;
    let x = arg_f64(cx, &a[0])?;
    if x <= -1.0 {
        return Err(domain_error());
    }
    Ok(Value::float(x.ln_1p()))
}

fn math_pow(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("pow", 2, 2)?;
    let x = arg_f64(cx, &a[0])?;
    let y = arg_f64(cx, &a[1])?;
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain_error());
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain_error());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::float(r))
}

fn math_atan2(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("atan2", 2, 2)?;
    let y = arg_f64(cx, &a[0])?;
    let x = arg_f64(cx, &a[1])?;
    Ok(Value::float(y.atan2(x)))
}

fn math_hypot(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("hypot", 0, usize::MAX)?;
    let mut xs = Vec::with_capacity(a.len());
    for v in a {
        xs.push(arg_f64(cx, v)?);
    }
    Ok(Value::float(hypot(&xs)))
}

fn hypot(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    match xs {
        [] => 0.0,
        [x] => x.abs(),
        [x, y] => x.hypot(*y),
        _ => {
            let max = xs.iter().fold(0.0_f64, |m, x| m.max(x.abs()));
            if max == 0.0 {
                return 0.0;
            }
            let s: f64 = xs.iter().map(|x| (x / max) * (x / max)).sum();
            max * s.sqrt()
        }
    }
}

fn math_dist(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("dist", 2, 2)?;
    let p = ops::to_vec(cx, &a[0])?;
    let q = ops::to_vec(cx, &a[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut d = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        d.push(arg_f64(cx, x)? - arg_f64(cx, y)?);
    }
    Ok(Value::float(hypot(&d)))
}

fn math_isnan(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("isnan", 1, 1)?;
    Ok(Value::bool(arg_f64(cx, &a[0])?.is_nan()))
}

fn math_isinf(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("isinf", 1, 1)?;
    Ok(Value::bool(arg_f64(cx, &a[0])?.is_infinite()))
}

fn math_isfinite(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("isfinite", 1, 1)?;
    Ok(Value::bool(arg_f64(cx, &a[0])?.is_finite()))
}

fn math_isclose(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check_kwargs("isclose", &["rel_tol", "abs_tol"])?;
    let a = args.check_pos("isclose", 2, 2)?;
    let x = arg_f64(cx, &a[0])?;
    let y = arg_f64(cx, &a[1])?;
    let rel = match args.kwarg("rel_tol") {
        Some(v) => arg_f64(cx, v)?,
        None => 1e-9,
    };
    let abs = match args.kwarg("abs_tol") {
        Some(v) => arg_f64(cx, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    Ok(Value::bool(isclose(x, y, rel, abs)))
}

/// CPython's `math.isclose`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> bool {
    if a == b {
        return true;
    }
    if a.is_infinite() || b.is_infinite() {
        return false;
    }
    let diff = (b - a).abs();
    (diff <= (rel_tol * b).abs()) || (diff <= (rel_tol * a).abs()) || diff <= abs_tol
}

/// An integer argument for the integer functions: `'float' object cannot be interpreted
/// as an integer` for floats.
fn int_arg(cx: &mut Ctx, v: &Value) -> PyResult<BigInt> {
    index_bigint(cx, v)
}

fn math_gcd(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("gcd", 0, usize::MAX)?;
    let mut g = BigInt::zero();
    for v in a {
        let n = int_arg(cx, v)?;
        g = g.gcd(&n);
    }
    Ok(Value::bigint(g))
}

fn math_lcm(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("lcm", 0, usize::MAX)?;
    let mut l = BigInt::one();
    for v in a {
        let n = int_arg(cx, v)?;
        if n.is_zero() {
            // Keep checking the remaining arguments' types, like CPython.
            l = BigInt::zero();
            continue;
        }
        if !l.is_zero() {
            l = l.lcm(&n);
        }
    }
    Ok(Value::bigint(l.abs()))
}

/// Product of `lo..=hi` by binary splitting (fast for big factorials).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 8 {
        let mut p = BigInt::from(lo);
        for i in lo + 1..=hi {
            p *= i;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn math_factorial(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("factorial", 1, 1)?;
    if a[0].as_float().is_some() {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = int_arg(cx, &a[0])?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().filter(|n| *n <= 1_000_000).ok_or_else(|| {
        Exc::new(
            &types().overflow_error,
            "factorial() argument should not exceed 1000000",
        )
    })?;
    Ok(Value::bigint(range_product(1, n)))
}

fn nonneg(n: &BigInt, what: &str) -> PyResult<()> {
    if n.is_negative() {
        return Err(value_error(format!(
            "{what} must be a non-negative integer"
        )));
    }
    Ok(())
}

fn math_comb(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("comb", 2, 2)?;
    let n = int_arg(cx, &a[0])?;
    let k = int_arg(cx, &a[1])?;
    nonneg(&n, "n")?;
    nonneg(&k, "k")?;
    if k > n {
        return Ok(Value::int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = k.to_u64().filter(|k| *k <= 10_000_000).ok_or_else(|| {
        Exc::new(
            &types().overflow_error,
            "min(n - k, k) must not exceed 10000000",
        )
    })?;
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::bigint(r))
}

fn math_perm(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("perm", 1, 2)?;
    let n = int_arg(cx, &a[0])?;
    nonneg(&n, "n")?;
    let k = match a.get(1).filter(|v| !v.is_none()) {
        Some(v) => int_arg(cx, v)?,
        None => n.clone(),
    };
    nonneg(&k, "k")?;
    if k > n {
        return Ok(Value::int(0));
    }
    let k = k
        .to_u64()
        .filter(|k| *k <= 10_000_000)
        .ok_or_else(|| Exc::new(&types().overflow_error, "k must not exceed 10000000"))?;
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::bigint(r))
}

fn math_prod(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check_kwargs("prod", &["start"])?;
    let a = args.check_pos("prod", 1, 1)?;
    let mut acc = args.kwarg("start").cloned().unwrap_or(Value::int(1));
    let it = crate::builtins::iters::fast_iter(cx, &a[0])?;
    while let Some(x) = ops::next(cx, &it)? {
        if let (Some(p), Some(q)) = (acc.as_small_int(), x.as_small_int()) {
            if let Some(r) = p.checked_mul(q) {
                acc = Value::int(r);
                continue;
            }
        }
        acc = ops::binary(cx, &acc, &x, BinaryOp::Mul)?;
    }
    Ok(acc)
}

/// Exact float summation (Shewchuk's algorithm, as CPython's `math.fsum`).
pub fn fsum(xs: &[f64]) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0_f64;
    let mut inf_sum = 0.0_f64;
    for &x0 in xs {
        let mut x = x0;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if x.is_infinite() {
            return Err(Exc::new(
                &types().overflow_error,
                "intermediate overflow in fsum",
            ));
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1).map(|n| n + 1) {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn math_fsum(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("fsum", 1, 1)?;
    let items = ops::to_vec(cx, &a[0])?;
    let mut xs = Vec::with_capacity(items.len());
    for v in &items {
        xs.push(arg_f64(cx, v)?);
    }
    Ok(Value::float(fsum(&xs)?))
}

fn math_copysign(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("copysign", 2, 2)?;
    let x = arg_f64(cx, &a[0])?;
    let y = arg_f64(cx, &a[1])?;
    Ok(Value::float(x.copysign(y)))
}

fn math_fmod(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("fmod", 2, 2)?;
    let x = arg_f64(cx, &a[0])?;
    let y = arg_f64(cx, &a[1])?;
    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
        return Err(domain_error());
    }
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    Ok(Value::float(x % y))
}

fn math_remainder(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("remainder", 2, 2)?;
    let x = arg_f64(cx, &a[0])?;
    let y = arg_f64(cx, &a[1])?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(Value::float(x));
    }
    let n = (x / y).round();
    // Round half to even.
    let q = x / y;
    let n = if (q - q.trunc()).abs() == 0.5 {
        2.0 * (q / 2.0).round()
    } else {
        n
    };
    Ok(Value::float(x - n * y))
}

fn math_modf(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("modf", 1, 1)?;
    let x = arg_f64(cx, &a[0])?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::float(0.0_f64.copysign(x)),
            Value::float(x),
        ]));
    }
    let i = x.trunc();
    Ok(Value::tuple(vec![
        Value::float((x - i).copysign(x)),
        Value::float(i),
    ]))
}

/// `frexp(x)`: (m, e) with x == m * 2**e and 0.5 <= |m| < 1 (or m == 0).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

fn math_frexp(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("frexp", 1, 1)?;
    let x = arg_f64(cx, &a[0])?;
    let (m, e) = frexp(x);
    Ok(Value::tuple(vec![Value::float(m), Value::int(e as i64)]))
}

fn math_ldexp(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("ldexp", 2, 2)?;
    let x = arg_f64(cx, &a[0])?;
    if a[1].as_float().is_some() {
        return Err(type_error("Expected an int as second argument to ldexp."));
    }
    let e = int_arg(cx, &a[1])?;
    let e = e.to_i64().unwrap_or(if e.sign() == Sign::Minus {
        i64::MIN
    } else {
        i64::MAX
    });
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    let e = e.clamp(-2200, 2200) as i32;
    // Scale in two steps so intermediate powers stay representable.
    let half = e / 2;
    let r = x * 2f64.powi(half) * 2f64.powi(e - half);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::float(r))
}

fn math_isqrt(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("isqrt", 1, 1)?;
    let n = int_arg(cx, &a[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::bigint(n.sqrt()))
}
