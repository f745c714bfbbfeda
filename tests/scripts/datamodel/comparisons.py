class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == Ver(1, 2), a != Ver(1, 2))  # expect: True True False False False True True False
print(sorted([Ver(2), Ver(1, 5), Ver(1)]), max(a, b))  # expect: [v1, v1.5, v2] v1.10
print(a == "v1.2", a != 3)  # expect: False True
