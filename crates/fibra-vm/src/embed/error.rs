//! The embedding API's error type.

use std::fmt;

use crate::ctx::Ctx;
use crate::error::Exc;

use super::convert::ConversionError;
use super::Object;

/// A script exception that reached the host.
#[derive(Clone)]
pub struct ScriptError {
    /// The exception class name (`"ValueError"`, `"ZeroDivisionError"`...).
    pub type_name: String,
    /// `str(exception)`.
    pub message: String,
    /// The full traceback text, as CPython prints it (ends with a newline).
    pub traceback: String,
    /// The exception object itself.
    pub exception: Object,
}

impl fmt::Debug for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ScriptError")
            .field("type_name", &self.type_name)
            .field("message", &self.message)
            .finish_non_exhaustive()
    }
}

/// Everything an embedding call can fail with.
#[derive(Clone, Debug)]
pub enum Error {
    /// The script raised an exception (including `SyntaxError`, `RecursionError`,
    /// `MemoryError` from the memory cap, and exceptions raised by host functions).
    Exception(ScriptError),
    /// The code was stopped by an [`super::InterruptHandle`].
    Interrupted,
    /// The call's (or the interpreter's) operation budget ran out.
    OperationLimit,
    /// A value did not convert to the Rust type asked for.
    Conversion(ConversionError),
}

impl Error {
    /// Whether this is [`Error::Interrupted`].
    pub fn is_interrupted(&self) -> bool {
        matches!(self, Error::Interrupted)
    }

    /// Whether this is [`Error::OperationLimit`].
    pub fn is_operation_limit(&self) -> bool {
        matches!(self, Error::OperationLimit)
    }

    /// The script exception's class name, for [`Error::Exception`].
    pub fn exception_type(&self) -> Option<&str> {
        match self {
            Error::Exception(e) => Some(&e.type_name),
            _ => None,
        }
    }

    /// The script exception, for [`Error::Exception`].
    pub fn script_error(&self) -> Option<&ScriptError> {
        match self {
            Error::Exception(e) => Some(e),
            _ => None,
        }
    }

    /// Builds the host-side error for an exception that escaped script code.
    pub(crate) fn from_exc(cx: &mut Ctx, exc: Exc) -> Error {
        let ty = exc.value().class().clone();
        if ty.is(super::limits::interrupted_type()) {
            return Error::Interrupted;
        }
        if ty.is(super::limits::budget_type()) {
            return Error::OperationLimit;
        }
        let type_name = exc.value().type_name().to_string();
        let message = crate::ops::str(cx, exc.value()).unwrap_or_default();
        let traceback = cx.format_exception(&exc);
        Error::Exception(ScriptError {
            type_name,
            message,
            traceback,
            exception: Object::new(exc.0),
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Exception(e) if e.message.is_empty() => write!(f, "{}", e.type_name),
            Error::Exception(e) => write!(f, "{}: {}", e.type_name, e.message),
            Error::Interrupted => write!(f, "interrupted by the host"),
            Error::OperationLimit => write!(f, "operation budget exhausted"),
            Error::Conversion(e) => write!(f, "conversion error: {e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<ConversionError> for Error {
    fn from(e: ConversionError) -> Error {
        Error::Conversion(e)
    }
}

/// `Result<T, Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;
