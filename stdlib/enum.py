"""Enumerations (CPython's `enum`, basic), in Fibra.

Fibra has no metaclasses, so `Enum` builds its members in `__init_subclass__` and the
class-level protocols (`for m in Color`, `len(Color)`, `Color['RED']`, `m in Color`) go
through the class hooks `__class_iter__`, `__class_len__`, `__class_getitem__` and
`__class_contains__` that Fibra's `type` delegates to.

Supported: `Enum`, `IntEnum` (a subclass of `int`, not of `Enum`, since Fibra has no
multiple inheritance), `auto()`, aliases, `Color(value)`, `Color['NAME']`, `.name`,
`.value`, `__members__`, iteration, `len`, members with a tuple value passed to a custom
`__init__`, methods and properties on the enum class, `@unique`.
Not supported: `Flag`/`IntFlag`, the functional API `Enum('Color', 'RED GREEN')`,
`_missing_`, `_generate_next_value_`, `StrEnum`, `__new__` in enum bodies.
"""

__all__ = ["Enum", "IntEnum", "auto", "unique"]


class auto:
    """Marks a member whose value is the previous integer value plus one (1 first)."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto()"


def _is_member_def(name, value):
    if name.startswith("_"):
        return False
    if isinstance(value, (property, classmethod, staticmethod)):
        return False
    if callable(value) and not isinstance(value, auto):
        return False
    return True


def _setup(cls, make):
    """Turns the plain class attributes of a new enum class into members."""
    if getattr(cls, "_member_names_", None):
        raise TypeError("%s: cannot extend enumeration %r"
                        % (cls.__name__, cls.__mro__[1].__name__))
    names = []
    member_map = {}
    value_map = {}
    ids = {}
    last = 0
    has_init = "__init__" in cls.__dict__
    cls._ids_ = ids
    for name, value in list(cls.__dict__.items()):
        if not _is_member_def(name, value):
            continue
        if isinstance(value, auto):
            value = last + 1
        if isinstance(value, int) and not isinstance(value, bool):
            last = value
        alias = None
        for other in names:
            if ids[id(member_map[other])][1] == value:
                alias = member_map[other]
                break
        if alias is not None:
            member_map[name] = alias
            setattr(cls, name, alias)
            continue
        member = make(cls, value)
        ids[id(member)] = (name, value)
        names.append(name)
        member_map[name] = member
        value_map[value] = member
        setattr(cls, name, member)
        if has_init:
            args = value if isinstance(value, tuple) else (value,)
            cls.__init__(member, *args)
    cls._member_names_ = names
    cls._member_map_ = member_map
    cls._value2member_map_ = value_map
    cls.__members__ = dict(member_map)


def _lookup(cls, value):
    members = cls.__dict__.get("_value2member_map_")
    if members is None:
        raise TypeError("%s has no members" % cls.__name__)
    try:
        return members[value]
    except (KeyError, TypeError):
        pass
    for member in members.values():
        if member._value_ == value:
            return member
    raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))


class Enum:
    """Base class for enumerations: `class Color(Enum): RED = 1`."""

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        _setup(cls, _make_plain)

    def __new__(cls, value):
        return _lookup(cls, value)

    @property
    def name(self):
        return type(self)._ids_[id(self)][0]

    @property
    def value(self):
        return type(self)._ids_[id(self)][1]

    _name_ = name
    _value_ = value

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self.name, self.value)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self.name)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self.name)

    def __reduce_ex__(self, proto):
        return type(self), (self.value,)

    @classmethod
    def __class_iter__(cls):
        return iter([cls._member_map_[n] for n in cls.__dict__.get("_member_names_", ())])

    @classmethod
    def __class_len__(cls):
        return len(cls.__dict__.get("_member_names_", ()))

    @classmethod
    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @classmethod
    def __class_contains__(cls, member):
        return isinstance(member, cls) and id(member) in cls._ids_


def _make_plain(cls, value):
    return object.__new__(cls)


def _make_int(cls, value):
    return int.__new__(cls, value)


class IntEnum(int):
    """Enum members that are also ints: `class Level(IntEnum): LOW = 1`."""

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        for name, value in list(cls.__dict__.items()):
            if _is_member_def(name, value) and not isinstance(value, (int, auto)):
                raise ValueError("invalid literal for int() with base 10: %r" % (value,))
        _setup(cls, _make_int)

    def __new__(cls, value):
        return _lookup(cls, value)

    name = Enum.name
    value = Enum.value
    _name_ = Enum.name
    _value_ = Enum.value
    __repr__ = Enum.__repr__

    def __str__(self):
        return str(int(self))

    def __format__(self, spec):
        return format(int(self), spec)

    def __hash__(self):
        return hash(int(self))

    __class_iter__ = Enum.__dict__["__class_iter__"]
    __class_len__ = Enum.__dict__["__class_len__"]
    __class_getitem__ = Enum.__dict__["__class_getitem__"]
    __class_contains__ = Enum.__dict__["__class_contains__"]


def unique(enumeration):
    """Class decorator: raises ValueError if the enumeration has aliases."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in <enum %r>: %s"
                         % (enumeration.__name__, alias_details))
    return enumeration
