"""Enumerations (CPython 3.11's `enum`), in Fibra.

`EnumType` (alias `EnumMeta`) is a metaclass, as in CPython: its `__prepare__` gives the
class body a namespace that records the members in order (and evaluates `auto()`), its
`__new__` turns them into the singleton members, and `for m in Color`, `len(Color)`,
`Color['RED']`, `Color(1)`, `m in Color`, `repr(Color)` (`<enum 'Color'>`) and
`Color.__members__` are its methods.

Supported: `Enum`, `IntEnum` (an `int` and an `Enum`), `StrEnum`, `ReprEnum`, `Flag` and
`IntFlag` (composite members, `|`, `&`, `^`, `~`, iteration, `in`, `len`, the STRICT and
KEEP boundaries), `auto()` with `_generate_next_value_`, aliases, `Color(value)`,
`_missing_`, `__new__` in enum bodies (setting `_value_`), tuple values passed to a
custom `__init__`, `_ignore_`, `_order_`, `@unique`, the functional API
(`Enum('Color', 'RED GREEN')`, also with pairs or a mapping), methods and properties on
the enum class, `copy`/`deepcopy`/`__reduce_ex__`, `member`/`nonmember`.
Not supported: `verify`, `global_enum`, `property` (enum's own), `EnumCheck`,
`FlagBoundary.CONFORM`/`EJECT` are accepted but behave as STRICT/KEEP. Members of an
enum mixed with a builtin type (`IntEnum`, `StrEnum`, `IntFlag`) take no attributes
other than `_name_`/`_value_` (instances of builtin subclasses have no `__dict__` in
Fibra).
"""

import builtins as _builtins
from types import MappingProxyType, FunctionType, BuiltinFunctionType

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
    "auto", "unique", "member", "nonmember", "FlagBoundary", "STRICT", "CONFORM", "EJECT",
    "KEEP",
]

# Defined below; EnumType.__new__ checks for None while they are being created.
Enum = Flag = EJECT = ReprEnum = None


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")
            or isinstance(obj, (FunctionType, BuiltinFunctionType, property, classmethod,
                                staticmethod)))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_"
            and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_"
            and name[-2:-1] != "_")


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name,)
    pat_len = len(pattern)
    return (len(name) > pat_len and name.startswith(pattern)
            and name[pat_len:pat_len + 1] != "_"
            and (name[-1] != "_" or name[-2] != "_"))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError("%r is not a positive integer" % original)
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _high_bit(value):
    return value.bit_length() - 1


def bin(num, max_bits=None):
    """Like the builtin bin(), but negative values are shown in two's complement."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = _builtins.bin(num + ceiling).replace("1", "0", 1)
    else:
        s = _builtins.bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


# ---- the member side table -----------------------------------------------------------------
#
# `_name_` and `_value_` are properties backed by this table (keyed by `id(member)`):
# members of `IntEnum`/`StrEnum` are instances of builtin subclasses, which have no
# `__dict__` in Fibra. Each entry holds its member too, so that an id is never reused
# while it is a key: a pseudo-member that `Flag._missing_` makes and then drops (another
# thread stored the same value first) would otherwise leave its entry to the next object
# allocated at that address. Members live as long as their class (which holds them).

_member_info = {}


def _get_name(self):
    try:
        return _member_info[id(self)][0]
    except KeyError:
        raise AttributeError("_name_") from None


def _set_name(self, name):
    info = _member_info.setdefault(id(self), [None, None, False, self])
    info[0] = name


def _get_value(self):
    info = _member_info.get(id(self))
    if info is None or not info[2]:
        raise AttributeError("_value_")
    return info[1]


def _set_value(self, value):
    info = _member_info.setdefault(id(self), [None, None, False, self])
    info[1] = value
    info[2] = True


def _forget(obj):
    _member_info.pop(id(obj), None)


class _EnumDict:
    """The namespace of an enum class body: records member names in order and fills in
    `auto()` values. (A mapping over a dict rather than a dict subclass: instances of
    dict subclasses have no `__dict__` in Fibra.)"""

    def __init__(self):
        self._data = {}
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ("_order_", "_generate_next_value_", "_numeric_repr_", "_missing_",
                           "_ignore_", "_iter_member_", "_iter_member_by_value_",
                           "_iter_member_by_def_"):
                raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use"
                                 % (key,))
            if key == "_generate_next_value_":
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                gnv = value.__func__ if isinstance(value, staticmethod) else value
                self._generate_next_value = gnv
            elif key == "_ignore_":
                if isinstance(value, str):
                    value = value.replace(",", " ").split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError("_ignore_ cannot specify already set names: %r"
                                     % (already,))
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self._data[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self._data:
                raise TypeError("%r already defined as %r" % (key, self._data[key]))
            elif isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                items = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        v = v.value
                    items.append(v)
                value = tuple(items)
            self._member_names[key] = None
            self._last_values.append(value)
        self._data[key] = value

    def __getitem__(self, key):
        return self._data[key]

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, default=None):
        if key not in self._data:
            self[key] = default
        return self._data[key]

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __repr__(self):
        return repr(self._data)

    def update(self, members, **more_members):
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict["_generate_next_value_"] = getattr(first_enum, "_generate_next_value_",
                                                         None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        classdict.setdefault("_ignore_", []).append("_ignore_")
        ignore = classdict["_ignore_"]
        for key in ignore:
            classdict.pop(key, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        member_names = list(classdict._member_names)
        invalid_names = set(member_names) & {"mro", ""}
        if invalid_names:
            raise ValueError("invalid enum member name(s) %s"
                             % (",".join(repr(n) for n in invalid_names),))
        # A plain dict from here on (no more member bookkeeping).
        body = dict(classdict.items())
        new_member, save_new, use_args = metacls._find_new_(body, member_type, first_enum)
        _order_ = body.pop("_order_", None)
        members = {name: body.pop(name) for name in member_names}
        body["_new_member_"] = staticmethod(new_member)
        body["_use_args_"] = use_args
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_unhashable_values_"] = []
        body["_member_type_"] = member_type
        body["_value_repr_"] = metacls._find_data_repr_(cls, bases)
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, type)) \
            or (Flag is None and cls == "Flag")
        if is_flag:
            body["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
            body["_flag_mask_"] = 0
            body["_singles_mask_"] = 0
            body["_all_bits_"] = 0
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        # repr() and friends come from the enum, not from the mixed-in data type.
        if first_enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name not in body:
                    owner = _owner_of(enum_class, name)
                    if owner is object or owner is member_type:
                        enum_owner = _owner_of(first_enum, name)
                        type.__setattr__(enum_class, name, enum_owner.__dict__[name])
        for name, value in members.items():
            _add_member(enum_class, name, value)
        if is_flag:
            _finish_flag(enum_class)
        if Enum is not None and save_new:
            type.__setattr__(enum_class, "__new_member__", staticmethod(new_member))
        if _order_ is not None:
            if isinstance(_order_, str):
                _order_ = _order_.replace(",", " ").split()
            if is_flag:
                _order_ = [o for o in _order_ if o not in enum_class._member_map_
                           or _is_single_bit(enum_class[o]._value_)]
            _order_ = [o for o in _order_ if o not in enum_class._member_map_
                       or o in enum_class._member_names_]
            if _order_ != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, _order_))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict["__module__"] = module if module is not None else "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    return base.__dict__.get("_value_repr_", None)
                elif "__repr__" in base.__dict__:
                    return base.__dict__["__repr__"]
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif ("__new__" in base.__dict__ or "__init__" in base.__dict__
                      or base.__module__ == "builtins"):
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError("too many data types for %r: %r" % (class_name, data_types))
        elif data_types:
            return data_types.pop()
        return None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """Returns (the function that creates members, whether it was defined in this
        body, whether it takes the member's value as arguments)."""
        new = classdict.pop("__new__", None)
        if isinstance(new, staticmethod):
            new = new.__func__
        if new is not None and Enum is not None:
            return new, True, True
        if new is not None:
            # Enum's own lookup `__new__`: keep it on the class.
            classdict["__new__"] = new
        inherited = getattr(first_enum, "__new_member__", None) if first_enum is not None else None
        if inherited is not None:
            return inherited, False, True
        if member_type is object:
            return object.__new__, False, False
        return member_type.__new__, False, True


EnumMeta = EnumType


def _owner_of(cls, name):
    """The class along `cls`'s MRO whose namespace defines `name`."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def _add_member(enum_class, member_name, value):
    """Creates the member `member_name` of `enum_class` from its body value (CPython's
    `_proto_member.__set_name__`)."""
    args = value if isinstance(value, tuple) else (value,)
    if enum_class._member_type_ is tuple:
        args = (args,)
    if not enum_class._use_args_:
        enum_member = enum_class._new_member_(enum_class)
    else:
        enum_member = enum_class._new_member_(enum_class, *args)
    if not hasattr(enum_member, "_value_"):
        if enum_class._member_type_ is object:
            enum_member._value_ = value
        else:
            try:
                enum_member._value_ = enum_class._member_type_(*args)
            except Exception as exc:
                new_exc = TypeError("_value_ not set in __new__, unable to create it")
                new_exc.__cause__ = exc
                raise new_exc
    value = enum_member._value_
    enum_member._name_ = member_name
    if enum_class._member_type_ is object:
        enum_member.__objclass__ = enum_class
    enum_member.__init__(*args)
    for name, canonical in enum_class._member_map_.items():
        if canonical._value_ == value:
            _forget(enum_member)
            enum_member = canonical
            break
    else:
        if Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
            enum_class._member_names_.append(member_name)
    type.__setattr__(enum_class, member_name, enum_member)
    enum_class._member_map_[member_name] = enum_member
    try:
        enum_class._value2member_map_.setdefault(value, enum_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _finish_flag(enum_class):
    single_bits = multi_bits = 0
    for m in enum_class._member_map_.values():
        v = m._value_
        if _is_single_bit(v):
            single_bits |= v
        else:
            multi_bits |= v
    flag_mask = single_bits | multi_bits
    type.__setattr__(enum_class, "_flag_mask_", flag_mask)
    type.__setattr__(enum_class, "_singles_mask_", single_bits)
    type.__setattr__(enum_class, "_all_bits_", 2 ** (flag_mask.bit_length()) - 1)
    member_list = [m._value_ for m in enum_class]
    if member_list != sorted(member_list):
        type.__setattr__(enum_class, "_iter_member_", enum_class._iter_member_by_def_)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs: `class Color(Enum): RED = 1`."""

    def __new__(cls, value):
        # Members are made when the class is; this finds one (`Color(3)`, pickle).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for name, member in cls._member_map_.items():
                if member._value_ == value:
                    return member
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        elif (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
              and isinstance(result, int)):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        elif exc is None:
            exc = TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        names.extend(n for n in type(self).__dict__ if not n.startswith("_"))
        return sorted(set(names))

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# Sunder names are reserved in enum bodies: the member table's properties go in after.
type.__setattr__(Enum, "_name_", property(_get_name, _set_name))
type.__setattr__(Enum, "_value_", property(_get_value, _set_value))


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError("errors must be a string, not %r" % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """How a Flag treats values outside its members: STRICT raises, KEEP keeps the
    extra bits (CONFORM and EJECT are accepted)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with `|`, `&`, `^` and `~`."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(val)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value),
                          key=lambda m: type(m)._member_names_.index(m._name_))

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            else:
                raise ValueError("%r unknown flag boundary %r" % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]"
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, "_value_"):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for n, pm in cls._member_map_.items():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined_value |= pm._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = "|".join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError("%r: no members with value %r" % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += "|%s" % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        if not unknown:
            stored = cls._value2member_map_.setdefault(value, pseudo_member)
            if stored is not pseudo_member:
                # Another thread made this value's member first: drop ours.
                _forget(pseudo_member)
            pseudo_member = stored
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _count_bits(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._singles_mask_ & ~self._value_)
            _inverted[id(self)] = inverted
            return inverted
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    @classmethod
    def _numeric_repr_(cls, value):
        return repr(value)


# Cached `~member` results (members may be builtin-subclass instances without a dict).
_inverted = {}
type.__setattr__(Flag, "_inverted_", property(lambda self: _inverted.get(id(self))))


def _count_bits(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
