print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))  # expect: 0 2 2 0 -2
print(round(3.14159, 2), round(3.14159, 0), round(1234.5, -2))  # expect: 3.14 3.0 1200.0
print(round(2.675, 2))  # expect: 2.67
print(round(7), round(7.6), round(-7.6))  # expect: 7 8 -8
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)  # expect: int float
print(round(1234, -2), round(1250, -2), round(1350, -2))  # expect: 1200 1200 1400
print(round(0.125, 2), round(0.375, 2))  # expect: 0.12 0.38
