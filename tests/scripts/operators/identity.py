a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)  # expect: True False True True
print(None is None, True is not False)  # expect: True True
x = ()
y = ()
print(type(a) is list, type(1) is int, type(True) is bool)  # expect: True True True
print(id(a) == id(b), id(a) == id(c))  # expect: True False
