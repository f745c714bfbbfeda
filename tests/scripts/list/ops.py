print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5)  # expect: [1, 2, 3] [0, 0, 0] [1, 2, 1, 2] []
print(3 in [1, 2, 3], 4 not in [1, 2, 3])  # expect: True True
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])  # expect: True True True True
a = [1]
b = a
a += [2]
print(a, b, a is b)  # expect: [1, 2] [1, 2] True
a = a + [3]
print(a, b, a is b)  # expect: [1, 2, 3] [1, 2] False
print(len([1, [2, 3]]), [[0] * 2] * 2)  # expect: 2 [[0, 0], [0, 0]]
m = [[0] * 2] * 2
m[0][0] = 1
print(m)  # expect: [[1, 0], [1, 0]]
