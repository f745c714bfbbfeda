# zlib: round trips at every level and wrapper, decompression of streams made by CPython's
# C zlib (Fibra's encoder is miniz_oxide: its compressed bytes differ, headers do not),
# checksums, constants and streaming objects.
import zlib

data = b"".join(b"record %d: %s\n" % (i, b"abc" * (i % 5)) for i in range(200))
print(len(data), zlib.crc32(data), zlib.adler32(data))

# Made by CPython 3.11: zlib.compress(data, 9), and gzip / raw streams.
CPY = b'x\xdau\xd7;\x8e\xdd0\x10D\xd1\xdc\xabxKP\xf1\xcf\xd9\x8d=vl\xe0\xed?0`c\xe0\xea\xee\xaaLb\xd08\x10$^\xea\xfd\xeb\xf3\xf7\xfb\xe7\xeb\xf9x}{\xff\xbb\xc4\xc7\xeb\xfb\x8f\xcf\xaf\xbb\xf6\xf7\x8e\x16\xfa\xd7\x02\xad\rZ\xa3\xe5\xf9\x7f\xe8\nCw\x1ez\xc4\xd0\xab\x87\x82\xa9\xd1\x8a\x82\x85\xd2\xc2pA^D0\x8a\x18\x8a\x0ccndn\xe9\xf9\x16sS\xe6f\xcc\x8d\xcc-\x9a[17en\xc6\xdc\xc9\xdc\xa3\xb9\xd7\x97B\x99\xbb1w2\xf7h\xee\xc5\xdc\x95\xb9\x1b\xf3 \xf3\x88\xe6Q\xccC\xbe\xc9\xc6<\xc8<\xa2y\x14\xf3P\xe6a\xcc\x93\xcc3\x9ag1Oe\x9e\xee\xf3#\xf3\x8c\xe6Y\xccS\x99\xa71/2\xafh^\xc5\xbc\x94y\x19\xf3\xe2=#\x9aW1/e^\xc6\xbc\xc9\xbc\xa3y\x17\xf3V\xe6m\xcc\x9b\xcc;mt\xc5\xbc\x95y\x1b\xf3!\xf3\x89\xe6S\xccG\x99\x8f1\x1f2\x9fh>uwV\xe6c\xcc\x97\xcc7\x9ao1_e\xbe\xc6|\xc9|\xa3\xf9\x16\xf3\x95I\xb1M\xe1\xa8<\xa9*O\xcd\xca#\xbb\xf2\xb8\xb0<\\\x96\'\xa5\xe5\xa9myd\\\x1e\xa7\x8fILz\x11E]E\x9b\xc5\xd0\xc5\x1cFQF\x9dF\xd7Fp\x1c\xd1r\xd1\xab^\xf6\x11.\x90\xe0B"%\x12\xb5\x91\x90\x91\x84\xab$8\x93H\x9dD\x17\x07\x12\xa9w\xa9\x04\xb7\x12)\x96\xa8\xb5\x84\xcc%\\/\xc1\xc1D*&j21\xf4y\xca\xe9\xb9\x9aH\xd9D\xed&d8\xe1\xca\tN\'R;Q\xe3\tYOL{\x1cd}\n(jA!\x13\n\xd7PpD\x91*\x8a\x9aQ\xc8\x8e\xc2\x85\x14+\x9cf\x93\xbe\xb6\x142\xa6p5\x05\xe7\x14\xa9\xa7\xa8A\x85,*\\R\xc1M\xc5\xce\x87\xf1\xaa\x97Y\x85\xeb*8\xacHeEM+d[\xe1\xe2\n\xae+R^q\xc4\xbf\x84\xd4\xbb\xc2\x82\x13\x8b\xd4X\xd4\xc8BV\x16.\xb3\xe0\xce"\x85\x16\xb5\xb4\xb8\xfaW(\xeb\xff\x00\xb1\xd4\x89A'
CPY_GZ = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x85\x11J\r\x0b\x00\x00\x00'
CPY_RAW = b'+J,WHIM\xcbI,IUHI,ID\x10\x00'
print(zlib.decompress(CPY) == data)
print(zlib.decompress(CPY, 47) == data, zlib.decompress(CPY, bufsize=1) == data)
print(zlib.decompress(CPY_GZ, 31), zlib.decompress(CPY_GZ, 47))
print(zlib.decompress(CPY_RAW, -15))

# Round trips: every level, zlib / gzip / raw / auto-detect.
for level in [-1, 0, 1, 2, 5, 6, 9]:
    for wbits, dwbits in [(15, 15), (31, 31), (-15, -15), (15, 47), (31, 47), (9, 15)]:
        z = zlib.compress(data, level, wbits)
        assert zlib.decompress(z, dwbits) == data, (level, wbits)
print(zlib.decompress(zlib.compress(data, level=1, wbits=31), wbits=31) == data)

# Header and trailer bytes are C zlib's.
print(zlib.compress(b""), zlib.compress(b"", 9)[:2], zlib.compress(b"", 1)[:2])
print(zlib.compress(b"", wbits=31))
print(zlib.compress(b"abc")[-4:] == zlib.adler32(b"abc").to_bytes(4, "big"))
print(zlib.compress(bytearray(b"xyz"))[:2], zlib.decompress(bytearray(zlib.compress(b"ba"))))

# Checksums: running values, start values taken modulo 2**32.
print(zlib.crc32(b"hello"), zlib.crc32(b"hello", 1), zlib.crc32(b"hello", -1), zlib.crc32(b"hello", 2**40))
print(zlib.adler32(b"hello"), zlib.adler32(b"hello", 0), zlib.adler32(b""), zlib.crc32(b""))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print(zlib.crc32(b"\xff" * 100000), zlib.adler32(b"\xff" * 100000))

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_NO_COMPRESSION, zlib.Z_FINISH,
      zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH, zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED,
      zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED)

# Streaming compression, flushes included, read back by one-shot and streaming decoders.
for wbits in [15, 31, -15]:
    c = zlib.compressobj(6, zlib.DEFLATED, wbits)
    parts = [c.compress(data[:1000]), c.flush(zlib.Z_SYNC_FLUSH), c.compress(data[1000:]),
             c.flush(zlib.Z_FULL_FLUSH), c.compress(b"tail"), c.flush(zlib.Z_NO_FLUSH), c.flush()]
    z = b"".join(parts)
    print(wbits, parts[5], zlib.decompress(z, wbits) == data + b"tail")
    d = zlib.decompressobj(wbits)
    out = b"".join(d.decompress(z[i:i + 7]) for i in range(0, len(z), 7))
    print(out == data + b"tail", d.eof, d.unused_data, d.flush())

# Decompression with a limit: output never exceeds max_length; the rest comes out later.
z = zlib.compress(data)
d = zlib.decompressobj()
chunks = []
pending = z
while not d.eof:
    chunk = d.decompress(pending, 100)
    assert len(chunk) <= 100
    chunks.append(chunk)
    pending = d.unconsumed_tail
print(b"".join(chunks) == data, d.unconsumed_tail, len(chunks) >= 37)

# Data after the end of the stream.
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"abc") + b"XYZ"), d.eof, d.unused_data)
print(d.decompress(b"more"), d.unused_data)
d = zlib.decompressobj(-15)
print(d.decompress(b"\x03\x00extra"), d.eof, d.unused_data)
print(zlib.decompress(zlib.compress(b"abc") + b"ignored"))

# Truncated input is not an error for a stream object until flush (which returns what is there).
d = zlib.decompressobj()
part = d.decompress(z[:len(z) // 2])
print(d.eof, data.startswith(part + d.flush()))
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)

# expect: 3690 267407228 2983496001
# expect: True
# expect: True True
# expect: b'hello world' b'hello world'
# expect: b'raw deflate data data data'
# expect: True
# expect: b'x\x9c\x03\x00\x00\x00\x00\x01' b'x\xda' b'x\x01'
# expect: b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x03\x00\x00\x00\x00\x00\x00\x00\x00\x00'
# expect: True
# expect: b'x\x9c' b'ba'
# expect: 907060870 191926070 265137764 907060870
# expect: 103547413 103219732 1 0
# expect: True
# expect: True
# expect: 1757859524 345649196
# expect: 15 8 8 16384 9 1 -1 0 4 2 3 0 0 1 2 3 4
# expect: 15 b'' True
# expect: True True b'' b''
# expect: 31 b'' True
# expect: True True b'' b''
# expect: -15 b'' True
# expect: True True b'' b''
# expect: True b'' True
# expect: b'abc' True b'XYZ'
# expect: b'' b'XYZmore'
# expect: b'' True b'extra'
# expect: b'abc'
# expect: False True
# expect: Compress Decompress
