# bytes % args: printf-style formatting for bytes and bytearray.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(b"%s and %s" % (b"spam", bytearray(b"eggs")))  # expect: b'spam and eggs'
print(b"%b|%5s|%-5s|%.2s" % (b"x", b"ab", b"cd", b"xyz"))  # expect: b'x|   ab|cd   |xy'
print(b"%d %i %5d %-5d| %05d %+d % d" % (42, -7, 3, 4, -12, 5, 6))  # expect: b'42 -7     3 4    | -0012 +5  6'
print(b"%x %X %#x %#o %o %08.3f" % (255, 255, 255, 8, 8, 3.14159))  # expect: b'ff FF 0xff 0o10 10 0003.142'
print(b"%e %g %.1f %%" % (12345.678, 0.0001, 2.25))  # expect: b'1.234568e+04 0.0001 2.2 %'
print(b"%c%c%c" % (72, b"i", bytearray(b"!")))  # expect: b'Hi!'
print(b"%r %a" % ("é", [1, b"x"]))  # expect: b"'\\xe9' [1, b'x']"
print(b"%(name)s is %(age)d" % {b"name": b"Bob", b"age": 30})  # expect: b'Bob is 30'
print(b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))  # expect: b'    1|2   |3.14'
print(b"%d" % 2**70, b"%s" % b"mv")  # expect: b'1180591620717411303424' b'mv'
print(bytearray(b"<%s>") % b"ba", type(bytearray(b"%d") % 1).__name__)  # expect: bytearray(b'<ba>') bytearray
print(b"\xff%s\x00" % b"\x80")  # expect: b'\xff\x80\x00'
show(lambda: b"%s" % "text")  # expect: TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
show(lambda: b"%s" % 5)  # expect: TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'
show(lambda: b"%s %s" % (b"x",))  # expect: TypeError: not enough arguments for format string
show(lambda: b"%s" % (b"x", b"y"))  # expect: TypeError: not all arguments converted during bytes formatting
show(lambda: b"%c" % 256)  # expect: OverflowError: %c arg not in range(256)
show(lambda: b"%c" % b"ab")  # expect: TypeError: %c requires an integer in range(256) or a single byte
show(lambda: b"%y" % 1)  # expect: ValueError: unsupported format character 'y' (0x79) at index 1
show(lambda: b"%d" % "x")  # expect: TypeError: %d format: a real number is required, not str
show(lambda: b"%x" % 1.5)  # expect: TypeError: %x format: an integer is required, not float


class B:
    def __bytes__(self):
        return b"<B>"


print(b"[%s]" % B())  # expect: b'[<B>]'
