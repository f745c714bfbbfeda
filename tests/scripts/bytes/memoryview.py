# memoryview over bytes, bytearray and array.array: zero-copy views, writes through,
# export counting (BufferError on resize), release and the context manager.
import array

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m.nbytes, m.readonly, m.format, m.itemsize, m.ndim)  # expect: 6 97 102 6 True B 1 1
print(m.shape, m.strides, m.suboffsets, m.c_contiguous, m.contiguous, m.obj)  # expect: (6,) (1,) () True True b'abcdef'
print(m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), bytes(m[4:]))  # expect: b'bcd' [97, 99, 101] b'fedcba' b'ef'
print(m[::-2].strides, m[::2].contiguous, m[5:1].tobytes(), list(m[:3]))  # expect: (-2,) False b'' [97, 98, 99]
print(m.hex(), m.hex(":"), m[1:5].hex("-", 2), m.tobytes(order="C"))  # expect: 616263646566 61:62:63:64:65:66 6263-6465 b'abcdef'
print(m == b"abcdef", m[:2] == bytearray(b"ab"), m == m, m != b"x", m == "abcdef")  # expect: True True True True False
print(hash(m) == hash(b"abcdef"), m.toreadonly().readonly)  # expect: True True
show(lambda: m[6])  # expect: IndexError index out of bounds on dimension 1
show(lambda: m[-7])  # expect: IndexError index out of bounds on dimension 1
show(lambda: m["a"])  # expect: TypeError memoryview: invalid slice key
show(lambda: m.__setitem__(0, 1))  # expect: TypeError cannot modify read-only memory
show(lambda: m.__delitem__(0))  # expect: TypeError cannot modify read-only memory
show(lambda: memoryview("abc"))  # expect: TypeError memoryview: a bytes-like object is required, not 'str'
show(lambda: memoryview(1))  # expect: TypeError memoryview: a bytes-like object is required, not 'int'

ba = bytearray(b"hello world")
v = memoryview(ba)
print(v.readonly, v.obj is ba)  # expect: False True
v[0] = ord("H")
v[6:11] = b"WORLD"
print(ba)  # expect: bytearray(b'Hello WORLD')
w = v[6:]          # a slice is a view: writes reach the bytearray
w[0] = 119
w[1:3] = bytearray(b"OR")
print(ba, w.tobytes())  # expect: bytearray(b'Hello wORLD') b'wORLD'
s = v[::2]
s[:] = b"xxxxxx"
print(ba)  # expect: bytearray(b'xexlx xOxLx')
show(lambda: v.__setitem__(0, 256))  # expect: ValueError memoryview: invalid value for format 'B'
show(lambda: v.__setitem__(0, b"a"))  # expect: TypeError memoryview: invalid type for format 'B'
show(lambda: v.__setitem__(slice(0, 2), b"abc"))  # expect: ValueError memoryview assignment: lvalue and rvalue have different structures
show(lambda: hash(v))  # expect: ValueError cannot hash writable memoryview object
ba[0:2] = b"AB"     # same size: allowed while exported
print(ba)  # expect: bytearray(b'ABxlx xOxLx')
for op in (lambda: ba.append(1), lambda: ba.extend(b"z"), lambda: ba.pop(),
           lambda: ba.clear(), lambda: ba.insert(0, 1), lambda: ba.remove(65),
           lambda: ba.__delitem__(0), lambda: ba.__setitem__(slice(0, 2), b"x")):
    show(op)  # expect: BufferError Existing exports of data: object cannot be re-sized
    # expect: BufferError Existing exports of data: object cannot be re-sized
    # expect: BufferError Existing exports of data: object cannot be re-sized
    # expect: BufferError Existing exports of data: object cannot be re-sized
    # expect: BufferError Existing exports of data: object cannot be re-sized
    # expect: BufferError Existing exports of data: object cannot be re-sized
    # expect: BufferError Existing exports of data: object cannot be re-sized
    # expect: BufferError Existing exports of data: object cannot be re-sized
def iadd():
    global ba
    ba += b"!"
show(iadd)  # expect: BufferError Existing exports of data: object cannot be re-sized
v.release(); s.release(); w.release()
print(repr(v).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))  # expect: True True
show(lambda: v[0])  # expect: ValueError operation forbidden on released memoryview object
show(lambda: len(v))  # expect: ValueError operation forbidden on released memoryview object
show(lambda: v.tobytes())  # expect: ValueError operation forbidden on released memoryview object
v.release()   # again: no error
ba.append(33)
print(ba)  # expect: bytearray(b'ABxlx xOxLx!')

with memoryview(ba) as mv:
    show(lambda: ba.append(1))  # expect: BufferError Existing exports of data: object cannot be re-sized
    print(mv[-1], mv.tobytes()[:5])  # expect: 33 b'ABxlx'
ba.append(46)
print(ba[-2:])  # expect: bytearray(b'!.')
# a view that is freed gives its export back too
mv2 = memoryview(ba)
del mv2
ba.append(47)
print(len(ba))  # expect: 14

# cast
c = memoryview(bytearray(b"\x01\x00\x02\x00\xff\xff\x00\x80"))
h = c.cast("H")
print(h.format, h.itemsize, len(h), h.tolist(), h.nbytes)  # expect: H 2 4 [1, 2, 65535, 32768] 8
print(c.cast("b").tolist(), c.cast("c")[:2].tolist(), c.cast("@B")[7])  # expect: [1, 0, 2, 0, -1, -1, 0, -128] [b'\x01', b'\x00'] 128
h[0] = 258
print(c[:2].tolist(), c.cast("i").tolist(), c.cast("q").tolist())  # expect: [2, 1] [131330, -2147418113] [-9223090566172901118]
show(lambda: h.cast("i"))  # expect: TypeError memoryview: cannot cast between two non-byte formats
show(lambda: c[::2].cast("B"))  # expect: TypeError memoryview: casts are restricted to C-contiguous views
show(lambda: c[:3].cast("H"))  # expect: TypeError memoryview: length is not a multiple of itemsize
show(lambda: c.cast("x"))  # expect: ValueError memoryview: destination format must be a native single character format prefixed with an optional '@'
show(lambda: c.cast("H", [4]).tolist())  # expect: [258, 2, 65535, 32768]
show(lambda: h.__setitem__(0, -1))  # expect: ValueError memoryview: invalid value for format 'H'
show(lambda: h.__setitem__(0, 1.5))  # expect: TypeError memoryview: invalid type for format 'H'
d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5
d[1] = 2
print(d.tolist())  # expect: [1.5, 2.0]

# array.array exports its items
a = array.array("i", [1, -2, 3])
am = memoryview(a)
print(am.format, am.itemsize, len(am), am.nbytes, am.tolist(), am[1], am[::-1].tolist())  # expect: i 4 3 12 [1, -2, 3] -2 [3, -2, 1]
am[0] = 100
print(a, am.cast("B")[:4].tolist() == list((100).to_bytes(4, "little")))  # expect: array('i', [100, -2, 3]) True
show(lambda: a.append(4))  # expect: BufferError cannot resize an array that is exporting buffers
am.release()
a.append(4)
print(a, bytes(memoryview(array.array("B", [1, 2]))))  # expect: array('i', [100, -2, 3, 4]) b'\x01\x02'

# bytes-like everywhere
print(bytes(memoryview(b"xyz")[1:]), bytearray(memoryview(b"ab")), b"a" + memoryview(b"b"))  # expect: b'yz' bytearray(b'ab') b'ab'
print(b"abc".find(memoryview(b"c")), b"-".join([memoryview(b"q")]), memoryview(memoryview(b"ab")).tobytes())  # expect: 2 b'q' b'ab'
print(type(memoryview).__name__, isinstance(m, memoryview), memoryview.__name__)  # expect: type True memoryview
