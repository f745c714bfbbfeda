# The named methods of bytes and bytearray with CPython's argument handling.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for T in (bytes, bytearray):
    print("--", T.__name__)
    b = T(b"Hello World")
    show(lambda: b.center(15, b"*"))
    show(lambda: b.center(14))
    show(lambda: b.ljust(13, bytearray(b"-")))
    show(lambda: b.rjust(12, b"."))
    show(lambda: b.center(3))
    show(lambda: b.center(15, "*"))
    show(lambda: b.center(15, b"**"))
    show(lambda: T(b"-42").zfill(6))
    show(lambda: T(b"+x").zfill(4))
    show(lambda: T(b"7").zfill(-1))
    show(lambda: T(b"a\tbc\td\n\tz").expandtabs())
    show(lambda: T(b"a\tbc\td").expandtabs(tabsize=3))
    show(lambda: T(b"a\tb").expandtabs(0))
    show(lambda: b.title())
    show(lambda: T(b"hELLO wORLD 3x").capitalize())
    show(lambda: T(b"hELLO wORLD").swapcase())
    show(lambda: T(b"they're bill's o'k").title())
    show(lambda: [T(x).istitle() for x in (b"Ab Cd", b"AB", b"", b"A1 B", b"aB")])
    show(lambda: [T(x).islower() for x in (b"ab1", b"Ab", b"12", b"")])
    show(lambda: [T(x).isupper() for x in (b"AB1", b"Ab", b"12")])
    show(lambda: [T(x).isalnum() for x in (b"ab1", b"a b", b"")])
    show(lambda: [T(x).isascii() for x in (b"", b"abc", b"\x80")])
    show(lambda: [T(x).isspace() for x in (b" \t\n\r\x0b\x0c", b" x", b"")])
    show(lambda: T(b" a\x0bb\x0cc  d ").split())
    show(lambda: T(b" a b  c ").split(maxsplit=1))
    show(lambda: T(b" a b  c ").rsplit(None, 1))
    show(lambda: T(b"a,b,,c").rsplit(b",", 2))
    show(lambda: T(b"a,b,,c").split(bytearray(b","), maxsplit=-1))
    show(lambda: T(b"a,b").split(","))
    show(lambda: T(b"a").rsplit(b""))
    show(lambda: T(b"ab\ncd\r\nef\rg").splitlines())
    show(lambda: T(b"ab\ncd\r\n\n").splitlines(keepends=True))
    show(lambda: T(b"a=b=c").partition(b"="))
    show(lambda: [bytes(p) for p in T(b"a=b=c").rpartition(memoryview(b"="))])
    show(lambda: T(b"abc").partition(b"x"))
    show(lambda: T(b"abc").rpartition(b"x"))
    show(lambda: T(b"abc").partition(b""))
    show(lambda: T(b"abc").partition("b"))
    show(lambda: T(b"prefix-body").removeprefix(b"prefix-"))
    show(lambda: T(b"body.py").removesuffix(bytearray(b".py")))
    show(lambda: T(b"body").removesuffix(b"x"))
    show(lambda: T(b"abc").removeprefix("a"))
    show(lambda: T(b"abcabc").find(98, 2))
    show(lambda: T(b"abcabc").rfind(b"b", -6, -2))
    show(lambda: T(b"abcabc").index(b"c", 3))
    show(lambda: T(b"abcabc").rindex(99))
    show(lambda: T(b"abcabc").rindex(b"z"))
    show(lambda: T(b"abcabc").count(97))
    show(lambda: T(b"abcabc").count(b"", 1, None))
    show(lambda: T(b"abc").find("a"))
    show(lambda: T(b"abc").find(256))
    show(lambda: T(b"abc").startswith((b"x", bytearray(b"ab"))))
    show(lambda: T(b"abc").endswith(b"bc", -2))
    show(lambda: T(b"abc").startswith("a"))
    show(lambda: T(b"  xx  ").strip())
    show(lambda: T(b"xxaxx").lstrip(b"x"))
    show(lambda: T(b"\x0bab\x0b").strip())
    show(lambda: T(b"ababa").replace(b"a", b"XY", 2))
    show(lambda: T(b"ab").replace(b"", b"-"))
    show(lambda: T(b"-").join([b"a", bytearray(b"b"), memoryview(b"c")]))
    show(lambda: T(b"-").join([b"a", "b"]))
    show(lambda: T(b"\x01\xab\xff").hex())
    show(lambda: T(b"\x01\x02\x03\x04\x05").hex(":", 2))
    show(lambda: T(b"\x01\x02\x03\x04\x05").hex(b"-", -2))
    show(lambda: T(b"\x01\x02\x03").hex(sep="_", bytes_per_sep=0))
    show(lambda: T(b"\x01\x02").hex("::"))
    show(lambda: T(b"\x01\x02").hex("\xe9"))
    show(lambda: T.fromhex(" 01 ab\tFF\n"))
    show(lambda: T.fromhex("0 1"))
    show(lambda: T.fromhex("012"))
    show(lambda: T.fromhex("zz"))
    show(lambda: T.fromhex(b"01"))
    table = T.maketrans(b"abc", b"xyz")
    show(lambda: (type(table).__name__, len(table), table[97:100]))
    show(lambda: T(b"aabbcc").translate(table))
    show(lambda: T(b"aabbcc").translate(table, b"b"))
    show(lambda: T(b"aabbcc").translate(None, delete=b"ac"))
    show(lambda: T(b"a").translate(b"x"))
    show(lambda: T.maketrans(b"a", b"bc"))
    show(lambda: T(b"caf\xc3\xa9").decode())
    show(lambda: T(b"caf\xe9").decode("latin-1", errors="strict"))
    show(lambda: T(b"abc").decode(1))
    show(lambda: type(T(b"a b").split()[0]).__name__)

class B(bytes):
    pass
class BA(bytearray):
    pass
print(type(B(b"ab").upper()).__name__, type(BA(b"ab").upper()).__name__)
print(type(B.fromhex("01")).__name__, type(BA.fromhex("01")).__name__, BA.fromhex("0102"))
print(b"ab".__bytes__(), type(B(b"x").__bytes__()).__name__, b"ab".__getnewargs__())
print(b"%s=%d %r %x %c%c" % (b"k", 5, b"v", 255, 65, b"B"))
print(bytearray(b"%05.1f|%-4s|") % (3.14159, b"ab"))
show(lambda: b"%s" % "str")
show(lambda: 5 % b"x")
print(b"x".__rmod__(5), bytearray(b"x").__rmod__(5))
print(bytes.maketrans is not None, bytearray.maketrans(b"", b"") == bytes(range(256)))

# expect: -- bytes
# expect: b'**Hello World**'
# expect: b' Hello World  '
# expect: b'Hello World--'
# expect: b'.Hello World'
# expect: b'Hello World'
# expect: TypeError center() argument 2 must be a byte string of length 1, not str
# expect: TypeError center() argument 2 must be a byte string of length 1, not bytes
# expect: b'-00042'
# expect: b'+00x'
# expect: b'7'
# expect: b'a       bc      d\n        z'
# expect: b'a  bc d'
# expect: b'ab'
# expect: b'Hello World'
# expect: b'Hello world 3x'
# expect: b'Hello World'
# expect: b"They'Re Bill'S O'K"
# expect: [True, False, False, True, False]
# expect: [True, False, False, False]
# expect: [True, False, False]
# expect: [True, False, False]
# expect: [True, True, False]
# expect: [True, False, False]
# expect: [b'a', b'b', b'c', b'd']
# expect: [b'a', b'b  c ']
# expect: [b' a b', b'c']
# expect: [b'a,b', b'', b'c']
# expect: [b'a', b'b', b'', b'c']
# expect: TypeError a bytes-like object is required, not 'str'
# expect: ValueError empty separator
# expect: [b'ab', b'cd', b'ef', b'g']
# expect: [b'ab\n', b'cd\r\n', b'\n']
# expect: (b'a', b'=', b'b=c')
# expect: [b'a=b', b'=', b'c']
# expect: (b'abc', b'', b'')
# expect: (b'', b'', b'abc')
# expect: ValueError empty separator
# expect: TypeError a bytes-like object is required, not 'str'
# expect: b'body'
# expect: b'body'
# expect: b'body'
# expect: TypeError a bytes-like object is required, not 'str'
# expect: 4
# expect: 1
# expect: 5
# expect: 5
# expect: ValueError subsection not found
# expect: 2
# expect: 6
# expect: TypeError argument should be integer or bytes-like object, not 'str'
# expect: ValueError byte must be in range(0, 256)
# expect: True
# expect: True
# expect: TypeError startswith first arg must be bytes or a tuple of bytes, not str
# expect: b'xx'
# expect: b'axx'
# expect: b'ab'
# expect: b'XYbXYba'
# expect: b'-a-b-'
# expect: b'a-b-c'
# expect: TypeError sequence item 1: expected a bytes-like object, str found
# expect: '01abff'
# expect: '01:0203:0405'
# expect: '0102-0304-05'
# expect: '010203'
# expect: ValueError sep must be length 1.
# expect: ValueError sep must be ASCII.
# expect: b'\x01\xab\xff'
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 3
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 0
# expect: TypeError fromhex() argument must be str, not bytes
# expect: ('bytes', 256, b'xyz')
# expect: b'xxyyzz'
# expect: b'xxzz'
# expect: b'bb'
# expect: ValueError translation table must be 256 characters long
# expect: ValueError maketrans arguments must have same length
# expect: 'café'
# expect: 'café'
# expect: TypeError decode() argument 'encoding' must be str, not int
# expect: 'bytes'
# expect: -- bytearray
# expect: bytearray(b'**Hello World**')
# expect: bytearray(b' Hello World  ')
# expect: bytearray(b'Hello World--')
# expect: bytearray(b'.Hello World')
# expect: bytearray(b'Hello World')
# expect: TypeError center() argument 2 must be a byte string of length 1, not str
# expect: TypeError center() argument 2 must be a byte string of length 1, not bytes
# expect: bytearray(b'-00042')
# expect: bytearray(b'+00x')
# expect: bytearray(b'7')
# expect: bytearray(b'a       bc      d\n        z')
# expect: bytearray(b'a  bc d')
# expect: bytearray(b'ab')
# expect: bytearray(b'Hello World')
# expect: bytearray(b'Hello world 3x')
# expect: bytearray(b'Hello World')
# expect: bytearray(b"They\'Re Bill\'S O\'K")
# expect: [True, False, False, True, False]
# expect: [True, False, False, False]
# expect: [True, False, False]
# expect: [True, False, False]
# expect: [True, True, False]
# expect: [True, False, False]
# expect: [bytearray(b'a'), bytearray(b'b'), bytearray(b'c'), bytearray(b'd')]
# expect: [bytearray(b'a'), bytearray(b'b  c ')]
# expect: [bytearray(b' a b'), bytearray(b'c')]
# expect: [bytearray(b'a,b'), bytearray(b''), bytearray(b'c')]
# expect: [bytearray(b'a'), bytearray(b'b'), bytearray(b''), bytearray(b'c')]
# expect: TypeError a bytes-like object is required, not 'str'
# expect: ValueError empty separator
# expect: [bytearray(b'ab'), bytearray(b'cd'), bytearray(b'ef'), bytearray(b'g')]
# expect: [bytearray(b'ab\n'), bytearray(b'cd\r\n'), bytearray(b'\n')]
# expect: (bytearray(b'a'), bytearray(b'='), bytearray(b'b=c'))
# expect: [b'a=b', b'=', b'c']
# expect: (bytearray(b'abc'), bytearray(b''), bytearray(b''))
# expect: (bytearray(b''), bytearray(b''), bytearray(b'abc'))
# expect: ValueError empty separator
# expect: TypeError a bytes-like object is required, not 'str'
# expect: bytearray(b'body')
# expect: bytearray(b'body')
# expect: bytearray(b'body')
# expect: TypeError a bytes-like object is required, not 'str'
# expect: 4
# expect: 1
# expect: 5
# expect: 5
# expect: ValueError subsection not found
# expect: 2
# expect: 6
# expect: TypeError argument should be integer or bytes-like object, not 'str'
# expect: ValueError byte must be in range(0, 256)
# expect: True
# expect: True
# expect: TypeError startswith first arg must be bytes or a tuple of bytes, not str
# expect: bytearray(b'xx')
# expect: bytearray(b'axx')
# expect: bytearray(b'ab')
# expect: bytearray(b'XYbXYba')
# expect: bytearray(b'-a-b-')
# expect: bytearray(b'a-b-c')
# expect: TypeError sequence item 1: expected a bytes-like object, str found
# expect: '01abff'
# expect: '01:0203:0405'
# expect: '0102-0304-05'
# expect: '010203'
# expect: ValueError sep must be length 1.
# expect: ValueError sep must be ASCII.
# expect: bytearray(b'\x01\xab\xff')
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 1
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 3
# expect: ValueError non-hexadecimal number found in fromhex() arg at position 0
# expect: TypeError fromhex() argument must be str, not bytes
# expect: ('bytes', 256, b'xyz')
# expect: bytearray(b'xxyyzz')
# expect: bytearray(b'xxzz')
# expect: bytearray(b'bb')
# expect: ValueError translation table must be 256 characters long
# expect: ValueError maketrans arguments must have same length
# expect: 'café'
# expect: 'café'
# expect: TypeError decode() argument 'encoding' must be str, not int
# expect: 'bytearray'
# expect: bytes bytearray
# expect: B BA BA(b'\x01\x02')
# expect: b'ab' bytes (b'ab',)
# expect: b"k=5 b'v' ff AB"
# expect: bytearray(b'003.1|ab  |')
# expect: TypeError %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
# expect: TypeError unsupported operand type(s) for %: 'int' and 'bytes'
# expect: NotImplemented NotImplemented
# expect: True True
