//! Converting values across the host boundary: [`IntoPy`] (Rust -> script) and [`FromPy`]
//! (script -> Rust), with a typed [`ConversionError`] on a mismatch.
//!
//! | Rust | script |
//! |------|--------|
//! | `i64`, `i32`, `u32`, `u64`, `usize` | `int` (range-checked; `bool` is accepted as an int, as in Python) |
//! | `f64` | `float` (an `int` is accepted and converted) |
//! | `bool` | `bool` (strict) |
//! | `String`, `&str` | `str` |
//! | `Vec<T>` | `list` (a `tuple` is accepted too) |
//! | `HashMap<String, T>` | `dict` with `str` keys |
//! | `Option<T>` | `None` or `T` |
//! | `(A, B)` .. `(A, B, C, D)` | `tuple` (a `list` of the right length is accepted too) |
//! | `()` | `None` |
//! | [`Object`] | anything (a handle) |
//! | `Arc<T>` for a registered host type `T` | its instances (see [`super::HostType`]) |

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use crate::ctx::Ctx;
use crate::object::Payload;
use crate::value::Value;

use super::Object;

/// A script value did not have the type a Rust conversion expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConversionError {
    /// What the conversion expected (`"int"`, `"str"`, `"tuple of length 2"`...).
    pub expected: String,
    /// The script type it found (`"str"`), or a reason (`"int too large"`).
    pub found: String,
}

impl ConversionError {
    /// A mismatch: expected `expected`, found a value of script type `found`.
    pub fn new(expected: impl Into<String>, found: impl Into<String>) -> ConversionError {
        ConversionError {
            expected: expected.into(),
            found: found.into(),
        }
    }

    fn of(expected: &str, v: &Value) -> ConversionError {
        ConversionError::new(expected, v.type_name())
    }
}

impl fmt::Display for ConversionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected {}, got {}", self.expected, self.found)
    }
}

impl std::error::Error for ConversionError {}

/// Converts a Rust value into a script value.
///
/// Implemented for the types in the [module table](self); implement it for your own types
/// to pass them to scripts (usually by building a dict, a tuple, or a host-type instance).
pub trait IntoPy {
    /// Builds the script value. `cx` is the calling thread's context (needed for host-type
    /// instances, whose class is per interpreter).
    fn into_py(self, cx: &mut Ctx) -> Result<Value, ConversionError>;
}

/// Converts a script value into a Rust value; a mismatch is a [`ConversionError`]
/// (`expected int, got str`). No script code runs during a conversion.
pub trait FromPy: Sized {
    /// Reads `v` as `Self`.
    fn from_py(cx: &mut Ctx, v: &Value) -> Result<Self, ConversionError>;
}

// ---- scalars ----------------------------------------------------------------------------

macro_rules! int_conv {
    ($($t:ty),*) => {$(
        impl IntoPy for $t {
            fn into_py(self, _cx: &mut Ctx) -> Result<Value, ConversionError> {
                Ok(match i64::try_from(self) {
                    Ok(i) => Value::int(i),
                    Err(_) => Value::bigint(num_bigint::BigInt::from(self)),
                })
            }
        }
        impl FromPy for $t {
            fn from_py(_cx: &mut Ctx, v: &Value) -> Result<Self, ConversionError> {
                match v.as_int() {
                    Some(i) => <$t>::try_from(i).map_err(|_| {
                        ConversionError::new(stringify!($t), format!("int {i} (out of range)"))
                    }),
                    None if matches!(v.payload(), Some(Payload::Int(_))) => v
                        .as_bigint()
                        .and_then(|b| <$t>::try_from(b).ok())
                        .ok_or_else(|| ConversionError::new(stringify!($t), "int (out of range)")),
                    None => Err(ConversionError::of("int", v)),
                }
            }
        }
    )*};
}
int_conv!(i64, i32, u32, u64, usize, i16, u16, i8, u8, isize);

impl IntoPy for f64 {
    fn into_py(self, _cx: &mut Ctx) -> Result<Value, ConversionError> {
        Ok(Value::float(self))
    }
}

impl FromPy for f64 {
    fn from_py(_cx: &mut Ctx, v: &Value) -> Result<Self, ConversionError> {
        if let Some(f) = v.as_float() {
            return Ok(f);
        }
        if !v.is_bool() {
            if let Some(i) = v.as_int() {
                return Ok(i as f64);
            }
        }
        Err(ConversionError::of("float", v))
    }
}

impl IntoPy for f32 {
    fn into_py(self, _cx: &mut Ctx) -> Result<Value, ConversionError> {
        Ok(Value::float(self as f64))
    }
}

impl FromPy for f32 {
    fn from_py(cx: &mut Ctx, v: &Value) -> Result<Self, ConversionError> {
        f64::from_py(cx, v).map(|f| f as f32)
    }
}

impl IntoPy for bool {
    fn into_py(self, _cx: &mut Ctx) -> Result<Value, ConversionError> {
        Ok(Value::bool(self))
    }
}

impl FromPy for bool {
    fn from_py(_cx: &mut Ctx, v: &Value) -> Result<Self, ConversionError> {
        if v.is_bool() {
            return Ok(v.is(&Value::TRUE));
        }
        Err(ConversionError::of("bool", v))
    }
}

impl IntoPy for String {
    fn into_py(self, _cx: &mut Ctx) -> Result<Value, ConversionError> {
        Ok(Value::string(self))
    }
}

impl IntoPy for &str {
    fn into_py(self, _cx: &mut Ctx) -> Result<Value, ConversionError> {
        Ok(Value::str(self))
    }
}

impl IntoPy for &String {
    fn into_py(self, _cx: &mut Ctx) -> Result<Value, ConversionError> {
        Ok(Value::str(self))
    }
}

impl FromPy for String {
    fn from_py(_cx: &mut Ctx, v: &Value) -> Result<Self, ConversionError> {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| ConversionError::of("str", v))
    }
}

impl IntoPy for () {
    fn into_py(self, _cx: &mut Ctx) -> Result<Value, ConversionError> {
        Ok(Value::NONE)
    }
}

impl FromPy for () {
    fn from_py(_cx: &mut Ctx, v: &Value) -> Result<Self, ConversionError> {
        if v.is_none() {
            Ok(())
        } else {
            Err(ConversionError::of("None", v))
        }
    }
}

// ---- handles ----------------------------------------------------------------------------

impl IntoPy for Object {
    fn into_py(self, _cx: &mut Ctx) -> Result<Value, ConversionError> {
        Ok(self.value().clone())
    }
}

impl IntoPy for &Object {
    fn into_py(self, _cx: &mut Ctx) -> Result<Value, ConversionError> {
        Ok(self.value().clone())
    }
}

impl FromPy for Object {
    fn from_py(_cx: &mut Ctx, v: &Value) -> Result<Self, ConversionError> {
        Ok(Object::new(v.clone()))
    }
}

impl IntoPy for Value {
    fn into_py(self, _cx: &mut Ctx) -> Result<Value, ConversionError> {
        Ok(self)
    }
}

impl FromPy for Value {
    fn from_py(_cx: &mut Ctx, v: &Value) -> Result<Self, ConversionError> {
        Ok(v.clone())
    }
}

// ---- containers -------------------------------------------------------------------------

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self, cx: &mut Ctx) -> Result<Value, ConversionError> {
        match self {
            Some(v) => v.into_py(cx),
            None => Ok(Value::NONE),
        }
    }
}

impl<T: FromPy> FromPy for Option<T> {
    fn from_py(cx: &mut Ctx, v: &Value) -> Result<Self, ConversionError> {
        if v.is_none() {
            Ok(None)
        } else {
            T::from_py(cx, v).map(Some)
        }
    }
}

impl<T: IntoPy> IntoPy for Vec<T> {
    fn into_py(self, cx: &mut Ctx) -> Result<Value, ConversionError> {
        let items = self
            .into_iter()
            .map(|x| x.into_py(cx))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Value::list(items))
    }
}

/// A snapshot of a list's or tuple's items.
fn seq_items(v: &Value) -> Option<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(l)) => Some(l.items.lock().to_vec()),
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    }
}

impl<T: FromPy> FromPy for Vec<T> {
    fn from_py(cx: &mut Ctx, v: &Value) -> Result<Self, ConversionError> {
        let items = seq_items(v).ok_or_else(|| ConversionError::of("list", v))?;
        items.iter().map(|x| T::from_py(cx, x)).collect()
    }
}

impl<T: IntoPy, S> IntoPy for HashMap<String, T, S> {
    fn into_py(self, cx: &mut Ctx) -> Result<Value, ConversionError> {
        let d = Value::dict();
        if let Some(Payload::Dict(dict)) = d.payload() {
            for (k, v) in self {
                dict.set_str(&k, v.into_py(cx)?);
            }
        }
        Ok(d)
    }
}

impl<T: FromPy, S: std::hash::BuildHasher + Default> FromPy for HashMap<String, T, S> {
    fn from_py(cx: &mut Ctx, v: &Value) -> Result<Self, ConversionError> {
        let Some(Payload::Dict(d)) = v.payload() else {
            return Err(ConversionError::of("dict", v));
        };
        let mut out = HashMap::with_hasher(S::default());
        for (k, val) in d.items() {
            let key = k
                .as_str()
                .ok_or_else(|| ConversionError::new("dict with str keys", k.type_name()))?;
            out.insert(key.to_string(), T::from_py(cx, &val)?);
        }
        Ok(out)
    }
}

macro_rules! tuple_conv {
    ($n:expr; $($name:ident : $idx:tt),*) => {
        impl<$($name: IntoPy),*> IntoPy for ($($name,)*) {
            fn into_py(self, cx: &mut Ctx) -> Result<Value, ConversionError> {
                Ok(Value::tuple(vec![$(self.$idx.into_py(cx)?),*]))
            }
        }
        impl<$($name: FromPy),*> FromPy for ($($name,)*) {
            fn from_py(cx: &mut Ctx, v: &Value) -> Result<Self, ConversionError> {
                let items = seq_items(v).ok_or_else(|| ConversionError::of("tuple", v))?;
                if items.len() != $n {
                    return Err(ConversionError::new(
                        concat!("tuple of length ", stringify!($n)),
                        format!("{} of length {}", v.type_name(), items.len()),
                    ));
                }
                Ok(($($name::from_py(cx, &items[$idx])?,)*))
            }
        }
    };
}
tuple_conv!(1; A: 0);
tuple_conv!(2; A: 0, B: 1);
tuple_conv!(3; A: 0, B: 1, C: 2);
tuple_conv!(4; A: 0, B: 1, C: 2, D: 3);

// ---- host-type instances ------------------------------------------------------------------

impl<T: Send + Sync + 'static> IntoPy for Arc<T> {
    fn into_py(self, cx: &mut Ctx) -> Result<Value, ConversionError> {
        super::host::wrap_instance(cx, self)
    }
}

impl<T: Send + Sync + 'static> FromPy for Arc<T> {
    fn from_py(_cx: &mut Ctx, v: &Value) -> Result<Self, ConversionError> {
        super::host::instance_data::<T>(v)
            .ok_or_else(|| ConversionError::of(super::host::short_type_name::<T>(), v))
    }
}
