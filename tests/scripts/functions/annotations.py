# Function annotations are evaluated at definition time into __annotations__.
from typing import List, Optional


def f(a: int, b: "str" = "x", *args: float, c: List[int], d=1, **kw: bool) -> Optional[str]:
    return None


print(f.__annotations__)
# expect: {'a': <class 'int'>, 'b': 'str', 'args': <class 'float'>, 'c': typing.List[int], 'kw': <class 'bool'>, 'return': typing.Optional[str]}


def g(x, y):
    pass


print(g.__annotations__, g.__annotations__ is g.__annotations__)  # expect: {} True
g.__annotations__["x"] = int
print(g.__annotations__)  # expect: {'x': <class 'int'>}
order = []


def note(v):
    order.append(v)
    return v


def h(p: note("p") = note("default"), *, q: note("q") = 2) -> note("ret"):
    pass


print(order)  # expect: ['default', 'p', 'q', 'ret']


class K:
    def method(self, n: int) -> "K":
        return self


print(K.method.__annotations__, K().method.__annotations__)  # expect: {'n': <class 'int'>, 'return': 'K'} {'n': <class 'int'>, 'return': 'K'}


def outer():
    T = list

    def inner(v: T) -> [t for t in (1, 2)]:
        pass

    return inner.__annotations__


print(outer())  # expect: {'v': <class 'list'>, 'return': [1, 2]}
