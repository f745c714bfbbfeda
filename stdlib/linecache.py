"""Lines of source files, cached (CPython's `linecache`), in Fibra.

Supported: `getline`, `getlines`, `clearcache`, `checkcache`, `updatecache`,
`lazycache` and the `cache` dict. Lines come from the source the interpreter kept for
the file (every script, module and stdlib module it ran: `sys._fibra_source`), else
from the file itself. As in CPython, names like `<string>` and `<stdin>` have no lines
(unless a script put them in `cache`).
Differences: `module_globals` (PEP 302 loaders) is accepted and ignored; a file is not
looked up along `sys.path` by a relative name.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); size None for kept sources.
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based, with its newline) of the file, or '' when unavailable."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """The lines of the file (a list of strings ending in newlines); [] when unavailable."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the entries of files that changed on disk since they were read."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            changed = (size != os.path.getsize(fullname)
                       or mtime != os.path.getmtime(fullname))
        except OSError:
            changed = True
        if changed:
            cache.pop(filename, None)


def _split(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def updatecache(filename, module_globals=None):
    """Read the file again into the cache and return its lines ([] when unavailable)."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    text = sys._fibra_source(filename)
    if text is not None:
        lines = _split(text)
        cache[filename] = (None, None, lines, filename)
        return lines
    try:
        size = os.path.getsize(filename)
        mtime = os.path.getmtime(filename)
        with open(filename, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (size, mtime, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """CPython registers a loader for later; Fibra reads kept sources directly."""
    return False
