# zlib: CPython's exceptions and messages for bad options, bad arguments and damaged or
# truncated streams; objects used after the end of their stream.
import zlib


def show(f):
    try:
        r = f()
        print("ok", r if not isinstance(r, bytes) or len(r) < 40 else len(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


good = zlib.compress(b"hello hello hello")
gz = zlib.compress(b"hello", wbits=31)
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.error.__name__)  # expect: True zlib error

# Headers, trailers, truncation.
show(lambda: zlib.decompress(b"garbage"))  # expect: error: Error -3 while decompressing data: incorrect header check
show(lambda: zlib.decompress(b"x\x9c"))  # expect: error: Error -5 while decompressing data: incomplete or truncated stream
show(lambda: zlib.decompress(b""))  # expect: error: Error -5 while decompressing data: incomplete or truncated stream
show(lambda: zlib.decompress(good[:-1]))  # expect: error: Error -5 while decompressing data: incomplete or truncated stream
show(lambda: zlib.decompress(good[:-4] + b"\0\0\0\0"))  # expect: error: Error -3 while decompressing data: incorrect data check
show(lambda: zlib.decompress(b"\x79\x9c\x03"))  # expect: error: Error -3 while decompressing data: incorrect header check
show(lambda: zlib.decompress(b"\x78\xbb\x03"))  # expect: error: Error -5 while decompressing data: incomplete or truncated stream
show(lambda: zlib.decompress(good, 9))  # expect: error: Error -3 while decompressing data: invalid window size
show(lambda: zlib.decompress(good, 0))  # expect: ok b'hello hello hello'
show(lambda: zlib.decompress(gz))  # expect: error: Error -3 while decompressing data: incorrect header check
show(lambda: zlib.decompress(gz, 31))  # expect: ok b'hello'
show(lambda: zlib.decompress(gz[:-8] + b"\0\0\0\0" + gz[-4:], 31))  # expect: error: Error -3 while decompressing data: incorrect data check
show(lambda: zlib.decompress(gz[:-4] + b"\0\0\0\0", 31))  # expect: error: Error -3 while decompressing data: incorrect length check
show(lambda: zlib.decompress(b"\x1f\x8b\x09\x00", 31))  # expect: error: Error -3 while decompressing data: unknown compression method
show(lambda: zlib.decompress(b"\x1f\x8b\x08\xe0", 31))  # expect: error: Error -3 while decompressing data: unknown header flags set
show(lambda: zlib.decompress(b"\x1f\x8c\x08\x00", 31))  # expect: error: Error -3 while decompressing data: incorrect header check
show(lambda: zlib.decompress(b"", 31))  # expect: error: Error -5 while decompressing data: incomplete or truncated stream
show(lambda: zlib.decompress(b"\x03", -15))  # expect: error: Error -5 while decompressing data: incomplete or truncated stream
show(lambda: zlib.decompress(b"\x78\xbb\x00\x00\x00\x01\x03\x00"))  # expect: error: Error 2 while decompressing data
try:
    zlib.decompress(b"\xff\xff", -15)  # zlib: "invalid block type"; Fibra's text differs
except zlib.error as e:
    print("zlib.error", str(e).startswith("Error -3 while decompressing data: "))  # expect: zlib.error True

# Options.
show(lambda: zlib.compress(b"x", 10))  # expect: error: Bad compression level
show(lambda: zlib.compress(b"x", -2))  # expect: error: Bad compression level
show(lambda: zlib.compress(b"x", wbits=7))  # expect: error: Bad compression level
show(lambda: zlib.compress(b"x", wbits=-8))  # expect: error: Bad compression level
show(lambda: zlib.compress(b"x", wbits=32))  # expect: error: Bad compression level
show(lambda: zlib.decompress(good, 100))  # expect: error: Error -2 while preparing to decompress data: inconsistent stream state
show(lambda: zlib.decompress(good, -16))  # expect: error: Error -2 while preparing to decompress data: inconsistent stream state
show(lambda: zlib.decompress(good, bufsize=-1))  # expect: ValueError: bufsize must be non-negative
show(lambda: zlib.decompress(good, bufsize=0))  # expect: ok b'hello hello hello'
show(lambda: zlib.compressobj(10))  # expect: ValueError: Invalid initialization option
show(lambda: zlib.compressobj(1, 7))  # expect: ValueError: Invalid initialization option
show(lambda: zlib.compressobj(1, 8, 15, 10))  # expect: ValueError: Invalid initialization option
show(lambda: zlib.compressobj(1, 8, 15, 9, 5))  # expect: ValueError: Invalid initialization option
show(lambda: zlib.compressobj(wbits=40))  # expect: ValueError: Invalid initialization option
show(lambda: zlib.decompressobj(7))  # expect: ValueError: Invalid initialization option
show(lambda: zlib.decompressobj(wbits=64))  # expect: ValueError: Invalid initialization option
show(lambda: zlib.decompressobj(zdict="x"))  # expect: TypeError: zdict argument must support the buffer protocol

# Argument types and counts.
show(lambda: zlib.compress("text"))  # expect: TypeError: a bytes-like object is required, not 'str'
show(lambda: zlib.compress(1))  # expect: TypeError: a bytes-like object is required, not 'int'
show(lambda: zlib.compress())  # expect: TypeError: compress() takes at least 1 positional argument (0 given)
show(lambda: zlib.compress(b"x", "a"))  # expect: TypeError: 'str' object cannot be interpreted as an integer
show(lambda: zlib.compress(b"x", 1, 15, 3))  # expect: TypeError: compress() takes at most 3 arguments (4 given)
show(lambda: zlib.compress(b"x", foo=1))  # expect: TypeError: 'foo' is an invalid keyword argument for compress()
show(lambda: zlib.compress(data=b"x"))  # expect: TypeError: compress() takes at least 1 positional argument (0 given)
show(lambda: zlib.compress(b"x", 2**70))  # expect: OverflowError: Python int too large to convert to C int
show(lambda: zlib.decompress(b"x", wbits=2**70))  # expect: OverflowError: Python int too large to convert to C int
show(lambda: zlib.crc32("x"))  # expect: TypeError: a bytes-like object is required, not 'str'
show(lambda: zlib.crc32(b"x", 1.5))  # expect: TypeError: 'float' object cannot be interpreted as an integer
show(lambda: zlib.crc32(b"x", 1, 2))  # expect: TypeError: crc32 expected at most 2 arguments, got 3
show(lambda: zlib.crc32())  # expect: TypeError: crc32 expected at least 1 argument, got 0
show(lambda: zlib.adler32("x"))  # expect: TypeError: a bytes-like object is required, not 'str'
show(lambda: zlib.adler32(b"x", 1, 2))  # expect: TypeError: adler32 expected at most 2 arguments, got 3
show(lambda: zlib.decompressobj().decompress(b"x", -1))  # expect: ValueError: max_length must be non-negative
show(lambda: zlib.decompressobj().decompress(b"x", 2**70))  # expect: OverflowError: Python int too large to convert to C ssize_t
show(lambda: zlib.decompressobj().decompress())  # expect: TypeError: decompress() takes at least 1 positional argument (0 given)
show(lambda: zlib.decompressobj().decompress("x"))  # expect: TypeError: a bytes-like object is required, not 'str'
show(lambda: zlib.decompressobj().flush(0))  # expect: ValueError: length must be greater than zero
show(lambda: zlib.decompressobj().flush(-1))  # expect: ValueError: length must be greater than zero
show(lambda: zlib.compressobj().compress())  # expect: TypeError: compress() takes exactly 1 positional argument (0 given)
show(lambda: zlib.compressobj().compress("x"))  # expect: TypeError: a bytes-like object is required, not 'str'
show(lambda: zlib.compressobj().flush(1, 2))  # expect: TypeError: flush() takes at most 1 argument (2 given)

# A damaged stream keeps failing; flush() reports no data errors.
d = zlib.decompressobj()
show(lambda: d.decompress(b"garbage"))  # expect: error: Error -3 while decompressing data: incorrect header check
show(lambda: d.decompress(good))  # expect: error: Error -3 while decompressing data: incorrect header check
show(lambda: d.flush())  # expect: ok b''

# A finished compressor.
c = zlib.compressobj()
show(lambda: c.compress(b"abc"))  # expect: ok b'x\x9c'
show(lambda: c.flush())  # expect: ok b"KLJ\x06\x00\x02M\x01'"
show(lambda: c.compress(b"abc"))  # expect: error: Error -2 while compressing data: inconsistent stream state
show(lambda: c.flush())  # expect: error: Error -2 while flushing: inconsistent stream state
show(lambda: c.flush(zlib.Z_NO_FLUSH))  # expect: ok b''
show(lambda: c.copy())  # expect: ValueError: Inconsistent stream state
show(lambda: zlib.compressobj().flush(99))  # expect: error: Error -2 while flushing: inconsistent stream state

# A decompression bomb read with a limit: output stays bounded.
c = zlib.compressobj(9)
bomb = b"".join([c.compress(b"\0" * 1000000) for _ in range(20)]) + c.flush()
print(len(bomb) < 50000)  # expect: True
d = zlib.decompressobj()
out = d.decompress(bomb, 4096)
print(len(out), out == b"\0" * 4096, d.eof)  # expect: 4096 True False
