print(dict(a=1, b=2))  # expect: {'a': 1, 'b': 2}
print(dict([("x", 1), ("y", 2)]))  # expect: {'x': 1, 'y': 2}
print(dict({"k": "v"}, k2="v2"))  # expect: {'k': 'v', 'k2': 'v2'}
print(dict(zip("abc", range(3))))  # expect: {'a': 0, 'b': 1, 'c': 2}
print({k: k * 2 for k in range(4)})  # expect: {0: 0, 1: 2, 2: 4, 3: 6}
print({**{"a": 1}, "b": 2, **{"a": 3}})  # expect: {'a': 3, 'b': 2}
