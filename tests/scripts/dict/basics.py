d = {"b": 1, "a": 2}
d["c"] = 3
print(d, len(d))  # expect: {'b': 1, 'a': 2, 'c': 3} 3
print(d["a"], "a" in d, "z" in d, "z" not in d)  # expect: 2 True False True
d["b"] = 10
print(d)  # expect: {'b': 10, 'a': 2, 'c': 3}
del d["a"]
print(d)  # expect: {'b': 10, 'c': 3}
print(list(d), dict(), {})  # expect: ['b', 'c'] {} {}
try:
    d["zz"]
except KeyError as e:
    print("KeyError:", e)  # expect: KeyError: 'zz'
