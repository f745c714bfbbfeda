import functools
import operator
from functools import singledispatch, singledispatchmethod, partialmethod


@singledispatch
def show(arg, verbose=False):
    return "default " + repr(arg)


@show.register
def _(arg: int, verbose=False):
    return "int %d" % arg


@show.register(list)
def _(arg, verbose=False):
    return "list of %d" % len(arg)


@show.register
def _(arg: float | bytes, verbose=False):
    return "number %r" % (arg,)


def show_str(arg, verbose=False):
    return ("verbose " if verbose else "") + "str " + arg


show.register(str, show_str)


class MyInt(int):
    pass


class MyList(list):
    pass


print(show(1), show(True), show(MyInt(5)), show([1, 2]), show(MyList()), show(2.5))  # expect: int 1 int 1 int 5 list of 2 list of 0 number 2.5
print(show("x"), show("y", verbose=True), show(None), show({}))  # expect: str x verbose str y default None default {}
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(dict) is show.registry[object])  # expect: True True
print(sorted(c.__name__ for c in show.registry), show.__name__)  # expect: ['bytes', 'float', 'int', 'list', 'object', 'str'] show
print(show.register(tuple)(lambda a, verbose=False: "tuple") is not None, show((1,)))  # expect: True tuple
for bad in [lambda: show.register(5, lambda x: x), lambda: show.register(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)  # expect: TypeError: Invalid first argument to `register()`. 5 is not a class or union type.
        # expect: TypeError: Invalid first argument to `register()`: 5. Use either `@register(some_class)` or plain `@register` on an annotated function.
try:
    @show.register
    def _(arg: list[int]):
        pass
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: Invalid annotation for 'arg'. list[int] is not a class.
try:
    show()
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: show requires at least 1 positional argument


class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return cls.__name__ + " other"

    @kind.register(str)
    @classmethod
    def _(cls, arg):
        return cls.__name__ + " str"


n = Negator()
print(n.neg(5), n.neg(True), Negator.kind(1), Negator.kind("s"), n.kind("t"))  # expect: -5 False Negator other Negator str Negator str
try:
    n.neg("x")
except NotImplementedError as e:
    print("NotImplementedError:", e)  # expect: NotImplementedError: Cannot negate a


class Cell:
    def __init__(self):
        self._alive = False

    @property
    def alive(self):
        return self._alive

    def set_state(self, state, note=""):
        self._alive = bool(state)
        return note

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="dead")
    more = partialmethod(set_alive, note="x")

    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    make1 = partialmethod(make, 1)

    @staticmethod
    def add(a, b):
        return a + b

    add10 = partialmethod(add, 10)


c = Cell()
print(c.alive, c.set_alive(), c.alive, c.set_dead(), c.alive, c.more())  # expect: False  True dead False x
print(Cell.make1(2), c.make1(3), c.add10(5), Cell.add10(1))  # expect: ('Cell', 1, 2) ('Cell', 1, 3) 15 11
print(repr(Cell.__dict__["set_dead"]).startswith("functools.partialmethod(<function Cell.set_state at "))  # expect: True
print(repr(Cell.__dict__["set_dead"]).endswith(", False, note='dead')"))  # expect: True
print(Cell.__dict__["more"].args, Cell.__dict__["more"].keywords)  # expect: (True,) {'note': 'x'}
try:
    partialmethod(5)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: 5 is not callable or a descriptor
print(functools.get_cache_token() == functools.get_cache_token())  # expect: True


class M:
    def __matmul__(self, other):
        return "matmul"

    def __imatmul__(self, other):
        return "imatmul"


print(operator.matmul(M(), 1), operator.imatmul(M(), 1), operator.__matmul__(M(), 2))  # expect: matmul imatmul matmul
print(operator.__iadd__([1], [2]), operator.__call__(len, "abc"), operator.__ixor__(6, 3))  # expect: [1, 2] 3 5
print("matmul" in operator.__all__, "imatmul" in operator.__all__)  # expect: True True
