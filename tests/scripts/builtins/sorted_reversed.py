print(sorted([3, 1, 2]), sorted("cba"), sorted((5, 4)), sorted({3: 0, 1: 0}))  # expect: [1, 2, 3] ['a', 'b', 'c'] [4, 5] [1, 3]
print(sorted([3, 1, 2], reverse=True))  # expect: [3, 2, 1]
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))  # expect: ['ccc', 'bb', 'a']
print(sorted([-3, 2, -1], key=abs))  # expect: [-1, 2, -3]
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(3))))  # expect: [3, 2, 1] [2, 1] [2, 1, 0]
print("".join(reversed("hello")))  # expect: olleh
r = reversed([1, 2])
print(next(r), next(r), next(r, None))  # expect: 2 1 None
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: 'set' object is not reversible
