"""Data classes (CPython's `dataclasses`, the common subset), in Fibra.

Supported: `@dataclass` and `@dataclass(init, repr, eq, order, unsafe_hash, frozen)`,
fields from class annotations (Fibra records `__annotations__` in class bodies), defaults,
`field(default=, default_factory=, init=, repr=, compare=, hash=, kw_only=)`,
inheritance from other dataclasses, `__post_init__`, `fields`, `asdict`, `astuple`,
`replace`, `is_dataclass`, `FrozenInstanceError`, `KW_ONLY`-free `kw_only=True`.
`slots=True` (and `weakref_slot`) re-create the class with `__slots__`, as CPython does.
Not supported: `InitVar`, `match_args`, `make_dataclass`.
The generated methods are closures rather than `exec`-compiled code.
"""

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "fields", "asdict",
           "astuple", "replace", "is_dataclass", "MISSING"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith("ClassVar") or annotation.startswith("typing.ClassVar")
    return getattr(annotation, "_name", None) == "ClassVar"


def _process_fields(cls, kw_only_default):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    for name, annotation in annotations.items():
        if _is_classvar(annotation):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = annotation
        if f.kw_only is MISSING:
            f.kw_only = kw_only_default
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError("mutable default %s for field %s is not allowed: "
                             "use default_factory" % (type(f.default), name))
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        all_fields[name] = f
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % (name,))
    return all_fields


def _name_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(cls, flds, frozen):
    init_fields = [f for f in flds if f.init]
    pos_fields = [f for f in init_fields if not f.kw_only]
    kw_fields = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in pos_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument '%s' follows default argument" % f.name)
    other_fields = [f for f in flds if not f.init]
    qualname = cls.__qualname__
    has_post_init = hasattr(cls, "__post_init__")
    setter = object.__setattr__

    def __init__(self, *args, **kwargs):
        if len(args) > len(pos_fields):
            raise TypeError("%s.__init__() takes %d positional argument%s but %d were given"
                            % (qualname, len(pos_fields) + 1,
                               "" if len(pos_fields) == 0 else "s", len(args) + 1))
        for f, value in zip(pos_fields, args):
            if f.name in kwargs:
                raise TypeError("%s.__init__() got multiple values for argument '%s'"
                                % (qualname, f.name))
            setter(self, f.name, value)
        missing = []
        for f in pos_fields[len(args):]:
            if f.name in kwargs:
                setter(self, f.name, kwargs.pop(f.name))
            elif f.default is not MISSING:
                setter(self, f.name, f.default)
            elif f.default_factory is not MISSING:
                setter(self, f.name, f.default_factory())
            else:
                missing.append(f.name)
        if missing:
            raise TypeError("%s.__init__() missing %d required positional argument%s: %s"
                            % (qualname, len(missing), "" if len(missing) == 1 else "s",
                               _name_list(missing)))
        kw_missing = []
        for f in kw_fields:
            if f.name in kwargs:
                setter(self, f.name, kwargs.pop(f.name))
            elif f.default is not MISSING:
                setter(self, f.name, f.default)
            elif f.default_factory is not MISSING:
                setter(self, f.name, f.default_factory())
            else:
                kw_missing.append(f.name)
        if kw_missing:
            raise TypeError("%s.__init__() missing %d required keyword-only argument%s: %s"
                            % (qualname, len(kw_missing), "" if len(kw_missing) == 1 else "s",
                               _name_list(kw_missing)))
        if kwargs:
            raise TypeError("%s.__init__() got an unexpected keyword argument '%s'"
                            % (qualname, next(iter(kwargs))))
        for f in other_fields:
            if f.default is not MISSING:
                setter(self, f.name, f.default)
            elif f.default_factory is not MISSING:
                setter(self, f.name, f.default_factory())
        if has_post_init:
            self.__post_init__()

    return __init__


def _tuple_of(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    all_fields = _process_fields(cls, kw_only)
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = {"init": init, "repr": repr, "eq": eq, "order": order,
                                "unsafe_hash": unsafe_hash, "frozen": frozen}
    flds = list(all_fields.values())
    for base in cls.__mro__[1:]:
        params = base.__dict__.get("__dataclass_params__")
        if params is not None and params["frozen"] != frozen:
            if frozen:
                raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
    if init and "__init__" not in cls.__dict__:
        cls.__init__ = _make_init(cls, flds, frozen)

    repr_fields = [f for f in flds if f.repr]
    if repr and "__repr__" not in cls.__dict__:
        def __repr__(self):
            return "%s(%s)" % (type(self).__qualname__, ", ".join(
                "%s=%r" % (f.name, getattr(self, f.name)) for f in repr_fields))
        cls.__repr__ = __repr__

    cmp_fields = [f for f in flds if f.compare]
    if eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple_of(self, cmp_fields) == _tuple_of(other, cmp_fields)
            return NotImplemented
        cls.__eq__ = __eq__

    if order:
        def make_cmp(name, op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(_tuple_of(self, cmp_fields), _tuple_of(other, cmp_fields))
                return NotImplemented
            method.__name__ = name
            return method
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError("Cannot overwrite attribute %s in class %s. "
                                "Consider using functools.total_ordering"
                                % (name, cls.__name__))
            setattr(cls, name, make_cmp(name, op))

    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError("cannot assign to field '%s'" % name)
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError("cannot delete field '%s'" % name)
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    hash_fields = [f for f in flds if (f.compare if f.hash is None else f.hash)]
    has_own_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None \
        and "__eq__" not in cls.__dict__
    if unsafe_hash or (eq and frozen):
        if not has_own_hash or unsafe_hash:
            def __hash__(self):
                return hash(_tuple_of(self, hash_fields))
            cls.__hash__ = __hash__
    elif eq and not has_own_hash:
        cls.__hash__ = None
    cls.__match_args__ = tuple(f.name for f in flds if f.init and not f.kw_only)
    return cls


def _declared_slots(cls):
    """The slot names `cls` itself declares (none without `__slots__`)."""
    declared = cls.__dict__.get("__slots__")
    if declared is None:
        return []
    if isinstance(declared, str):
        return [declared]
    if hasattr(declared, "__next__"):
        # An iterator was consumed when the class was made.
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return list(declared)


def _with_slots(cls, weakref_slot):
    """`slots=True`: a class can only get `__slots__` when it is created, so the class is
    made again from its namespace, with one slot per field not already a slot of a base."""
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    names = [f.name for f in fields(cls)]
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_declared_slots(base))
    wanted = names + (["__weakref__"] if weakref_slot else [])
    ns = dict(cls.__dict__)
    ns["__slots__"] = tuple(n for n in wanted if n not in taken)
    for n in names:
        # Defaults were class attributes; they would conflict with the slots.
        ns.pop(n, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    # Through the namespace (which `type()` takes it from), so that subclasses do not
    # inherit it as a class attribute.
    ns["__qualname__"] = cls.__qualname__
    return type(cls)(cls.__name__, cls.__bases__, ns)


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
        if weakref_slot and not slots:
            raise TypeError("weakref_slot is True but slots is False")
        if slots:
            cls = _with_slots(cls, weakref_slot)
        return cls

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(flds.values())


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
