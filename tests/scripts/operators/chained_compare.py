x = 5
print(1 < x < 10, 1 < x > 3, 1 < x < 3, 10 > x >= 5 == 5)  # expect: True True False True
print(1 == 1 != 2, 1 < 2 < 3 < 4 < 5, 5 > 4 > 6)  # expect: True True False
def v(n):
    print("v", n)
    return n
print(v(1) < v(0) < v(2))  # expect: v 1
# expect: v 0
# expect: False
print(v(1) < v(2) < v(3))  # expect: v 1
# expect: v 2
# expect: v 3
# expect: True
