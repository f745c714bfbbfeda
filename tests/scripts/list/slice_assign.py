a = list(range(6))
a[1:3] = ["a", "b", "c"]
print(a)  # expect: [0, 'a', 'b', 'c', 3, 4, 5]
a[::2] = [10, 20, 30, 40]
print(a)  # expect: [10, 'a', 20, 'c', 30, 4, 40]
a[2:2] = [7, 7]
print(a)  # expect: [10, 'a', 7, 7, 20, 'c', 30, 4, 40]
a[:] = []
print(a)  # expect: []
b = [1, 2, 3, 4, 5]
b[1:4] = []
print(b)  # expect: [1, 5]
c = [0, 1, 2, 3, 4, 5]
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: attempt to assign sequence of size 2 to extended slice of size 3
c[-2:] = "xy"
print(c)  # expect: [0, 1, 2, 3, 'x', 'y']
