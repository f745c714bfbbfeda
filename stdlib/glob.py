"""Pathname pattern expansion (CPython's `glob`), in Fibra.

Supported: `glob` and `iglob` with `*`, `?`, `[...]` (via `fnmatch`), patterns in
directory components (`src/*/test_*.py`), `**` with `recursive=True` (any number of
directories, including none), the hidden-file rule (names starting with `.` match only
patterns that start with `.`, unless `include_hidden=True`), `root_dir=`, `escape`,
`has_magic`. Results come in `os.listdir` order, as CPython's (directory order, not
sorted).
Not supported: `dir_fd=` (raises NotImplementedError) and bytes patterns.
"""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape"]

_magic_check = re.compile("([*?[])")


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching `pathname`."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching `pathname`."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported in Fibra")
    if isinstance(pathname, bytes):
        raise NotImplementedError("glob: bytes patterns are not supported in Fibra")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and pathname[:2] == "**"):
        # A leading `**` also matches "no directory at all": drop that empty result.
        return _skip_empty(results)
    return results


def _skip_empty(results):
    first = True
    for path in results:
        if first:
            first = False
            if not path:
                continue
        yield path


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            # A pattern ending with a separator matches only directories.
            yield pathname
        return
    if not dirname:
        if recursive and basename == "**":
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly, include_hidden)
        return
    # `dirname` may hold magic itself: expand it first (to directories only).
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and basename == "**":
            in_dir = _glob_recursive
        else:
            in_dir = _glob_pattern
    else:
        in_dir = _glob_literal
    for parent in dirs:
        for name in in_dir(_join(root_dir, parent), basename, dironly, include_hidden):
            yield os.path.join(parent, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or pattern[:1] == "."):
        names = [name for name in names if name[:1] != "."]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(os.path.join(dirname, basename) if dirname else basename):
            return [basename]
    elif _isdir(dirname):
        # `dir/` (empty basename) matches the directory itself.
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    # `**`: this directory itself (the empty name), then everything below it.
    yield pattern[:0]
    yield from _walk_names(dirname, dironly, include_hidden)


def _walk_names(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or name[:1] != ".":
            yield name
            path = os.path.join(dirname, name) if dirname else name
            for sub in _walk_names(path, dironly, include_hidden):
                yield os.path.join(name, sub)


def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname or os.curdir)
    except OSError:
        return []
    if dironly:
        base = dirname or os.curdir
        names = [name for name in names if _isdir(os.path.join(base, name))]
    return names


def _join(root_dir, path):
    if root_dir and path:
        return os.path.join(root_dir, path)
    return root_dir or path


def _lexists(path):
    return os.path.lexists(path or os.curdir)


def _isdir(path):
    return os.path.isdir(path or os.curdir)


def has_magic(s):
    """Does `s` contain a wildcard (`*`, `?` or `[`)?"""
    return _magic_check.search(s) is not None


def escape(pathname):
    """Escape the wildcards in `pathname` so that it matches only itself."""
    return _magic_check.sub(r"[\1]", pathname)
