a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))  # expect: [1, 2, 3, 4, 5] [3, 4] [1, 2] [1, 2, 5]
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a)  # expect: True True False True True False
print(a.isdisjoint({9}), a.isdisjoint(b))  # expect: True False
c = set(a)
c |= {9}
c &= {1, 9, 4}
print(sorted(c))  # expect: [1, 4, 9]
c -= {1}
c ^= {4, 7}
print(sorted(c))  # expect: [7, 9]
