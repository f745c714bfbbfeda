//! Python exceptions as Rust errors: `PyResult<T>` is `Result<T, Exc>` where `Exc` holds
//! the exception instance.

use crate::object::{ExceptionObj, Payload};
use crate::types::{is_subclass, types};
use crate::value::Value;

/// A raised Python exception (an instance of `BaseException` or a subclass).
#[derive(Clone, Debug)]
pub struct Exc(pub Value);

pub type PyResult<T = Value> = Result<T, Exc>;

impl Exc {
    /// An exception of class `ty` with `args == (msg,)`.
    pub fn new(ty: &Value, msg: impl Into<String>) -> Exc {
        Exc::with_args(ty, vec![Value::string(msg.into())])
    }

    /// An exception of class `ty` with the given `args`.
    pub fn with_args(ty: &Value, args: Vec<Value>) -> Exc {
        Exc(Value::new_obj(
            ty.clone(),
            Payload::Exception(Box::new(ExceptionObj::new(Value::tuple(args)))),
        ))
    }

    /// The exception instance.
    pub fn value(&self) -> &Value {
        &self.0
    }

    /// Is this exception an instance of `ty` (or a subclass)?
    pub fn matches(&self, ty: &Value) -> bool {
        is_subclass(self.0.class(), ty)
    }

    pub fn exception(&self) -> Option<&ExceptionObj> {
        match self.0.payload() {
            Some(Payload::Exception(e)) => Some(e),
            _ => None,
        }
    }
}

/// `return Err(...)` with a formatted message: `raise!(type_error, "bad {}", x)`.
/// The first argument names a field of [`crate::types::BuiltinTypes`].
#[macro_export]
macro_rules! raise {
    ($ty:ident, $($fmt:tt)*) => {
        return Err($crate::error::Exc::new(&$crate::types::types().$ty, format!($($fmt)*)))
    };
}

/// Builds an error value: `err!(value_error, "bad {}", x)`.
#[macro_export]
macro_rules! err {
    ($ty:ident, $($fmt:tt)*) => {
        $crate::error::Exc::new(&$crate::types::types().$ty, format!($($fmt)*))
    };
}

pub fn type_error(msg: impl Into<String>) -> Exc {
    Exc::new(&types().type_error, msg)
}
pub fn value_error(msg: impl Into<String>) -> Exc {
    Exc::new(&types().value_error, msg)
}
pub fn index_error(msg: impl Into<String>) -> Exc {
    Exc::new(&types().index_error, msg)
}
pub fn attribute_error(msg: impl Into<String>) -> Exc {
    Exc::new(&types().attribute_error, msg)
}
pub fn overflow_error(msg: impl Into<String>) -> Exc {
    Exc::new(&types().overflow_error, msg)
}
pub fn zero_division_error(msg: impl Into<String>) -> Exc {
    Exc::new(&types().zero_division_error, msg)
}
pub fn runtime_error(msg: impl Into<String>) -> Exc {
    Exc::new(&types().runtime_error, msg)
}
pub fn memory_error() -> Exc {
    Exc::with_args(&types().memory_error, vec![])
}
/// `KeyError(key)`: the key itself is the argument (its repr is the message).
pub fn key_error(key: Value) -> Exc {
    Exc::with_args(&types().key_error, vec![key])
}
/// `StopIteration(value)`.
pub fn stop_iteration(value: Value) -> Exc {
    if value.is_none() {
        Exc::with_args(&types().stop_iteration, vec![])
    } else {
        Exc::with_args(&types().stop_iteration, vec![value])
    }
}
