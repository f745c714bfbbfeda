a = [1, 2]
a.append(a)
print(a)  # expect: [1, 2, [...]]
print(len(a), a[2] is a)  # expect: 3 True
print(repr(["x", 'y"', "z'"]))  # expect: ['x', 'y"', "z'"]
print(str([1.0, None, True]))  # expect: [1.0, None, True]
