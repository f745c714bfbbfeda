# __slots__ errors at class creation, layout conflicts and weak references.
import weakref


def attempt(make):
    try:
        cls = make()
        print("ok", cls.__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def conflict():
    class C:
        __slots__ = ("a",)
        a = 1
    return C


def conflict_mangled():
    class C:
        __slots__ = ("__a",)
        _C__a = 1
    return C


def conflict_method():
    class C:
        __slots__ = ("m",)

        def m(self):
            pass
    return C


def not_identifier():
    class C:
        __slots__ = ("a b",)
    return C


def empty_name():
    class C:
        __slots__ = ("",)
    return C


def digit_name():
    class C:
        __slots__ = ("1a",)
    return C


def not_str():
    class C:
        __slots__ = ("a", 1)
    return C


def not_iterable():
    class C:
        __slots__ = 3
    return C


def dict_twice():
    class C:
        __slots__ = ("__dict__", "__dict__")
    return C


class HasDict:
    pass


def dict_already():
    class C(HasDict):
        __slots__ = ("__dict__",)
    return C


def weakref_already():
    class C(HasDict):
        __slots__ = ("__weakref__",)
    return C


def weakref_twice():
    class C:
        __slots__ = ("__weakref__", "__weakref__")
    return C


def int_subclass():
    class C(int):
        __slots__ = ("a",)
    return C


def tuple_subclass():
    class C(tuple):
        __slots__ = ("a",)
    return C


def int_subclass_empty():
    class C(int):
        __slots__ = ()
    return C


def duplicates():
    class C:
        __slots__ = ("a", "a")
    return C


def via_type():
    return type("T", (), {"__slots__": ("q",), "q": 0})


for make in (conflict, conflict_mangled, conflict_method, not_identifier, empty_name,
             digit_name, not_str, not_iterable, dict_twice, dict_already,
             weakref_already, weakref_twice, int_subclass, tuple_subclass,
             int_subclass_empty, duplicates, via_type):
    attempt(make)


# Two bases that both add slots cannot be combined; empty slots or dict classes can.
class A:
    __slots__ = ("a",)


class B:
    __slots__ = ("b",)


class NoSlots:
    __slots__ = ()


class AA(A):
    __slots__ = ("aa",)


attempt(lambda: type("AB", (A, B), {}))
attempt(lambda: type("AAB", (AA, B), {}))
attempt(lambda: type("AN", (A, NoSlots), {}))
attempt(lambda: type("NA", (NoSlots, A), {}))
attempt(lambda: type("AD", (A, HasDict), {}))
attempt(lambda: type("AAA", (AA, A), {}))


class AN(NoSlots, A):
    __slots__ = ()


an = AN()
an.a = 1
print(an.a, hasattr(an, "__dict__"))


class AD(A, HasDict):
    __slots__ = ()


ad = AD()
ad.a = 1
ad.more = 2
print(ad.a, ad.__dict__)

# Weak references need a __weakref__ slot somewhere.
class NoWeak:
    __slots__ = ("v",)


class Weak:
    __slots__ = ("v", "__weakref__")


class WeakChild(NoWeak):
    __slots__ = ("__weakref__",)


class DictChild(NoWeak):
    pass


for cls in (NoWeak, Weak, WeakChild, DictChild):
    obj = cls()
    try:
        r = weakref.ref(obj)
        print(cls.__name__, r() is obj)
    except TypeError as e:
        print(e)

# Uncaught: the traceback's last line.
class Final:
    __slots__ = ("x",)


Final().x

# expect: ValueError: 'a' in __slots__ conflicts with class variable
# expect: ValueError: '_C__a' in __slots__ conflicts with class variable
# expect: ValueError: 'm' in __slots__ conflicts with class variable
# expect: TypeError: __slots__ must be identifiers
# expect: TypeError: __slots__ must be identifiers
# expect: TypeError: __slots__ must be identifiers
# expect: TypeError: __slots__ items must be strings, not 'int'
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: __dict__ slot disallowed: we already got one
# expect: TypeError: __dict__ slot disallowed: we already got one
# expect: TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0
# expect: TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0
# expect: TypeError: nonempty __slots__ not supported for subtype of 'int'
# expect: TypeError: nonempty __slots__ not supported for subtype of 'tuple'
# expect: ok C
# expect: ok C
# expect: ValueError: 'q' in __slots__ conflicts with class variable
# expect: TypeError: multiple bases have instance lay-out conflict
# expect: TypeError: multiple bases have instance lay-out conflict
# expect: ok AN
# expect: ok NA
# expect: ok AD
# expect: ok AAA
# expect: 1 False
# expect: 1 {'more': 2}
# expect: cannot create weak reference to 'NoWeak' object
# expect: Weak True
# expect: WeakChild True
# expect: DictChild True
# expect error: AttributeError
