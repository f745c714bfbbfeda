sq = lambda x: x * x
print(sq(7))  # expect: 49
add = lambda a, b=10, *rest, **kw: (a + b, rest, kw)
print(add(1), add(1, 2, 3, 4, k=5))  # expect: (11, (), {}) (3, (3, 4), {'k': 5})
print((lambda: 42)())  # expect: 42
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=lambda t: t[1]))  # expect: [(2, 'a'), (1, 'b'), (0, 'c')]
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])  # expect: [0, 10, 20]
print((lambda x: (lambda y: x + y))(3)(4))  # expect: 7
print(sq.__name__)  # expect: <lambda>
