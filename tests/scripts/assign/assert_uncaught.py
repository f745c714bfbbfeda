print("checking")  # expect: checking
value = 3
assert value > 5, "value too small"
print("unreachable")
# expect error: AssertionError
