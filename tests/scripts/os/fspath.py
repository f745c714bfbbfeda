# os functions, os.path and open() accept os.PathLike objects (__fspath__), as pathlib.Path.
import os
import os.path
import pathlib
import tempfile


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath(P("a/b")), os.path.join(P("x"), "y"), os.path.basename(P("/q/r.txt")))  # expect: a/b x/y r.txt
with tempfile.TemporaryDirectory() as d:
    root = pathlib.Path(d)
    f = root / "notes.txt"
    with open(f, "w") as out:
        out.write("hello\n")
    print(os.path.exists(f), os.path.getsize(f), sorted(os.listdir(root)))  # expect: True 6 ['notes.txt']
    os.mkdir(root / "sub")
    os.rename(f, root / "sub" / "moved.txt")
    print(sorted(os.listdir(P(os.path.join(d, "sub")))))  # expect: ['moved.txt']
    print(open(root / "sub" / "moved.txt").read().strip())  # expect: hello


class Bad:
    def __fspath__(self):
        return 3


for call in (lambda: os.fspath(Bad()), lambda: open(Bad())):
    try:
        call()
    except TypeError as e:
        print(e)  # expect: expected Bad.__fspath__() to return str or bytes, not int
                  # expect: expected Bad.__fspath__() to return str or bytes, not int
try:
    os.remove(3.5)
except TypeError as e:
    print(e)  # expect: remove: path should be string, bytes or os.PathLike, not float
