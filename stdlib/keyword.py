"""Keywords of Python 3.11 (CPython's `keyword`): `kwlist`, `softkwlist`, `iskeyword`,
`issoftkeyword`. The lists are CPython's, whether or not Fibra supports the syntax."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from',
    'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
    'raise', 'return', 'try', 'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

_kwset = frozenset(kwlist)
_softkwset = frozenset(softkwlist)


def iskeyword(s):
    """Whether `s` is a keyword."""
    return s in _kwset


def issoftkeyword(s):
    """Whether `s` is a soft keyword."""
    return s in _softkwset
