a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)  # expect: 3 1 2
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)  # expect: [3, 2, 1]
x = y = z = "same"
print(x, y, z, x is z)  # expect: same same same True
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)  # expect: 1 [10, 99]
