"""Shell-style wildcard matching (CPython's `fnmatch`), in Fibra.

Supported: `fnmatch` (case-normalised with `os.path.normcase`: unchanged on POSIX),
`fnmatchcase`, `filter`, `translate` (the same regular-expression text as CPython 3.11:
`*`, `?`, `[seq]`, `[!seq]`, ranges, an unclosed `[` taken literally); compiled patterns
are cached.
"""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Fibra runs on POSIX systems, where normcase leaves names alone.
_normcase = getattr(os.path, "normcase", None) or (lambda s: s)

_cache = {}
_CACHE_MAX = 256


def _compiled(pat):
    matcher = _cache.get(pat)
    if matcher is None:
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        matcher = re.compile(translate(pat)).match
        _cache[pat] = matcher
    return matcher


def fnmatch(name, pat):
    """Does `name` match the shell pattern `pat` (after `os.path.normcase`)?"""
    return fnmatchcase(_normcase(name), _normcase(pat))


def fnmatchcase(name, pat):
    """Does `name` match the shell pattern `pat`, case-sensitively?"""
    return _compiled(pat)(name) is not None


def filter(names, pat):
    """The items of `names` that match `pat`."""
    match = _compiled(_normcase(pat))
    return [name for name in names if match(_normcase(name)) is not None]


_STAR = object()


def _escape_set_char(c):
    # Inside a character class: escape what would change the class's meaning.
    if c in "\\-&~|":
        return "\\" + c
    return c


def _bracket(pat, start):
    """Translate the class starting after the `[` at start-1; return (regex, next index)
    or None when the bracket is not closed."""
    i = start
    n = len(pat)
    negate = i < n and pat[i] == "!"
    if negate:
        i += 1
    first = i
    if i < n and pat[i] == "]":
        i += 1
    end = pat.find("]", i)
    if end < 0:
        return None
    content = pat[first:end]
    # Items: single characters, and ranges `x-y` read left to right.
    parts = []
    p = 0
    while p < len(content):
        if p + 2 < len(content) and content[p + 1] == "-":
            lo = content[p]
            hi = content[p + 2]
            if lo <= hi:
                parts.append(_escape_set_char(lo) + "-" + _escape_set_char(hi))
            p += 3
        else:
            parts.append(_escape_set_char(content[p]))
            p += 1
    body = "".join(parts)
    if not body:
        # Nothing can match an empty class; its negation matches any character.
        return (".", end + 1) if negate else ("(?!)", end + 1)
    if negate:
        body = "^" + body
    elif body[0] in "^[":
        body = "\\" + body
    return "[" + body + "]", end + 1


def translate(pat):
    """The regular expression (text) that matches what the shell pattern `pat` matches."""
    pieces = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == "?":
            pieces.append(".")
        elif c == "[":
            found = _bracket(pat, i)
            if found is None:
                pieces.append("\\[")
            else:
                regex, i = found
                pieces.append(regex)
        else:
            pieces.append(re.escape(c))
    # Split at the stars: text before the first, between stars, after the last. Each
    # middle segment is matched lazily inside an atomic group, so patterns with many
    # stars do not backtrack exponentially.
    segments = [[]]
    for piece in pieces:
        if piece is _STAR:
            segments.append([])
        else:
            segments[-1].append(piece)
    out = "".join(segments[0])
    if len(segments) > 1:
        for middle in segments[1:-1]:
            out += "(?>.*?" + "".join(middle) + ")"
        out += ".*" + "".join(segments[-1])
    return "(?s:" + out + ")\\Z"
