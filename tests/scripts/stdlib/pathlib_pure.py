# Pure path arithmetic: parts, names, suffixes, parents, joining, comparisons.
from pathlib import PurePath, PurePosixPath, Path, PosixPath

p = PurePosixPath("/usr/lib/python3.11/os.tar.gz")
print(p)  # expect: /usr/lib/python3.11/os.tar.gz
print(repr(p))  # expect: PurePosixPath('/usr/lib/python3.11/os.tar.gz')
print(p.parts)  # expect: ('/', 'usr', 'lib', 'python3.11', 'os.tar.gz')
print(p.name, p.stem, p.suffix, p.suffixes)  # expect: os.tar.gz os.tar .gz ['.tar', '.gz']
print(p.parent, p.root, repr(p.drive), p.anchor)  # expect: /usr/lib/python3.11 / '' /
print(list(p.parents))  # expect: [PurePosixPath('/usr/lib/python3.11'), PurePosixPath('/usr/lib'), PurePosixPath('/usr'), PurePosixPath('/')]
print(repr(p.parents), len(p.parents), p.parents[0], p.parents[-1])  # expect: <PurePosixPath.parents> 4 /usr/lib/python3.11 /
print(p.parents[1:3])  # expect: (PurePosixPath('/usr/lib'), PurePosixPath('/usr'))
try:
    p.parents[9]
except IndexError as e:
    print("IndexError", e)  # expect: IndexError 9

for s in ["", ".", "a//./b/", "//a/b", "///a", "a/../b", "/", "~/x"]:
    q = PurePosixPath(s)
    print(repr(s), repr(q), q.parts, repr(q.name), q.parent)  # expect: '' PurePosixPath('.') () '' .
    # expect: '.' PurePosixPath('.') () '' .
    # expect: 'a//./b/' PurePosixPath('a/b') ('a', 'b') 'b' a
    # expect: '//a/b' PurePosixPath('//a/b') ('//', 'a', 'b') 'b' //a
    # expect: '///a' PurePosixPath('/a') ('/', 'a') 'a' /
    # expect: 'a/../b' PurePosixPath('a/../b') ('a', '..', 'b') 'b' a/..
    # expect: '/' PurePosixPath('/') ('/',) '' /
    # expect: '~/x' PurePosixPath('~/x') ('~', 'x') 'x' ~

print(repr(PurePath("a", "b")), type(PurePath("x")).__name__)  # expect: PurePosixPath('a/b') PurePosixPath
print(PurePosixPath("a") / "b" / "c")  # expect: a/b/c
print("/etc" / PurePosixPath("passwd"))  # expect: /etc/passwd
print(PurePosixPath("a") / "/abs" / "x")  # expect: /abs/x
print(PurePosixPath("a").joinpath("b", PurePosixPath("c/d")))  # expect: a/b/c/d
print(PurePosixPath(PurePosixPath("x"), "y"))  # expect: x/y

print(PurePosixPath(".bashrc").suffix, PurePosixPath("a.").suffixes, PurePosixPath("a.b.").suffix)  # expect:  []
print(PurePosixPath("x/a.txt").with_name("b.py"), PurePosixPath("x/a.txt").with_suffix(".md"))  # expect: x/b.py x/a.md
print(PurePosixPath("x/a.tar.gz").with_suffix(""), PurePosixPath("x/a").with_suffix(".c"))  # expect: x/a.tar x/a.c
print(PurePosixPath("x/a.txt").with_stem("zz"))  # expect: x/zz.txt
for bad in [lambda: PurePosixPath("/").with_name("x"),
            lambda: PurePosixPath("a").with_name("b/c"),
            lambda: PurePosixPath("a").with_suffix("x"),
            lambda: PurePosixPath("a").with_suffix("."),
            lambda: PurePosixPath("a").relative_to("b"),
            lambda: PurePosixPath("/a/b").relative_to("a"),
            lambda: PurePosixPath("a").match("")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)  # expect: ValueError PurePosixPath('/') has an empty name
        # expect: ValueError Invalid name 'b/c'
        # expect: ValueError Invalid suffix 'x'
        # expect: ValueError Invalid suffix '.'
        # expect: ValueError 'a' is not in the subpath of 'b' OR one path is relative and the other is absolute.
        # expect: ValueError '/a/b' is not in the subpath of 'a' OR one path is relative and the other is absolute.
        # expect: ValueError empty pattern

print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("/a/b").relative_to("/a/b"))  # expect: b/c .
print(PurePosixPath("/a/b").is_relative_to("/a"), PurePosixPath("/a/b").is_relative_to("/c"))  # expect: True False
print(PurePosixPath("a/b").is_absolute(), PurePosixPath("/a").is_absolute())  # expect: False True

print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"))  # expect: True True
print(PurePosixPath("/a/b/c.py").match("a/*.py"), PurePosixPath("/a/b.py").match("/*.py"))  # expect: False False
print(PurePosixPath("/a/b.py").match("/a/*.py"), PurePosixPath("b.py").match("[ab].p?"))  # expect: True True
print(PurePosixPath("c.py").match("[!ab].py"), PurePosixPath("a/b").match("x/a/b"))  # expect: True False

print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") == "a")  # expect: True False
print(PurePosixPath("a") == PosixPath("a"), hash(PurePosixPath("a/b")) == hash(PurePosixPath("a//b")))  # expect: True True
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("/z"), PurePosixPath("a")]))  # expect: [PurePosixPath('/z'), PurePosixPath('a'), PurePosixPath('a/c'), PurePosixPath('b')]
print(PurePosixPath("a") < PurePosixPath("b"), PurePosixPath("a/b") > PurePosixPath("a"))  # expect: True True
print(len({PurePosixPath("a"), PurePosixPath("./a"), PurePosixPath("b")}))  # expect: 2
print(PurePosixPath("/a b/c").as_uri(), PurePosixPath("a/b").as_posix())  # expect: file:///a%20b/c a/b
print(PurePosixPath("a/b").__fspath__())  # expect: a/b

for bad in [lambda: PurePosixPath("a") < "b", lambda: PurePosixPath("a") / 3,
            lambda: PurePosixPath(3), lambda: PurePosixPath("a").relative_to()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)  # expect: TypeError '<' not supported between instances of 'PurePosixPath' and 'str'
        # expect: TypeError unsupported operand type(s) for /: 'PurePosixPath' and 'int'
        # expect: TypeError expected str, bytes or os.PathLike object, not int
        # expect: TypeError need at least one argument
try:
    PurePosixPath("a").as_uri()
except ValueError as e:
    print("ValueError", e)  # expect: ValueError relative path can't be expressed as a file URI

print(repr(Path("a/b")), type(Path("x")).__name__, repr(PosixPath("/")))  # expect: PosixPath('a/b') PosixPath PosixPath('/')
print(isinstance(Path("a"), PurePath), isinstance(Path("a"), Path))  # expect: True True
print(repr(Path("a").parent), repr(Path("a/b").parents))  # expect: PosixPath('.') <PosixPath.parents>
