inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)  # expect: inf -inf nan
print(float("-inf"), float("Infinity"), float("NaN"))  # expect: -inf inf nan
print(inf > 1e308, -inf < -1e308)  # expect: True True
print(nan == nan, nan != nan, nan < 1, nan > 1)  # expect: False True False False
print(inf + 1, inf - inf, inf * 0)  # expect: inf nan nan
print(repr(inf), str(nan))  # expect: inf nan
print(1e308 * 10)  # expect: inf
print(inf == inf)  # expect: True
