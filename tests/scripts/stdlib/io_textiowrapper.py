# io.TextIOWrapper over a binary stream: decoding across chunk boundaries, the newline
# modes (translation on read and write), readline limits, errors, closing and detaching.
import io

t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"))
print(repr(t), t.encoding, t.errors, t.newlines)  # expect: <_io.TextIOWrapper encoding='UTF-8'> UTF-8 strict None
print(t.readlines(), t.newlines)  # expect: ['a\n', 'b\n', 'c\n', 'd'] ('\r', '\n', '\r\n')
for nl in ["", "\r", "\r\n", "\n"]:
    print(repr(nl), io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), newline=nl).readlines())  # expect: '' ['a\r\n', 'b\r', 'c\n', 'd']
    # expect: '\r' ['a\r', '\nb\r', 'c\nd']
    # expect: '\r\n' ['a\r\n', 'b\rc\nd']
    # expect: '\n' ['a\r\n', 'b\rc\n', 'd']

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
print(t.write("h\u00e9llo\nw\u00f6rld\n"), t.tell())  # expect: 12 16
t.flush()
print(b.getvalue())  # expect: b'h\xc3\xa9llo\r\nw\xc3\xb6rld\r\n'
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="latin-1")
t.write("caf\u00e9\n")
t.flush()
print(b.getvalue(), t.encoding)  # expect: b'caf\xe9\n' latin-1

# Multi-byte characters and "\r\n" pairs split across the 8 KiB reads.
data = ("\u00fcn\u00efc\u00f6d\u00e9 line %d\r\n" % 5) * 3000
lines = list(io.TextIOWrapper(io.BytesIO(data.encode())))
print(len(lines), lines[0], repr(lines[-1]), all(x == lines[0] for x in lines))  # expect: 3000 ünïcödé line 5
# expect:  'ünïcödé line 5\n' True
r = io.TextIOWrapper(io.BytesIO(data.encode()))
x = r.read(5)
y = r.read(100000)
print(repr(x), len(y), repr(r.read()), repr(r.readline()))  # expect: 'ünïcö' 44995 '' ''
r.seek(0)
print(repr(r.readline(3)), repr(r.readline()), repr(r.read(3)))  # expect: 'ünï' 'cödé line 5\n' 'ünï'
r = io.TextIOWrapper(io.BytesIO(b"one\ntwo\nthree"))
print([line for line in r])  # expect: ['one\n', 'two\n', 'three']

print(io.TextIOWrapper(io.BytesIO(b"\xff abc"), errors="replace").read())  # expect: � abc
for f in [lambda: io.TextIOWrapper(io.BytesIO(b"\xff abc")).read(),
          lambda: io.TextIOWrapper(io.BytesIO(), newline="x"),
          lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope"),
          lambda: io.TextIOWrapper(io.BytesIO()).write(b"x")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)  # expect: UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
        # expect: ValueError illegal newline value: x
        # expect: LookupError unknown encoding: nope
        # expect: TypeError write() argument must be str, not bytes

t = io.TextIOWrapper(io.BytesIO(b"abc"))
print(t.closed, t.readable(), t.writable(), t.seekable())  # expect: False True True True
with t:
    print(t.read(2))  # expect: ab
print(t.closed)  # expect: True
for f in [lambda: t.write("x"), lambda: t.read()]:
    try:
        f()
    except ValueError as e:
        print(e)  # expect: I/O operation on closed file.
        # expect: I/O operation on closed file.
b = io.BytesIO(b"xyz")
t = io.TextIOWrapper(b)
print(t.detach() is b, t.buffer if False else "detached")  # expect: True detached
try:
    t.read()
except ValueError as e:
    print(e)  # expect: underlying buffer has been detached
print(io.text_encoding("latin-1"), io.DEFAULT_BUFFER_SIZE)  # expect: latin-1 8192
