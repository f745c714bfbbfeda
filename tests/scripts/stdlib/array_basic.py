# array: construction for every type code, repr, indexing, slicing (get/set/del),
# iteration, the list-like methods, bytes conversion, operators and comparisons.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A)  # expect: bBuhHiIlLqQfd True
print(A, type(A("i")).__name__, type(A("i")).__module__)  # expect: <class 'array.array'> array array
print([A(c).itemsize for c in array.typecodes])  # expect: [1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8]
print([A(c).typecode for c in array.typecodes])  # expect: ['b', 'B', 'u', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd']

# construction and repr
print(A("i"), A("i", [1, 2]), A("d", [1.5, -2]), A("u", "héllo"))  # expect: array('i') array('i', [1, 2]) array('d', [1.5, -2.0]) array('u', 'héllo')
print(A("b", b"\x01\xff"), A("B", bytearray(b"\x01\xff")), A("H", (1, 2)))  # expect: array('b', [1, -1]) array('B', [1, 255]) array('H', [1, 2])
print(A("f", [0.1, 1e40]), A("d", [float("nan"), float("-inf")]))  # expect: array('f', [0.10000000149011612, inf]) array('d', [nan, -inf])
print(A("q", range(3)), A("l", iter([7, 8])), A("h", (x * 2 for x in range(3))))  # expect: array('q', [0, 1, 2]) array('l', [7, 8]) array('h', [0, 2, 4])
print(A("i", A("h", [1, 2])), A("d", A("i", [3])), A("u", A("u", "ab")))  # expect: array('i', [1, 2]) array('d', [3.0]) array('u', 'ab')
print(A("Q", [2**64 - 1]), A("q", [-(2**63)]), A("L", [2**64 - 1]), A("I", [2**32 - 1]))  # expect: array('Q', [18446744073709551615]) array('q', [-9223372036854775808]) array('L', [18446744073709551615]) array('I', [4294967295])
print(A("i", [True, False]), A("d", [True, 3]))  # expect: array('i', [1, 0]) array('d', [1.0, 3.0])
print(str(A("B", [1])))  # expect: array('B', [1])

# indexing
a = A("i", [10, 20, 30, 40, 50])
print(len(a), a[0], a[-1], a[True], a[1:3], a[::-2], a[10:], a[-100:2])  # expect: 5 10 50 20 array('i', [20, 30]) array('i', [50, 30, 10]) array('i') array('i', [10, 20])
a[0] = -1
a[-1] = 99
print(a)  # expect: array('i', [-1, 20, 30, 40, 99])
a[1:3] = A("i", [7, 8, 9])
print(a)  # expect: array('i', [-1, 7, 8, 9, 40, 99])
a[::2] = A("i", [0, 0, 0])
print(a)  # expect: array('i', [0, 7, 0, 9, 0, 99])
a[:] = a
print(a)  # expect: array('i', [0, 7, 0, 9, 0, 99])
del a[0]
del a[-1]
print(a)  # expect: array('i', [7, 0, 9, 0])
del a[::2]
print(a)  # expect: array('i', [0, 0])
del a[5:]
del a[:]
print(a, len(a))  # expect: array('i') 0

# iteration
print(list(A("h", [3, 1, 2])), sum(A("d", [0.5, 0.25])), sorted(A("b", [3, -1, 2])))  # expect: [3, 1, 2] 0.75 [-1, 2, 3]
print([c for c in A("u", "xyz")], list(reversed(A("i", [1, 2, 3]))))  # expect: ['x', 'y', 'z'] [3, 2, 1]
print(2 in A("i", [1, 2]), 5 in A("i", [1, 2]), "x" in A("i", [1]), 1.0 in A("d", [1]))  # expect: True False False True

# list-like methods
b = A("i")
b.append(1)
b.append(2)
b.extend([3, 4])
b.extend(A("i", [5]))
b.extend(x for x in (6,))
b.insert(0, 0)
b.insert(-1, 55)
b.insert(100, 7)
b.insert(-100, -1)
print(b)  # expect: array('i', [-1, 0, 1, 2, 3, 4, 5, 55, 6, 7])
print(b.pop(), b.pop(0), b.pop(-2), b)  # expect: 7 -1 55 array('i', [0, 1, 2, 3, 4, 5, 6])
b.remove(4)
print(b, b.index(3), b.index(3, 2), b.index(5, -3, 10), b.count(3), b.count(9))  # expect: array('i', [0, 1, 2, 3, 5, 6]) 3 3 4 1 0
b.reverse()
print(b, b.tolist())  # expect: array('i', [6, 5, 3, 2, 1, 0]) [6, 5, 3, 2, 1, 0]
b.fromlist([10, 11])
print(b)  # expect: array('i', [6, 5, 3, 2, 1, 0, 10, 11])
c = A("u", "ab")
c.fromunicode("cd")
print(c, c.tounicode(), c.count("c"), c.index("d"))  # expect: array('u', 'abcd') abcd 1 3

# bytes
h = A("h", [1, -2, 256])
print(h.tobytes(), bytes(h), bytearray(A("B", [65, 66])))  # expect: b'\x01\x00\xfe\xff\x00\x01' b'\x01\x00\xfe\xff\x00\x01' bytearray(b'AB')
h.frombytes(b"\x05\x00")
h.frombytes(A("B", [6, 0]))
print(h)  # expect: array('h', [1, -2, 256, 5, 6])
h.byteswap()
print(h)  # expect: array('h', [256, -257, 1, 1280, 1536])
h.byteswap()
print(h, A("B", [1, 2]).tobytes(), A("d", [1.0]).tobytes())  # expect: array('h', [1, -2, 256, 5, 6]) b'\x01\x02' b'\x00\x00\x00\x00\x00\x00\xf0?'
e = A("I", [1, 2])
print(e.buffer_info()[1], type(e.buffer_info()[0]).__name__)  # expect: 2 int

# operators
x = A("i", [1, 2])
y = A("i", [3])
print(x + y, x * 2, 3 * y, x * 0, x * -1, y)  # expect: array('i', [1, 2, 3]) array('i', [1, 2, 1, 2]) array('i', [3, 3, 3]) array('i') array('i') array('i', [3])
x += y
x += x
print(x)  # expect: array('i', [1, 2, 3, 1, 2, 3])
x *= 2
print(x, len(x))  # expect: array('i', [1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3]) 12
x *= 0
print(x)  # expect: array('i')

# comparisons
p, q = A("i", [1, 2, 3]), A("i", [1, 2, 4])
print(p == p, p == A("i", [1, 2, 3]), p != q, p < q, p <= q, p > q, q >= p)  # expect: True True True True True False True
print(A("i", [1, 2]) < A("i", [1, 2, 0]), A("i", [1]) == A("d", [1.0]), A("i", [1]) < A("d", [1.5]))  # expect: True True True
print(A("d", [float("nan")]) == A("d", [float("nan")]), A("i") == A("d"), A("u", "ab") < A("u", "b"))  # expect: False True True
print(p == [1, 2, 3], p != (1, 2, 3))  # expect: False True

# subclasses
class Vec(A):
    def total(self):
        return sum(self)

v = Vec("d", [1.5, 2.5])
print(v, v.total(), isinstance(v, A), type(v[:]).__name__, type(v + v).__name__)  # expect: Vec('d', [1.5, 2.5]) 4.0 True array array

# copy
import copy
w = A("i", [1, 2])
w2 = copy.copy(w)
w3 = copy.deepcopy(w)
w.append(3)
print(w, w2, w3)  # expect: array('i', [1, 2, 3]) array('i', [1, 2]) array('i', [1, 2])
