x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)  # expect: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
print(issubclass(UnboundLocalError, NameError))  # expect: True
def g():
    try:
        return y
    except NameError as e:
        return str(e)
print(g())  # expect: name 'y' is not defined
