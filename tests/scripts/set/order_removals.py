# After removals CPython leaves dummy slots behind: later additions may reuse them, and
# pop() takes the first live slot from where the last pop stopped.
s = set()
for i in [50, 9, 1, 33, 17, 8, 16, 24, 32, 40]:
    s.add(i)
print(s)  # expect: {32, 1, 33, 8, 9, 40, 16, 17, 50, 24}
s.discard(17)
s.remove(33)
print(s)  # expect: {32, 1, 8, 9, 40, 16, 50, 24}
s.add(99)
s.add(17)
print(s)  # expect: {32, 1, 99, 8, 9, 40, 16, 17, 50, 24}
print([s.pop() for _ in range(4)], s)  # expect: [32, 1, 99, 8] {9, 40, 16, 17, 50, 24}
t = set(range(0, 200, 7))
out = []
while len(t) > 5:
    out.append(t.pop())
    if len(out) % 3 == 0:
        t.add(len(out) * 11)
print(out)  # expect: [0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 33, 35, 168, 42, 175, 49, 182, 56, 189, 63, 66, 196, 70, 198, 77, 84, 91, 98, 99, 231, 105, 112, 119, 126, 132]
print(t)  # expect: {264, 165, 297, 330, 363}
d = {i * 8 for i in range(30)}
for i in range(0, 30, 2):
    d.discard(i * 8)
print(d)  # expect: {8, 136, 24, 152, 40, 168, 56, 184, 72, 200, 88, 216, 104, 232, 120}
d.update(range(3))
print(d)  # expect: {0, 1, 2, 8, 136, 24, 152, 40, 168, 56, 184, 72, 200, 88, 216, 104, 232, 120}
u = set(range(50))
for i in range(0, 50, 3):
    u.discard(i)
print(u.copy())  # expect: {1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35, 37, 38, 40, 41, 43, 44, 46, 47, 49}
print(frozenset(u))  # expect: frozenset({1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35, 37, 38, 40, 41, 43, 44, 46, 47, 49})
v = set(u)
v.add(1000)
print(v)  # expect: {1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35, 37, 38, 40, 41, 43, 44, 46, 47, 49, 1000}
e = {1, 2, 3}
e.clear()
e.add(9)
e.add(1)
print(e)  # expect: {9, 1}
w = set()
for i in range(20000):
    w.add(i * 5)
for i in range(0, 20000, 2):
    w.discard(i * 5)
print(list(w)[:8], list(w)[-8:])  # expect: [5, 15, 25, 35, 45, 55, 65, 75] [99925, 99935, 99945, 99955, 99965, 99975, 99985, 99995]
