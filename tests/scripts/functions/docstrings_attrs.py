def f(x):
    """Return x doubled."""
    return x * 2
print(f.__doc__)  # expect: Return x doubled.
print(f.__name__)  # expect: f
f.custom = "attr"
print(f.custom)  # expect: attr
def g():
    pass
print(g.__doc__)  # expect: None
print(type(f).__name__)  # expect: function
