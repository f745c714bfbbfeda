a = [1, 2]
b = (3, 4)
print([*a, *b, 5])  # expect: [1, 2, 3, 4, 5]
print((*a, *b))  # expect: (1, 2, 3, 4)
print({*a, *b} == {1, 2, 3, 4})  # expect: True
print({**{"x": 1}, **{"y": 2}, "z": 3})  # expect: {'x': 1, 'y': 2, 'z': 3}
print(*a, *b, sep="-")  # expect: 1-2-3-4
def f(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d
print(f(*a, *b), f(*"1234" and [1, 2, 3, 4]), f(1, *[2, 3], **{"d": 4}))  # expect: 1234 1234 1234
print([*range(3), *"ab"])  # expect: [0, 1, 2, 'a', 'b']
x, y = *b,
print(x, y)  # expect: 3 4
