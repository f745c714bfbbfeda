count = 0
def inc():
    global count
    count += 1
inc(); inc()
print(count)  # expect: 2
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    return inner(), x
print(outer())  # expect: (21, 21)
def make_global():
    global newname
    newname = "created"
make_global()
print(newname)  # expect: created
def read_only():
    return count * 100
print(read_only())  # expect: 200
