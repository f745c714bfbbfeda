class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        print("get")
        return self._r
    @radius.setter
    def radius(self, v):
        print("set", v)
        if v < 0:
            raise ValueError("negative radius")
        self._r = v
    @radius.deleter
    def radius(self):
        print("delete")
        del self._r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 2)
c = Circle(2)
print(c.radius, c.area)  # expect: get
# expect: 2 12.57
c.radius = 3  # expect: set 3
print(c.area)  # expect: 28.27
try:
    c.radius = -1  # expect: set -1
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: negative radius
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError")  # expect: AttributeError
del c.radius  # expect: delete
print(hasattr(c, "_r"))  # expect: False
