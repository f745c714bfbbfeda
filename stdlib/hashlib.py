"""Secure hashes (CPython's `hashlib`) over the native `_hashlib`: md5, sha1, sha224,
sha256, sha384, sha512, sha3_224/256/384/512 and shake_128/256. No blake2b/blake2s,
pbkdf2_hmac, scrypt or file_digest."""

import _hashlib

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
           "sha3_384", "sha3_512", "shake_128", "shake_256", "new", "algorithms_guaranteed",
           "algorithms_available")

algorithms_guaranteed = frozenset(_hashlib.algorithm_names)
algorithms_available = frozenset(_hashlib.algorithm_names)


def new(name, data=b"", **kwargs):
    """new(name, data=b'') - a new hash object for the algorithm `name`."""
    for k in kwargs:
        if k != "usedforsecurity":
            raise TypeError("__hash_new() got an unexpected keyword argument '%s'" % k)
    return _hashlib.new(name, data)


def _constructor(algo):
    fname = "openssl_" + algo

    def construct(*args, **kwargs):
        if len(args) > 1:
            raise TypeError("%s() takes at most 1 positional argument (%d given)"
                            % (fname, len(args)))
        data = args[0] if args else b""
        for k, v in kwargs.items():
            if k == "string":
                if args:
                    raise TypeError("argument for %s() given by name ('string') and "
                                    "position (1)" % fname)
                data = v
            elif k != "usedforsecurity":
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, fname))
        return _hashlib.new(algo, data)
    construct.__name__ = fname
    construct.__qualname__ = fname
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
shake_128 = _constructor("shake_128")
shake_256 = _constructor("shake_256")
