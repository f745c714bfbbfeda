for i in range(5, -6, -2):
    print(i, end=" ")
print()  # expect: 5 3 1 -1 -3 -5
print(list(range(-1, -10, -3)))  # expect: [-1, -4, -7]
print(list(reversed(range(4))))  # expect: [3, 2, 1, 0]
print(list(range(-5, 0)))  # expect: [-5, -4, -3, -2, -1]
