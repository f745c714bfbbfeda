# bytearray: construction, the mutable sequence protocol, operators, and the methods
# shared with bytes (which return bytearrays).


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# Constructors
print(bytearray(), bytearray(3), bytearray(b"abc"))  # expect: bytearray(b'') bytearray(b'\x00\x00\x00') bytearray(b'abc')
print(bytearray("héllo", "utf-8"), bytearray([104, 105]), bytearray(range(65, 68)))  # expect: bytearray(b'h\xc3\xa9llo') bytearray(b'hi') bytearray(b'ABC')
print(bytearray(bytearray(b"xy")), bytearray.fromhex("41 42"))  # expect: bytearray(b'xy') bytearray(b'AB')
show(lambda: bytearray("abc"))  # expect: TypeError: string argument without an encoding
show(lambda: bytearray(-1))  # expect: ValueError: negative count
show(lambda: bytearray([256]))  # expect: ValueError: byte must be in range(0, 256)
show(lambda: bytearray(3.0))  # expect: TypeError: cannot convert 'float' object to bytearray
print(repr(bytearray(b"it's")), repr(bytearray(b'say "hi"')))  # expect: bytearray(b"it\'s") bytearray(b'say "hi"')
print(str(bytearray(b"\x00\n")))  # expect: bytearray(b'\x00\n')

# Indexing, slicing, item and slice assignment, del
ba = bytearray(b"hello world")
print(len(ba), ba[0], ba[-1], ba[1:5], ba[::-2])  # expect: 11 104 100 bytearray(b'ello') bytearray(b'drwolh')
ba[0] = 72
ba[-5:] = b"there"
print(ba)  # expect: bytearray(b'Hello there')
ba[5:6] = [44, 32]
print(ba)  # expect: bytearray(b'Hello, there')
ba[::2] = b"ABCDEF"
print(ba)  # expect: bytearray(b'AeBlC,DtEeFe')
del ba[0]
del ba[-3:]
del ba[::3]
print(ba)  # expect: bytearray(b'Bl,DE')
ba[1:1] = bytearray(b"++")
print(ba)  # expect: bytearray(b'B++l,DE')
ba[:] = b""
print(ba, len(ba))  # expect: bytearray(b'') 0
show(lambda: bytearray(b"abc")[5])  # expect: IndexError: bytearray index out of range
show(lambda: bytearray(b"abc")["x"])  # expect: TypeError: bytearray indices must be integers or slices, not str


def setitem(i, v):
    b = bytearray(b"abc")
    b[i] = v
    return b


show(lambda: setitem(1, 256))  # expect: ValueError: byte must be in range(0, 256)
show(lambda: setitem(1, "a"))  # expect: TypeError: 'str' object cannot be interpreted as an integer
show(lambda: setitem(9, 1))  # expect: IndexError: bytearray index out of range
show(lambda: setitem(slice(0, 1), "a"))  # expect: TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
show(lambda: setitem(slice(0, 1), 5))  # expect: TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)
show(lambda: setitem(slice(None, None, 2), b"x"))  # expect: ValueError: attempt to assign bytes of size 1 to extended slice of size 2

# Mutating methods
b = bytearray(b"abc")
b.append(100)
b.extend(b"ef")
b.extend([103, 104])
b.extend(x for x in (105,))
b.insert(0, 64)
b.insert(-1, 35)
b.insert(100, 33)
print(b)  # expect: bytearray(b'@abcdefgh#i!')
print(b.pop(), b.pop(0), b.pop(-2), b)  # expect: 33 64 35 bytearray(b'abcdefghi')
b.remove(ord("c"))
b.reverse()
print(b)  # expect: bytearray(b'ihgfedba')
c = b.copy()
b.clear()
print(b, c, type(c).__name__)  # expect: bytearray(b'') bytearray(b'ihgfedba') bytearray
show(lambda: bytearray().pop())  # expect: IndexError: pop from empty bytearray
show(lambda: bytearray(b"a").pop(5))  # expect: IndexError: pop index out of range
show(lambda: bytearray(b"a").remove(9))  # expect: ValueError: value not found in bytearray
show(lambda: bytearray(b"a").append(256))  # expect: ValueError: byte must be in range(0, 256)
show(lambda: bytearray(b"a").extend(5))  # expect: TypeError: can't extend bytearray with int

# Operators
x = bytearray(b"ab")
y = x
x += b"cd"
x += bytearray(b"!")
print(x, y is x)  # expect: bytearray(b'abcd!') True
x *= 2
print(x, y is x)  # expect: bytearray(b'abcd!abcd!') True
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") * 3, 2 * bytearray(b"z"))  # expect: bytearray(b'abcd') b'abcd' bytearray(b'ababab') bytearray(b'zz')
show(lambda: bytearray(b"a") + "x")  # expect: TypeError: can't concat str to bytearray
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") != bytearray(b"a"))  # expect: True True False
print(bytearray(b"abc") < b"abd", b"b" > bytearray(b"a"), bytearray(b"a") <= bytearray(b"a"))  # expect: True True True
print(bytearray(b"a") == "a", (b"x", bytearray(b"y")) == (bytearray(b"x"), b"y"))  # expect: False True
print(98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), bytearray(b"z") in b"xyz")  # expect: True True True
show(lambda: "a" in bytearray(b"abc"))  # expect: TypeError: a bytes-like object is required, not 'str'
print(list(bytearray(b"hi")), [c for c in bytearray(b"\x00\xff")])  # expect: [104, 105] [0, 255]
print(bool(bytearray()), bool(bytearray(b"\x00")))  # expect: False True
show(lambda: hash(bytearray(b"x")))  # expect: TypeError: unhashable type: 'bytearray'
show(lambda: {bytearray(b"x"): 1})  # expect: TypeError: unhashable type: 'bytearray'

# Methods shared with bytes
s = bytearray(b" Hello, World ")
print(s.strip(), s.lstrip(), s.rstrip(b" d"), s.upper(), s.lower())  # expect: bytearray(b'Hello, World') bytearray(b'Hello, World ') bytearray(b' Hello, Worl') bytearray(b' HELLO, WORLD ') bytearray(b' hello, world ')
print(s.find(b"o"), s.rfind(b"o"), s.index(b"W"), s.count(b"l"), s.find(bytearray(b"zz")))  # expect: 5 9 8 3 -1
print(s.startswith(b" He"), s.endswith((b"x", b"d ")), s.replace(b"l", b"L", 2))  # expect: True True bytearray(b' HeLLo, World ')
print(bytearray(b"a,b,,c").split(b","), bytearray(b" a  b ").split())  # expect: [bytearray(b'a'), bytearray(b'b'), bytearray(b''), bytearray(b'c')] [bytearray(b'a'), bytearray(b'b')]
print(bytearray(b"-").join([b"a", bytearray(b"b")]), b"-".join([bytearray(b"x"), b"y"]))  # expect: bytearray(b'a-b') b'x-y'
print(bytearray(b"caf\xc3\xa9").decode(), bytearray(b"\x01\xab").hex(), bytearray(b"12").isdigit())  # expect: café 01ab True

# bytes() and str() of a bytearray, and friends
print(bytes(bytearray(b"xy")), str(bytearray(b"ok"), "ascii"), ord(bytearray(b"A")))  # expect: b'xy' ok 65
print(type(bytearray(b"ab")[0]).__name__, type(bytearray(b"ab")[:1]).__name__)  # expect: int bytearray
print(isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes))  # expect: True False


class Buf(bytearray):
    pass


print(repr(Buf(b"q")), len(Buf(b"qq")), isinstance(Buf(), bytearray))  # expect: Buf(b'q') 2 True
