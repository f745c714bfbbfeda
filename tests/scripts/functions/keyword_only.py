def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2), f(1, c=4, b=5))  # expect: (1, 2, 3) (1, 5, 4)
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: f() takes 1 positional argument but 2 were given
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: f() missing 1 required keyword-only argument: 'b'
def g(*, only):
    return only
print(g(only="k"))  # expect: k
