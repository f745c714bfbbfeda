class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
f = c.inc
f(); f(5)
print(c.n)  # expect: 6
g = Counter.inc
g(c, 10)
print(c.n)  # expect: 16
print(f.__self__ is c, f.__name__)  # expect: True inc
ops = [c.inc, c.inc]
print([op() for op in ops])  # expect: [17, 18]
