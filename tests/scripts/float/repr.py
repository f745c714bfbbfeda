print(0.1, 0.5, 1.0, -2.5)  # expect: 0.1 0.5 1.0 -2.5
print(0.1 + 0.2)  # expect: 0.30000000000000004
print(1 / 3)  # expect: 0.3333333333333333
print(2 / 3)  # expect: 0.6666666666666666
print(1e16, 1e15, 1e-4, 1e-5)  # expect: 1e+16 1000000000000000.0 0.0001 1e-05
print(123456789.123456789)  # expect: 123456789.12345679
print(1.5e300 * 1e10)  # expect: inf
print(float("1e22"), 1e21, 1e-7)  # expect: 1e+22 1e+21 1e-07
print(repr(3.0), str(3.14))  # expect: 3.0 3.14
print(100.0, 1e100)  # expect: 100.0 1e+100
print(-0.0, 0.0 == -0.0)  # expect: -0.0 True
print(2.0 ** 0.5)  # expect: 1.4142135623730951
