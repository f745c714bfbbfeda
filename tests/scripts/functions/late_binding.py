funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([g() for g in funcs])  # expect: [2, 2, 2]
i = 100
print([g() for g in funcs])  # expect: [100, 100, 100]
def make():
    fs = []
    for j in range(3):
        fs.append(lambda: j)
    j = 42
    return fs
print([g() for g in make()])  # expect: [42, 42, 42]
