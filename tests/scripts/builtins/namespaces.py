# globals(), locals(), vars() and dir() without an argument read the calling frame.
import math

counter = 1


def show(d):
    return sorted(k for k in d if not k.startswith("__"))


g = globals()
print(g is globals(), g["counter"], "math" in g)  # expect: True 1 True
globals()["made_here"] = 42
print(made_here)  # expect: 42
print(locals() is globals())  # expect: True
print(vars() is globals())  # expect: True
print("show" in dir(), dir() == sorted(dir()))  # expect: True True


def outer(a, b=2):
    c = a + b
    unbound_yet = None
    del unbound_yet

    def inner():
        return c

    loc = locals()
    print(show(loc))
    print(loc["a"], loc["c"], "inner" in loc)
    print(dir())
    print(sorted(vars()) == dir())
    print(globals() is g)
    return inner


outer(1)  # expect: ['a', 'b', 'c', 'inner']
          # expect: 1 3 True
          # expect: ['a', 'b', 'c', 'inner', 'loc']
          # expect: True
          # expect: True


def closure():
    x = 10

    def use():
        y = x + 1
        return locals()

    return use()


print(sorted(closure().items()))  # expect: [('x', 10), ('y', 11)]


class Body:
    a = 1
    names = dir()
    ns = sorted(k for k in locals() if not k.startswith("__"))


print(Body.names[-2:], Body.ns)  # expect: ['__qualname__', 'a'] ['a', 'names']
print(locals()["counter"], eval_missing if False else "ok")  # expect: 1 ok
try:
    globals(1)
except TypeError as e:
    print(e)  # expect: globals() takes no arguments (1 given)
try:
    vars(1, 2)
except TypeError as e:
    print(e)  # expect: vars expected at most 1 argument, got 2


def gen():
    z = 5
    yield sorted(locals())
    w = 6
    yield sorted(locals())


print(list(gen()))  # expect: [['z'], ['w', 'z']]
print(vars(math) is math.__dict__)  # expect: True
