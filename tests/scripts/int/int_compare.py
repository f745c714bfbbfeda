print(1 < 2, 2 < 1, 1 == 1, 1 != 1)  # expect: True False True False
print(1 < 2 < 3, 1 < 3 < 2)  # expect: True False
print(2**64 > 2**63, -(2**64) < 0)  # expect: True True
print(1 == 1.0, 2 < 2.5, 3 >= 3.0)  # expect: True True True
print(max(3, 7, 5), min(3, 7, 5))  # expect: 7 3
print(True == 1, False == 0)  # expect: True True
print(10**20 == 10.0**20)  # expect: True
