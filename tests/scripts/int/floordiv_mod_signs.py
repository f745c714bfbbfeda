for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (-6, 3)]:
    print(a, b, a // b, a % b, divmod(a, b))  # expect: 7 2 3 1 (3, 1)
    # expect: -7 2 -4 1 (-4, 1)
    # expect: 7 -2 -4 -1 (-4, -1)
    # expect: -7 -2 3 -1 (3, -1)
    # expect: 0 5 0 0 (0, 0)
    # expect: 6 3 2 0 (2, 0)
    # expect: -6 3 -2 0 (-2, 0)
print(-1 // 10, -1 % 10)  # expect: -1 9
print(1 // -10, 1 % -10)  # expect: -1 -9
