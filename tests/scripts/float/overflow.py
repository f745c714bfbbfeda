try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError")  # expect: OverflowError
try:
    print(float(10**400))
except OverflowError as e:
    print("OverflowError:", e)  # expect: OverflowError: int too large to convert to float
print(1e308 + 1e308)  # expect: inf
print(10**400 > 1e308)  # expect: True
