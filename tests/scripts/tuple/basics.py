t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:])  # expect: (1, 2, 3) 3 1 3 (2, 3)
print((), (1,), (1, 2) + (3,), (0,) * 3)  # expect: () (1,) (1, 2, 3) (0, 0, 0)
print(t.count(2), t.index(3))  # expect: 1 2
print(1 in t, (1, 2) < (1, 3), (1, 2) == (1, 2))  # expect: True True True
x = 1, 2
print(x, type(x).__name__)  # expect: (1, 2) tuple
print(tuple([1, 2]), tuple("ab"), tuple())  # expect: (1, 2) ('a', 'b') ()
print(t[::-1], t[::2])  # expect: (3, 2, 1) (1, 3)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: 'tuple' object does not support item assignment
