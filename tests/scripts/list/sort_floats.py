# Lists of floats (no NaN) sort by their values directly; the result must be CPython's,
# stability included (-0.0 and 0.0 are equal).
import random

random.seed(3)
xs = [random.random() for _ in range(1000)]
s = sorted(xs)
print(all(a <= b for a, b in zip(s, s[1:])), len(s))  # expect: True 1000
print(sorted([2.5, -0.0, 1.5, 0.0, -1.0]))  # expect: [-1.0, -0.0, 0.0, 1.5, 2.5]
print(sorted([0.0, -0.0, 0.0, -0.0]))  # expect: [0.0, -0.0, 0.0, -0.0]
print(sorted([3.0, 1.0, 2.0], reverse=True))  # expect: [3.0, 2.0, 1.0]
print(sorted([1.5, 1, 0.5, True]))  # expect: [0.5, 1, True, 1.5]
words = ["bb", "a", "ccc", "dd"]
print(sorted(words, key=lambda w: len(w) / 2))  # expect: ['a', 'bb', 'dd', 'ccc']
print(sorted(words, key=lambda w: -len(w) * 1.0, reverse=True))  # expect: ['a', 'bb', 'dd', 'ccc']
pts = [(0.5, "x"), (0.25, "y"), (0.5, "z")]
pts.sort(key=lambda p: p[0])
print(pts)  # expect: [(0.25, 'y'), (0.5, 'x'), (0.5, 'z')]
inf = float("inf")
print(sorted([inf, -inf, 1e308, -1e-308]))  # expect: [-inf, -1e-308, 1e+308, inf]


class F(float):
    pass


print(sorted([F(2.0), 1.0, F(0.5)]))  # expect: [0.5, 1.0, 2.0]
