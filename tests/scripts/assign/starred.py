first, *rest = [1, 2, 3, 4]
print(first, rest)  # expect: 1 [2, 3, 4]
*init, last = "abcd"
print(init, last)  # expect: ['a', 'b', 'c'] d
a, *mid, b = range(5)
print(a, mid, b)  # expect: 0 [1, 2, 3] 4
a, *mid, b = (1, 2)
print(a, mid, b)  # expect: 1 [] 2
(a, *b), c = [1, 2, 3], 4
print(a, b, c)  # expect: 1 [2, 3] 4
for h, *t in [(1, 2, 3), (4,)]:
    print(h, t)  # expect: 1 [2, 3]
    # expect: 4 []
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: not enough values to unpack (expected at least 2, got 1)
