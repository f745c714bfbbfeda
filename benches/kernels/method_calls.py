# Classes and method calls.
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, k):
        self.n += k
        return self

    def get(self):
        return self.n

class Sub(Counter):
    def inc(self, k):
        return super().inc(k * 2)

c = Counter()
s = Sub()
for i in range(1000000):
    c.inc(1)
    if i % 4 == 0:
        s.inc(1)
print(c.get(), s.get())
