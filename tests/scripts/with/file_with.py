import os
d = os.path.join("/tmp", "fibra_test_with_%d" % os.getpid())
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "f.txt")
with open(p, "w") as fh:
    fh.write("line1\n")
    print(fh.closed)  # expect: False
print(fh.closed)  # expect: True
with open(p) as fh:
    print(fh.read())  # expect: line1
    # expect:
os.remove(p)
os.rmdir(d)
print(os.path.exists(d))  # expect: False
