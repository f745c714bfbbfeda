s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)  # expect: slice(1, 8, 2) 1 8 2
a = list(range(10))
print(a[s], "abcdefghij"[s])  # expect: [1, 3, 5, 7] bdfh
print(slice(3), slice(None, None, -1))  # expect: slice(None, 3, None) slice(None, None, -1)
print(a[slice(None, None, -1)])  # expect: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
print(s.indices(5), slice(None, None, -1).indices(4))  # expect: (1, 5, 2) (3, -1, -1)
