five = 5
def f(a, b):
    return a + b
tests = [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, c=3), lambda: f(1, a=1), lambda: five(), lambda: len(1, 2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)  # expect: TypeError: f() missing 1 required positional argument: 'b'
        # expect: TypeError: f() takes 2 positional arguments but 3 were given
        # expect: TypeError: f() got an unexpected keyword argument 'c'
        # expect: TypeError: f() got multiple values for argument 'a'
        # expect: TypeError: 'int' object is not callable
        # expect: TypeError: len() takes exactly one argument (2 given)
