"""base64: Base64, Base32 and Base16 encodings of bytes.

Supported: b64encode/b64decode (altchars, validate), standard_b64encode/decode,
urlsafe_b64encode/decode, b32encode/b32decode (casefold, map01), b16encode/b16decode
(casefold), encodebytes/decodebytes, and binascii.Error (as base64.binascii.Error is not
available, the error class lives here as `Error`, a ValueError subclass like CPython's).
Not supported: Ascii85/Base85 (a85*, b85*, z85*), b32hex*, encode/decode of file objects.
"""

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B16 = b"0123456789ABCDEF"


class Error(ValueError):
    """Raised for malformed input (CPython: binascii.Error)."""
    pass


Error.__module__ = "binascii"


def _bytes_like(s, what="a bytes-like object"):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError(what + " is required, not '" + type(s).__name__ + "'")


def _for_decode(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '"
                    + type(s).__name__ + "'")


def _translate(data, frm, to):
    if len(frm) != 2 or len(to) != 2:
        raise AssertionError(repr(to))
    table = {frm[0]: to[0], frm[1]: to[1]}
    return bytes([table.get(b, b) for b in data])


def _b64_raw_encode(data):
    out = bytearray()
    n = len(data)
    i = 0
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[(v >> 18) & 63])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out.append(_B64[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out.append(_B64[(v >> 18) & 63])
        out.append(_B64[(v >> 12) & 63])
        out += b"=="
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out.append(_B64[(v >> 18) & 63])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out += b"="
    return bytes(out)


_B64_INDEX = {}
for _i in range(64):
    _B64_INDEX[_B64[_i]] = _i
_PAD = 61  # ord("=")


def _b64_raw_decode(data, strict):
    """Decode like binascii.a2b_base64: non-alphabet bytes are skipped unless strict."""
    if strict and data and data[0] == _PAD:
        raise Error("Leading padding not allowed")
    quad = []
    out = bytearray()
    pads = 0
    for pos in range(len(data)):
        c = data[pos]
        if c == _PAD:
            if len(quad) >= 2:
                pads += 1
                if len(quad) + pads == 4:
                    # complete group: emit and stop (rest is ignored unless strict)
                    _flush(quad, out)
                    quad = []
                    if strict and pos + 1 != len(data):
                        raise Error("Excess data after padding")
                    return bytes(out)
            elif strict:
                raise Error("Discontinuous padding not allowed")
            continue
        idx = _B64_INDEX.get(c)
        if idx is None:
            if strict:
                raise Error("Only base64 data is allowed")
            continue
        if pads:
            if strict:
                raise Error("Discontinuous padding not allowed")
            pads = 0
        quad.append(idx)
        if len(quad) == 4:
            _flush(quad, out)
            quad = []
    if quad:
        if len(quad) == 1:
            groups = len(out) // 3 * 4 + 1
            raise Error("Invalid base64-encoded string: number of data characters ("
                        + str(groups) + ") cannot be 1 more than a multiple of 4")
        raise Error("Incorrect padding")
    return bytes(out)


def _flush(quad, out):
    v = 0
    for q in quad:
        v = (v << 6) | q
    v <<= 6 * (4 - len(quad))
    nbytes = len(quad) - 1
    b = [(v >> 16) & 255, (v >> 8) & 255, v & 255]
    out += bytes(b[:nbytes])


def b64encode(s, altchars=None):
    encoded = _b64_raw_encode(_bytes_like(s))
    if altchars is not None:
        return _translate(encoded, b"+/", _bytes_like(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _for_decode(s)
    if altchars is not None:
        altchars = _for_decode(altchars)
        s = _translate(s, altchars, b"+/")
    return _b64_raw_decode(s, validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    s = _for_decode(s)
    return b64decode(_translate(s, b"-_", b"+/"))


def encodebytes(s):
    s = _bytes_like(s, "expected bytes-like object")
    out = bytearray()
    for i in range(0, len(s), 57):
        out += _b64_raw_encode(s[i:i + 57]) + b"\n"
    return bytes(out)


def decodebytes(s):
    return _b64_raw_decode(_bytes_like(s), False)


def b32encode(s):
    s = _bytes_like(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = len(chunk)
        v = int.from_bytes(chunk + bytes(5 - n), "big")
        group = bytearray()
        for k in range(8):
            group.append(_B32[(v >> (35 - 5 * k)) & 31])
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[n]
        out += group[:keep] + b"=" * (8 - keep)
    return bytes(out)


_B32_INDEX = {}
for _i in range(32):
    _B32_INDEX[_B32[_i]] = _i


def b32decode(s, casefold=False, map01=None):
    s = _for_decode(s)
    if len(s) % 8:
        raise Error("Incorrect padding")
    if map01 is not None:
        map01 = _for_decode(map01)
        s = bytes([(map01[0] if b == 49 else b) for b in s]).replace(b"0", b"O")
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    npad = len(s) - len(stripped)
    out = bytearray()
    for i in range(0, len(stripped), 8):
        v = 0
        for c in stripped[i:i + 8]:
            idx = _B32_INDEX.get(c)
            if idx is None:
                raise Error("Non-base32 digit found")
            v = (v << 5) | idx
        v <<= 5 * (8 - len(stripped[i:i + 8]))
        out += v.to_bytes(5, "big")
    if npad:
        drop = {0: 0, 1: 1, 3: 2, 4: 3, 6: 4}.get(npad)
        if drop is None:
            raise Error("Incorrect padding")
        out = out[:len(out) - drop]
    return bytes(out)


def b16encode(s):
    s = _bytes_like(s)
    out = bytearray()
    for b in s:
        out.append(_B16[b >> 4])
        out.append(_B16[b & 15])
    return bytes(out)


def b16decode(s, casefold=False):
    s = _for_decode(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in _B16:
            raise Error("Non-base16 digit found")
    if len(s) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(s), 2):
        out.append(_B16.index(s[i]) * 16 + _B16.index(s[i + 1]))
    return bytes(out)
