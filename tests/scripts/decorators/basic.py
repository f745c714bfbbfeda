def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"))  # expect: HELLO ANN!
def trace(f):
    def wrapper(*a):
        print("call", f.__name__, a)
        r = f(*a)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)  # expect: call add (2, 3)
# expect: ret 5
print(add.__name__)  # expect: wrapper
