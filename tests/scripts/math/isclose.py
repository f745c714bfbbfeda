import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))  # expect: True False True
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))  # expect: False True
print(math.floor(10**20 + 0.5) == 10**20, math.ceil(1e15 + 0.5))  # expect: True 1000000000000001
print(math.pow(2, 10), math.fmod(7, 3), math.fmod(-7, 3))  # expect: 1024.0 1.0 -1.0
