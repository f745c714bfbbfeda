# dict is a subclass of object like every other type: it inherits object's methods
# (format(), f-strings, __str__, __init_subclass__ ...) and isinstance({}, object) holds.
d = {"a": 1}
print(dict.__mro__, dict.__bases__)  # expect: (<class 'dict'>, <class 'object'>) (<class 'object'>,)
print(isinstance(d, object), issubclass(dict, object))  # expect: True True
print(format(d), f"{d}", "{}".format(d), "%s" % d)  # expect: {'a': 1} {'a': 1} {'a': 1} {'a': 1}
print(f"{d!r:>12}|")  # expect:     {'a': 1}|
class D(dict):
    pass
print(D.__mro__)  # expect: (<class '__main__.D'>, <class 'dict'>, <class 'object'>)
print(f"{D(x=1)}")  # expect: {'x': 1}
try:
    format(d, "x")
except TypeError as e:
    print("TypeError", e)  # expect: TypeError unsupported format string passed to dict.__format__
