def add(a, b):
    return a + b
print(add(1, 2))  # expect: 3
print(add("x", 3))
# expect error: TypeError
