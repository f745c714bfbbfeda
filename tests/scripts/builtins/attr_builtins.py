class O:
    a = 1
o = O()
print(hasattr(o, "a"), hasattr(o, "b"))  # expect: True False
setattr(o, "b", 2)
print(getattr(o, "b"), getattr(o, "c", "dflt"))  # expect: 2 dflt
delattr(o, "b")
print(hasattr(o, "b"))  # expect: False
try:
    getattr(o, "zz")
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: 'O' object has no attribute 'zz'
name = "dyn"
setattr(O, name, lambda self: "dynamic method")
print(o.dyn())  # expect: dynamic method
print(getattr([1, 2], "count")(1), getattr("s", "upper")())  # expect: 1 S
