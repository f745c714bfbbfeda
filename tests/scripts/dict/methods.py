d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))  # expect: 1 None 0
print(d.setdefault("a", 100), d.setdefault("c", 3), d)  # expect: 1 3 {'a': 1, 'b': 2, 'c': 3}
print(d.pop("a"), d.pop("zz", "none"), d)  # expect: 1 none {'b': 2, 'c': 3}
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'zz'
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)  # expect: {'b': 2, 'c': 3, 'x': 9, 'y': 8, 'z': 7}
print(d.popitem(), d)  # expect: ('z', 7) {'b': 2, 'c': 3, 'x': 9, 'y': 8}
e = d.copy()
e["new"] = 1
print(d, e)  # expect: {'b': 2, 'c': 3, 'x': 9, 'y': 8} {'b': 2, 'c': 3, 'x': 9, 'y': 8, 'new': 1}
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0))  # expect: {'p': None, 'q': None} {'a': 0, 'b': 0}
d.clear()
print(d)  # expect: {}
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)  # expect: KeyError: 'popitem(): dictionary is empty'
