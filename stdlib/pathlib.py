"""A POSIX-only pathlib over os and os.path.

Supported: PurePath/PurePosixPath (pure path arithmetic: parts, drive, root, anchor, name,
stem, suffix, suffixes, parent, parents (indexing, negative indices, slices), joinpath and
`/`, with_name, with_stem, with_suffix, is_absolute, is_relative_to, relative_to, match,
as_posix, as_uri, __fspath__, str/repr, equality, hashing and ordering) and Path/PosixPath
(cwd, home, exists, is_file, is_dir, is_symlink, iterdir, glob, rglob, mkdir, touch,
read_text, write_text, read_bytes, write_bytes, open, unlink, rmdir, rename, replace,
resolve, absolute, expanduser, samefile).

Not supported: Windows flavours (PureWindowsPath/WindowsPath raise NotImplementedError);
stat/lstat/chmod/owner/group/symlink_to/hardlink_to (Fibra's os has no stat or links).
Without multiple inheritance the hierarchy is linear:
PurePath -> PurePosixPath -> Path -> PosixPath, so issubclass(Path, PurePosixPath) is True
here (False in CPython). Fibra's os functions and open() take str, not path objects:
pass str(path) to them.
"""
import os as _os
import re as _re

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath"]


def _coerce(arg):
    if isinstance(arg, PurePath):
        return arg._str
    if isinstance(arg, str):
        return arg
    fspath = getattr(type(arg), "__fspath__", None)
    if fspath is not None:
        res = fspath(arg)
        if isinstance(res, str):
            return res
    raise TypeError("expected str, bytes or os.PathLike object, not %s"
                    % type(arg).__name__)


def _parse(strings):
    """Return (root, parts-after-root) for the joined path strings."""
    root = ""
    rel = []
    for s in strings:
        if not s:
            continue
        if s.startswith("/"):
            if s.startswith("//") and not s.startswith("///"):
                root = "//"
            else:
                root = "/"
            rel = []
        for part in s.split("/"):
            if part and part != ".":
                rel.append(part)
    return root, rel


def _translate(pattern):
    """Regular expression for one glob segment (*, ?, [...], [!...])."""
    out = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pattern[j] == "!":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
            else:
                stuff = pattern[i:j].replace("\\", "\\\\")
                i = j + 1
                if stuff.startswith("!"):
                    stuff = "^" + stuff[1:]
                elif stuff.startswith("^"):
                    stuff = "\\" + stuff
                out.append("[" + stuff + "]")
        else:
            out.append(_re.escape(c))
    return "(?s:" + "".join(out) + ")\\Z"


def _segment_matcher(pattern):
    rx = _re.compile(_translate(pattern))
    return lambda name: rx.match(name) is not None


class _PathParents:
    """The immutable sequence returned by PurePath.parents."""

    def __init__(self, path):
        self._path = path
        self._root = path._root
        self._rel = path._rel

    def __len__(self):
        return len(self._rel)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._path._from_parsed(self._root, self._rel[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<%s.parents>" % type(self._path).__name__


class PurePath:
    """A path without file system access. PurePath(...) gives a PurePosixPath."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    def _init(self, args):
        root, rel = _parse([_coerce(a) for a in args])
        self._root = root
        self._rel = rel
        self._str = None
        self._str = self._format()

    def _from_parsed(self, root, rel):
        new = object.__new__(type(self))
        new._root = root
        new._rel = list(rel)
        new._str = None
        new._str = new._format()
        return new

    def _format(self):
        body = "/".join(self._rel)
        if self._root:
            return self._root + body
        return body or "."

    # ---- string forms ----
    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def as_posix(self):
        return self._str

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._str)

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = "/-_.~!$&'()*+,;=:@"
        out = []
        for ch in self._str:
            if ch.isalnum() and ord(ch) < 128 or ch in safe:
                out.append(ch)
            else:
                for b in ch.encode("utf-8"):
                    out.append("%%%02X" % b)
        return "file://" + "".join(out)

    # ---- comparison ----
    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str == other._str

    def __hash__(self):
        return hash(self._str)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts >= other.parts

    # ---- components ----
    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return tuple([self._root] + self._rel)
        return tuple(self._rel)

    @property
    def name(self):
        return self._rel[-1] if self._rel else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._rel:
            return self
        return self._from_parsed(self._root, self._rel[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    # ---- derived paths ----
    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._rel[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if old:
            name = name[:-len(old)]
        return self._from_parsed(self._root, self._rel[:-1] + [name + suffix])

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._rel)
        if base._root != self._root or self._rel[:n] != base._rel:
            raise ValueError(
                "%r is not in the subpath of %r OR one path is relative and the other "
                "is absolute." % (self._str, base._str))
        return self._from_parsed("", self._rel[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        pat = PurePosixPath(path_pattern)
        pat_parts = list(pat.parts)
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = list(self.parts)
        if pat._root:
            if len(parts) != len(pat_parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pp in zip(reversed(parts), reversed(pat_parts)):
            if not _segment_matcher(pp)(part):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""


class PureWindowsPath(PurePath):
    def __new__(cls, *args):
        raise NotImplementedError("PureWindowsPath is not supported in Fibra")


class Path(PurePosixPath):
    """A concrete path. Path(...) gives a PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(_os.getcwd())

    @classmethod
    def home(cls):
        return cls(_os.path.expanduser("~"))

    def absolute(self):
        if self._root:
            return self
        return type(self)(_os.getcwd(), self)

    def resolve(self, strict=False):
        if strict and not _os.path.exists(self._str):
            raise FileNotFoundError(2, "No such file or directory", self._str)
        return type(self)(_os.path.realpath(self._str))

    def expanduser(self):
        if self._rel and self._rel[0].startswith("~") and not self._root:
            home = _os.path.expanduser(self._rel[0])
            if home.startswith("~"):
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._rel[1:])
        return self

    def samefile(self, other_path):
        if not isinstance(other_path, PurePath):
            other_path = Path(other_path)
        for p in (self, other_path):
            if not _os.path.exists(p._str):
                raise FileNotFoundError(2, "No such file or directory", p._str)
        return _os.path.realpath(self._str) == _os.path.realpath(other_path._str)

    # ---- queries ----
    def exists(self):
        return _os.path.exists(self._str)

    def is_file(self):
        return _os.path.isfile(self._str)

    def is_dir(self):
        return _os.path.isdir(self._str)

    def is_symlink(self):
        return _os.path.islink(self._str)

    def stat(self):
        if not hasattr(_os, "stat"):
            raise NotImplementedError("Path.stat() needs os.stat, which Fibra lacks")
        return _os.stat(self._str)

    # ---- directories ----
    def iterdir(self):
        for name in _os.listdir(self._str):
            yield self._child(name)

    def _child(self, name):
        return self._from_parsed(self._root, self._rel + [name])

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pat._rel)
        if parts and parts[-1] == "**":
            parts.append("")  # "a/**" yields directories only
        seen = set()
        for p in self._glob(self, parts, 0):
            if p._str not in seen:
                seen.add(p._str)
                yield p

    def _glob(self, base, parts, i):
        if i == len(parts):
            yield base
            return
        seg = parts[i]
        if seg == "":
            if base.is_dir():
                yield base
            return
        if seg == "**":
            for d in self._walk_dirs(base):
                yield from self._glob(d, parts, i + 1)
            return
        if not any(c in seg for c in "*?["):
            child = base._child(seg) if seg != ".." else base._from_parsed(
                base._root, base._rel + [".."])
            if i == len(parts) - 1:
                if _os.path.exists(child._str):
                    yield child
            elif child.is_dir():
                yield from self._glob(child, parts, i + 1)
            return
        match = _segment_matcher(seg)
        try:
            names = _os.listdir(base._str)
        except OSError:
            return
        for name in names:
            if match(name):
                child = base._child(name)
                if i == len(parts) - 1:
                    yield child
                elif child.is_dir():
                    yield from self._glob(child, parts, i + 1)

    def _walk_dirs(self, base):
        yield base
        try:
            names = _os.listdir(base._str)
        except OSError:
            return
        for name in names:
            child = base._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def rglob(self, pattern):
        return self.glob("**/" + pattern)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            _os.mkdir(self._str, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        _os.rmdir(self._str)

    # ---- files ----
    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if "b" in mode:
            return open(self._str, mode)
        return open(self._str, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open("wb") as f:
            return f.write(bytes(data))

    def touch(self, mode=0o666, exist_ok=True):
        if _os.path.exists(self._str):
            if not exist_ok:
                raise FileExistsError(17, "File exists", self._str)
            return
        with open(self._str, "a"):
            pass

    def unlink(self, missing_ok=False):
        try:
            _os.unlink(self._str)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        _os.rename(self._str, _coerce(target))
        return type(self)(target)

    def replace(self, target):
        _os.replace(self._str, _coerce(target))
        return type(self)(target)


class PosixPath(Path):
    """A concrete path on a POSIX system."""


class WindowsPath(Path):
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
