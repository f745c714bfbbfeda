print(2 ** 10)  # expect: 1024
print(2 ** 0)  # expect: 1
print(0 ** 0)  # expect: 1
print(2 ** -1)  # expect: 0.5
print(10 ** -2)  # expect: 0.01
print((-3) ** 3)  # expect: -27
print(7 ** 2 ** 0)  # expect: 7
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13))  # expect: 1024 24 9
print(pow(-2, 3))  # expect: -8
print(pow(5, -1, 7))  # expect: 3
