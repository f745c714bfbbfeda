x = None
print(x, repr(x), type(x).__name__)  # expect: None None NoneType
print(x is None, x is not None, x == None)  # expect: True False True
def f():
    pass
print(f())  # expect: None
def g():
    return
print(g())  # expect: None
print([None] * 2)  # expect: [None, None]
print(None == 0, None == False)  # expect: False False
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
