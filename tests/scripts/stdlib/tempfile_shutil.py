# tempfile.mkdtemp / TemporaryDirectory and shutil.rmtree / copyfile (used by examples/wordfreq.py)
import os
import shutil
import tempfile

print(os.path.isdir(tempfile.gettempdir()))  # expect: True
d = tempfile.mkdtemp(prefix="fibra_t", suffix=".d")
name = os.path.basename(d)
print(name.startswith("fibra_t"), name.endswith(".d"), os.path.isabs(d))  # expect: True True True
os.makedirs(os.path.join(d, "a", "b"))
with open(os.path.join(d, "a", "b", "x.txt"), "w") as f:
    f.write("hello\n")
shutil.copyfile(os.path.join(d, "a", "b", "x.txt"), os.path.join(d, "y.txt"))
with open(os.path.join(d, "y.txt")) as f:
    print(repr(f.read()))  # expect: 'hello\n'
print(sorted(os.listdir(d)))  # expect: ['a', 'y.txt']
shutil.rmtree(d)
print(os.path.exists(d))  # expect: False
with tempfile.TemporaryDirectory() as t:
    with open(os.path.join(t, "z"), "w") as f:
        f.write("z")
    print(os.listdir(t))  # expect: ['z']
print(os.path.exists(t))  # expect: False
try:
    shutil.rmtree(os.path.join(tempfile.gettempdir(), "fibra-no-such-dir-%d" % os.getpid()))
except FileNotFoundError:
    print("FileNotFoundError")  # expect: FileNotFoundError
shutil.rmtree(os.path.join(tempfile.gettempdir(), "fibra-no-such-dir"), ignore_errors=True)
print("done")  # expect: done
