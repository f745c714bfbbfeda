# A plain object() has no __dict__: setting an attribute raises AttributeError.
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: 'object' object has no attribute 'x'
try:
    setattr(o, "y", 2)
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: 'object' object has no attribute 'y'
try:
    object.__setattr__(o, "z", 3)
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: 'object' object has no attribute 'z'
try:
    print(o.__dict__)
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: 'object' object has no attribute '__dict__'
try:
    vars(o)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: vars() argument must have __dict__ attribute
print(hasattr(o, "x"), o.__class__.__name__)  # expect: False object


class C:
    pass


c = C()
c.x = 1
object.__setattr__(c, "y", 2)
print(c.x, c.y, vars(c))  # expect: 1 2 {'x': 1, 'y': 2}
sentinel = object()
print(sentinel is sentinel, sentinel == object())  # expect: True False
