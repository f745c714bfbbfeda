# Results of the set algebra iterate as in CPython: which operand is walked (the smaller
# one for &), slot-by-slot copies, the dummy purge after difference_update.
a = set(range(0, 40, 3))
b = set(range(0, 40, 5))
print(a | b)  # expect: {0, 3, 5, 6, 9, 10, 12, 15, 18, 20, 21, 24, 25, 27, 30, 33, 35, 36, 39}
print(a & b, b & a)  # expect: {0, 30, 15} {0, 30, 15}
print(a - b, b - a)  # expect: {33, 3, 36, 6, 39, 9, 12, 18, 21, 24, 27} {35, 5, 10, 20, 25}
print(a ^ b, b ^ a)  # expect: {3, 5, 6, 9, 10, 12, 18, 20, 21, 24, 25, 27, 33, 35, 36, 39} {3, 5, 6, 9, 10, 12, 18, 20, 21, 24, 25, 27, 33, 35, 36, 39}
print(a.union([100, 7]), a.intersection(range(10)))  # expect: {0, 33, 3, 36, 100, 6, 39, 7, 9, 12, 15, 18, 21, 24, 27, 30} {0, 9, 3, 6}
print(a.difference(range(20)), a.symmetric_difference([1, 2, 3]))  # expect: {33, 36, 39, 21, 24, 27, 30} {0, 1, 2, 33, 36, 6, 39, 9, 12, 15, 18, 21, 24, 27, 30}
x = {i * 16 for i in range(40)}
y = {i * 16 for i in range(5)}
print(x - y)  # expect: {128, 256, 384, 512, 144, 272, 400, 528, 160, 288, 416, 544, 176, 304, 432, 560, 192, 320, 448, 576, 80, 208, 336, 464, 592, 96, 224, 352, 480, 608, 112, 240, 368, 496, 624}
print(y - x, x & y, y & x)  # expect: set() {0, 32, 64, 16, 48} {0, 32, 64, 16, 48}
print(x ^ y)  # expect: {128, 192, 256, 384, 512, 320, 448, 576, 144, 272, 400, 528, 80, 208, 336, 464, 592, 160, 288, 416, 544, 96, 224, 352, 480, 608, 176, 304, 432, 560, 112, 240, 368, 496, 624}
print(x.difference(y, {16 * 7}))  # expect: {128, 256, 384, 512, 144, 272, 400, 528, 160, 288, 416, 544, 176, 304, 432, 560, 192, 320, 448, 576, 80, 208, 336, 464, 592, 96, 224, 352, 480, 608, 240, 368, 496, 624}
print(x.intersection(range(0, 100, 16), [32, 48, 64]))  # expect: {32, 48, 64}
print({1} & {True}, {True} & {1}, {1, 2} & {True}, {1.0, 2} | {1, 3})  # expect: {True} {1} {True} {1.0, 2, 3}
c = a.copy()
c |= {1000, 2000}
print(c)  # expect: {0, 33, 3, 36, 6, 39, 1000, 9, 12, 15, 2000, 18, 21, 24, 27, 30}
c &= set(range(0, 1000, 2))
print(c)  # expect: {0, 36, 6, 12, 18, 24, 30}
c -= {0, 6}
print(c)  # expect: {36, 12, 18, 24, 30}
c ^= {1, 2, 3, 6}
print(c)  # expect: {1, 2, 3, 36, 6, 12, 18, 24, 30}
r = set(range(10))
r.difference_update(range(0, 10, 2))
print(r)  # expect: {1, 3, 5, 7, 9}
r.add(0)
print(r)  # expect: {1, 3, 5, 7, 0, 9}
r.symmetric_difference_update([1, 100, 3])
print(r)  # expect: {5, 100, 7, 0, 9}
r.intersection_update([5, 7, 9, 100, 33])
print(r)  # expect: {9, 100, 5, 7}
m = {1, 2, 3}
m.update({9, 17}, [25, 33], (41,))
print(m)  # expect: {1, 2, 3, 17, 33, 9, 25, 41}
f = frozenset([5, 13, 21])
print(f | {29}, f & {13, 21}, f - {5}, f ^ {1})  # expect: frozenset({29, 13, 21, 5}) frozenset({13, 21}) frozenset({21, 13}) frozenset({1, 21, 5, 13})


class S(set):
    pass


z = S([5, 13, 21])
print(z | {29}, z & {13, 21}, type(z | {1}).__name__)  # expect: {29, 13, 21, 5} {13, 21} set
n = {i for i in range(20) if i % 3}
print(n, [k for k in n if k > 10], {k * 2 for k in n})  # expect: {1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19} [11, 13, 14, 16, 17, 19] {32, 2, 34, 4, 38, 8, 10, 14, 16, 20, 22, 26, 28}
