class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)  # expect: 3 4 25 2 2
p.move(1, 1).move(1, 1)
print(p.x, p.y)  # expect: 5 6
print(type(p).__name__, Point.__name__, p.__class__.__name__)  # expect: Point Point Point
print(isinstance(p, Point), isinstance(3, Point))  # expect: True False
print(p.__dict__)  # expect: {'x': 5, 'y': 6}
m = p.norm2
print(m())  # expect: 61
print(Point.norm2(p))  # expect: 61
