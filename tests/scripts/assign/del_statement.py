x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)  # expect: NameError: name 'x' is not defined
lst = [0, 1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)  # expect: [1, 2, 3]
del lst[::2]
print(lst)  # expect: [2]
d = {"a": 1, "b": 2}
del d["a"]
print(d)  # expect: {'b': 2}
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))  # expect: False
try:
    del o.attr
except AttributeError as e:
    print("AttributeError")  # expect: AttributeError
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)  # expect: KeyError: 'zz'
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("NameError:", e)  # expect: NameError: name 'a' is not defined
