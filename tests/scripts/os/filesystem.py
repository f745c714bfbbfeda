import os
base = os.path.join("/tmp", "fibra_test_os_%d" % os.getpid())
os.makedirs(os.path.join(base, "sub", "deep"), exist_ok=True)
for name in ["b.txt", "a.txt", os.path.join("sub", "c.txt"), os.path.join("sub", "deep", "d.txt")]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name)
print(sorted(os.listdir(base)))  # expect: ['a.txt', 'b.txt', 'sub']
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))  # expect: True True False
print(os.path.isfile(os.path.join(base, "a.txt")), os.path.exists(os.path.join(base, "zz")))  # expect: True False
for root, dirs, files in sorted(os.walk(base)):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))  # expect: . ['sub'] ['a.txt', 'b.txt']
    # expect: sub ['deep'] ['c.txt']
    # expect: sub/deep [] ['d.txt']
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    os.rmdir(root)
print(os.path.exists(base))  # expect: False
