def forever(n):
    return forever(n + 1) + 1
print("start")  # expect: start
forever(0)
# expect error: RecursionError
