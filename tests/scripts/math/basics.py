import math
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.floor(-2.1), math.ceil(2.1), math.ceil(-2.7))  # expect: 4.0 1.4142135623730951 2 -3 3 -2
print(math.pi, math.e, math.inf, -math.inf, math.nan)  # expect: 3.141592653589793 2.718281828459045 inf -inf nan
print(math.isnan(math.nan), math.isinf(math.inf), math.isinf(1e308), math.isnan(1.0))  # expect: True True False False
print(type(math.floor(2.5)).__name__, math.trunc(-3.7), math.trunc(3.7))  # expect: int -3 3
print(math.fabs(-3), math.copysign(2, -0.0), math.copysign(5, -1))  # expect: 3.0 -2.0 -5.0
print(math.isfinite(1.0), math.isfinite(math.inf))  # expect: True False
