def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for n in naturals():
    if n * n > 50:
        break
    out.append(n * n)
print(out)  # expect: [0, 1, 4, 9, 16, 25, 36, 49]
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
print([next(g) for _ in range(12)])  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])  # expect: [0, 2, 4, 6, 8]
