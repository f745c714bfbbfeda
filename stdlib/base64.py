"""base64: Base64, Base32 and Base16 encodings of bytes, over the native `binascii`.

Supported: b64encode/b64decode (altchars, validate), standard_b64encode/decode,
urlsafe_b64encode/decode, b32encode/b32decode (casefold, map01), b16encode/b16decode
(casefold), encodebytes/decodebytes; errors are binascii.Error (also `base64.Error`).
Not supported: Ascii85/Base85 (a85*, b85*, z85*), b32hex*, encode/decode of file objects.
"""

import binascii

_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B16 = b"0123456789ABCDEF"
MAXBINSIZE = 57

Error = binascii.Error


def _bytes_like(s, what="a bytes-like object"):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError(what + " is required, not '" + type(s).__name__ + "'")


def _input_type_check(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__)


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
    if frm[0] not in data and frm[1] not in data:
        return data
    table = {frm[0]: to[0], frm[1]: to[1]}
    return bytes([table.get(b, b) for b in data])


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        return _translate(encoded, b"+/", _bytes_like(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _for_decode(s)
    if altchars is not None:
        altchars = _for_decode(altchars)
        s = _translate(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


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
    _input_type_check(s)
    return b"".join([binascii.b2a_base64(s[i:i + MAXBINSIZE])
                     for i in range(0, len(s), MAXBINSIZE)])


def decodebytes(s):
    _input_type_check(s)
    return binascii.a2b_base64(s)


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
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _for_decode(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in _B16:
            raise Error("Non-base16 digit found")
    return binascii.unhexlify(s)
