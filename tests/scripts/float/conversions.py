print(float(3), float("2.5"), float("  -1.25 "), float("1e3"))  # expect: 3.0 2.5 -1.25 1000.0
print(int(2.9), int(-2.9), int(1e20))  # expect: 2 -2 100000000000000000000
print(float(2**70))  # expect: 1.1805916207174113e+21
print(float("3"), float(True))  # expect: 3.0 1.0
try:
    float("abc")
except ValueError as e:
    print(e)  # expect: could not convert string to float: 'abc'
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)  # expect: OverflowError: cannot convert float infinity to integer
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: cannot convert float NaN to integer
print((2.5).is_integer(), (2.0).is_integer())  # expect: False True
print((0.5).as_integer_ratio())  # expect: (1, 2)
