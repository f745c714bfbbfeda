"""Formatting and printing exceptions and their tracebacks, as CPython 3.11's `traceback`.

Supported: `format_exc`, `print_exc`, `format_exception`, `print_exception`,
`format_exception_only`, `format_tb`, `print_tb`, `extract_tb`, `format_list`,
`print_list`, `extract_stack`, `format_stack`, `print_stack`, `walk_stack`, `walk_tb`,
`clear_frames`, `StackSummary` (`extract`, `from_list`, `format`, `capture_locals`),
`FrameSummary` (filename, lineno, name, line looked up with `linecache`, locals;
iterable and comparable with tuples). `limit=` and `chain=` work as in CPython; both the
3.10+ form `format_exception(exc)` and the old `format_exception(type, value, tb)` are
accepted.

The traceback text comes from the interpreter's own formatter
(`sys._fibra_format_exception` and `sys._fibra_tb_entries`), so it is exactly what
Fibra prints for an uncaught exception, caret lines included.

Not supported: `TracebackException`, `print_last` (they raise `NotImplementedError`).
"""

import linecache
import sys

__all__ = [
    'extract_tb', 'format_exc', 'format_exception', 'format_exception_only',
    'format_list', 'format_tb', 'print_exc', 'print_exception', 'print_list',
    'print_tb', 'FrameSummary', 'StackSummary', 'format_stack', 'print_stack',
    'extract_stack', 'walk_stack', 'walk_tb', 'clear_frames',
]

_sentinel = object()

_CAUSE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT = '\nDuring handling of the above exception, another exception occurred:\n\n'
_HEADER = 'Traceback (most recent call last):\n'


class FrameSummary:
    """One frame of a traceback or stack: `filename`, `lineno`, `name`, the source `line`
    (looked up with `linecache` unless given) and `locals` (reprs, or None)."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._text = None

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file {}, line {} in {}>'.format(
            self.filename, self.lineno, self.name)


def _collapse(texts, keys):
    # CPython's StackSummary.format: after three identical frames in a row, the rest
    # become one "[Previous line repeated N more times]" line.
    result = []
    last = None
    count = 0
    for text, key in zip(texts, keys):
        if last is None or key != last:
            if count > 3:
                n = count - 3
                result.append('  [Previous line repeated {} more time{}]\n'.format(
                    n, 's' if n > 1 else ''))
            last = key
            count = 0
        count += 1
        if count > 3:
            continue
        result.append(text)
    if count > 3:
        n = count - 3
        result.append('  [Previous line repeated {} more time{}]\n'.format(
            n, 's' if n > 1 else ''))
    return result


class StackSummary(list):
    """A list of `FrameSummary` objects."""

    @classmethod
    def extract(cls, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A `StackSummary` from `(frame, lineno)` pairs (`walk_stack`, `walk_tb`)."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return cls._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(cls, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = _islice(frame_gen, limit)
            else:
                frame_gen = list(frame_gen)[limit:] if limit else []
        result = cls()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(
                filename, lineno, co.co_name, lookup_line=False, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(cls, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        if frame_summary._text is not None:
            return frame_summary._text
        row = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            row += '    {}\n'.format(frame_summary.line)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row += '    {name} = {value}\n'.format(name=name, value=value)
        return row

    def format(self):
        texts = [self.format_frame_summary(f) for f in self]
        keys = [(f.filename, f.lineno, f.name) for f in self]
        return _collapse(texts, keys)


def _islice(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def _limited(items, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[len(items) + limit:]


def extract_tb(tb, limit=None):
    """The frames of traceback `tb` (or an exception) as a `StackSummary`."""
    result = StackSummary()
    for filename, lineno, name, line, text in _limited(sys._fibra_tb_entries(tb), limit):
        f = FrameSummary(filename, lineno, name, line=line)
        f._text = text
        result.append(f)
    return result


def format_list(extracted_list):
    """One string per frame: the `File` line and the source line."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_tb(tb, limit=None):
    """The frames of `tb` as a traceback prints them, one string each."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(
                f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a traceback: `Type: message` (and notes)."""
    if value is _sentinel:
        value = exc
    if value is None or not isinstance(value, BaseException):
        if value is None and exc is not None and exc is not _sentinel and \
                isinstance(exc, type):
            return [exc.__name__ + '\n']
        return ['{}: {}\n'.format(type(value).__name__, value)
                if value is not None else 'NoneType: None\n']
    text = sys._fibra_format_exception(value, 2)
    if isinstance(value, SyntaxError) or getattr(value, '__notes__', None):
        # Separate items for the parts (approximately CPython's split).
        return [line + '\n' for line in text[:-1].split('\n')]
    # `Type: message` is one item even when the message spans several lines.
    return [text]


def _format_chain(value, tb_is_own, limit, chain, seen, out):
    seen.add(id(value))
    if chain:
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            _format_chain(cause, True, limit, chain, seen, out)
            out.append(_CAUSE)
        elif (context is not None and not value.__suppress_context__
              and id(context) not in seen):
            _format_chain(context, True, limit, chain, seen, out)
            out.append(_CONTEXT)
    tb = value if tb_is_own is True else tb_is_own
    if tb is not None:
        frames = format_tb(tb, limit=limit)
        if frames:
            out.append(_HEADER)
            out.extend(frames)
    out.extend(format_exception_only(value))


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of the traceback text of an exception (with its cause/context chain
    when `chain` is true), as printed for an uncaught exception."""
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if isinstance(value, BaseExceptionGroup) and limit is None:
        # Groups nest their members' tracebacks inside `|` margins: the interpreter's own
        # printer lays them out (one item per line).
        text = sys._fibra_format_exception(value, 0 if chain else 1)
        return [line + '\n' for line in text[:-1].split('\n')]
    out = []
    _format_chain(value, True if tb is not None else None, limit, chain, set(), out)
    return out


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """The traceback of the exception being handled, as one string."""
    value = sys.exception()
    if value is None:
        return 'NoneType: None\n'
    if limit is None and getattr(sys, 'tracebacklimit', None) is None:
        return sys._fibra_format_exception(value, 0 if chain else 1)
    return ''.join(format_exception(value, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the traceback of the exception being handled (to `sys.stderr`)."""
    if file is None:
        file = sys.stderr
    print(format_exc(limit=limit, chain=chain), file=file, end='')


def print_last(limit=None, file=None, chain=True):
    raise NotImplementedError('traceback.print_last: Fibra has no sys.last_value')


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame `f` (default: the caller) outwards, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """The stack from frame `f` (default: the caller), one string per frame."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """The stack from frame `f` (default: the caller) as a `StackSummary`, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def walk_stack(f):
    """Yield `(frame, lineno)` for `f` and each frame it was called from (default: the
    frame that started iterating, as in CPython)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield `(frame, lineno)` for each entry of traceback `tb`, following `tb_next`."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def clear_frames(tb):
    """Drop the locals of the traceback's frames (frames still running are skipped)."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class TracebackException:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('traceback.TracebackException is not supported')

    @classmethod
    def from_exception(cls, *args, **kwargs):
        raise NotImplementedError('traceback.TracebackException is not supported')
