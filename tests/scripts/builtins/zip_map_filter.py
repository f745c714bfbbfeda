print(list(zip([1, 2, 3], "ab")))  # expect: [(1, 'a'), (2, 'b')]
print(list(zip()), list(zip([1, 2])))  # expect: [] [(1,), (2,)]
print(list(zip(range(3), range(10, 13), "xyz")))  # expect: [(0, 10, 'x'), (1, 11, 'y'), (2, 12, 'z')]
print(dict(zip(["a", "b"], [1, 2])))  # expect: {'a': 1, 'b': 2}
print(list(map(len, ["a", "bb", "ccc"])))  # expect: [1, 2, 3]
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))  # expect: [4, 10]
print(list(filter(lambda x: x % 2, range(7))))  # expect: [1, 3, 5]
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))  # expect: [1, 'a', [0]]
z = zip("ab", "cd")
print(next(z), list(z))  # expect: ('a', 'c') [('b', 'd')]
m = map(str, range(3))
print(type(m).__name__, list(m), list(m))  # expect: map ['0', '1', '2'] []
