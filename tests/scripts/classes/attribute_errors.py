class C:
    def __init__(self):
        self.x = 1
c = C()
try:
    c.y
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: 'C' object has no attribute 'y'
try:
    C.nothing
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: type object 'C' has no attribute 'nothing'
try:
    (1).foo
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: 'int' object has no attribute 'foo'
try:
    "s".nope()
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: 'str' object has no attribute 'nope'
print(getattr(c, "y", "default"), getattr(c, "x"))  # expect: default 1
