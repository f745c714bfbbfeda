def a():
    return b()
def b():
    return c()
def c():
    return [1, 2][5]
print("calling")  # expect: calling
a()
# expect error: IndexError
