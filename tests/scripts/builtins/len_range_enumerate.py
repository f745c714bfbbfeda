print(len("abc"), len([1, 2]), len({1: 2}), len(set()), len(range(5)), len(b"xy"), len((1,)))  # expect: 3 2 1 0 5 2 1
print(list(enumerate("abc")))  # expect: [(0, 'a'), (1, 'b'), (2, 'c')]
print(list(enumerate(["x", "y"], start=1)))  # expect: [(1, 'x'), (2, 'y')]
print(list(enumerate("ab", 10)))  # expect: [(10, 'a'), (11, 'b')]
for i, c in enumerate("hi", start=-1):
    print(i, c)  # expect: -1 h
    # expect: 0 i
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: object of type 'int' has no len()
