def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))  # expect: 23416728348467685 81
calls = 0
def counted(f):
    def w(*a, **k):
        global calls
        calls += 1
        return f(*a, **k)
    return w
@counted
def noop(x=None):
    return x
noop(); noop(1); noop(x=2)
print(calls)  # expect: 3
