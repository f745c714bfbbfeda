def f(*args, **kwargs):
    return args, kwargs
print(f())  # expect: ((), {})
print(f(1, 2, a=3))  # expect: ((1, 2), {'a': 3})
def g(a, b, *rest, c=0, **kw):
    print(a, b, rest, c, sorted(kw.items()))
g(1, 2)  # expect: 1 2 () 0 []
g(1, 2, 3, 4, c=5, z=6, y=7)  # expect: 1 2 (3, 4) 5 [('y', 7), ('z', 6)]
def h(first, *args):
    return first + sum(args)
print(h(1), h(1, 2, 3))  # expect: 1 6
print(f(*[1, 2], *(3,), **{"x": 1}, y=2))  # expect: ((1, 2, 3), {'x': 1, 'y': 2})
