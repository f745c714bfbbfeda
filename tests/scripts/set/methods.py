a = {1, 2, 3}
print(sorted(a.union([4], (5,))), sorted(a.intersection({2, 3, 9})))  # expect: [1, 2, 3, 4, 5] [2, 3]
print(sorted(a.difference({1})), sorted(a.symmetric_difference({3, 4})))  # expect: [2, 3] [1, 2, 4]
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}))  # expect: True True
b = a.copy()
b.update([7, 8])
print(sorted(a), sorted(b))  # expect: [1, 2, 3] [1, 2, 3, 7, 8]
x = b.pop()
print(x in b, len(b))  # expect: False 4
b.clear()
print(b)  # expect: set()
a.intersection_update({1, 2})
print(sorted(a))  # expect: [1, 2]
a.difference_update({1})
print(sorted(a))  # expect: [2]
