class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        print("iadd", item)
        self.items.append(item)
        return self
    def __add__(self, item):
        print("add", item)
        b = Bag()
        b.items = self.items + [item]
        return b
b = Bag()
orig = b
b += 1  # expect: iadd 1
print(b is orig, b.items)  # expect: True [1]
c = b + 2  # expect: add 2
print(c is b, c.items, b.items)  # expect: False [1, 2] [1]
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)  # expect: 6 1 False
