# gzip: one-shot compress/decompress (headers as CPython writes them), GzipFile and
# gzip.open for reading and writing in binary and text modes, multi-member files, seek,
# files written by CPython, and BadGzipFile/EOFError for damaged input.
import gzip
import io
import os
import tempfile
import zlib

data = b"".join(b"line %d: %s\n" % (i, b"xyz" * (i % 4)) for i in range(500))

# Header bytes: magic, method, flags, mtime, xfl (from the level), OS 255.
print(gzip.compress(b"", mtime=1234567890)[:10])  # expect: b'\x1f\x8b\x08\x00\xd2\x02\x96I\x02\xff'
print(gzip.compress(b"", 1, mtime=0)[:10], gzip.compress(b"", 6, mtime=5)[:10])  # expect: b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x04\x03' b'\x1f\x8b\x08\x00\x05\x00\x00\x00\x00\xff'
print(gzip.decompress(gzip.compress(data)) == data, gzip.decompress(gzip.compress(data, 0)) == data)  # expect: True True
z = gzip.compress(data, mtime=7)
print(z[-8:] == zlib.crc32(data).to_bytes(4, "little") + len(data).to_bytes(4, "little"))  # expect: True

# Made by CPython: gzip.compress(b'hello gzip world', mtime=0), and two members.
CPY = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcbH\xcd\xc9\xc9WH\xaf\xca,P(\xcf/\xcaI\x01\x00k}\xe8\xb7\x10\x00\x00\x00'
CPY2 = (b'\x1f\x8b\x08\x00\x00\xf1Se\x02\xff\xcbM\xcdMJ-R\xc8\xcfK\xe5\x02\x00\xdd\xf3\x1d\x7f\x0b\x00\x00\x00'
        b'\x1f\x8b\x08\x00\x01\xf1Se\x04\xff\xcbM\xcdMJ-R()\xcf\xe7\x02\x006S\x1d\x11\x0b\x00\x00\x00')
print(gzip.decompress(CPY), gzip.decompress(CPY2), gzip.decompress(CPY2 + b"\0\0\0"))  # expect: b'hello gzip world' b'member one\nmember two\n' b'member one\nmember two\n'
f = gzip.GzipFile(fileobj=io.BytesIO(CPY2))
print(f.read(3), f.mtime, f.readline(), f.readlines(), f.mtime)  # expect: b'mem' 1700000000 b'ber one\n' [b'member two\n'] 1700000001

# Errors.
for bad in [b"not gzip", CPY[:-1], CPY[:20], CPY[:-8] + b"\0\0\0\0" + CPY[-4:],
            CPY[:-4] + b"\0\0\0\0", b"\x1f\x8b\x07" + CPY[3:]]:
    for reader in [gzip.decompress, lambda b: gzip.GzipFile(fileobj=io.BytesIO(b)).read()]:
        try:
            reader(bad)
            print("no error")
        except (gzip.BadGzipFile, EOFError) as e:
            print(type(e).__name__, e)  # expect: BadGzipFile Not a gzipped file (b'no')
            # expect: BadGzipFile Not a gzipped file (b'no')
            # expect: EOFError Compressed file ended before the end-of-stream marker was reached
            # expect: EOFError Compressed file ended before the end-of-stream marker was reached
            # expect: EOFError Compressed file ended before the end-of-stream marker was reached
            # expect: EOFError Compressed file ended before the end-of-stream marker was reached
            # expect: BadGzipFile CRC check failed
            # expect: BadGzipFile CRC check failed 0x0 != 0xb7e87d6b
            # expect: BadGzipFile Incorrect length of data produced
            # expect: BadGzipFile Incorrect length of data produced
            # expect: BadGzipFile Unknown compression method
            # expect: BadGzipFile Unknown compression method
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE)  # expect: True 1 2

# In memory: write, then read back in pieces, by line, with seek/tell.
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
    print(g.write(data[:1000]), g.write(bytearray(data[1000:])), g.tell(), g.mode, g.writable())  # expect: 1000 6640 7640 2 True
print(g.closed, buf.getvalue()[:10])  # expect: True b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff'
r = gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue()))
print(r.read(10), r.tell(), r.readline(), r.read1(5), r.peek(3)[:3], r.readable())  # expect: b'line 0: \nl' 10 b'ine 1: xyz\n' b'line ' b'2: ' True
r.seek(0)
print(r.read() == data, r.read(), r.tell())  # expect: True b'' 7640
r.seek(-5, 2)
print(r.read(), r.seek(100), r.read(8))  # expect: b'zxyz\n' 100 b'zxyzxyz\n'
r.rewind()
print(len(list(r)), r.read())  # expect: 500 b''
r.close()
try:
    r.read()
except ValueError as e:
    print(e)  # expect: I/O operation on closed file

# Files: gzip.open in every mode, the filename in the header, appending a member.
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "sample.txt.gz")
    with gzip.open(p, "wb") as g:
        g.write(data)
    with open(p, "rb") as raw:
        head = raw.read(30)
    print(head[:4], head[10:21])  # expect: b'\x1f\x8b\x08\x08' b'sample.txt\x00'
    with gzip.open(p) as g:
        print(g.read() == data, g.name == p)  # expect: True True
    with gzip.open(p, "ab") as g:
        g.write(b"appended\n")
    with gzip.open(p, "rb") as g:
        print(g.read()[-18:])  # expect: b'yzxyzxyz\nappended\n'
    with gzip.open(p, "wt", encoding="utf-8") as t:
        print(t.write("h\u00e9llo\n"), t.write("w\u00f6rld\nlast"))  # expect: 6 10
    with gzip.open(p, "rt", encoding="utf-8") as t:
        print(t.readline(), t.readlines())  # expect: héllo
        # expect:  ['wörld\n', 'last']
    with gzip.open(p, "rt", newline="") as t:
        print(repr(t.read()))  # expect: 'héllo\nwörld\nlast'
    with gzip.GzipFile(p, "w", compresslevel=1) as g:
        g.write(b"level one")
    print(gzip.decompress(open(p, "rb").read()))  # expect: b'level one'
    with open(p, "wb") as raw:
        with gzip.open(raw, "wb") as g:
            g.write(b"through a file object")
    print(gzip.open(p).read())  # expect: b'through a file object'
    try:
        gzip.open(p, "xb")
    except FileExistsError as e:
        print("FileExistsError", e.errno)  # expect: FileExistsError 17

for args, kw in [((io.BytesIO(), "rbt"), {}), ((io.BytesIO(), "rb"), {"encoding": "utf-8"}),
                 ((123,), {}), ((io.BytesIO(),), {"mode": "z"})]:
    try:
        gzip.open(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)  # expect: ValueError Invalid mode: 'rbt'
        # expect: ValueError Argument 'encoding' not supported in binary mode
        # expect: TypeError filename must be a str or bytes object, or a file
        # expect: ValueError Invalid mode: 'zb'
w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
try:
    w.read()
except OSError as e:
    print(e.errno, e.strerror)  # expect: 9 read() on write-only GzipFile object
r = gzip.GzipFile(fileobj=io.BytesIO(CPY))
try:
    r.write(b"x")
except OSError as e:
    print(e.errno, e.strerror)  # expect: 9 write() on read-only GzipFile object
