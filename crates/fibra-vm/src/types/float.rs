use super::BuiltinTypes;

pub(crate) fn register(_t: &BuiltinTypes) {}
