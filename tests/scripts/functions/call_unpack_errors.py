# Errors from f(*x) and f(**m) name the function as CPython does (module.qualname()),
# and a non-str key in ** says just "keywords must be strings".
def m(*a, **k):
    return a, k


class C:
    def meth(self, *a):
        return a


def show(call):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


show(lambda: m(*1))  # expect: TypeError: __main__.m() argument after * must be an iterable, not int
show(lambda: m(*1, x=1))  # expect: TypeError: __main__.m() argument after * must be an iterable, not int
show(lambda: m(1, *1))  # expect: TypeError: Value after * must be an iterable, not int
show(lambda: [*1])  # expect: TypeError: Value after * must be an iterable, not int
show(lambda: m(**1))  # expect: TypeError: __main__.m() argument after ** must be a mapping, not int
show(lambda: m(x=1, **1))  # expect: TypeError: __main__.m() argument after ** must be a mapping, not int
show(lambda: m(**{"a": 1}, **{"a": 2}))  # expect: TypeError: __main__.m() got multiple values for keyword argument 'a'
show(lambda: m(a=1, **{"a": 2}))  # expect: TypeError: __main__.m() got multiple values for keyword argument 'a'
show(lambda: m(**{1: 2}))  # expect: TypeError: keywords must be strings
show(lambda: dict(**{1: 2}))  # expect: TypeError: keywords must be strings
show(lambda: C().meth(*None))  # expect: TypeError: __main__.C.meth() argument after * must be an iterable, not NoneType
show(lambda: m(*(1, 2), **{"z": 3}))  # expect: ((1, 2), {'z': 3})
show(lambda: m(*"ab"))  # expect: (('a', 'b'), {})
show(lambda: m(*(x * 2 for x in range(3)), y=4))  # expect: ((0, 2, 4), {'y': 4})
order = []


def note(tag, v):
    order.append(tag)
    return v


def gen():
    order.append("gen")
    yield 1


show(lambda: m(*gen(), k=note("kw", 2)))  # expect: ((1,), {'k': 2})
print(order)  # expect: ['kw', 'gen']
