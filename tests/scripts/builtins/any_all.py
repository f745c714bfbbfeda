print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), all([1, 2]))  # expect: False True True False True
print(any("abc"), all(["a", ""]), any(x > 5 for x in range(10)))  # expect: True False True
def noisy(v):
    print("check", v)
    return v
print(any(noisy(x) for x in [0, 2, 3]))  # expect: check 0
# expect: check 2
# expect: True
print(all(noisy(x) for x in [1, 0, 3]))  # expect: check 1
# expect: check 0
# expect: False
