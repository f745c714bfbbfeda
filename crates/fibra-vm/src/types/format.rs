//! The format-spec mini-language (`format(x, spec)`, f-strings, `str.format`) for int,
//! float and str, plus CPython's float repr (shortest round-trip digits).

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use super::BuiltinTypes;
use crate::error::{overflow_error, value_error, PyResult};

pub(crate) fn register(_t: &BuiltinTypes) {}

/// Largest width or precision accepted (larger ones raise MemoryError).
pub(crate) const MAX_FIELD: usize = 1 << 24;

/// A parsed format spec:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug)]
pub struct Spec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: char,
    /// `z` (3.11): a float that rounds to negative zero is shown without its sign.
    pub no_neg_zero: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Spec {
    /// The default alignment of numbers: `=` with the `0` flag, else right.
    fn num_default(&self) -> char {
        if self.zero && self.align.is_none() {
            '='
        } else {
            '>'
        }
    }
    fn zero_grouping(&self) -> bool {
        self.align.unwrap_or(self.num_default()) == '=' && self.fill == '0'
    }
}

/// Parses a format spec; `type_name` is used in error messages.
pub fn parse_spec(spec: &str, type_name: &str) -> PyResult<Spec> {
    let cs: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec {
        fill: ' ',
        align: None,
        sign: '-',
        no_neg_zero: false,
        alt: false,
        zero: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: None,
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if cs.len() >= 2 && is_align(cs[1]) {
        s.fill = cs[0];
        s.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        s.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        s.sign = cs[i];
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        s.no_neg_zero = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let num = |i: &mut usize| -> PyResult<Option<usize>> {
        let st = *i;
        while *i < cs.len() && cs[*i].is_ascii_digit() {
            *i += 1;
        }
        if st == *i {
            return Ok(None);
        }
        let t: String = cs[st..*i].iter().collect();
        match t.parse::<usize>() {
            // Widths/precisions this large cannot be materialised.
            Ok(n) if n >= MAX_FIELD => Err(crate::error::memory_error()),
            Ok(n) => Ok(Some(n)),
            Err(_) => Err(value_error("Too many decimal digits in format string")),
        }
    };
    if let Some(w) = num(&mut i)? {
        s.width = w;
    }
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        s.grouping = Some(cs[i]);
        i += 1;
        if i < cs.len() && matches!(cs[i], ',' | '_') {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        match num(&mut i)? {
            Some(p) => s.precision = Some(p),
            None => return Err(value_error("Format specifier missing precision")),
        }
    }
    if i < cs.len() {
        s.ty = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if s.zero && s.align.is_none() {
        s.fill = '0';
    } else if s.zero && s.fill == ' ' && cs.first() != Some(&' ') {
        // `0` after an explicit align: zero fill.
        s.fill = '0';
    }
    Ok(s)
}

fn unknown(ty: char, type_name: &str) -> crate::error::Exc {
    value_error(format!(
        "Unknown format code '{ty}' for object of type '{type_name}'"
    ))
}

/// Pads `body` to the spec's width. `sign_prefix` goes before the padding for `=`.
fn pad(sign_prefix: &str, body: &str, s: &Spec, default_align: char) -> String {
    let len = sign_prefix.chars().count() + body.chars().count();
    if len >= s.width {
        let mut out = String::with_capacity(sign_prefix.len() + body.len());
        out.push_str(sign_prefix);
        out.push_str(body);
        return out;
    }
    let n = s.width - len;
    let fill = |k: usize| std::iter::repeat_n(s.fill, k).collect::<String>();
    match s.align.unwrap_or(default_align) {
        '<' => format!("{sign_prefix}{body}{}", fill(n)),
        '^' => format!("{}{sign_prefix}{body}{}", fill(n / 2), fill(n - n / 2)),
        '=' => format!("{sign_prefix}{}{body}", fill(n)),
        _ => format!("{}{sign_prefix}{body}", fill(n)),
    }
}

/// Inserts `sep` every `every` digits from the right of an ASCII digit string.
pub fn group(digits: &str, sep: char, every: usize) -> String {
    let b = digits.as_bytes();
    let mut out = String::with_capacity(b.len() + b.len() / every);
    for (i, &c) in b.iter().enumerate() {
        if i > 0 && (b.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c as char);
    }
    out
}

/// Groups digits, zero-padding them first when the spec asks for `0` padding with grouping
/// (`format(1234, '09,')` is `0,001,234`).
fn group_padded(digits: &str, sep: char, every: usize, min_width: usize, zero: bool) -> String {
    let mut g = group(digits, sep, every);
    if zero {
        let mut n = digits.len();
        while g.len() < min_width {
            n += 1;
            let padded = format!("{}{}", "0".repeat(n - digits.len()), digits);
            g = group(&padded, sep, every);
        }
    }
    g
}

fn sign_str(neg: bool, s: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match s.sign {
            '+' => "+",
            ' ' => " ",
            _ => "",
        }
    }
}

/// Formats an integer. `text` is `str(value)` (for bool's `format(True)`).
pub fn format_int(v: &BigInt, spec: &str, type_name: &str) -> PyResult<String> {
    let s = parse_spec(spec, type_name)?;
    let ty = s.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = v
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| overflow_error("int too large to convert to float"))?;
            return format_float_spec(f, &s, "int");
        }
        'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c' => {}
        _ => return Err(unknown(ty, type_name)),
    }
    if s.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if s.sign != '-' {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        let c = v
            .to_u32()
            .and_then(char::from_u32)
            .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
        return Ok(pad("", &c.to_string(), &s, '<'));
    }
    let neg = v.sign() == Sign::Minus;
    let mag = v.abs();
    let (digits, prefix) = match ty {
        'b' => (mag.to_str_radix(2), "0b"),
        'o' => (mag.to_str_radix(8), "0o"),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        _ => (mag.to_string(), ""),
    };
    let mut head = sign_str(neg, &s).to_string();
    if s.alt {
        head.push_str(prefix);
    }
    let body = match s.grouping {
        Some(sep) => {
            let every = if matches!(ty, 'd' | 'n') {
                3
            } else if sep == ',' {
                return Err(value_error(format!("Cannot specify ',' with '{ty}'.")));
            } else {
                4
            };
            let zero = s.zero_grouping();
            group_padded(
                &digits,
                sep,
                every,
                s.width.saturating_sub(head.len()),
                zero,
            )
        }
        None => digits,
    };
    Ok(pad(&head, &body, &s, s.num_default()))
}

/// Formats a str: fill/align/width/precision.
pub fn format_str(v: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let s = parse_spec(spec, "str")?;
    match s.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown(t, "str")),
    }
    if s.sign != '-' {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if s.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if s.alt {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if let Some(g) = s.grouping {
        return Err(value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    let body: String = match s.precision {
        Some(p) => v.chars().take(p).collect(),
        None => v.to_string(),
    };
    Ok(pad("", &body, &s, '<'))
}

/// Formats a float with a spec string.
pub fn format_float(f: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(f));
    }
    let s = parse_spec(spec, "float")?;
    format_float_spec(f, &s, "float")
}

fn format_float_spec(f: f64, s: &Spec, type_name: &str) -> PyResult<String> {
    let ty = s.ty;
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let mut body = if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        let mut t = if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        };
        if ty == Some('%') {
            t.push('%');
        }
        t
    } else {
        match ty {
            Some('f' | 'F') => fixed(a, s.precision.unwrap_or(6), s.alt),
            Some('e' | 'E') => sci(a, s.precision.unwrap_or(6), s.alt, upper),
            Some('g' | 'G') => general(a, s.precision.unwrap_or(6), s.alt, upper, false),
            Some('n') => general(a, s.precision.unwrap_or(6), s.alt, false, false),
            Some('%') => {
                let mut t = fixed(a * 100.0, s.precision.unwrap_or(6), s.alt);
                t.push('%');
                t
            }
            None => match s.precision {
                Some(p) => general(a, p, s.alt, false, true),
                None => float_repr(a),
            },
            Some(t) => return Err(unknown(t, type_name)),
        }
    };
    // `z`: no sign when the shown digits (before any exponent) are all zero.
    if s.no_neg_zero && neg && a.is_finite() {
        let mantissa = body.split(['e', 'E']).next().unwrap_or("");
        if !mantissa.chars().any(|c| matches!(c, '1'..='9')) {
            neg = false;
        }
    }
    if let Some(sep) = s.grouping {
        if ty == Some('n') {
            return Err(value_error(format!("Cannot specify '{sep}' with 'n'.")));
        }
        if a.is_finite() {
            let end = body
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(body.len());
            let (int_part, rest) = body.split_at(end);
            let head = sign_str(neg, s);
            let zero = s.zero_grouping();
            let min = s.width.saturating_sub(head.len() + rest.chars().count());
            body = format!("{}{}", group_padded(int_part, sep, 3, min, zero), rest);
        }
    }
    Ok(pad(sign_str(neg, s), &body, s, s.num_default()))
}

fn fixed(a: f64, prec: usize, alt: bool) -> String {
    let mut t = format!("{:.*}", prec, a);
    if alt && prec == 0 {
        t.push('.');
    }
    t
}

/// Rust's `{:.*e}` ("1.5e-7") rewritten CPython-style ("1.5e-07").
fn sci(a: f64, prec: usize, alt: bool, upper: bool) -> String {
    let t = format!("{:.*e}", prec, a);
    let (mant, exp) = t.split_once('e').unwrap_or((&t, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut m = mant.to_string();
    if alt && prec == 0 {
        m.push('.');
    }
    format!(
        "{m}{}{}{:02}",
        if upper { 'E' } else { 'e' },
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    )
}

/// `g` formatting (and the no-type form with a precision when `repr_like`, which keeps at
/// least one digit after the point).
fn general(a: f64, prec: usize, alt: bool, upper: bool, repr_like: bool) -> String {
    let p = prec.max(1);
    let t = format!("{:.*e}", p - 1, a);
    let exp: i64 = t
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    let mut out = if -4 <= exp && exp < p as i64 {
        let decimals = (p as i64 - 1 - exp).max(0) as usize;
        let mut s = format!("{:.*}", decimals, a);
        if !alt {
            if s.contains('.') {
                let trimmed = s.trim_end_matches('0').trim_end_matches('.');
                s = trimmed.to_string();
            }
            if repr_like && !s.contains('.') {
                s.push_str(".0");
            }
        } else if !s.contains('.') {
            s.push('.');
        }
        s
    } else {
        let mut s = sci(a, p - 1, alt, upper);
        if !alt {
            if let Some(epos) = s.find(['e', 'E']) {
                let (m, e) = s.split_at(epos);
                let m = if m.contains('.') {
                    m.trim_end_matches('0').trim_end_matches('.')
                } else {
                    m
                };
                s = format!("{m}{e}");
            }
        }
        s
    };
    if upper {
        out = out.to_uppercase();
    }
    out
}

/// `repr(float)` exactly as CPython: shortest round-trip digits, fixed notation for
/// exponents in `-4..16`, else scientific with a signed two-digit exponent.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let mut t = format!("{:e}", f.abs());
    let digit_count = |t: &str| {
        t.split('e')
            .next()
            .map_or(0, |m| m.bytes().filter(u8::is_ascii_digit).count())
    };
    let nd = digit_count(&t);
    if nd >= 16 {
        // When the value lies exactly halfway between the two shortest candidates, Rust's
        // shortest formatting takes the upper one and CPython's the even one
        // (278854190616913.625 -> ...913.62). Exact formatting to as many digits rounds
        // half to even, and the result still round-trips (it is the closest candidate).
        t = format!("{:.*e}", nd - 1, f.abs());
    }
    let (mant, exp) = t.split_once('e').unwrap_or((&t, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let nd = digits.len() as i64;
    let mut out = String::with_capacity(24);
    if f < 0.0 {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else if nd > exp + 1 {
            let (i, fr) = digits.split_at((exp + 1) as usize);
            out.push_str(i);
            out.push('.');
            out.push_str(fr);
        } else {
            out.push_str(&digits);
            for _ in 0..(exp + 1 - nd) {
                out.push('0');
            }
            out.push_str(".0");
        }
    } else {
        out.push_str(&digits[..1]);
        if nd > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// The digits of `|a|` for %-style float conversions (`f e g` and upper-case forms).
pub(crate) fn float_body(a: f64, ty: char, prec: usize, alt: bool) -> String {
    let upper = ty.is_ascii_uppercase();
    if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        return if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        };
    }
    match ty {
        'f' | 'F' => fixed(a, prec, alt),
        'e' | 'E' => sci(a, prec, alt, upper),
        _ => general(a, prec, alt, upper, false),
    }
}

#[cfg(test)]
#[allow(clippy::approx_constant, clippy::excessive_precision)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs() {
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1.5e-7, "1.5e-07"),
            (1e-4, "0.0001"),
            (1e-5, "1e-05"),
            (-0.0, "-0.0"),
            (100000000000000.0, "100000000000000.0"),
            (123456789.123456789, "123456789.12345679"),
            (0.30000000000000004, "0.30000000000000004"),
            // A tie between the two shortest candidates: CPython takes the even digit.
            (278854190616913.625, "278854190616913.62"),
            (1e100, "1e+100"),
            (f64::INFINITY, "inf"),
            (-2.5, "-2.5"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
        ];
        for (f, s) in cases {
            assert_eq!(float_repr(*f), *s);
        }
    }

    #[test]
    fn float_specs() {
        assert_eq!(format_float(3.14159, ".2f").unwrap(), "3.14");
        assert_eq!(format_float(0.5, "%").unwrap(), "50.000000%");
        assert_eq!(format_float(-1.5, "+.3f").unwrap(), "-1.500");
        assert_eq!(format_float(12.0, "g").unwrap(), "12");
        assert_eq!(format_float(1234567.891, ",.2f").unwrap(), "1,234,567.89");
        assert_eq!(format_float(1e100, ".2f").unwrap().len(), 104);
        assert_eq!(format_float(12345.678, "e").unwrap(), "1.234568e+04");
        assert_eq!(format_float(0.00001234, "g").unwrap(), "1.234e-05");
        assert_eq!(format_float(1.0, ".3").unwrap(), "1.0");
        assert_eq!(format_float(1234.5, ".3").unwrap(), "1.23e+03");
        assert_eq!(format_float(3.5, "10.2f").unwrap(), "      3.50");
        assert_eq!(format_float(-3.5, "010.2f").unwrap(), "-000003.50");
        assert_eq!(format_float(2.5, "^9.1f").unwrap(), "   2.5   ");
        assert_eq!(format_float(f64::INFINITY, "F").unwrap(), "INF");
        assert_eq!(format_float(1e16, "").unwrap(), "1e+16");
        assert_eq!(format_float(123.0, "#.0f").unwrap(), "123.");
    }

    #[test]
    fn int_specs() {
        let b = |i: i64| BigInt::from(i);
        assert_eq!(format_int(&b(42), "05d", "int").unwrap(), "00042");
        assert_eq!(format_int(&b(1234567), ",", "int").unwrap(), "1,234,567");
        assert_eq!(format_int(&b(255), "#x", "int").unwrap(), "0xff");
        assert_eq!(format_int(&b(255), "#010b", "int").unwrap(), "0b11111111");
        assert_eq!(format_int(&b(-42), "=+8d", "int").unwrap(), "-     42");
        assert_eq!(format_int(&b(1234), "09,", "int").unwrap(), "0,001,234");
        assert_eq!(format_int(&b(65535), "_x", "int").unwrap(), "ffff");
        assert_eq!(
            format_int(&b(1 << 20), "_b", "int").unwrap(),
            "1_0000_0000_0000_0000_0000"
        );
        assert_eq!(format_int(&b(65), "c", "int").unwrap(), "A");
        assert_eq!(format_int(&b(5), ".2f", "int").unwrap(), "5.00");
        assert_eq!(format_int(&b(42), "*^8", "int").unwrap(), "***42***");
        assert!(format_int(&b(1), ".2d", "int").is_err());
        assert!(format_int(&b(1), "z", "int").is_err());
    }

    #[test]
    fn fstring_corpus_cases() {
        let x = 3.14159265;
        let ff = |v: f64, sp: &str| format_float(v, sp).unwrap();
        assert_eq!(ff(x, "08.2f"), "00003.14");
        assert_eq!(ff(-x, "08.2f"), "-0003.14");
        assert_eq!(ff(x, " .2f"), " 3.14");
        assert_eq!(ff(x, "<10.2f"), "3.14      ");
        assert_eq!(ff(0.25, ".1%"), "25.0%");
        assert_eq!(ff(1.0 / 3.0, ".2%"), "33.33%");
        assert_eq!(ff(0.000123, "E"), "1.230000E-04");
        assert_eq!(ff(12345.678, "g"), "12345.7");
        assert_eq!(ff(1e20, "g"), "1e+20");
        assert_eq!(ff(3.5, ".0f"), "4");
        assert_eq!(ff(f64::NAN, "f"), "nan");
        assert_eq!(ff(f64::INFINITY, ".2f"), "inf");
        assert_eq!(ff(1e-10, ""), "1e-10");
        assert_eq!(ff(3.0e20, ""), "3e+20");
        let b = |i: i64| BigInt::from(i);
        assert_eq!(format_int(&b(100), "g", "int").unwrap(), "100");
        assert_eq!(
            format_int(&b(123456789), "g", "int").unwrap(),
            "1.23457e+08"
        );
        assert_eq!(format_int(&b(255), "c", "int").unwrap(), "ÿ");
        assert_eq!(format_int(&b(255), "08b", "int").unwrap(), "11111111");
        assert_eq!(format_int(&b(255), "#010x", "int").unwrap(), "0x000000ff");
        assert_eq!(format_int(&b(255), " d", "int").unwrap(), " 255");
        assert_eq!(format_int(&b(255), "%", "int").unwrap(), "25500.000000%");
        assert_eq!(format_int(&b(-1234567), ",", "int").unwrap(), "-1,234,567");
        assert_eq!(format_int(&b(1234567), "_", "int").unwrap(), "1_234_567");
    }

    #[test]
    fn str_specs() {
        assert_eq!(format_str("s", ">4").unwrap(), "   s");
        assert_eq!(format_str("abc", "*^7").unwrap(), "**abc**");
        assert_eq!(format_str("abcdef", ".3").unwrap(), "abc");
        assert_eq!(format_str("ab", "05").unwrap(), "ab000");
        assert!(format_str("abc", "d").is_err());
        assert!(format_str("abc", "=5").is_err());
    }
}
