def deco(name):
    print("make", name)
    def d(f):
        print("apply", name)
        def w():
            return name + "(" + f() + ")"
        return w
    return d
@deco("a")
@deco("b")
def f():
    return "f"
print(f())

# expect: make a
# expect: make b
# expect: apply b
# expect: apply a
# expect: a(b(f))
