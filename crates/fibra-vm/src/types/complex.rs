//! `complex`: IEEE complex arithmetic with CPython's algorithms (Smith's division,
//! `c_pow`/`c_powi`), mixed with `int` and `float` through the reflected dunders,
//! CPython's repr, hash, parsing and formatting.
//!
//! A complex is a native object ([`Complex`]) of class `complex` (or a subclass): the
//! type is not on any hot path, so it needs no payload variant of its own.

use std::any::Any;

use super::common::{binary_dunders, margs, other, recv};
use super::float::parse_float;
use super::format::{float_repr, format_float};
use super::int::{big, is_int};
use super::BuiltinTypes;
use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{overflow_error, type_error, value_error, zero_division_error, PyResult};
use crate::object::hash::hash_f64;
use crate::object::NativeObject;
use crate::ops;
use crate::types::{add_methods, set_ctor, types};
use crate::value::Value;

/// The payload of a `complex`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl NativeObject for Complex {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Complex {
    fn add(self, o: Complex) -> Complex {
        Complex {
            re: self.re + o.re,
            im: self.im + o.im,
        }
    }
    fn sub(self, o: Complex) -> Complex {
        Complex {
            re: self.re - o.re,
            im: self.im - o.im,
        }
    }
    fn mul(self, o: Complex) -> Complex {
        Complex {
            re: self.re * o.re - self.im * o.im,
            im: self.re * o.im + self.im * o.re,
        }
    }

    /// CPython's `_Py_c_quot` (Smith's algorithm); None for division by zero.
    pub fn checked_div(self, b: Complex) -> Option<Complex> {
        let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Some(Complex {
                re: (self.re + self.im * ratio) / denom,
                im: (self.im - self.re * ratio) / denom,
            })
        } else if abs_im >= abs_re {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Some(Complex {
                re: (self.re * ratio + self.im) / denom,
                im: (self.im * ratio - self.re) / denom,
            })
        } else {
            // At least one of the divisor's parts is a NaN.
            Some(Complex {
                re: f64::NAN,
                im: f64::NAN,
            })
        }
    }

    /// `self ** n` for a small integer `n` by repeated squaring (CPython's `c_powi`).
    fn powi(self, n: i64) -> Option<Complex> {
        let mut r = Complex { re: 1.0, im: 0.0 };
        let mut p = self;
        let mut m = n.unsigned_abs();
        while m > 0 {
            if m & 1 == 1 {
                r = r.mul(p);
            }
            p = p.mul(p);
            m >>= 1;
        }
        if n < 0 {
            Complex { re: 1.0, im: 0.0 }.checked_div(r)
        } else {
            Some(r)
        }
    }

    /// CPython's `_Py_c_pow`; Err for `0 ** negative-or-complex`.
    fn pow(self, b: Complex) -> PyResult<Complex> {
        if b.re == 0.0 && b.im == 0.0 {
            return Ok(Complex { re: 1.0, im: 0.0 });
        }
        if self.re == 0.0 && self.im == 0.0 {
            if b.im != 0.0 || b.re < 0.0 {
                return Err(zero_division_error("0.0 to a negative or complex power"));
            }
            return Ok(Complex { re: 0.0, im: 0.0 });
        }
        if b.im == 0.0 && b.re == b.re.trunc() && b.re.abs() <= 100.0 {
            return self
                .powi(b.re as i64)
                .ok_or_else(|| zero_division_error("0.0 to a negative or complex power"));
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(b.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        Ok(Complex {
            re: len * phase.cos(),
            im: len * phase.sin(),
        })
    }
}

pub(crate) fn register(t: &BuiltinTypes) {
    set_ctor(&t.complex, complex_new);
    add_methods(
        &t.complex,
        "complex",
        &[
            ("__add__", c_add),
            ("__radd__", c_radd),
            ("__sub__", c_sub),
            ("__rsub__", c_rsub),
            ("__mul__", c_mul),
            ("__rmul__", c_rmul),
            ("__truediv__", c_truediv),
            ("__rtruediv__", c_rtruediv),
            ("__pow__", c_pow),
            ("__rpow__", c_rpow),
            ("__neg__", c_neg),
            ("__pos__", c_pos),
            ("__abs__", c_abs),
            ("__bool__", c_bool),
            ("__eq__", c_eq),
            ("__ne__", c_ne),
            ("__hash__", c_hash),
            ("__repr__", c_repr),
            ("__str__", c_repr),
            ("__format__", c_format),
            ("__complex__", c_pos),
            ("__getnewargs__", c_getnewargs),
            ("conjugate", c_conjugate),
        ],
    );
    t.complex.set_attr_str(
        "real",
        super::slice::property("complex", "real", |_, a| Ok(Value::float(me(a).re))),
    );
    t.complex.set_attr_str(
        "imag",
        super::slice::property("complex", "imag", |_, a| Ok(Value::float(me(a).im))),
    );
}

/// A new `complex`.
pub fn complex_value(re: f64, im: f64) -> Value {
    Value::native_obj(types().complex.clone(), Complex { re, im })
}

fn make(cls: &Value, c: Complex) -> Value {
    Value::native_obj(cls.clone(), c)
}

/// The value of a complex (or complex subclass instance).
pub fn as_complex(v: &Value) -> Option<Complex> {
    v.downcast_native::<Complex>().copied()
}

fn me(args: &Args) -> Complex {
    as_complex(recv(args)).unwrap_or(Complex { re: 0.0, im: 0.0 })
}

/// The other operand of an arithmetic dunder as a complex: complex, float, int (and
/// bool); None for anything else (NotImplemented).
fn operand(v: &Value) -> PyResult<Option<Complex>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(c));
    }
    let re = if let Some(f) = v.as_float() {
        f
    } else if let Some(i) = v.as_int() {
        i as f64
    } else if is_int(v) {
        super::int::to_f64(&big(v))?
    } else {
        return Ok(None);
    };
    Ok(Some(Complex { re, im: 0.0 }))
}

#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

fn arith(x: Complex, y: Complex, op: Op) -> PyResult<Value> {
    let r = match op {
        Op::Add => x.add(y),
        Op::Sub => x.sub(y),
        Op::Mul => x.mul(y),
        Op::Div => x
            .checked_div(y)
            .ok_or_else(|| zero_division_error("complex division by zero"))?,
        Op::Pow => {
            let r = x.pow(y)?;
            let finite = |c: Complex| c.re.is_finite() && c.im.is_finite();
            if !finite(r) && finite(x) && finite(y) {
                return Err(overflow_error("complex exponentiation"));
            }
            r
        }
    };
    Ok(complex_value(r.re, r.im))
}

fn binary(args: &Args, op: Op, reflected: bool) -> PyResult<Value> {
    let x = me(args);
    let Some(y) = operand(other(args))? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if reflected {
        arith(y, x, op)
    } else {
        arith(x, y, op)
    }
}

binary_dunders! {
    c_add, c_radd, Op::Add;
    c_sub, c_rsub, Op::Sub;
    c_mul, c_rmul, Op::Mul;
    c_truediv, c_rtruediv, Op::Div;
    c_pow_fwd, c_rpow, Op::Pow;
}

fn c_pow(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    if args.pos().get(2).is_some_and(|m| !m.is_none()) {
        return Err(value_error("complex modulo"));
    }
    c_pow_fwd(cx, args)
}

fn c_neg(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = me(args);
    Ok(complex_value(-c.re, -c.im))
}

fn c_pos(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = me(args);
    Ok(complex_value(c.re, c.im))
}

fn c_conjugate(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = me(args);
    Ok(complex_value(c.re, -c.im))
}

fn c_abs(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = me(args);
    let r = c.re.hypot(c.im);
    if r.is_infinite() && c.re.is_finite() && c.im.is_finite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(Value::float(r))
}

fn c_bool(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = me(args);
    Ok(Value::bool(c.re != 0.0 || c.im != 0.0))
}

/// `self == other` for numbers; None for other types (NotImplemented).
fn equals(x: Complex, v: &Value) -> Option<bool> {
    if let Some(c) = as_complex(v) {
        return Some(x == c);
    }
    if let Some(f) = v.as_float() {
        return Some(x.im == 0.0 && x.re == f);
    }
    if is_int(v) || v.as_int().is_some() {
        if x.im != 0.0 {
            return Some(false);
        }
        let b = match v.as_int() {
            Some(i) => num_bigint::BigInt::from(i),
            None => big(v),
        };
        return Some(super::int::cmp_int_float(&b, x.re) == Some(std::cmp::Ordering::Equal));
    }
    None
}

fn c_eq(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(equals(me(args), other(args)).map_or(Value::NOT_IMPLEMENTED, Value::bool))
}

fn c_ne(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(equals(me(args), other(args)).map_or(Value::NOT_IMPLEMENTED, |b| Value::bool(!b)))
}

fn c_hash(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = me(args);
    let id = recv(args).bits();
    // CPython: hash(re) + 1000003 * hash(im), in unsigned arithmetic, -1 avoided.
    let h = (hash_f64(c.re, id) as u64)
        .wrapping_add(1_000_003u64.wrapping_mul(hash_f64(c.im, id) as u64)) as i64;
    Ok(Value::int(if h == -1 { -2 } else { h }))
}

/// A part of a complex as CPython's repr writes it: the float repr without a `.0`.
fn part(f: f64) -> String {
    let s = float_repr(f);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// `repr(complex)`: `2j` when the real part is +0.0, else `(1+2j)`.
pub fn complex_repr(c: Complex) -> String {
    let im = if c.im.is_sign_negative() && !c.im.is_nan() {
        part(c.im)
    } else {
        format!("+{}", part(c.im))
    };
    if c.re == 0.0 && c.re.is_sign_positive() {
        format!("{}j", part(c.im))
    } else {
        format!("({}{im}j)", part(c.re))
    }
}

fn c_repr(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    Ok(Value::string(complex_repr(me(args))))
}

/// `format(z, spec)`: an empty spec or one without a presentation type formats like
/// `str(z)` (padded to the width); with `e`, `f`, `g` (or upper-case) both parts take the
/// spec, the imaginary part always signed, and no parentheses.
fn c_format(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let a = margs(args, "__format__", 1, 1)?;
    let spec = a[0]
        .as_str()
        .ok_or_else(|| type_error("format() argument 2 must be str"))?;
    let c = me(args);
    if spec.is_empty() {
        return ops::str_value(cx, recv(args));
    }
    // [[fill]align][sign][width][.precision][type]
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut fill = ' ';
    let mut align = None;
    if chars.len() >= 2 && matches!(chars[1], '<' | '>' | '^') {
        fill = chars[0];
        align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && matches!(chars[0], '<' | '>' | '^') {
        align = Some(chars[0]);
        i = 1;
    } else if chars.first() == Some(&'=') || chars.get(1) == Some(&'=') {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let mut sign = String::new();
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        sign.push(chars[i]);
        i += 1;
    }
    let width_start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    let width: usize = chars[width_start..i]
        .iter()
        .collect::<String>()
        .parse()
        .unwrap_or(0);
    let rest: String = chars[i..].iter().collect();
    let (precision, ty) = match rest.strip_prefix('.') {
        Some(p) => {
            let digits: String = p.chars().take_while(|c| c.is_ascii_digit()).collect();
            (Some(digits.clone()), p[digits.len()..].to_string())
        }
        None => (None, rest.clone()),
    };
    if !matches!(ty.as_str(), "" | "e" | "E" | "f" | "F" | "g" | "G") {
        return Err(value_error(format!(
            "Unknown format code '{ty}' for object of type 'complex'"
        )));
    }
    let body = if ty.is_empty() && precision.is_none() {
        let s = complex_repr(c);
        match sign.as_str() {
            "+" if !s.starts_with(['-', '(']) => format!("+{s}"),
            " " if !s.starts_with(['-', '(']) => format!(" {s}"),
            _ => s,
        }
    } else {
        let prec = precision.map(|p| format!(".{p}")).unwrap_or_default();
        let ty = if ty.is_empty() { "g" } else { ty.as_str() };
        let re = format_float(c.re, &format!("{sign}{prec}{ty}"))?;
        let im = format_float(c.im, &format!("+{prec}{ty}"))?;
        if c.re == 0.0 && c.re.is_sign_positive() && rest.is_empty() {
            format!("{}j", format_float(c.im, &format!("{sign}{prec}{ty}"))?)
        } else {
            format!("{re}{im}j")
        }
    };
    let n = body.chars().count();
    if n >= width {
        return Ok(Value::string(body));
    }
    let pad = width - n;
    let fill_n = |k: usize| fill.to_string().repeat(k);
    Ok(Value::string(match align.unwrap_or('>') {
        '<' => format!("{body}{}", fill_n(pad)),
        '^' => format!("{}{body}{}", fill_n(pad / 2), fill_n(pad - pad / 2)),
        _ => format!("{}{body}", fill_n(pad)),
    }))
}

fn c_getnewargs(_cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let c = me(args);
    Ok(Value::tuple(vec![Value::float(c.re), Value::float(c.im)]))
}

/// Scans a float at the start of `s` (sign, digits with `_`, point, exponent, or
/// `inf`/`infinity`/`nan`): its value and length.
fn scan_float(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && matches!(b[i], b'+' | b'-') {
        i += 1;
    }
    let lower = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            let end = i + word.len();
            return parse_float(&s[..end]).map(|v| (v, end));
        }
    }
    let start = i;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    if i == start || (i == start + 1 && b[start] == b'.') {
        return None;
    }
    if i < b.len() && matches!(b[i], b'e' | b'E') {
        let mut j = i + 1;
        if j < b.len() && matches!(b[j], b'+' | b'-') {
            j += 1;
        }
        if j < b.len() && b[j].is_ascii_digit() {
            while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'_') {
                j += 1;
            }
            i = j;
        }
    }
    parse_float(&s[..i]).map(|v| (v, i))
}

/// `complex(str)`: `1`, `2j`, `1+2j`, `-j`, `(1-2.5e3j)`, with surrounding whitespace.
fn parse_complex(s: &str) -> Option<Complex> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() {
        return None;
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        let (v, n) = scan_float(t)?;
        return (n == t.len()).then_some(Complex { re: v, im: 0.0 });
    };
    let unit = |sign: &str| match sign {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        _ => None,
    };
    if let Some(im) = unit(body) {
        return Some(Complex { re: 0.0, im });
    }
    let (first, n) = scan_float(body)?;
    if n == body.len() {
        return Some(Complex { re: 0.0, im: first });
    }
    let rest = &body[n..];
    if !rest.starts_with(['+', '-']) {
        return None;
    }
    if let Some(im) = unit(rest) {
        return Some(Complex { re: first, im });
    }
    let (im, m) = scan_float(rest)?;
    (m == rest.len()).then_some(Complex { re: first, im })
}

/// A constructor argument as a complex: complex, float, int, or an object with
/// `__complex__`, `__float__` or `__index__`.
fn number_arg(cx: &mut Ctx, v: &Value) -> PyResult<Option<Complex>> {
    if let Some(c) = operand(v)? {
        return Ok(Some(c));
    }
    if let Some(r) = ops::call_special(cx, v, "__complex__", &[])? {
        return match as_complex(&r) {
            Some(c) => Ok(Some(c)),
            None => Err(type_error(format!(
                "__complex__ returned non-complex (type {})",
                r.type_name()
            ))),
        };
    }
    if ops::call_special(cx, v, "__float__", &[])?.is_some()
        || ops::call_special(cx, v, "__index__", &[])?.is_some()
    {
        return Ok(Some(Complex {
            re: ops::to_f64(cx, v)?,
            im: 0.0,
        }));
    }
    Ok(None)
}

fn complex_new(cx: &mut Ctx, args: &Args) -> PyResult<Value> {
    let cls = args
        .values
        .first()
        .cloned()
        .unwrap_or_else(|| types().complex.clone());
    let pos = args.pos().get(1..).unwrap_or(&[]);
    let mut real = pos.first().cloned();
    let mut imag = pos.get(1).cloned();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    for (k, v) in args.kwargs() {
        match k {
            "real" if real.is_none() => real = Some(v.clone()),
            "imag" if imag.is_none() => imag = Some(v.clone()),
            "real" | "imag" => {
                return Err(type_error(format!(
                    "argument for complex() given by name ('{k}') and position ({})",
                    if k == "real" { 1 } else { 2 }
                )))
            }
            _ => {
                return Err(type_error(format!(
                    "complex() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let Some(real) = real else {
        let im = match &imag {
            Some(i) => match number_arg(cx, i)? {
                Some(c) => Complex {
                    re: -c.im,
                    im: c.re,
                },
                None => {
                    return Err(type_error(format!(
                        "complex() second argument must be a number, not '{}'",
                        i.type_name()
                    )))
                }
            },
            None => Complex { re: 0.0, im: 0.0 },
        };
        return Ok(make(&cls, im));
    };
    if let Some(s) = real.as_str() {
        if imag.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return match parse_complex(s) {
            Some(c) => Ok(make(&cls, c)),
            None => Err(value_error("complex() arg is a malformed string")),
        };
    }
    if imag.is_none() && cls.is(&types().complex) && real.class().is(&types().complex) {
        return Ok(real);
    }
    let Some(r) = number_arg(cx, &real)? else {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            real.type_name()
        )));
    };
    let i = match &imag {
        None => Complex { re: 0.0, im: 0.0 },
        Some(v) if v.as_str().is_some() => {
            return Err(type_error("complex() second arg can't be a string"))
        }
        Some(v) => match number_arg(cx, v)? {
            Some(c) => c,
            None => {
                return Err(type_error(format!(
                    "complex() second argument must be a number, not '{}'",
                    v.type_name()
                )))
            }
        },
    };
    // real + imag * 1j
    Ok(make(
        &cls,
        Complex {
            re: r.re - i.im,
            im: r.im + i.re,
        },
    ))
}

/// `x ** y` for floats whose result is complex (a negative base and a fractional
/// exponent), as Python 3 does.
pub fn float_pow_complex(x: f64, y: f64) -> PyResult<Value> {
    arith(
        Complex { re: x, im: 0.0 },
        Complex { re: y, im: 0.0 },
        Op::Pow,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsing() {
        let c = |re, im| Some(Complex { re, im });
        assert_eq!(parse_complex("1+2j"), c(1.0, 2.0));
        assert_eq!(parse_complex(" (-1.5e3-2J) "), c(-1500.0, -2.0));
        assert_eq!(parse_complex("j"), c(0.0, 1.0));
        assert_eq!(parse_complex("-j"), c(0.0, -1.0));
        assert_eq!(parse_complex("3-j"), c(3.0, -1.0));
        assert_eq!(parse_complex("1_0"), c(10.0, 0.0));
        assert_eq!(parse_complex("infj").map(|z| z.im), Some(f64::INFINITY));
        assert_eq!(parse_complex("1+"), None);
        assert_eq!(parse_complex("1+2"), None);
        assert_eq!(parse_complex("x"), None);
        assert_eq!(parse_complex("()"), None);
    }

    #[test]
    fn repr() {
        let r = |re, im| complex_repr(Complex { re, im });
        assert_eq!(r(1.0, 2.0), "(1+2j)");
        assert_eq!(r(0.0, 2.0), "2j");
        assert_eq!(r(-0.0, -1.0), "(-0-1j)");
        assert_eq!(r(1.5, -0.0), "(1.5-0j)");
        assert_eq!(r(1e16, 0.0), "(1e+16+0j)");
    }
}
