# Errors when the bases cannot form a class: inconsistent MRO, duplicates, layout
# conflicts between builtin bases, unusable bases, metaclass conflicts.


def attempt(make):
    try:
        cls = make()
        print("ok", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print("TypeError:", e)


class A: pass
class B(A): pass
class C: pass


def inconsistent():
    class X(A, B): pass
    return X


def duplicate():
    class X(A, A): pass
    return X


def duplicate_far():
    class X(A, C, A): pass
    return X


def int_str():
    class X(int, str): pass
    return X


def exc_int():
    class X(Exception, int): pass
    return X


def list_dict():
    class X(list, dict): pass
    return X


def derived_conflict():
    class L(list): pass
    class Dd(dict): pass
    class X(L, Dd): pass
    return X


def same_layout():
    class L1(list): pass
    class L2(list): pass
    class X(L1, L2): pass
    return X


def syntax_import():
    class X(SyntaxError, ImportError): pass
    return X


def value_type():
    class X(ValueError, TypeError): pass
    return X


def bool_base():
    class X(bool): pass
    return X


def object_first():
    class X(object, A): pass
    return X


def type_int():
    class X(type, int): pass
    return X


for f in [inconsistent, duplicate, duplicate_far, int_str, exc_int, list_dict, derived_conflict,
          same_layout, syntax_import, value_type, bool_base, object_first, type_int]:
    print(f.__name__, end=": ")
    attempt(f)  # expect: inconsistent: TypeError: Cannot create a consistent method resolution
    # expect: order (MRO) for bases A, B
    # expect: duplicate: TypeError: duplicate base class A
    # expect: duplicate_far: TypeError: duplicate base class A
    # expect: int_str: TypeError: multiple bases have instance lay-out conflict
    # expect: exc_int: TypeError: multiple bases have instance lay-out conflict
    # expect: list_dict: TypeError: multiple bases have instance lay-out conflict
    # expect: derived_conflict: TypeError: multiple bases have instance lay-out conflict
    # expect: same_layout: ok ['X', 'L1', 'L2', 'list', 'object']
    # expect: syntax_import: TypeError: multiple bases have instance lay-out conflict
    # expect: value_type: ok ['X', 'ValueError', 'TypeError', 'Exception', 'BaseException', 'object']
    # expect: bool_base: TypeError: type 'bool' is not an acceptable base type
    # expect: object_first: TypeError: Cannot create a consistent method resolution
    # expect: order (MRO) for bases object, A
    # expect: type_int: TypeError: multiple bases have instance lay-out conflict

for bases in [(1,), (A, 1), ("x",), (A, A)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print("type():", e)  # expect: type(): metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
        # expect: type(): metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
        # expect: type(): metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
        # expect: type(): duplicate base class A


class M1(type): pass
class M2(type): pass
class WithM1(metaclass=M1): pass
class WithM2(metaclass=M2): pass


try:
    class Both(WithM1, WithM2): pass
except TypeError as e:
    print(e)  # expect: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases


class M3(M1): pass
class WithM3(metaclass=M3): pass


class Fine(WithM1, WithM3): pass


print(type(Fine).__name__)  # expect: M3
try:
    class Again(WithM3, metaclass=M2): pass
except TypeError as e:
    print(e)  # expect: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
