print(1.5 + 2.25, 5.0 - 7.5, 2.5 * 4, 7.0 / 2)  # expect: 3.75 -2.5 10.0 3.5
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)  # expect: 3.0 -4.0 1.5 0.5
print(divmod(7.5, 2), divmod(-7.5, 2))  # expect: (3.0, 1.5) (-4.0, 0.5)
print(2 ** 0.5 * 2 ** 0.5)  # expect: 2.0000000000000004
print(1 + 2.0, type(1 + 2.0).__name__)  # expect: 3.0 float
print(3 * 1.1)  # expect: 3.3000000000000003
print(10 / 4, 10 // 4.0)  # expect: 2.5 2.0
print(abs(-3.25), -(-1.5))  # expect: 3.25 1.5
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)  # expect: False True
