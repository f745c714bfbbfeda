for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)  # expect: 0 1 2
    # expect: 1 3 4
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)  # expect: x 1
    # expect: y 2
d = {}
for d["key"] in range(3):
    pass
print(d)  # expect: {'key': 2}
for x in range(3):
    pass
print(x)  # expect: 2
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)  # expect: ['a', 'b', 'c']
