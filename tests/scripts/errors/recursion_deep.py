def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError:
    print("caught")  # expect: caught
print("still alive")  # expect: still alive
def g(n):
    return 0 if n == 0 else 1 + g(n - 1)
print(g(100))  # expect: 100
