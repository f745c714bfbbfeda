"""HMAC (RFC 2104) over `hashlib`, as CPython's `hmac`: `new`, `HMAC` (update, copy,
digest, hexdigest, name, digest_size, block_size), `digest` and `compare_digest`."""

import hashlib as _hashlib

__all__ = ["new", "HMAC", "digest", "compare_digest"]

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))


def _xor_pad(key, pad):
    return bytes(x ^ pad for x in key)

digest_size = None


def _is_bytes_like(x):
    return isinstance(x, (bytes, bytearray))


def compare_digest(a, b):
    """Return a == b, looking at every byte whatever the first difference (str arguments
    must be ASCII)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode("ascii")
        b = b.encode("ascii")
    elif not _is_bytes_like(a) and not _is_bytes_like(b):
        raise TypeError("unsupported operand types(s) or combination of types: "
                        "'%s' and '%s'" % (type(a).__name__, type(b).__name__))
    else:
        for x in (a, b):
            if not _is_bytes_like(x):
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(x).__name__)
    result = 0 if len(a) == len(b) else 1
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        result |= x ^ y
    return result == 0


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        def construct(data=b""):
            return _hashlib.new(digestmod, data)
        return construct
    return digestmod.new


class HMAC:
    """RFC 2104 HMAC. Create it with `hmac.new(key, msg=None, digestmod=...)`."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=""):
        if not _is_bytes_like(key):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        cons = _constructor(digestmod)
        self._digest_cons = cons
        self._outer = cons()
        self._inner = cons()
        self.digest_size = self._inner.digest_size
        if self.digest_size == 0:
            raise ValueError("no reason supplied")
        blocksize = getattr(self._inner, "block_size", self.blocksize)
        if blocksize < 16:
            blocksize = self.blocksize
        self._block_size = blocksize
        key = bytes(key)
        if len(key) > blocksize:
            key = cons(key).digest()
        key = key + bytes(blocksize - len(key))
        self._outer.update(_xor_pad(key, 0x5C))
        self._inner.update(_xor_pad(key, 0x36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    @property
    def block_size(self):
        return self._block_size

    def update(self, msg):
        """Feed `msg` into the inner hash."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of this HMAC."""
        other = HMAC.__new__(HMAC)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other._block_size = self._block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The MAC of what was fed so far, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC of what was fed so far, as a hex string."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    """Create a new HMAC object (`digestmod` is required: a name, constructor or module)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The MAC of `msg` under `key` with the hash `digest`, in one call."""
    return HMAC(key, msg, digest).digest()
