//! Arguments of a call into native code, in CPython's vectorcall shape: positional
//! arguments followed by keyword-argument values, whose names are in `kwnames`.

use crate::error::{type_error, PyResult};
use crate::value::Value;

pub struct Args<'a> {
    /// Positional arguments followed by the values of the keyword arguments.
    pub values: &'a [Value],
    /// Names (str values) of the last `kwnames.len()` entries of `values`.
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(values: &'a [Value], kwnames: &'a [Value]) -> Args<'a> {
        Args { values, kwnames }
    }

    /// Positional arguments only.
    pub fn positional_only(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    /// (name, value) pairs of the keyword arguments.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let start = self.values.len() - self.kwnames.len();
        self.kwnames
            .iter()
            .zip(&self.values[start..])
            .map(|(k, v)| (k.as_str().unwrap_or(""), v))
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kwargs().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// Checks there are no keyword arguments and `min..=max` positional ones; returns them.
    /// `fname` is used in messages: "len() takes exactly one argument (2 given)".
    pub fn check(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        if let Some((k, _)) = self.kwargs().next() {
            return Err(type_error(format!(
                "{fname}() takes no keyword arguments (got '{k}')"
            )));
        }
        self.check_pos(fname, min, max)
    }

    /// Like [`Args::check`] but allows keyword arguments (check them with
    /// [`Args::check_kwargs`]).
    pub fn check_pos(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        let pos = self.pos();
        let n = pos.len();
        if n < min || n > max {
            let msg = if min == max {
                match min {
                    0 => format!("{fname}() takes no arguments ({n} given)"),
                    1 => format!("{fname}() takes exactly one argument ({n} given)"),
                    _ => format!("{fname}() takes exactly {min} arguments ({n} given)"),
                }
            } else if n < min {
                format!("{fname}() takes at least {min} arguments ({n} given)")
            } else {
                format!("{fname}() takes at most {max} arguments ({n} given)")
            };
            return Err(type_error(msg));
        }
        Ok(pos)
    }

    /// Rejects keyword arguments not in `allowed`.
    pub fn check_kwargs(&self, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in self.kwargs() {
            if !allowed.contains(&k) {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
        Ok(())
    }

    /// Positional argument `i`, or keyword `name`, or None.
    pub fn arg(&self, i: usize, name: &str) -> Option<&'a Value> {
        self.pos().get(i).or_else(|| self.kwarg(name))
    }
}
