f = frozenset([3, 1, 2])
print(sorted(f), len(f), 1 in f)  # expect: [1, 2, 3] 3 True
print(type(f).__name__, frozenset() == set())  # expect: frozenset True
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])  # expect: frozen
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__)  # expect: [1, 2, 3, 9] frozenset set
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: 'frozenset' object has no attribute 'add'
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))  # expect: True
print({frozenset([1]), frozenset([1])} == {frozenset([1])})  # expect: True
