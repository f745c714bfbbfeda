"""In-memory streams (CPython's `io.StringIO` and `io.BytesIO`) and a text layer over
binary streams (`io.TextIOWrapper`), in Fibra.

`io.open` is the builtin `open`. Not supported: the class hierarchy of raw and buffered
streams (`FileIO`, `BufferedReader`), `readinto`, `fileno` of in-memory streams.
"""

__all__ = ["StringIO", "BytesIO", "open", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "UnsupportedOperation", "IOBase", "TextIOBase", "BufferedIOBase",
           "TextIOWrapper", "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8192

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


def text_encoding(encoding, stacklevel=2):
    """The encoding to use for text when `encoding` is None: "locale" (UTF-8 in Fibra)."""
    if encoding is not None:
        return encoding
    return "locale"


def _utf8_cut(data):
    """How many bytes at the end of `data` start an incomplete UTF-8 sequence."""
    n = len(data)
    for back in range(1, min(4, n) + 1):
        c = data[n - back]
        if c < 0x80:
            return 0
        if c >= 0xC0:
            need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
            return back if need > back else 0
    return 0


class TextIOWrapper(TextIOBase):
    """A text stream over a binary one (`buffer`): decodes what it reads, encodes what it
    writes, and translates newlines as CPython's `io.TextIOWrapper` does (`newline` None:
    universal newlines read as "\n"; "": lines end at "\n", "\r" or "\r\n", kept as
    they are; "\n", "\r", "\r\n": lines end there, and "\n" is written as that).
    Writes go straight to the buffer. `tell()` works only before reading ahead."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("illegal newline type: %r" % (type(newline),))
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        "".encode(encoding)  # LookupError for an unknown encoding
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._utf8 = encoding.lower().replace("_", "-") in ("utf-8", "utf8")
        self._readtranslate = newline is None
        self._readuniversal = not newline
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline or "\n"
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._decoded = ""    # text read ahead, not yet returned
        self._undecoded = b""  # the start of a multi-byte character
        self._cr = False      # a "\r" held back: it may start a "\r\n"
        self._eof = False
        self._seen = set()

    # -- attributes

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def closed(self):
        return self._detached().closed

    @property
    def name(self):
        return self._detached().name

    @property
    def newlines(self):
        if not self._readtranslate or not self._seen:
            return None
        found = tuple(nl for nl in ("\r", "\n", "\r\n") if nl in self._seen)
        return found[0] if len(found) == 1 else found

    def __repr__(self):
        out = "<_io.TextIOWrapper"
        try:
            out += " name=%r" % (self.name,)
        except Exception:
            pass
        mode = self.__dict__.get("mode")
        if mode is not None:
            out += " mode=%r" % (mode,)
        return out + " encoding=%r>" % (self._encoding,)

    def _detached(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        return self._buffer

    def _check_closed(self):
        if self._detached().closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return self._detached().readable()

    def writable(self):
        return self._detached().writable()

    def seekable(self):
        return self._detached().seekable()

    def isatty(self):
        b = self._detached()
        return b.isatty() if hasattr(b, "isatty") else False

    def fileno(self):
        return self._detached().fileno()

    def flush(self):
        self._check_closed()
        self._buffer.flush()

    def close(self):
        b = self._detached()
        if not b.closed:
            try:
                b.flush()
            finally:
                b.close()

    def detach(self):
        b = self._detached()
        b.flush()
        self._buffer = None
        return b

    # -- writing

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        self._check_closed()
        length = len(s)
        if self._writetranslate and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        self._buffer.write(s.encode(self._encoding, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return length

    # -- reading

    def _decode(self, data, final):
        data = self._undecoded + data
        cut = 0 if final or not self._utf8 else _utf8_cut(data)
        if cut:
            self._undecoded = data[len(data) - cut:]
            data = data[:len(data) - cut]
        else:
            self._undecoded = b""
        text = data.decode(self._encoding, self._errors)
        if not self._readtranslate:
            return text
        if self._cr:
            text = "\r" + text
            self._cr = False
        if text.endswith("\r") and not final:
            self._cr = True
            text = text[:-1]
        crlf = text.count("\r\n")
        if crlf:
            self._seen.add("\r\n")
        if text.count("\r") > crlf:
            self._seen.add("\r")
        if text.count("\n") > crlf:
            self._seen.add("\n")
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _fill(self):
        """Reads one more chunk into the read-ahead text; False at end of file."""
        if self._eof:
            return False
        b = self._buffer
        data = b.read1(DEFAULT_BUFFER_SIZE) if hasattr(b, "read1") else b.read(DEFAULT_BUFFER_SIZE)
        if not data:
            self._eof = True
            self._decoded += self._decode(b"", True)
            return False
        self._decoded += self._decode(data, False)
        return True

    def read(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        if size < 0:
            rest = self._buffer.read()
            self._eof = True
            text = self._decoded + self._decode(rest or b"", True)
            self._decoded = ""
            return text
        while len(self._decoded) < size and self._fill():
            pass
        text = self._decoded[:size]
        self._decoded = self._decoded[size:]
        return text

    def _line_end(self, text):
        """The end of the first line in `text`, or -1 (also when a final "\r" may be the
        start of "\r\n" and more text may follow)."""
        if self._readtranslate or self._readnl == "\n":
            i = text.find("\n")
            return -1 if i < 0 else i + 1
        if self._readuniversal:
            i = text.find("\n")
            j = text.find("\r")
            if j < 0 or (0 <= i < j):
                return -1 if i < 0 else i + 1
            if j + 1 < len(text):
                return j + 2 if text[j + 1] == "\n" else j + 1
            return j + 1 if self._eof else -1
        i = text.find(self._readnl)
        return -1 if i < 0 else i + len(self._readnl)

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        while True:
            end = self._line_end(self._decoded)
            if end >= 0 or (0 <= size <= len(self._decoded)):
                break
            if not self._fill():
                end = self._line_end(self._decoded)
                break
        if end < 0:
            end = len(self._decoded)
        if 0 <= size < end:
            end = size
        line = self._decoded[:end]
        self._decoded = self._decoded[end:]
        return line

    # -- position

    def tell(self):
        self._check_closed()
        if self._decoded or self._undecoded or self._cr:
            raise UnsupportedOperation("can't tell the position after reading ahead")
        return self._buffer.tell()

    def seek(self, cookie, whence=0):
        self._check_closed()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self._buffer.flush()
        pos = self._buffer.seek(cookie, whence)
        self._decoded = ""
        self._undecoded = b""
        self._cr = False
        self._eof = False
        return pos
