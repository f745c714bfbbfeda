class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, key):
        return key in self.cells
g = Grid()
g[1, 2] = "x"  # expect: set (1, 2) x
print(g[1, 2], g[0, 0])  # expect: get (1, 2)
# expect: get (0, 0)
# expect: x 0
print(len(g), (1, 2) in g, (5, 5) in g)  # expect: 1 True False
del g[1, 2]  # expect: del (1, 2)
print(len(g))  # expect: 0
class Sl:
    def __getitem__(self, k):
        return k
s = Sl()
print(s[1:2], s[::3], s[1, 2:3], s["k"])  # expect: slice(1, 2, None) slice(None, None, 3) (1, slice(2, 3, None)) k
