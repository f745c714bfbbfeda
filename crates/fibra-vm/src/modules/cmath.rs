//! The `cmath` module: complex versions of the elementary functions, with the principal
//! branches and branch cuts of CPython's `cmath` (through the textbook formulas; special
//! values such as infinities may differ from CPython's tables in sign or NaN-ness).

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{type_error, value_error, PyResult};
use crate::ops;
use crate::types::complex::{as_complex, complex_value, Complex};
use crate::value::Value;

/// Builds `cmath`.
pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("cmath");
    m.set_attr_str("pi", Value::float(std::f64::consts::PI));
    m.set_attr_str("e", Value::float(std::f64::consts::E));
    m.set_attr_str("tau", Value::float(std::f64::consts::TAU));
    m.set_attr_str("inf", Value::float(f64::INFINITY));
    m.set_attr_str("nan", Value::float(f64::NAN));
    m.set_attr_str("infj", complex_value(0.0, f64::INFINITY));
    m.set_attr_str("nanj", complex_value(0.0, f64::NAN));
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("phase", cm_phase),
        ("polar", cm_polar),
        ("rect", cm_rect),
        ("sqrt", cm_sqrt),
        ("exp", cm_exp),
        ("log", cm_log),
        ("log10", cm_log10),
        ("sin", cm_sin),
        ("cos", cm_cos),
        ("tan", cm_tan),
        ("asin", cm_asin),
        ("acos", cm_acos),
        ("atan", cm_atan),
        ("sinh", cm_sinh),
        ("cosh", cm_cosh),
        ("tanh", cm_tanh),
        ("asinh", cm_asinh),
        ("acosh", cm_acosh),
        ("atanh", cm_atanh),
        ("isfinite", cm_isfinite),
        ("isinf", cm_isinf),
        ("isnan", cm_isnan),
        ("isclose", cm_isclose),
    ];
    for &(name, f) in fns {
        m.add_fn(name, f);
    }
    Ok(m)
}

fn c(re: f64, im: f64) -> Complex {
    Complex { re, im }
}

/// An argument as a complex: complex, float, int, or anything with `__complex__`,
/// `__float__` or `__index__`.
fn arg(cx: &mut Ctx, v: &Value) -> PyResult<Complex> {
    if let Some(z) = as_complex(v) {
        return Ok(z);
    }
    if let Some(r) = ops::call_special(cx, v, "__complex__", &[])? {
        return as_complex(&r).ok_or_else(|| {
            type_error(format!(
                "__complex__ returned non-complex (type {})",
                r.type_name()
            ))
        });
    }
    match ops::to_f64(cx, v) {
        Ok(f) => Ok(c(f, 0.0)),
        Err(_) => Err(type_error(format!(
            "must be real number, not {}",
            v.type_name()
        ))),
    }
}

fn one(cx: &mut Ctx, args: &Args, name: &str) -> PyResult<Complex> {
    let a = args.check(name, 1, 1)?;
    arg(cx, &a[0])
}

fn out(z: Complex) -> PyResult<Value> {
    Ok(complex_value(z.re, z.im))
}

fn sub(a: Complex, b: Complex) -> Complex {
    c(a.re - b.re, a.im - b.im)
}

/// The principal square root (CPython's algorithm: no cancellation for either sign).
fn sqrt(z: Complex) -> Complex {
    if z.re == 0.0 && z.im == 0.0 {
        return c(0.0, z.im);
    }
    if z.im.is_infinite() {
        return c(f64::INFINITY, z.im);
    }
    let t = ((z.re.abs() + z.re.hypot(z.im)) / 2.0).sqrt();
    if z.re >= 0.0 {
        c(t, z.im / (2.0 * t))
    } else {
        c(z.im.abs() / (2.0 * t), t.copysign(z.im))
    }
}

fn exp(z: Complex) -> Complex {
    let m = z.re.exp();
    if z.im == 0.0 {
        return c(m, z.im);
    }
    c(m * z.im.cos(), m * z.im.sin())
}

fn ln(z: Complex) -> Complex {
    c(z.re.hypot(z.im).ln(), z.im.atan2(z.re))
}

fn sinh(z: Complex) -> Complex {
    c(z.re.sinh() * z.im.cos(), z.re.cosh() * z.im.sin())
}

fn cosh(z: Complex) -> Complex {
    c(z.re.cosh() * z.im.cos(), z.re.sinh() * z.im.sin())
}

fn tanh(z: Complex) -> Complex {
    // (sinh 2x + i sin 2y) / (cosh 2x + cos 2y), stable for large |x|.
    if z.re.abs() > 354.0 {
        return c(1.0f64.copysign(z.re), 0.0f64.copysign((2.0 * z.im).sin()));
    }
    let d = (2.0 * z.re).cosh() + (2.0 * z.im).cos();
    c((2.0 * z.re).sinh() / d, (2.0 * z.im).sin() / d)
}

/// CPython's formula through the square roots of 1 + iz and 1 - iz (right on both
/// sides of the branch cuts, signed zeros included).
fn asinh(z: Complex) -> Complex {
    let s1 = sqrt(c(1.0 + z.im, -z.re));
    let s2 = sqrt(c(1.0 - z.im, z.re));
    c(
        (s1.re * s2.im - s2.re * s1.im).asinh(),
        z.im.atan2(s1.re * s2.re - s1.im * s2.im),
    )
}

/// acos z, through the square roots of 1 - z and 1 + z (as CPython).
fn acos(z: Complex) -> Complex {
    let s1 = sqrt(c(1.0 - z.re, -z.im));
    let s2 = sqrt(c(1.0 + z.re, z.im));
    let re = 2.0 * s1.re.atan2(s2.re);
    let im = (s2.re * s1.im - s2.im * s1.re).asinh();
    c(re, im)
}

fn asin(z: Complex) -> Complex {
    // asin z = -i asinh(i z)
    let r = asinh(c(-z.im, z.re));
    c(r.im, -r.re)
}

fn atanh(z: Complex) -> Complex {
    if z.re < 0.0 || (z.re == 0.0 && z.re.is_sign_negative()) {
        let r = atanh(c(-z.re, -z.im));
        return c(-r.re, -r.im);
    }
    let ay = z.im.abs();
    if z.re == 1.0 && ay == 0.0 {
        // A singularity: CPython's "math domain error" (the NaNs make `checked` say so).
        return c(f64::NAN, f64::NAN);
    }
    let one_minus = 1.0 - z.re;
    c(
        (4.0 * z.re / (one_minus * one_minus + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * z.im).atan2(one_minus * (1.0 + z.re) - ay * ay) / 2.0,
    )
}

fn atan(z: Complex) -> Complex {
    // atan z = -i atanh(i z)
    let r = atanh(c(-z.im, z.re));
    c(r.im, -r.re)
}

fn acosh(z: Complex) -> Complex {
    let s1 = sqrt(c(z.re - 1.0, z.im));
    let s2 = sqrt(c(z.re + 1.0, z.im));
    let re = (s1.re * s2.re + s1.im * s2.im).asinh();
    let im = 2.0 * s1.im.atan2(s2.re);
    c(re, im)
}

/// Raises CPython's "math domain error" for a finite argument whose result overflowed
/// or is undefined.
fn checked(z: Complex, r: Complex) -> PyResult<Value> {
    let finite = |w: Complex| w.re.is_finite() && w.im.is_finite();
    if finite(z) && !finite(r) {
        if r.re.is_nan() || r.im.is_nan() {
            return Err(value_error("math domain error"));
        }
        return Err(crate::error::overflow_error("math range error"));
    }
    out(r)
}

macro_rules! unary {
    ($($name:ident, $f:expr, $py:literal;)*) => {$(
        fn $name(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
            let z = one(cx, args, $py)?;
            checked(z, $f(z))
        }
    )*};
}

unary! {
    cm_sqrt, sqrt, "sqrt";
    cm_exp, exp, "exp";
    cm_sin, |z: Complex| { let r = sinh(c(-z.im, z.re)); c(r.im, -r.re) }, "sin";
    cm_cos, |z: Complex| cosh(c(-z.im, z.re)), "cos";
    cm_tan, |z: Complex| { let r = tanh(c(-z.im, z.re)); c(r.im, -r.re) }, "tan";
    cm_asin, asin, "asin";
    cm_acos, acos, "acos";
    cm_atan, atan, "atan";
    cm_sinh, sinh, "sinh";
    cm_cosh, cosh, "cosh";
    cm_tanh, tanh, "tanh";
    cm_asinh, asinh, "asinh";
    cm_acosh, acosh, "acosh";
    cm_atanh, atanh, "atanh";
}

fn cm_log(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("log", 1, 2)?;
    let z = arg(cx, &a[0])?;
    if z.re == 0.0 && z.im == 0.0 {
        return Err(value_error("math domain error"));
    }
    let mut r = ln(z);
    if let Some(b) = a.get(1) {
        let b = arg(cx, b)?;
        if b.re == 0.0 && b.im == 0.0 {
            return Err(value_error("math domain error"));
        }
        let lb = ln(b);
        r = r
            .checked_div(lb)
            .ok_or_else(|| crate::error::zero_division_error("complex division by zero"))?;
    }
    out(r)
}

fn cm_log10(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let z = one(cx, args, "log10")?;
    if z.re == 0.0 && z.im == 0.0 {
        return Err(value_error("math domain error"));
    }
    let r = ln(z);
    let k = std::f64::consts::LN_10;
    out(c(r.re / k, r.im / k))
}

fn cm_phase(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let z = one(cx, args, "phase")?;
    Ok(Value::float(z.im.atan2(z.re)))
}

fn cm_polar(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let z = one(cx, args, "polar")?;
    let r = z.re.hypot(z.im);
    if r.is_infinite() && z.re.is_finite() && z.im.is_finite() {
        return Err(crate::error::overflow_error("math range error"));
    }
    Ok(Value::tuple(vec![
        Value::float(r),
        Value::float(z.im.atan2(z.re)),
    ]))
}

fn cm_rect(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = args.check("rect", 2, 2)?;
    let r = ops::to_f64(cx, &a[0])?;
    let phi = ops::to_f64(cx, &a[1])?;
    if phi == 0.0 {
        return out(c(r, phi * r));
    }
    out(c(r * phi.cos(), r * phi.sin()))
}

fn cm_isfinite(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let z = one(cx, args, "isfinite")?;
    Ok(Value::bool(z.re.is_finite() && z.im.is_finite()))
}

fn cm_isinf(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let z = one(cx, args, "isinf")?;
    Ok(Value::bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn cm_isnan(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let z = one(cx, args, "isnan")?;
    Ok(Value::bool(z.re.is_nan() || z.im.is_nan()))
}

fn cm_isclose(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    args.check_kwargs("isclose", &["rel_tol", "abs_tol"])?;
    let a = args.check_pos("isclose", 2, 2)?;
    let x = arg(cx, &a[0])?;
    let y = arg(cx, &a[1])?;
    let rel = match args.kwarg("rel_tol") {
        Some(v) => ops::to_f64(cx, v)?,
        None => 1e-9,
    };
    let abs = match args.kwarg("abs_tol") {
        Some(v) => ops::to_f64(cx, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::TRUE);
    }
    let inf = |z: Complex| z.re.is_infinite() || z.im.is_infinite();
    if inf(x) || inf(y) {
        return Ok(Value::FALSE);
    }
    let diff = sub(x, y);
    let d = diff.re.hypot(diff.im);
    Ok(Value::bool(
        d <= rel * y.re.hypot(y.im) || d <= rel * x.re.hypot(x.im) || d <= abs,
    ))
}
