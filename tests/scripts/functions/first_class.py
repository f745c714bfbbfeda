def apply(f, *args):
    return f(*args)
def add(a, b):
    return a + b
ops = {"add": add, "mul": lambda a, b: a * b}
print(apply(add, 2, 3), apply(ops["mul"], 4, 5))  # expect: 5 20
print(add.__name__, callable(add), callable(3))  # expect: add True False
fs = [len, str.upper, abs]
print([f(x) for f, x in zip(fs, ["abc", "xy", -3])])  # expect: [3, 'XY', 3]
def compose(f, g):
    return lambda x: f(g(x))
print(compose(str, abs)(-9) + "!")  # expect: 9!
