"""Parse URLs into components and build them back (CPython 3.11's `urllib.parse`, in Fibra).

Splitting follows RFC 3986 as CPython does (`urlsplit`, `urlparse`, `urljoin`, ...), and the
result classes are named tuples with the `username`/`password`/`hostname`/`port`
properties and `geturl()`. Every function also takes bytes (results are then the `...Bytes`
classes). Quoting (`quote`, `unquote`, `urlencode`, `parse_qs`) works on UTF-8 by default.

Differences from CPython: no result cache (`clear_cache` does nothing); non-ASCII netlocs
are not checked under NFKC normalisation (Fibra has no `unicodedata`); the deprecated
`splittype`-style helpers do not exist.
"""

from collections import namedtuple as _namedtuple
import re as _re

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Schemes that take relative URLs, a netloc, and ';params' in their path.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']

uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']

uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']

# Unused, kept for compatibility as in CPython.
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']

uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']

uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Stripped from both ends (WHATWG URL standard): C0 controls and space.
_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(0x21))
# Removed anywhere in a URL.
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']

MAX_CACHE_SIZE = 20


def clear_cache():
    """Kept for compatibility: Fibra's `urlsplit` has no cache."""


# ---------------------------------------------------------------------------
# str/bytes handling: bytes arguments are decoded as ASCII, the work is done on str,
# and the result encoded back.

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return tuple(x.decode('ascii', 'strict') if x else '' for x in args) + (_encode_result,)


# ---------------------------------------------------------------------------
# Result classes. CPython mixes the netloc properties in with multiple inheritance;
# here they are copied onto each class.

class _StrMethods:
    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _BytesMethods:
    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocMethods:
    # The parts are found on text: a bytes netloc is decoded as latin-1 (one character
    # per byte, so the split is the same) and the pieces encoded back. Fibra's `bytes`
    # has no `partition`/`rpartition`/`isascii` yet.

    def _netloc_parts(self):
        netloc = self.netloc
        if isinstance(netloc, str):
            back = _noop
        else:
            netloc = netloc.decode('latin-1')
            back = _to_latin1
        userinfo, have_info, hostinfo = netloc.rpartition('@')
        if have_info:
            username, have_password, password = userinfo.partition(':')
            if not have_password:
                password = None
        else:
            username = password = None
        _, have_open_br, bracketed = hostinfo.partition('[')
        if have_open_br:
            hostname, _, port = bracketed.partition(']')
            _, _, port = port.partition(':')
        else:
            hostname, _, port = hostinfo.partition(':')
        if not port:
            port = None
        return username, password, hostname, port, back

    @property
    def _userinfo(self):
        username, password, _, _, back = self._netloc_parts()
        return back(username), back(password)

    @property
    def _hostinfo(self):
        _, _, hostname, port, back = self._netloc_parts()
        return back(hostname), back(port)

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        _, _, hostname, _, back = self._netloc_parts()
        if not hostname:
            return None
        # Keep the case of an IPv6 zone id ('fe80::1%Eth0').
        hostname, percent, zone = hostname.partition('%')
        return back(hostname.lower() + percent + zone)

    @property
    def port(self):
        _, _, _, port, back = self._netloc_parts()
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError(f"Port could not be cast to integer value as {back(port)!r}")
            if not (0 <= port <= 65535):
                raise ValueError("Port out of range 0-65535")
        return port


def _to_latin1(text):
    if text is None:
        return None
    return text.encode('latin-1')


def _mix_in(cls, *sources):
    for source in sources:
        for name, value in source.__dict__.items():
            if not (name.startswith('__') and name.endswith('__')):
                setattr(cls, name, value)
    return cls


def _class_getitem(cls, item):
    import types
    return types.GenericAlias(cls, item)


_DefragResultBase = _namedtuple('DefragResult', 'url fragment')
_SplitResultBase = _namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = _namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragResultBase):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitResultBase):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitResultBase):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _cls in (DefragResult, SplitResult, ParseResult):
    _mix_in(_cls, _StrMethods)
for _cls in (DefragResultBytes, SplitResultBytes, ParseResultBytes):
    _mix_in(_cls, _BytesMethods)
for _cls in (SplitResult, ParseResult, SplitResultBytes, ParseResultBytes):
    _mix_in(_cls, _NetlocMethods)
for _cls in (DefragResult, SplitResult, ParseResult,
             DefragResultBytes, SplitResultBytes, ParseResultBytes):
    _cls.__class_getitem__ = classmethod(_class_getitem)
    _cls.__module__ = 'urllib.parse'
for _str_cls, _bytes_cls in ((DefragResult, DefragResultBytes),
                             (SplitResult, SplitResultBytes),
                             (ParseResult, ParseResultBytes)):
    _str_cls._encoded_counterpart = _bytes_cls
    _bytes_cls._decoded_counterpart = _str_cls
del _cls, _str_cls, _bytes_cls


# ---------------------------------------------------------------------------
# Splitting and joining

def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into 6 parts, scheme://netloc/path;params?query#fragment, as a
    `ParseResult` (or `ParseResultBytes`)."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = _split(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    return _coerce_result(ParseResult(scheme, netloc, url, params, query, fragment))


def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _splitnetloc(url, start=0):
    end = len(url)
    for c in '/?#':
        i = url.find(c, start)
        if i >= 0 and i < end:
            end = i
    return url[start:end], url[end:]


def _is_ipv4(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for part in parts:
        if not (part.isdigit() and part.isascii()) or len(part) > 3:
            return False
        if len(part) > 1 and part[0] == '0':
            return False
        if int(part) > 255:
            return False
    return True


def _is_ipv6(text):
    # The rules of `ipaddress.IPv6Address`: hextets of 1-4 hex digits, at most one
    # '::', an optional trailing dotted IPv4 address, an optional '%zone'.
    text, percent, zone = text.partition('%')
    if percent and not zone:
        return False
    parts = text.split(':')
    if len(parts) < 3:
        return False
    hextets = 8
    if '.' in parts[-1]:
        if not _is_ipv4(parts.pop()):
            return False
        parts.append('0')
        hextets = 7
    if len(parts) > hextets + 1:
        return False
    skip = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if skip is not None:
                return False
            skip = i
    if skip is not None:
        hi = skip
        lo = len(parts) - skip - 1
        if not parts[0]:
            hi -= 1
            if hi:
                return False
        if not parts[-1]:
            lo -= 1
            if lo:
                return False
        if hextets - (hi + lo) < 1:
            return False
        parts = parts[:hi] + parts[len(parts) - lo:]
    else:
        if len(parts) != hextets or not parts[0] or not parts[-1]:
            return False
    for part in parts:
        if not 1 <= len(part) <= 4:
            return False
        for c in part:
            if c not in '0123456789abcdefABCDEF':
                return False
    return True


_IPVFUTURE_RE = _re.compile(r"\Av[a-fA-F0-9]+\..+\Z")


def _check_bracketed_host(hostname):
    if hostname.startswith('v'):
        if not _IPVFUTURE_RE.match(hostname):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(hostname):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(hostname):
        raise ValueError('%r does not appear to be an IPv4 or IPv6 address' % (hostname,))


def _split(url, scheme, allow_fragments):
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for c in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc and ']' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return scheme, netloc, url, query, fragment


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 parts, scheme://netloc/path?query#fragment, as a
    `SplitResult` (or `SplitResultBytes`). % escapes are not expanded."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    return _coerce_result(SplitResult(*_split(url, scheme, allow_fragments)))


def urlunparse(components):
    """Put a `urlparse` result (any 6 items) back together."""
    scheme, netloc, url, params, query, fragment, _coerce_result = (
        _coerce_args(*components))
    if params:
        url = "%s;%s" % (url, params)
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


def urlunsplit(components):
    """Put a `urlsplit` result (any 5 items) back together."""
    scheme, netloc, url, query, fragment, _coerce_result = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return _coerce_result(url)


def urljoin(base, url, allow_fragments=True):
    """Resolve `url` against the base URL `base` (RFC 3986, section 5.2)."""
    if not base:
        return url
    if not url:
        return base
    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)

    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc

    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))

    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        # The last segment of the base path is a file name: drop it.
        del base_parts[-1]

    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        # Empty segments in the middle (from '//') are dropped, as CPython does.
        segments[1:-1] = [s for s in segments[1:-1] if s]

    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')

    return _coerce_result(urlunparse((scheme, netloc, '/'.join(resolved) or '/',
                                      params, query, fragment)))


def urldefrag(url):
    """Split off the fragment: a `DefragResult(url, fragment)`."""
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return _coerce_result(DefragResult(defrag, frag))


def unwrap(url):
    """Strip '<URL:...>' wrappers: unwrap('<URL:type://host/path>') -> 'type://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


# ---------------------------------------------------------------------------
# Quoting

_HEXDIG = '0123456789ABCDEFabcdef'
_HEX_TO_BYTE = {}
for _a in _HEXDIG:
    for _b in _HEXDIG:
        _HEX_TO_BYTE[(_a + _b).encode()] = bytes((int(_a + _b, 16),))
del _a, _b


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split  # a TypeError for non-strings, as in CPython
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    bits = string.split(b'%')
    if len(bits) == 1:
        return string
    res = [bits[0]]
    for item in bits[1:]:
        byte = _HEX_TO_BYTE.get(item[:2])
        if byte is None:
            res.append(b'%')
            res.append(item)
        else:
            res.append(byte)
            res.append(item[2:])
    return b''.join(res)


_ASCII_RUN_RE = _re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by the characters they encode (UTF-8 by default; invalid
    sequences become U+FFFD): unquote('abc%20def') -> 'abc def'."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    bits = _ASCII_RUN_RE.split(string)
    res = [bits[0]]
    for i in range(1, len(bits), 2):
        res.append(unquote_to_bytes(bits[i]).decode(encoding, errors))
        res.append(bits[i + 1])
    return ''.join(res)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like `unquote`, and '+' becomes a space (HTML form values)."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)


def _quote_table(safe):
    safe = _ALWAYS_SAFE.union(safe)
    return tuple(chr(b) if b in safe else '%{:02X}'.format(b) for b in range(256))


# The tables for the default `safe` of quote() and quote_plus(), built once.
_TABLE_SLASH = _quote_table(b'/')
_TABLE_NONE = _quote_table(b'')


def quote_from_bytes(bs, safe='/'):
    """Like `quote`, for bytes: quote_from_bytes(b'abc def\\x3f') -> 'abc%20def%3F'."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    if safe == b'/':
        table = _TABLE_SLASH
    elif not safe:
        table = _TABLE_NONE
    else:
        table = _quote_table(safe)
    return ''.join([table[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """%-escape every character but letters, digits, '_.-~' and those in `safe`:
    quote('abc def') -> 'abc%20def'. Text is encoded as UTF-8 first by default."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like `quote`, but spaces become '+' and '/' is not safe by default."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as 'k1=v1&k2=v2'. With `doseq`, a
    sequence value gives one pair per item."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def quoted(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    out = []
    for k, v in query:
        k = quoted(k)
        if not doseq or isinstance(v, (str, bytes)):
            out.append(k + '=' + quoted(v))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + '=' + quoted(v))
        else:
            for elt in v:
                out.append(k + '=' + quoted(elt))
    return '&'.join(out)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, _coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    r = []
    for name_value in (qs.split(separator) if qs else []):
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (name_value,))
            if keep_blank_values:
                nv.append('')
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = _coerce_result(unquote(nv[0].replace('+', ' '),
                                          encoding=encoding, errors=errors))
            value = _coerce_result(unquote(nv[1].replace('+', ' '),
                                           encoding=encoding, errors=errors))
            r.append((name, value))
    return r


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result
