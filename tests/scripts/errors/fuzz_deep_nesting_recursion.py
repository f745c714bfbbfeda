# repr/str/== of containers nested 100,000 deep raise RecursionError (as CPython's
# PyObject_Repr / PyObject_RichCompare do) instead of exhausting the native stack.
def nest(make, n=100000):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x


kinds = [
    ("list", lambda x: [x]),
    ("dict", lambda x: {"k": x}),
    ("frozenset", lambda x: frozenset() if x is None else frozenset([x])),
    ("slice", lambda x: slice(x)),
    ("exception", lambda x: ValueError(x)),
]
for name, make in kinds:
    a = nest(make)
    for op, f in (("repr", repr), ("str", str)):
        try:
            f(a)
            print(name, op, "ok")
        except RecursionError:
            print(name, op, "RecursionError")  # expect: list repr RecursionError
            # expect: list str RecursionError
            # expect: dict repr RecursionError
            # expect: dict str RecursionError
            # expect: frozenset repr RecursionError
            # expect: frozenset str RecursionError
            # expect: slice repr RecursionError
            # expect: slice str RecursionError
            # expect: exception repr RecursionError
            # expect: exception str RecursionError
for name, make in kinds[:4]:
    a, b = nest(make), nest(make)
    try:
        print(name, "==", a == b)
    except RecursionError:
        print(name, "== RecursionError")  # expect: list == RecursionError
        # expect: dict == RecursionError
        # expect: frozenset == RecursionError
        # expect: slice == RecursionError
shallow = nest(lambda x: [x], 50)
print(len(repr(shallow)), shallow == nest(lambda x: [x], 50))  # expect: 106 True
