# exec() and eval() of source strings, in the caller's namespace or the given dicts.
x = 10
print(eval("x + 1"))  # expect: 11
print(eval("  x * 2"))  # expect: 20
exec("y = x + 5")
print(y)  # expect: 15
ns = {"a": 2}
exec("b = a ** 3\ndef f(n):\n    return n + b\n", ns)
print(ns["b"], ns["f"](1), "__builtins__" in ns)  # expect: 8 9 True
print(eval("a + b", ns), eval("a + c", ns, {"c": 100}))  # expect: 10 102
print(eval("len('abc')", {}))  # expect: 3
loc = {}
exec("z = 1", None, loc)
print(loc)  # expect: {'z': 1}


def inside():
    v = 3
    print(eval("v + 1"))
    exec("w = v * 2")
    return v


print(inside())  # expect: 4
                 # expect: 3
print(eval("[i * i for i in range(4)]"))  # expect: [0, 1, 4, 9]
print(eval("(lambda q: q + x)(1)"))  # expect: 11
for src in ("x = 1", "1 +", ""):
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError")  # expect: SyntaxError
                              # expect: SyntaxError
                              # expect: SyntaxError
try:
    eval("undefined_name")
except NameError as e:
    print(e)  # expect: name 'undefined_name' is not defined
try:
    exec(42)
except TypeError as e:
    print(e)  # expect: exec() arg 1 must be a string, bytes or code object
try:
    eval("1", [])
except TypeError as e:
    print(e)  # expect: globals must be a real dict; try eval(expr, {}, mapping)
exec("print('from exec', x)")  # expect: from exec 10
try:
    exec("q = 1", globals=None)
except TypeError as e:
    print(e)  # expect: 'globals' is an invalid keyword argument for exec()
try:
    eval("1", locals=None)
except TypeError as e:
    print(e)  # expect: eval() takes no keyword arguments
exec("class A:\n    pass\nprint(A, A.__module__)", {})  # expect: <class 'A'> builtins
exec("class B:\n    pass\nprint(B)", {"__name__": "mod"})  # expect: <class 'mod.B'>
