import glob
import os
import tempfile

# Results come in directory order (as os.listdir gives them), so print them sorted.
# Patterns are relative to root_dir (the process's working directory is left alone).
def show(pattern, root="", **kw):
    print(pattern, root, kw if kw else "",
          sorted(glob.glob(pattern, root_dir=os.path.join(tmp, root), **kw)))


with tempfile.TemporaryDirectory() as tmp:
    for d in ["src", "src/pkg", "src/pkg/sub", "docs", ".git", "src/.cache"]:
        os.mkdir(os.path.join(tmp, d))
    for f in ["a.py", "b.py", "c.txt", ".hidden.py", "src/main.py", "src/util.py",
              "src/pkg/__init__.py", "src/pkg/sub/deep.py", "src/pkg/sub/data.json",
              "docs/index.md", ".git/config", "src/.cache/x.py", "[x].txt", "d1.log",
              "d2.log", "dd.log"]:
        with open(os.path.join(tmp, f), "w") as fh:
            fh.write("x")
    show("*.py")  # expect: *.py   ['a.py', 'b.py']
    show("*")  # expect: *   ['[x].txt', 'a.py', 'b.py', 'c.txt', 'd1.log', 'd2.log', 'dd.log', 'docs', 'src']
    show(".*")  # expect: .*   ['.git', '.hidden.py']
    show("?.py")  # expect: ?.py   ['a.py', 'b.py']
    show("d[0-9].log")  # expect: d[0-9].log   ['d1.log', 'd2.log']
    show("d[!0-9].log")  # expect: d[!0-9].log   ['dd.log']
    show("src/*.py")  # expect: src/*.py   ['src/main.py', 'src/util.py']
    show("*/*.py")  # expect: */*.py   ['src/main.py', 'src/util.py']
    show("*/")  # expect: */   ['docs/', 'src/']
    show("src/*/")  # expect: src/*/   ['src/pkg/']
    show("**/*.py")  # expect: **/*.py   ['src/main.py', 'src/util.py']
    show("**/*.py", recursive=True)  # expect: **/*.py  {'recursive': True} ['a.py', 'b.py', 'src/main.py', 'src/pkg/__init__.py', 'src/pkg/sub/deep.py', 'src/util.py']
    show("**", recursive=True)  # expect: **  {'recursive': True} ['[x].txt', 'a.py', 'b.py', 'c.txt', 'd1.log', 'd2.log', 'dd.log', 'docs', 'docs/index.md', 'src', 'src/main.py', 'src/pkg', 'src/pkg/__init__.py', 'src/pkg/sub', 'src/pkg/sub/data.json', 'src/pkg/sub/deep.py', 'src/util.py']
    show("src/**", recursive=True)  # expect: src/**  {'recursive': True} ['src/', 'src/main.py', 'src/pkg', 'src/pkg/__init__.py', 'src/pkg/sub', 'src/pkg/sub/data.json', 'src/pkg/sub/deep.py', 'src/util.py']
    show("src/**/", recursive=True)  # expect: src/**/  {'recursive': True} ['src/', 'src/pkg/', 'src/pkg/sub/']
    show("src/**/*.py", recursive=True)  # expect: src/**/*.py  {'recursive': True} ['src/main.py', 'src/pkg/__init__.py', 'src/pkg/sub/deep.py', 'src/util.py']
    show("**/sub", recursive=True)  # expect: **/sub  {'recursive': True} ['src/pkg/sub']
    show("*.py", include_hidden=True)  # expect: *.py  {'include_hidden': True} ['.hidden.py', 'a.py', 'b.py']
    show("**/*.py", recursive=True, include_hidden=True)  # expect: **/*.py  {'recursive': True, 'include_hidden': True} ['.hidden.py', 'a.py', 'b.py', 'src/.cache/x.py', 'src/main.py', 'src/pkg/__init__.py', 'src/pkg/sub/deep.py', 'src/util.py']
    show("a.py")  # expect: a.py   ['a.py']
    show("missing.py")  # expect: missing.py   []
    show("src/")  # expect: src/   ['src/']
    show("src/pkg/sub/deep.py")  # expect: src/pkg/sub/deep.py   ['src/pkg/sub/deep.py']
    show("[x].txt")  # expect: [x].txt   []
    show(glob.escape("[x].txt"))  # expect: [[]x].txt   ['[x].txt']
    show("*.py", "src")  # expect: *.py src  ['main.py', 'util.py']
    show("*/*.json", "src/pkg")  # expect: */*.json src/pkg  ['sub/data.json']
    show("**/*.json", "src", recursive=True)  # expect: **/*.json src {'recursive': True} ['pkg/sub/data.json']
    show("nodir/*.py")  # expect: nodir/*.py   []
    print(sorted(glob.iglob("src/*.py", root_dir=tmp)))  # expect: ['src/main.py', 'src/util.py']
    print(glob.escape("a*b?c[d]e"), glob.has_magic("a*"), glob.has_magic("abc"))  # expect: a[*]b[?]c[[]d]e True False
    # Absolute patterns give absolute paths.
    print(sorted(p.replace(tmp, "TMP") for p in glob.glob(os.path.join(tmp, "docs", "*"))))  # expect: ['TMP/docs/index.md']
    print(sorted(p.replace(tmp, "TMP") for p in glob.glob(os.path.join(tmp, "*", "*.py"))))  # expect: ['TMP/src/main.py', 'TMP/src/util.py']
    print(sorted(p.replace(tmp, "TMP") for p in glob.glob(os.path.join(tmp, "**", "*.json"), recursive=True)))  # expect: ['TMP/src/pkg/sub/data.json']
    print(glob.glob(os.path.join(tmp, "a.py")) == [os.path.join(tmp, "a.py")])  # expect: True
