print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)))  # expect: [0, 1, 2, 3, 4] [2, 3, 4, 5] [0, 3, 6, 9]
print(list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))  # expect: [10, 7, 4, 1] [] []
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -1)), len(range(3, 0)))  # expect: 10 4 10 0
print(range(5), range(1, 5), range(1, 10, 2))  # expect: range(0, 5) range(1, 5) range(1, 10, 2)
r = range(0, 20, 5)
print(r[1], r[-1], r.start, r.stop, r.step)  # expect: 5 15 0 20 5
print(range(3) == range(0, 3), range(0) == range(5, 1))  # expect: True True
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: range() arg 3 must not be zero
