import math
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(1))  # expect: 1.0 3.0 10.0 3.0 0.0
print(math.exp(0), math.exp(1), round(math.exp(2), 6))  # expect: 1.0 2.718281828459045 7.389056
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))  # expect: 0.0 1.0 1.0 -1.0
print(math.atan2(1, 1) == math.pi / 4, math.atan2(0, -1), math.hypot(3, 4))  # expect: True 3.141592653589793 5.0
print(round(math.tan(math.pi / 4), 12), math.degrees(math.pi), math.radians(180))  # expect: 1.0 180.0 3.141592653589793
print(round(math.asin(1), 10), round(math.acos(1), 10), round(math.atan(1), 10))  # expect: 1.5707963268 0.0 0.7853981634
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: math domain error
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: math domain error
