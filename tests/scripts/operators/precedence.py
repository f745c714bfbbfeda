print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2)  # expect: 14 20 18 -9
print(not 1 == 2, not (1 == 2) and False)  # expect: True False
print(1 | 2 ^ 3 & 4, 1 << 2 + 1, 8 >> 1 - 0)  # expect: 3 8 4
print(10 - 4 - 3, 100 / 10 / 2, 2 ** -1)  # expect: 3 5.0 0.5
print(True or False and False, (True or False) and False)  # expect: True False
print(3 < 4 == True, -2 ** 0.5 < 0)  # expect: False True
print(~1 + 1, -~5, 5 % 3 * 2)  # expect: -1 6 4
