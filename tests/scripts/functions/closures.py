def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())  # expect: 1 2 3 1
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])  # expect: [12, 12, 12]
def make_adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders_fixed()])  # expect: [10, 11, 12]
def outer():
    msg = "hi"
    def mid():
        def inner():
            return msg + "!"
        return inner
    return mid()()
print(outer())  # expect: hi!
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
a(1); a(2)
print(a(3))  # expect: 6
