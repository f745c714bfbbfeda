# Methods of builtin types reached through the type (unbound) check their first argument:
# it must be an instance of the defining type (or of a subclass), as CPython's method and
# slot-wrapper descriptors do; bound calls are unaffected.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# Wrong receivers
show(lambda: int.bit_length("x"))  # expect: TypeError: descriptor 'bit_length' for 'int' objects doesn't apply to a 'str' object
show(lambda: str.upper(5))  # expect: TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
show(lambda: list.append(3, 4))  # expect: TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object
show(lambda: dict.get([], 1))  # expect: TypeError: descriptor 'get' for 'dict' objects doesn't apply to a 'list' object
show(lambda: bytes.hex(bytearray(b"ab")))  # expect: TypeError: descriptor 'hex' for 'bytes' objects doesn't apply to a 'bytearray' object
show(lambda: type.mro(5))  # expect: TypeError: descriptor 'mro' for 'type' objects doesn't apply to a 'int' object
show(lambda: tuple.count([1], 1))  # expect: TypeError: descriptor 'count' for 'tuple' objects doesn't apply to a 'list' object
show(lambda: set.add(frozenset(), 1))  # expect: TypeError: descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object
show(lambda: list.__getitem__(1, 0))  # expect: TypeError: descriptor '__getitem__' for 'list' objects doesn't apply to a 'int' object
show(lambda: dict.__contains__([], 1))  # expect: TypeError: descriptor '__contains__' for 'dict' objects doesn't apply to a 'list' object
show(lambda: str.__eq__(1, "a"))  # expect: TypeError: descriptor '__eq__' requires a 'str' object but received a 'int'
show(lambda: str.__len__(1))  # expect: TypeError: descriptor '__len__' requires a 'str' object but received a 'int'
show(lambda: str.__add__(1, "a"))  # expect: TypeError: descriptor '__add__' requires a 'str' object but received a 'int'
show(lambda: int.__repr__("x"))  # expect: TypeError: descriptor '__repr__' requires a 'int' object but received a 'str'
show(lambda: list.__init__(3))  # expect: TypeError: descriptor '__init__' requires a 'list' object but received a 'int'
show(lambda: dict.__setitem__(1, 1, 2))  # expect: TypeError: descriptor '__setitem__' requires a 'dict' object but received a 'int'
show(lambda: BaseException.__str__(1))  # expect: TypeError: descriptor '__str__' requires a 'BaseException' object but received a 'int'
show(lambda: str.upper())  # expect: TypeError: unbound method str.upper() needs an argument
show(lambda: getattr(str, "lower")(1.5))  # expect: TypeError: descriptor 'lower' for 'str' objects doesn't apply to a 'float' object

# Right receivers, subclasses included
show(lambda: str.upper("abc"))  # expect: 'ABC'
show(lambda: int.bit_length(255))  # expect: 8
show(lambda: int.bit_length(True))  # expect: 1
show(lambda: int.__and__(True, 1))  # expect: 1
show(lambda: object.__init__(3))  # expect: None
show(lambda: sorted(["b", "A", "c"], key=str.lower))  # expect: ['A', 'b', 'c']
show(lambda: list(map(str.strip, [" a ", "b "])))  # expect: ['a', 'b']
show(lambda: dict.fromkeys([1, 2]))  # expect: {1: None, 2: None}


class S(str):
    shout = str.upper


class L(list):
    def append(self, x):
        list.append(self, x * 2)


show(lambda: str.upper(S("abc")))  # expect: 'ABC'
show(lambda: S.upper(S("xy")))  # expect: 'XY'
show(lambda: S.upper(5))  # expect: TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
show(lambda: S("hi").shout())  # expect: 'HI'
show(lambda: super(S, S).upper(5))  # expect: TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
lst = L()
lst.append(3)
print(lst)  # expect: [6]
d = {}
dict.__setitem__(d, "k", 1)
print(d)  # expect: {'k': 1}

# The descriptors themselves
print(str.upper, str.__eq__, list.append)  # expect: <method 'upper' of 'str' objects> <slot wrapper '__eq__' of 'str' objects> <method 'append' of 'list' objects>
print(type(str.upper).__name__, type(str.__eq__).__name__)  # expect: method_descriptor wrapper_descriptor
print(str.upper is str.upper, list.append.__name__, list.append.__qualname__, list.append.__objclass__)  # expect: True append list.append <class 'list'>
print(str.upper.__get__("a")(), str.upper.__get__(None, str) is str.upper, callable(str.upper))  # expect: A True True
show(lambda: str.upper.__get__(1))  # expect: TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
