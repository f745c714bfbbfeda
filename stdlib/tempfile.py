"""A small tempfile: temporary directory names, mkdtemp, mkstemp-like files and
TemporaryDirectory. Names are random (8 characters from [a-z0-9_]) as in CPython."""
import os as _os

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        import random
        _rng = random.Random()
    return "".join(_rng.choice(_CHARS) for _ in range(8))


def gettempprefix():
    return template


def _candidate_dirs():
    dirs = []
    for name in ("TMPDIR", "TEMP", "TMP"):
        d = _os.getenv(name)
        if d:
            dirs.append(d)
    dirs.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirs.append(_os.getcwd())
    except OSError:
        dirs.append(_os.curdir)
    return dirs


def gettempdir():
    global tempdir
    if tempdir is None:
        for d in _candidate_dirs():
            if d != _os.curdir:
                d = _os.path.abspath(d)
            if _os.path.isdir(d):
                tempdir = d
                break
        else:
            raise FileNotFoundError("No usable temporary directory found in %s"
                                    % _candidate_dirs())
    return tempdir


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError("No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError("No usable temporary filename found")


def _rmtree(path):
    for dirpath, dirnames, filenames in _os.walk(path, topdown=False):
        for name in filenames:
            _os.remove(_os.path.join(dirpath, name))
        for name in dirnames:
            full = _os.path.join(dirpath, name)
            if _os.path.islink(full):
                _os.remove(full)
            else:
                _os.rmdir(full)
    _os.rmdir(path)


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._closed = False

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._closed:
            return
        self._closed = True
        try:
            _rmtree(self.name)
        except OSError:
            if not self._ignore_cleanup_errors:
                raise
