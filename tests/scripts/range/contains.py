r = range(0, 100, 7)
print(14 in r, 15 in r, 98 in r, 105 in r, -7 in r)  # expect: True False True False False
print(5 in range(10, 0, -1), 0 in range(10, 0, -1))  # expect: True False
print(r.index(21), r.count(21), r.count(22))  # expect: 3 1 0
print(len(range(10**9)))  # expect: 1000000000
print(sum(range(101)), max(range(7)), min(range(3, 9)))  # expect: 5050 6 3
