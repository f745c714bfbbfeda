a, b = 1, 2
a, b = b, a
print(a, b)  # expect: 2 1
(x, y), z = (3, 4), 5
print(x, y, z)  # expect: 3 4 5
[p, q] = "pq"
print(p, q)  # expect: p q
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)  # expect: [0, 1] [0, 1] [0, 1] True
i, j = j, i = 1, 2
print(i, j)  # expect: 2 1
try:
    m, n = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: too many values to unpack (expected 2)
try:
    m, n, o = 1, 2
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: not enough values to unpack (expected 3, got 2)
