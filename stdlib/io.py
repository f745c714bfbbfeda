"""In-memory streams (CPython's `io.StringIO` and `io.BytesIO`), in Fibra.

`io.open` is the builtin `open`. Not supported: the class hierarchy of raw and buffered
streams (`FileIO`, `BufferedReader`, `TextIOWrapper`), `readinto`, `fileno`.
"""

__all__ = ["StringIO", "BytesIO", "open", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "UnsupportedOperation", "IOBase", "TextIOBase", "BufferedIOBase"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = open


class UnsupportedOperation(OSError, ):
    pass


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()
        return False

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class _MemoryIO(IOBase):
    # The buffer is a list of chunks of the stream type, joined lazily.
    _empty = None

    def _init(self, initial):
        self._closed = False
        self._buf = initial
        self._pos = 0

    def getvalue(self):
        self._check_closed()
        return self._buf

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("an integer is required")
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        if self._pos >= end:
            return self._empty
        data = self._buf[self._pos:end]
        self._pos = end
        return data

    def readline(self, size=-1):
        self._check_closed()
        buf = self._buf
        nl = buf.find(self._newline, self._pos)
        end = len(buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        if self._pos >= end:
            return self._empty
        data = buf[self._pos:end]
        self._pos = end
        return data

    def write(self, s):
        self._check_closed()
        self._check_type(s)
        n = len(s)
        if not n:
            return 0
        buf = self._buf
        pos = self._pos
        if pos == len(buf):
            self._buf = buf + s
        elif pos > len(buf):
            self._buf = buf + self._pad * (pos - len(buf)) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        self._buf = self._buf[:size]
        return size


class StringIO(_MemoryIO, ):
    """A text stream in memory."""
    _empty = ""
    _pad = "\0"
    _newline = "\n"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._init(initial_value)

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)

    def __repr__(self):
        return "<_io.StringIO object>"


class BytesIO(_MemoryIO):
    """A binary stream in memory."""
    _empty = b""
    _pad = b"\0"
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._init(bytes(initial_bytes))

    def _check_type(self, s):
        if not isinstance(s, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)

    def getbuffer(self):
        return self._buf

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return "<_io.BytesIO object>"
