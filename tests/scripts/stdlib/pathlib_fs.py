# Concrete Path operations, all inside a temporary directory.
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    print(base.exists(), base.is_dir(), base.is_file(), base.is_absolute())  # expect: True True False True
    d = base / "a" / "b" / "c"
    try:
        d.mkdir()
    except FileNotFoundError:
        print("FileNotFoundError")  # expect: FileNotFoundError
    d.mkdir(parents=True)
    print(d.is_dir(), d.relative_to(base))  # expect: True a/b/c
    try:
        d.mkdir()
    except FileExistsError:
        print("FileExistsError")  # expect: FileExistsError
    d.mkdir(exist_ok=True)
    f = d / "hello.txt"
    print(f.write_text("hi there\nline 2\n"))  # expect: 16
    print(repr(f.read_text()))  # expect: 'hi there\nline 2\n'
    print(f.exists(), f.is_file(), f.is_dir(), f.stem, f.suffix)  # expect: True True False hello .txt
    b = base / "data.bin"
    print(b.write_bytes(b"\x00\x01\xff"), b.read_bytes())  # expect: 3 b'\x00\x01\xff'
    try:
        b.write_text(b"x")
    except TypeError as e:
        print("TypeError", e)  # expect: TypeError data must be str, not bytes
    with (base / "w.txt").open("w") as fh:
        fh.write("written via open\n")
    with (base / "w.txt").open() as fh:
        print(fh.read().strip())  # expect: written via open
    (base / "a" / "x.py").write_text("pass\n")
    (base / "a" / "y.py").write_text("pass\n")
    (base / "a" / "b" / "z.py").write_text("pass\n")
    (base / "a" / ".hidden.py").write_text("pass\n")
    print(sorted(p.name for p in (base / "a").iterdir()))  # expect: ['.hidden.py', 'b', 'x.py', 'y.py']
    print(sorted(str(p.relative_to(base)) for p in base.glob("a/*.py")))  # expect: ['a/.hidden.py', 'a/x.py', 'a/y.py']
    print(sorted(str(p.relative_to(base)) for p in base.glob("*")))  # expect: ['a', 'data.bin', 'w.txt']
    print(sorted(str(p.relative_to(base)) for p in base.rglob("*.py")))  # expect: ['a/.hidden.py', 'a/b/z.py', 'a/x.py', 'a/y.py']
    print(sorted(str(p.relative_to(base)) for p in base.glob("**/*.txt")))  # expect: ['a/b/c/hello.txt', 'w.txt']
    print(sorted(str(p.relative_to(base)) for p in base.glob("a/**")))  # expect: ['a', 'a/b', 'a/b/c']
    print(sorted(str(p.relative_to(base)) for p in base.glob("a/?.py")))  # expect: ['a/x.py', 'a/y.py']
    print(sorted(str(p.relative_to(base)) for p in base.glob("a/b/c/hello.txt")))  # expect: ['a/b/c/hello.txt']
    print(list(base.glob("nothing*")))  # expect: []
    t = base / "t.txt"
    t.touch()
    print(t.exists(), repr(t.read_text()))  # expect: True ''
    try:
        t.touch(exist_ok=False)
    except FileExistsError:
        print("FileExistsError")  # expect: FileExistsError
    r = t.rename(base / "renamed.txt")
    print(r.name, t.exists(), r.exists())  # expect: renamed.txt False True
    r2 = r.replace(str(base / "replaced.txt"))
    print(type(r2).__name__, r2.name, r.exists())  # expect: PosixPath replaced.txt False
    r2.unlink()
    print(r2.exists())  # expect: False
    try:
        r2.unlink()
    except FileNotFoundError:
        print("FileNotFoundError")  # expect: FileNotFoundError
    r2.unlink(missing_ok=True)
    try:
        (base / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)  # expect: FileNotFoundError 2
    empty = base / "empty"
    empty.mkdir()
    empty.rmdir()
    print(empty.exists())  # expect: False
    print(base.resolve() == Path(os.path.realpath(tmp)))  # expect: True
    print(Path("rel").absolute() == Path.cwd() / "rel")  # expect: True
    print(Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.path.expanduser("~")))  # expect: True True
    print(Path("~/x").expanduser() == Path.home() / "x", Path("/q").expanduser())  # expect: True /q
    print((base / "a" / "x.py").samefile(str(base / "a" / "." / "x.py")))  # expect: True
print(base.exists())  # expect: False
