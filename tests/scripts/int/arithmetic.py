print(2 + 3, 2 - 3, 2 * 3)  # expect: 5 -1 6
print(7 / 2, 6 / 3)  # expect: 3.5 2.0
print(-7 + 10 * 2 - 4)  # expect: 9
print((2 + 3) * 4)  # expect: 20
print(10 - 2 - 3)  # expect: 5
print(2 ** 3 ** 2)  # expect: 512
print(-2 ** 2)  # expect: -4
print((-2) ** 2)  # expect: 4
