a = [3, 1, 2]
a.append(4)
print(a)  # expect: [3, 1, 2, 4]
a.extend([5, 6])
print(a)  # expect: [3, 1, 2, 4, 5, 6]
a.insert(0, 0)
a.insert(100, 99)
a.insert(-1, 7)
print(a)  # expect: [0, 3, 1, 2, 4, 5, 6, 7, 99]
print(a.pop(), a.pop(0), a)  # expect: 99 0 [3, 1, 2, 4, 5, 6, 7]
a.remove(7)
print(a)  # expect: [3, 1, 2, 4, 5, 6]
print(a.index(2), a.count(2))  # expect: 2 1
a.reverse()
print(a)  # expect: [6, 5, 4, 2, 1, 3]
b = a.copy()
b.clear()
print(a, b)  # expect: [6, 5, 4, 2, 1, 3] []
