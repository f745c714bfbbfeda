"""Shell-like lexing (CPython's `shlex`), in Fibra.

Supported: `split(s, comments=False, posix=True)`, `quote`, `join`, and the `shlex`
class (string or file-like input; `posix` and non-POSIX modes; `whitespace_split`;
the `commenters`, `wordchars`, `whitespace`, `quotes`, `escape`, `escapedquotes`
attributes; `get_token`, `push_token`, `read_token`, iteration, `lineno`, `token`,
`eof`, `error_leader`). Errors are CPython's ValueErrors ("No closing quotation", "No
escaped character").
Not supported: `punctuation_chars` (raises NotImplementedError), `source`-file
inclusion (`sourcehook`, `push_source`, `pop_source`), `debug` output, and
`split(None)` (CPython 3.11 reads stdin then; here it is a ValueError).
"""

import re
import sys
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Letters of Latin-1 that POSIX mode also accepts in words.
_LATIN1_LETTERS = ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                   "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")

_SPACE = " "   # between tokens
_WORD = "a"    # inside an unquoted word
_EOF = None


class shlex:
    """A lexer over a string or stream, for shell-like syntax."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if punctuation_chars:
            raise NotImplementedError("shlex: punctuation_chars is not supported in Fibra")
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = _ASCII_LETTERS + "0123456789_"
        if posix:
            self.wordchars += _LATIN1_LETTERS
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.punctuation_chars = ""
        self.state = _SPACE
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self._chars = []

    def push_token(self, tok):
        """Push `tok` back: the next `get_token` returns it."""
        self.pushback.insert(0, tok)

    def get_token(self):
        """The next token (pushed-back ones first); `self.eof` at the end."""
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def _next_char(self):
        if self._chars:
            return self._chars.pop()
        ch = self.instream.read(1)
        if ch == "\n":
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Read one raw token from the input (ignores pushed-back tokens)."""
        self._quoted = False
        self._escaped_from = _SPACE
        self.token = ""
        while True:
            if self.state is _EOF:
                self.token = ""
                break
            ch = self._next_char()
            if self.state == _SPACE:
                done = self._at_space(ch)
            elif self.state == _WORD:
                done = self._in_word(ch)
            elif self.state in self.quotes:
                done = self._in_quotes(ch)
            else:
                done = self._after_escape(ch)
            if done:
                break
        result = self.token
        self.token = ""
        if self.posix and not self._quoted and result == "":
            result = None
        return result

    def _have_token(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _at_space(self, ch):
        if not ch:
            self.state = _EOF
            return True
        if ch in self.whitespace:
            return self._have_token()
        if ch in self.commenters:
            self._skip_comment()
            return False
        if self.posix and ch in self.escape:
            self._escaped_from = _WORD
            self.state = ch
            return False
        if ch in self.wordchars:
            self.token = ch
            self.state = _WORD
            return False
        if ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
            return False
        if self.whitespace_split:
            self.token = ch
            self.state = _WORD
            return False
        # Any other character is a token on its own.
        self.token = ch
        return self._have_token()

    def _in_word(self, ch):
        if not ch:
            self.state = _EOF
            return True
        if ch in self.whitespace:
            self.state = _SPACE
            return self._have_token()
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = _SPACE
                return self._have_token()
            return False
        if self.posix and ch in self.quotes:
            self.state = ch
            return False
        if self.posix and ch in self.escape:
            self._escaped_from = _WORD
            self.state = ch
            return False
        if ch in self.wordchars or ch in self.quotes or self.whitespace_split:
            self.token += ch
            return False
        # A character that cannot be part of a word ends it; it is read again.
        self._chars.append(ch)
        self.state = _SPACE
        return bool(self.token) or self._quoted

    def _in_quotes(self, ch):
        self._quoted = True
        if not ch:
            raise ValueError("No closing quotation")
        if ch == self.state:
            if not self.posix:
                self.token += ch
                self.state = _SPACE
                return True
            self.state = _WORD
            return False
        if self.posix and ch in self.escape and self.state in self.escapedquotes:
            self._escaped_from = self.state
            self.state = ch
            return False
        self.token += ch
        return False

    def _after_escape(self, ch):
        if not ch:
            raise ValueError("No escaped character")
        # Inside quotes the escape character only escapes the quote and itself.
        if self._escaped_from in self.quotes and ch != self.state \
                and ch != self._escaped_from:
            self.token += self.state
        self.token += ch
        self.state = self._escaped_from
        return False

    def error_leader(self, infile=None, lineno=None):
        """`"file", line N: ` for error messages."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split `s` into words as a POSIX shell would (quotes, escapes, optional comments)."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


def join(split_command):
    """The shell-escaped command line for a list of arguments."""
    return " ".join(quote(arg) for arg in split_command)


_unsafe = re.compile(r"[^\w@%+=:,./-]", re.ASCII)


def quote(s):
    """`s` quoted for a POSIX shell (unchanged when it needs no quoting)."""
    if not s:
        return "''"
    if _unsafe.search(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
