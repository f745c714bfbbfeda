"""Names for the interpreter's types and a few helpers (CPython's `types`), in Fibra.

Supported: `SimpleNamespace` (keyword construction, repr, `==`),
`MappingProxyType` (a read-only view of a mapping: lookup, iteration, `len`, `in`, `get`,
`keys`/`values`/`items`, `copy`, `|`, `==`, repr), `FunctionType`/`LambdaType`,
`MethodType` (also `MethodType(func, obj)`), `BuiltinFunctionType`/`BuiltinMethodType`,
`ModuleType` (also `ModuleType(name, doc)`), `GeneratorType`, `CoroutineType`,
`AsyncGeneratorType`, `NoneType`,
`EllipsisType`, `NotImplementedType`, `GenericAlias`, `UnionType`, `TracebackType`,
`FrameType`, `CellType`, `CodeType`, `MemberDescriptorType`, `new_class` and `prepare_class` (with metaclasses and
class keywords), `resolve_bases`.
Not supported: `DynamicClassAttribute`, `coroutine` (generator-based coroutines). `MappingProxyType` is a Python class
named `mappingproxy`, so `type(proxy)` shows `<class 'types.mappingproxy'>`.
"""

import sys as _sys

__all__ = ["FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace",
           "CellType", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType", "BuiltinFunctionType",
           "BuiltinMethodType", "ModuleType", "TracebackType", "FrameType", "NoneType",
           "MemberDescriptorType",
           "EllipsisType", "NotImplementedType", "GenericAlias", "UnionType", "new_class",
           "resolve_bases", "prepare_class"]


def _f():
    pass


def _cell_maker():
    a = 1

    def inner():
        return a
    return inner


def _g():
    yield 1


async def _c():
    pass


async def _ag():
    yield 1


class _C:
    __slots__ = ("_s",)

    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
CellType = type(_cell_maker().__closure__[0])
GeneratorType = type(_g())
_co = _c()
CoroutineType = type(_co)
_co.close()
AsyncGeneratorType = type(_ag())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)
MemberDescriptorType = type(_C._s)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)
    _e = None

del _f, _cell_maker, _g, _c, _co, _ag, _C


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was built with."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if _repr_running(self):
            return name + "(...)"
        _repr_enter(self)
        try:
            items = [k + "=" + repr(v) for k, v in vars(self).items()]
        finally:
            _repr_leave(self)
        return name + "(" + ", ".join(items) + ")"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) != vars(other)
        return NotImplemented

    __hash__ = None


_repr_active = set()


def _repr_running(obj):
    return id(obj) in _repr_active


def _repr_enter(obj):
    _repr_active.add(id(obj))


def _repr_leave(obj):
    _repr_active.discard(id(obj))


class mappingproxy:
    """A read-only view of a mapping (CPython's `types.MappingProxyType`)."""

    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__") \
                or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not "
                            + type(mapping).__name__)
        object.__setattr__(self, "_mapping", mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '" + name + "'")

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __eq__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping == other

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __repr__(self):
        return "mappingproxy(" + repr(self._mapping) + ")"

    def __str__(self):
        return str(self._mapping)


MappingProxyType = mappingproxy


def resolve_bases(bases):
    """Replace bases that define `__mro_entries__` by what it returns (PEP 560)."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        changed = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not changed:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Return `(metaclass, namespace, kwds)` for a class statement: the most derived
    metaclass and what its `__prepare__` made."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """The most derived metaclass of `meta` and the bases' metaclasses."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class dynamically, as a class statement would."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)
