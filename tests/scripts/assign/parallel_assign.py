# `a, b = x, y` with one to three items is compiled without a tuple (values evaluated left
# to right, stored left to right); every kind of target must still see the same values.
a, b = 1, 2
a, b = b, a
print(a, b)  # expect: 2 1
x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)  # expect: z x y
[p, q] = 3.5, 4.5
print(p, q)  # expect: 3.5 4.5
(c,) = (9,)
print(c)  # expect: 9


def locals_swap():
    s, t = [1], [2]
    s, t = t, s
    u, v, w = s, t, s + t
    return s, t, u, v, w


print(locals_swap())  # expect: ([2], [1], [2], [1], [2, 1])


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(90))  # expect: 2880067194370816120


class O:
    pass


o = O()
o.a, o.b = 1, o
print(o.a, o.b is o)  # expect: 1 True
d = {}
d["k"], d["j"] = (1, 2), [3]
print(d)  # expect: {'k': (1, 2), 'j': [3]}
(m, n), k = (1, 2), 3
print(m, n, k)  # expect: 1 2 3
order = []


def note(v):
    order.append(v)
    return v


class Rec:
    def __setattr__(self, name, v):
        order.append("set " + name)


r = Rec()
r.first, r.second = note(1), note(2)
print(order)  # expect: [1, 2, 'set first', 'set second']
a, b = 10, 20
try:
    a, b = 1, undefined_name
except NameError:
    print(a, b)  # expect: 10 20


def floats():
    x, y = 1.5, 2.5
    x, y = y, x
    return x, y


print(floats())  # expect: (2.5, 1.5)
g = 5
g, h = g + 1, g
print(g, h)  # expect: 6 5
