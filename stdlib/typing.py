"""Type hints (PEP 484): the names scripts import and use in annotations.

Fibra does not check annotations, and neither does CPython at run time: this module makes
`from typing import List, Optional, ...` work, lets every form be subscripted and combined
(`Dict[str, List[int]]`, `Optional[int]`, `int | None`, `Callable[[int], str]`), and
provides the run-time helpers (`TypeVar`, `Generic`, `Protocol`, `NamedTuple`,
`TypedDict`, `cast`, `overload`, `get_type_hints`, ...). Differences from CPython are in
docs/stdlib.md: `isinstance` does not accept the aliases.
"""

import collections

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, (list, tuple)):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    return repr(obj)


class _Final:
    """Forms that are neither classes nor meant to be subclassed."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    """A subscripted form: `List[int]`, `Dict[str, int]`, `Optional[str]`..."""

    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == "Callable" and len(self.__args__) == 2 and isinstance(
                self.__args__[0], list):
            params, result = self.__args__
            return "typing.Callable[[%s], %s]" % (
                ", ".join(_type_repr(p) for p in params), _type_repr(result))
        if self._name == "Optional":
            return "typing.Optional[%s]" % _type_repr(self.__args__[0])
        return "typing.%s[%s]" % (self._name, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __getitem__(self, params):
        # A generic alias over type variables, subscripted again (`Pair[int]`).
        return _GenericAlias(self.__origin__, _as_tuple(params), self._name)

    def __call__(self, *args, **kwargs):
        if not isinstance(self.__origin__, type):
            raise TypeError("Type %s cannot be instantiated" % self._name)
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, type):
            return (self.__origin__,)
        return ()


def _as_tuple(params):
    if isinstance(params, tuple):
        return params
    return (params,)


class _SpecialGeneric(_Final):
    """`List`, `Dict`, ...: the bare alias of a class, subscriptable."""

    def __init__(self, name, origin, nparams):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = _as_tuple(params)
        if self._nparams >= 0 and len(params) != self._nparams and not (
                self._name == "Tuple"):
            raise TypeError("Too %s arguments for typing.%s; actual %d, expected %d" % (
                "many" if len(params) > self._nparams else "few", self._name,
                len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if not isinstance(self.__origin__, type):
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (
                self._name, self._name.lower()))
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, type):
            return (self.__origin__,)
        return ()


class _SpecialForm(_Final):
    """`Any`, `Union`, `Optional`, `ClassVar`, ...: forms with their own rules."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError("typing.%s is not subscriptable" % self._name)
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing.%s" % self._name)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass typing.%s" % self._name)


def _union(form, params):
    params = _as_tuple(params)
    if not params:
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p._name == "Union":
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(tuple(flat))


class _UnionAlias(_GenericAlias):
    def __init__(self, args):
        _GenericAlias.__init__(self, Union, args, "Union")

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[%s]" % _type_repr(other)
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _optional(form, param):
    return _union(Union, (param, None))


def _one_arg(form, param):
    return _GenericAlias(form, (param,), form._name)


def _literal(form, params):
    return _GenericAlias(form, _as_tuple(params), "Literal")


def _annotated(form, params):
    params = _as_tuple(params)
    if len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    alias = _GenericAlias(form, params, "Annotated")
    alias.__metadata__ = params[1:]
    return alias


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar", _one_arg)
Final = _SpecialForm("Final", _one_arg)
Required = _SpecialForm("Required", _one_arg)
NotRequired = _SpecialForm("NotRequired", _one_arg)
TypeGuard = _SpecialForm("TypeGuard", _one_arg)
Literal = _SpecialForm("Literal", _literal)
Annotated = _SpecialForm("Annotated", _annotated)


class _Abstract:
    """Stands for an abstract collection (`Iterable`, `Mapping`, ...) as an origin."""

    def __init__(self, name):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = "collections.abc"

    def __repr__(self):
        return "<class 'collections.abc.%s'>" % self.__name__


def _alias(name, origin, nparams):
    return _SpecialGeneric(name, origin, nparams)


List = _alias("List", list, 1)
Dict = _alias("Dict", dict, 2)
Set = _alias("Set", set, 1)
FrozenSet = _alias("FrozenSet", frozenset, 1)
Tuple = _alias("Tuple", tuple, -1)
Type = _alias("Type", type, 1)
Deque = _alias("Deque", collections.deque, 1)
DefaultDict = _alias("DefaultDict", collections.defaultdict, 2)
OrderedDict = _alias("OrderedDict", collections.OrderedDict, 2)
Counter = _alias("Counter", collections.Counter, 1)
ChainMap = _alias("ChainMap", collections.ChainMap, 2) if hasattr(
    collections, "ChainMap") else _alias("ChainMap", _Abstract("ChainMap"), 2)
Callable = _alias("Callable", _Abstract("Callable"), -1)
Iterable = _alias("Iterable", _Abstract("Iterable"), 1)
Iterator = _alias("Iterator", _Abstract("Iterator"), 1)
Generator = _alias("Generator", _Abstract("Generator"), 3)
Reversible = _alias("Reversible", _Abstract("Reversible"), 1)
Container = _alias("Container", _Abstract("Container"), 1)
Collection = _alias("Collection", _Abstract("Collection"), 1)
Sequence = _alias("Sequence", _Abstract("Sequence"), 1)
MutableSequence = _alias("MutableSequence", _Abstract("MutableSequence"), 1)
AbstractSet = _alias("AbstractSet", _Abstract("Set"), 1)
MutableSet = _alias("MutableSet", _Abstract("MutableSet"), 1)
Mapping = _alias("Mapping", _Abstract("Mapping"), 2)
MutableMapping = _alias("MutableMapping", _Abstract("MutableMapping"), 2)
KeysView = _alias("KeysView", _Abstract("KeysView"), 1)
ItemsView = _alias("ItemsView", _Abstract("ItemsView"), 2)
ValuesView = _alias("ValuesView", _Abstract("ValuesView"), 1)
Awaitable = _alias("Awaitable", _Abstract("Awaitable"), 1)
Coroutine = _alias("Coroutine", _Abstract("Coroutine"), 3)
AsyncIterable = _alias("AsyncIterable", _Abstract("AsyncIterable"), 1)
AsyncIterator = _alias("AsyncIterator", _Abstract("AsyncIterator"), 1)
ContextManager = _alias("ContextManager", _Abstract("AbstractContextManager"), 1)
Hashable = _Abstract("Hashable")
Sized = _Abstract("Sized")
SupportsInt = _Abstract("SupportsInt")
SupportsFloat = _Abstract("SupportsFloat")
SupportsIndex = _Abstract("SupportsIndex")
SupportsAbs = _Abstract("SupportsAbs")
SupportsRound = _Abstract("SupportsRound")
SupportsBytes = _Abstract("SupportsBytes")
Text = str
ByteString = bytes
IO = _alias("IO", _Abstract("IO"), 1)
TextIO = _Abstract("TextIO")
BinaryIO = _Abstract("BinaryIO")
Pattern = _alias("Pattern", _Abstract("Pattern"), 1)
Match = _alias("Match", _Abstract("Match"), 1)


class TypeVar(_Final):
    """A type variable: `T = TypeVar("T")`, `N = TypeVar("N", int, float)`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound

    def __repr__(self):
        return "~" + self.__name__


class _BaseMarker(_Final):
    """`Generic[T]` / `Protocol[T]` in a class's bases: stands for `Generic`/`Protocol`
    (recorded in `__orig_bases__`)."""

    def __init__(self, name, params):
        self._name = name
        self.__args__ = params
        self.__parameters__ = tuple(p for p in params if isinstance(p, TypeVar))

    def __repr__(self):
        return "typing.%s[%s]" % (self._name, ", ".join(_type_repr(a) for a in self.__args__))

    def __mro_entries__(self, bases):
        # As CPython: `Generic[T]` adds `Generic` unless `Protocol` or a later generic
        # alias will bring it in.
        if self._name == "Generic":
            if Protocol in bases:
                return ()
            after = False
            for b in bases:
                if b is self:
                    after = True
                elif after and isinstance(b, (_GenericAlias, _BaseMarker)):
                    return ()
        return (Protocol if self._name == "Protocol" else Generic,)


class _UserAlias(_GenericAlias):
    """`Stack[int]` for a user generic class: callable, subclassable."""

    def __repr__(self):
        cls = self.__origin__
        return "%s.%s[%s]" % (cls.__module__, cls.__qualname__,
                              ", ".join(_type_repr(a) for a in self.__args__))


class Generic:
    """The base of user generic classes: `class Stack(Generic[T])`."""

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return _BaseMarker(cls.__name__, _as_tuple(params))
        return _UserAlias(cls, _as_tuple(params), cls.__name__)


class Protocol(Generic):
    """Structural types (PEP 544); not checked at run time."""


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    """Returns `val` unchanged: a hint to type checkers."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @typing.overload-"
            "decorated functions outside a stub module should always be followed by an "
            "implementation that is not @typing.overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGeneric)):
        origin = tp.__origin__
        return None if isinstance(tp, _SpecialGeneric) else origin
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its MRO, base first) or of a function or module."""
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            hints.update(klass.__dict__.get("__annotations__", {}))
        return hints
    return dict(getattr(obj, "__annotations__", {}) or {})


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class _NamedTupleBase(tuple):
    """What `class P(NamedTuple)` derives from: turns the annotated fields into a named
    tuple (as `collections.namedtuple`), keeping the class's own methods."""

    def __init_subclass__(cls, **kwargs):
        ns = cls.__dict__
        fields = list(ns.get("__annotations__", {}))
        defaults = []
        for name in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default "
                                "field%s %s" % (name, "s" if len(defaults) > 1 else "",
                                                ", ".join(fields[:len(defaults)])))
        nt = collections.namedtuple(cls.__name__, fields, defaults=defaults or None,
                                    module=cls.__module__)
        for key in ("__new__", "_make", "_replace", "__repr__", "_asdict",
                    "__getnewargs__", "_fields", "_field_defaults", "__match_args__"):
            if key == "__repr__" and "__repr__" in ns:
                continue
            setattr(cls, key, nt.__dict__[key])
        for name in fields:
            setattr(cls, name, nt.__dict__[name])


class _NamedTupleMarker:
    def __call__(self, typename, fields=None, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        return collections.namedtuple(typename, [f[0] for f in fields])

    def __mro_entries__(self, bases):
        return (_NamedTupleBase,)

    def __repr__(self):
        return "<function NamedTuple>"


NamedTuple = _NamedTupleMarker()


class _TypedDictBase(dict):
    """What `class Movie(TypedDict)` derives from: a dict (not checked)."""

    def __init_subclass__(cls, total=True, **kwargs):
        cls.__total__ = total
        keys = frozenset(cls.__dict__.get("__annotations__", {}))
        cls.__required_keys__ = keys if total else frozenset()
        cls.__optional_keys__ = frozenset() if total else keys


class _TypedDictMarker:
    def __call__(self, typename, fields=None, *, total=True, **kwargs):
        ns = {"__annotations__": dict(fields or kwargs)}
        return type(typename, (_TypedDictBase,), ns)

    def __mro_entries__(self, bases):
        return (_TypedDictBase,)

    def __repr__(self):
        return "<function TypedDict>"


TypedDict = _TypedDictMarker()
