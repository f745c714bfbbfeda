import os
d = os.path.join("/tmp", "fibra_test_io_%d" % os.getpid())
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "data.txt")
f = open(p, "w")
n = f.write("first line\nsecond line\n")
f.write("third")
f.close()
print(n)  # expect: 23
with open(p) as f:
    print(repr(f.read()))  # expect: 'first line\nsecond line\nthird'
with open(p) as f:
    print(f.readlines())  # expect: ['first line\n', 'second line\n', 'third']
with open(p) as f:
    for line in f:
        print(line.rstrip("\n"))  # expect: first line
        # expect: second line
        # expect: third
with open(p) as f:
    print(repr(f.readline()), repr(f.readline()))  # expect: 'first line\n' 'second line\n'
with open(p, "a") as f:
    f.write("\nappended")
with open(p, "r") as f:
    print(f.read().splitlines())  # expect: ['first line', 'second line', 'third', 'appended']
os.remove(p)
os.rmdir(d)
try:
    open(p)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)  # expect: FileNotFoundError 2
