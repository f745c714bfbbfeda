def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
g = accumulator()
print(next(g))  # expect: 0
print(g.send(10))  # expect: 10
print(g.send(5))  # expect: 15
try:
    g.send(None)
except StopIteration as e:
    print("stopped", e.value)  # expect: stopped None
g2 = accumulator()
try:
    g2.send(1)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: can't send non-None value to a just-started generator
