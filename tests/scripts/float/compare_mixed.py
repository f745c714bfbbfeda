print(1.0 == 1, 0.5 < 1, 2**53 + 1 == float(2**53 + 1))  # expect: True True False
print(1.1 > 1, -0.5 < 0)  # expect: True True
print(sorted([3, 1.5, 2, -0.5, 2.0]))  # expect: [-0.5, 1.5, 2, 2.0, 3]
print(max(1, 2.0), min(1.0, 1))  # expect: 2.0 1.0
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5))  # expect: True True
print(float("inf") > 10**400)  # expect: True
