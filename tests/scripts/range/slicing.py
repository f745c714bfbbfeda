r = range(0, 20, 2)
print(r[2:5], list(r[2:5]))  # expect: range(4, 10, 2) [4, 6, 8]
print(r[::-1], list(r[::-1]))  # expect: range(18, -2, -2) [18, 16, 14, 12, 10, 8, 6, 4, 2, 0]
print(r[::3], list(r[1:8:3]))  # expect: range(0, 20, 6) [2, 8, 14]
print(list(range(10, 0, -2)[1:3]))  # expect: [8, 6]
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: range object index out of range
