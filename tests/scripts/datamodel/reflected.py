class M:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        print("radd", o)
        return M(o + self.v)
    def __rsub__(self, o):
        return M(o - self.v)
    def __rfloordiv__(self, o):
        return M(o // self.v)
    def __rpow__(self, o):
        return M(o ** self.v)
    def __repr__(self):
        return f"M({self.v})"
print(1 + M(2), 10 - M(3), 17 // M(5), 2 ** M(10))  # expect: radd 1
# expect: M(3) M(7) M(3) M(1024)
print(sum([M(1)], 0))  # expect: radd 0
# expect: M(1)
class L:
    def __add__(self, o):
        return NotImplemented
class R:
    def __radd__(self, o):
        return "R.radd"
print(L() + R())  # expect: R.radd
