# Module- and class-level variable annotations (CPython 3.11 semantics): simple names
# are recorded in __annotations__ when the statement runs; other targets evaluate the
# annotation and drop it; function bodies never evaluate annotations.
def side(n):
    print("eval", n)
    return n


w: side("w") = side(1)  # expect: eval 1
# expect: eval w
counter: int
(paren): side("paren") = 3  # expect: eval paren
print(__annotations__)  # expect: {'w': 'w', 'counter': <class 'int'>}
try:
    counter
except NameError as e:
    print(e)  # expect: name 'counter' is not defined


class Box:
    pass


box = Box()
box.attr: side("attr ann") = 5  # expect: eval attr ann
items = [0, 0]
items[side(1)]: side("item ann")  # expect: eval 1
# expect: eval item ann
print(box.attr, items, list(__annotations__))  # expect: 5 [0, 0] ['w', 'counter']


class C:  # expect: eval a
# expect: eval 2
# expect: eval b
# expect: eval d
# expect: eval e
    a: side("a")
    b: side("b") = side(2)
    c = 3
    (d): side("d") = 4
    if True:
        e: side("e") = 5
    for i in range(1):
        f: int = i


print(C.__annotations__)  # expect: {'a': 'a', 'b': 'b', 'e': 'e', 'f': <class 'int'>}
print('a' in C.__dict__, C.b, C.d)  # expect: False 2 4


def func():
    u: side("never") = side("u")
    v: side("never either")
    return u


print(func())  # expect: eval u
# expect: u


# Classes and modules without annotations get an empty dict on first use.
class Empty:
    pass


print(Empty.__annotations__, '__annotations__' in Empty.__dict__)  # expect: {} True
try:
    int.__annotations__
except AttributeError as e:
    print(e)  # expect: type object 'int' has no attribute '__annotations__'
import types
m = types.ModuleType("m")
print(m.__annotations__)  # expect: {}

# exec: module-level annotations go to the namespace, which is reused.
ns = {}
exec("x: int = 1\ny: str", ns)
exec("z: float", ns)
print(ns['__annotations__'], ns['x'])  # expect: {'x': <class 'int'>, 'y': <class 'str'>, 'z': <class 'float'>} 1
