# struct: pack/unpack with byte orders, alignment, repeat counts, Struct objects,
# pack_into/unpack_from/iter_unpack and struct.error messages.
import struct


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(struct.pack("<hi", 1, 2), struct.pack(">hi", 1, 2), struct.pack("!H", 258))  # expect: b'\x01\x00\x02\x00\x00\x00' b'\x00\x01\x00\x00\x00\x02' b'\x01\x02'
print(struct.pack("=bq", -1, 2), struct.pack("@bq", -1, 2))  # expect: b'\xff\x02\x00\x00\x00\x00\x00\x00\x00' b'\xff\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00'
print(struct.calcsize("@bq"), struct.calcsize("=bq"), struct.calcsize("ci0l"), struct.calcsize("3s2x4p"))  # expect: 16 9 8 9
print(struct.calcsize("@bhbi"), struct.calcsize("<bhbi"), struct.calcsize(" i i "), struct.calcsize("0s"))  # expect: 12 8 8 0
print(struct.pack("@bhbi", 1, 2, 3, 4))  # expect: b'\x01\x00\x02\x00\x03\x00\x00\x00\x04\x00\x00\x00'
print(struct.unpack("<QqLl", struct.pack("<QqLl", 2**64 - 1, -(2**63), 2**32 - 1, -(2**31))))  # expect: (18446744073709551615, -9223372036854775808, 4294967295, -2147483648)
print(struct.unpack(">bhiqd?", struct.pack(">bhiqd?", -1, 2, -3, 4, 0.5, True)))  # expect: (-1, 2, -3, 4, 0.5, True)
print(struct.unpack("<3B", b"\x01\x02\xff"), struct.unpack("<2H", b"\x01\x00\xff\xff"))  # expect: (1, 2, 255) (1, 65535)
print(struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)))  # expect: b'\xcd\xcc\xcc=' (0.10000000149011612,)
print(struct.pack(">d", -2.5), struct.unpack(">d", struct.pack(">d", -2.5)))  # expect: b'\xc0\x04\x00\x00\x00\x00\x00\x00' (-2.5,)
print(struct.pack("<e", 1.5), struct.unpack("<e", b"\x00\x3c"), struct.unpack("<e", b"\xff\x7b"))  # expect: b'\x00>' (1.0,) (65504.0,)
print(struct.pack("c3s5p2x?", b"A", b"abcdef", b"xy", 7))  # expect: b'Aabc\x02xy\x00\x00\x00\x00\x01'
print(struct.unpack("c3s5p2x?", b"Aabc\x02xy\x00\x00\x00\x00\x01"))  # expect: (b'A', b'abc', b'xy', True)
print(struct.pack("0s", b"abc"), struct.pack("2s", b"abc"), struct.pack("5s", bytearray(b"ab")))  # expect: b'' b'ab' b'ab\x00\x00\x00'
print(struct.pack("i", True), struct.unpack("i", bytearray(b"\x01\x00\x00\x00")))  # expect: b'\x01\x00\x00\x00' (1,)
print(struct.pack(b"<h", 1), struct.pack("<4x"))  # expect: b'\x01\x00' b'\x00\x00\x00\x00'

# Struct objects
s = struct.Struct("<hi")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00\x00\x00"))  # expect: <hi 6 b'\x01\x00\x02\x00\x00\x00' (1, 2)
print(type(s).__name__, isinstance(s, struct.Struct))  # expect: Struct True
print(struct.Struct(b">I").format, struct.Struct(">I").unpack(b"\x00\x00\x01\x00"))  # expect: >I (256,)
t = struct.Struct("<i")
print(t.unpack_from(b"\x01\x00\x00\x00\x02\x00\x00\x00", 4))  # expect: (2,)
print(list(t.iter_unpack(b"\x01\x00\x00\x00\x02\x00\x00\x00")))  # expect: [(1,), (2,)]
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))  # expect: [(1,), (2,), (3,)]

# pack_into / unpack_from
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 1, -1)
print(buf)  # expect: bytearray(b'\x00\x00\x01\x00\xff\xff\x00\x00')
s.pack_into(buf, 0, 9, 10)
print(buf)  # expect: bytearray(b'\t\x00\n\x00\x00\x00\x00\x00')
print(struct.unpack_from("<h", buf, offset=6), struct.unpack_from("<h", buf), struct.unpack_from("<h", buf, -2))  # expect: (0,) (9,) (0,)

# Errors
print(issubclass(struct.error, Exception), struct.error.__name__)  # expect: True error
show(lambda: struct.pack("ii", 1))  # expect: error: pack expected 2 items for packing (got 1)
show(lambda: struct.pack("i", 1, 2))  # expect: error: pack expected 1 items for packing (got 2)
show(lambda: struct.unpack("ii", b"1234"))  # expect: error: unpack requires a buffer of 8 bytes
show(lambda: struct.unpack("q", b"1234"))  # expect: error: unpack requires a buffer of 8 bytes
show(lambda: struct.pack("h", 40000))  # expect: error: short format requires -32768 <= number <= 32767
show(lambda: struct.pack(">h", 40000))  # expect: error: 'h' format requires -32768 <= number <= 32767
show(lambda: struct.pack("b", 200))  # expect: error: byte format requires -128 <= number <= 127
show(lambda: struct.pack("B", -1))  # expect: error: ubyte format requires 0 <= number <= 255
show(lambda: struct.pack("H", 70000))  # expect: error: ushort format requires 0 <= number <= 65535
show(lambda: struct.pack("i", 2**31))  # expect: error: 'i' format requires -2147483648 <= number <= 2147483647
show(lambda: struct.pack("<I", 2**32))  # expect: error: 'I' format requires 0 <= number <= 4294967295
show(lambda: struct.pack("<I", -1))  # expect: error: argument out of range
show(lambda: struct.pack("<q", 2**63))  # expect: error: argument out of range
show(lambda: struct.pack("<Q", -1))  # expect: error: argument out of range
show(lambda: struct.pack("i", 1.0))  # expect: error: required argument is not an integer
show(lambda: struct.pack("d", "x"))  # expect: error: required argument is not a float
show(lambda: struct.pack("<f", 1e300))  # expect: OverflowError: float too large to pack with f format
show(lambda: struct.pack("<e", 65520.0))  # expect: OverflowError: float too large to pack with e format
show(lambda: struct.pack("c", b"ab"))  # expect: error: char format requires a bytes object of length 1
show(lambda: struct.pack("s", "a"))  # expect: error: argument for 's' must be a bytes object
show(lambda: struct.calcsize("3"))  # expect: error: repeat count given without format specifier
show(lambda: struct.calcsize("y"))  # expect: error: bad char in struct format
show(lambda: struct.calcsize("<n"))  # expect: error: bad char in struct format
show(lambda: struct.unpack_from("i", b"123456789", 8))  # expect: error: unpack_from requires a buffer of at least 12 bytes for unpacking 4 bytes at offset 8 (actual buffer size is 9)
show(lambda: struct.unpack_from("i", b"123", -2))  # expect: error: not enough data to unpack 4 bytes at offset -2
show(lambda: struct.pack_into("i", bytearray(5), 2, 1))  # expect: error: pack_into requires a buffer of at least 6 bytes for packing 4 bytes at offset 2 (actual buffer size is 5)
show(lambda: struct.pack_into("i", b"12345", 1, 1))  # expect: TypeError: argument must be read-write bytes-like object, not bytes
show(lambda: list(struct.iter_unpack("h", b"12345")))  # expect: error: iterative unpacking requires a buffer of a multiple of 2 bytes
show(lambda: struct.Struct(5))  # expect: TypeError: Struct() argument 1 must be a str or bytes object, not int
try:
    struct.unpack("<i", b"")
except struct.error as e:
    print("caught:", e)  # expect: caught: unpack requires a buffer of 4 bytes
