print(list(), list("ab"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}))  # expect: [] ['a', 'b'] [0, 1, 2] [1, 2] ['a', 'b']
print(sum([1, 2, 3]), max([4, 2]), min([4, 2]))  # expect: 6 4 2
a = [1, 2, 3]
print(list(reversed(a)), a)  # expect: [3, 2, 1] [1, 2, 3]
print(a * 0)  # expect: []
print(list(map(str, a)))  # expect: ['1', '2', '3']
