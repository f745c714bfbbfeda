# Edge cases of bytes/bytearray/memoryview argument handling: wrong counts and types,
# released views, formats, comparisons, buffers accepted by int()/float()/array().
import array
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: b"a".center("3"))  # expect: TypeError 'str' object cannot be interpreted as an integer
show(lambda: b"a".split(maxsplit="x"))  # expect: TypeError 'str' object cannot be interpreted as an integer
show(lambda: b"abc".count(b"a", "x"))  # expect: TypeError slice indices must be integers or None or have an __index__ method
show(lambda: b"abc".find(b"a", None, None))  # expect: 0
show(lambda: b"abc".find(b"a", 1.0))  # expect: TypeError slice indices must be integers or None or have an __index__ method
show(lambda: b"abc".hex(b"\xff"))  # expect: ValueError sep must be ASCII.
show(lambda: b"abc".hex(1))  # expect: TypeError object of type 'int' has no len()
show(lambda: b"abc".hex(":", "x"))  # expect: TypeError 'str' object cannot be interpreted as an integer
show(lambda: b"abc".center())  # expect: TypeError center expected at least 1 argument, got 0
show(lambda: b"abc".center(1, 2, 3))  # expect: TypeError center expected at most 2 arguments, got 3
show(lambda: b"abc".split(b"b", 1, 2))  # expect: TypeError split() takes at most 2 arguments (3 given)

show(lambda: b"abc".strip(1))  # expect: TypeError a bytes-like object is required, not 'int'
show(lambda: b"abc".replace(b"a"))  # expect: TypeError replace expected at least 2 arguments, got 1
show(lambda: b"abc".translate())  # expect: TypeError translate() takes at least 1 positional argument (0 given)
show(lambda: b"abc".translate(None, b"a", b"b"))  # expect: TypeError translate() takes at most 2 arguments (3 given)
show(lambda: b"abc".expandtabs(1, 2))  # expect: TypeError expandtabs() takes at most 1 argument (2 given)
show(lambda: b"abc".expandtabs("x"))  # expect: TypeError 'str' object cannot be interpreted as an integer
show(lambda: b"abc".zfill())  # expect: TypeError bytes.zfill() takes exactly one argument (0 given)
show(lambda: b"abc".upper(1))  # expect: TypeError bytes.upper() takes no arguments (1 given)
show(lambda: b"abc".splitlines(1, 2))  # expect: TypeError splitlines() takes at most 1 argument (2 given)
show(lambda: b"abc".join(1))  # expect: TypeError can only join an iterable
show(lambda: b"abc".startswith())  # expect: TypeError startswith() takes at least 1 argument (0 given)
show(lambda: b"abc".decode(errors=1))  # expect: TypeError decode() argument 'errors' must be str, not int
show(lambda: bytes.fromhex())  # expect: TypeError bytes.fromhex() takes exactly one argument (0 given)
show(lambda: bytes.fromhex("é1"))  # expect: ValueError non-hexadecimal number found in fromhex() arg at position 0
show(lambda: bytes.fromhex("1é"))  # expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
show(lambda: bytes.maketrans(b"a"))  # expect: TypeError maketrans expected 2 arguments, got 1
show(lambda: b"a".removeprefix())  # expect: TypeError bytes.removeprefix() takes exactly one argument (0 given)
show(lambda: b"abc".partition())  # expect: TypeError bytes.partition() takes exactly one argument (0 given)
m = memoryview(b"ab")
m.release()
show(lambda: bytes(m))  # expect: ValueError operation forbidden on released memoryview object
show(lambda: b"x" + m)  # expect: TypeError can't concat memoryview to bytes
show(lambda: m == m)  # expect: True
show(lambda: m == b"ab")  # expect: False
show(lambda: m.release())  # expect: None
show(lambda: m.obj)  # expect: ValueError operation forbidden on released memoryview object
show(lambda: m.cast("B"))  # expect: ValueError operation forbidden on released memoryview object
show(lambda: m.hex())  # expect: ValueError operation forbidden on released memoryview object
show(lambda: hash(m))  # expect: ValueError operation forbidden on released memoryview object
h = memoryview(array.array("H", [1, 2]))
show(lambda: h == memoryview(bytearray(b"\x01\x00\x02\x00")).cast("H"))  # expect: True
show(lambda: h == [1, 2])  # expect: False
show(lambda: h == array.array("H", [1, 2]))  # expect: True
show(lambda: h.cast("B").cast("h").tolist())  # expect: [1, 2]
show(lambda: hash(h.toreadonly()))  # expect: ValueError memoryview: hashing is restricted to formats 'B', 'b' or 'c'
show(lambda: h[0:1] == h[1:2])  # expect: False
show(lambda: memoryview(h).tolist())  # expect: [1, 2]
show(lambda: memoryview(object=b"x").tobytes())  # expect: b'x'
show(lambda: memoryview())  # expect: TypeError memoryview() missing required argument 'object' (pos 1)
show(lambda: memoryview(b"x", b"y"))  # expect: TypeError memoryview() takes at most 1 argument (2 given)
show(lambda: memoryview(b"abc")[1:][::-1].tobytes())  # expect: b'cb'
show(lambda: memoryview(b"abcdef")[::2][1:].tolist())  # expect: [99, 101]
show(lambda: memoryview(b"abc")[1.0])  # expect: TypeError memoryview: invalid slice key
show(lambda: memoryview(b"abc")[True])  # expect: 98
show(lambda: memoryview(bytearray(b"abc")).__setitem__(slice(None, None, -1), b"xyz"))  # expect: None
ba = bytearray(b"abc")
mv = memoryview(ba)
mv[::-1] = b"xyz"
print(ba)  # expect: bytearray(b'zyx')
mv[::2] = memoryview(b"12")
print(ba)  # expect: bytearray(b'1y2')
show(lambda: mv.__setitem__(slice(0, 2), array.array("H", [1])))  # expect: ValueError memoryview assignment: lvalue and rvalue have different structures
show(lambda: mv.__setitem__(slice(0, 1), "a"))  # expect: TypeError a bytes-like object is required, not 'str'
show(lambda: mv.cast("c").__setitem__(0, b"Q"))  # expect: None
print(ba)  # expect: bytearray(b'Qy2')
show(lambda: mv.cast("c").__setitem__(0, b"QQ"))  # expect: ValueError memoryview: invalid value for format 'c'
show(lambda: mv.cast("c").__setitem__(0, 1))  # expect: TypeError memoryview: invalid type for format 'c'
show(lambda: mv.cast("?").tolist())  # expect: [True, True, True]
show(lambda: memoryview(bytearray(8)).cast("d").__setitem__(0, "x"))  # expect: TypeError memoryview: invalid type for format 'd'
show(lambda: memoryview(bytearray(8)).cast("f").__setitem__(0, 1e300))  # expect: None
show(lambda: mv.cast(b"B"))  # expect: TypeError cast() argument 'format' must be str, not bytes
show(lambda: mv.cast())  # expect: TypeError cast() missing required argument 'format' (pos 1)
show(lambda: mv.tobytes("X"))  # expect: ValueError order must be 'C', 'F' or 'A'
show(lambda: mv.hex(":", 2))  # expect: '51:7932'
show(lambda: str(mv.nbytes) + str(mv.strides))  # expect: '3(1,)'
show(lambda: list(reversed(memoryview(b"ab"))))  # expect: [98, 97]
show(lambda: memoryview(b"ab") in [b"ab"])  # expect: True
show(lambda: b"ab" in memoryview(b"ab"))  # expect: False
show(lambda: 97 in memoryview(b"ab"))  # expect: True
show(lambda: ba.__alloc__() >= len(ba))  # expect: True
show(lambda: sorted(memoryview(b"ba")))  # expect: [97, 98]
show(lambda: bytearray(b"abc") < memoryview(b"b"))  # expect: True
show(lambda: b"abc" < memoryview(b"b"))  # expect: TypeError '<' not supported between instances of 'bytes' and 'memoryview'
show(lambda: str(b"a", "ascii"))  # expect: 'a'
show(lambda: str(memoryview(b"a"), "ascii"))  # expect: 'a'
show(lambda: int(memoryview(b"12")))  # expect: 12
show(lambda: float(bytearray(b"1.5")))  # expect: 1.5
show(lambda: array.array("b", memoryview(b"\x01\x02")))  # expect: array('b', [1, 2])
