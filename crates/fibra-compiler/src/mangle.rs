//! Private name mangling: inside a class, `__spam` is spelled `_Class__spam`.
//!
//! CPython rewrites such identifiers at compile time (its `_Py_Mangle`), wherever they
//! are used as names: variables, attributes, parameters, `def`/`class` names, imports.
//! The symbol table and code generation must mangle the same names with the same class,
//! so both call [`mangle`] with the innermost enclosing class's name.

use std::borrow::Cow;

/// `name` as written inside the class named `private` (none outside any class).
///
/// Mangled: names starting with two underscores that neither end with two underscores
/// (dunders) nor contain a dot (dotted module names). The class name loses its leading
/// underscores; a class named only with underscores mangles nothing.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class}{name}"))
}

#[cfg(test)]
mod tests {
    use super::mangle;

    #[test]
    fn follows_cpython() {
        let m = |name, class| mangle(Some(class), name).into_owned();
        assert_eq!(m("foo", "Bar"), "foo");
        assert_eq!(m("__foo__", "Bar"), "__foo__");
        assert_eq!(m("__foo.baz", "Bar"), "__foo.baz");
        assert_eq!(m("__", "Bar"), "__");
        assert_eq!(m("___", "Bar"), "___");
        assert_eq!(m("__foo", "Bar"), "_Bar__foo");
        assert_eq!(m("__foo", "__Bar"), "_Bar__foo");
        assert_eq!(m("__foo", "___"), "__foo");
        assert_eq!(m("___foo", "_Bar"), "_Bar___foo");
        assert_eq!(m("__foo_", "Bar"), "_Bar__foo_");
        assert_eq!(mangle(None, "__foo"), "__foo");
    }
}
