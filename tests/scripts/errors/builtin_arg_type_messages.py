# CPython 3.11's messages for wrongly typed arguments of getattr & co., zip, type() and
# object.__new__.
def show(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class C:
    pass


c = C()
show(lambda: getattr(c, 2))  # expect: TypeError: attribute name must be string, not 'int'
show(lambda: setattr(c, 2, 3))  # expect: TypeError: attribute name must be string, not 'int'
show(lambda: hasattr(c, None))  # expect: TypeError: attribute name must be string, not 'NoneType'
show(lambda: delattr(c, 1.5))  # expect: TypeError: attribute name must be string, not 'float'
show(lambda: object.__setattr__(c, 1, 2))  # expect: TypeError: attribute name must be string, not 'int'
show(lambda: object.__getattribute__(c, 1))  # expect: TypeError: attribute name must be string, not 'int'
show(lambda: list(zip([1], 2)))  # expect: TypeError: 'int' object is not iterable
show(lambda: list(zip(None)))  # expect: TypeError: 'NoneType' object is not iterable
show(lambda: type(1, (), {}))  # expect: TypeError: type.__new__() argument 1 must be str, not int
show(lambda: type("X", [], {}))  # expect: TypeError: type.__new__() argument 2 must be tuple, not list
show(lambda: type("X", (), []))  # expect: TypeError: type.__new__() argument 3 must be dict, not list
show(lambda: object.__new__(1))  # expect: TypeError: object.__new__(X): X is not a type object (int)
print(type("X", (), {"a": 1})().a, list(zip("ab", [1, 2])))  # expect: 1 [('a', 1), ('b', 2)]
