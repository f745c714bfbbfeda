def f(n):
    return n * 2

result = f(1, 2)
