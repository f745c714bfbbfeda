a = [[1], [2]]
b = a.copy()
b[0].append(9)
b.append([3])
print(a, b)  # expect: [[1, 9], [2]] [[1, 9], [2], [3]]
c = list(a)
print(c == a, c is a, c[0] is a[0])  # expect: True False True
