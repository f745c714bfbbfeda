a = list(range(10))
del a[2]
print(a)  # expect: [0, 1, 3, 4, 5, 6, 7, 8, 9]
del a[1:3]
print(a)  # expect: [0, 4, 5, 6, 7, 8, 9]
del a[::2]
print(a)  # expect: [4, 6, 8]
del a[-1]
print(a)  # expect: [4, 6]
del a[:]
print(a)  # expect: []
b = list(range(10))
del b[::-3]
print(b)  # expect: [1, 2, 4, 5, 7, 8]
