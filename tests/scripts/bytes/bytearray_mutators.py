# bytearray mutators: append/extend/insert/pop/remove/reverse/clear/copy, slice
# assignment and deletion with steps, += and *=, and their errors.
def show(f):
    try:
        r = f()
        print(repr(r) if r is not None else "ok", ba)
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b"abc")
show(lambda: ba.append(100))  # expect: ok bytearray(b'abcd')
show(lambda: ba.append(256))  # expect: ValueError byte must be in range(0, 256)
show(lambda: ba.append(b"e"))  # expect: TypeError 'bytes' object cannot be interpreted as an integer
show(lambda: ba.extend(b"ef"))  # expect: ok bytearray(b'abcdef')
show(lambda: ba.extend([103, 104]))  # expect: ok bytearray(b'abcdefgh')
show(lambda: ba.extend(x for x in (105,)))  # expect: ok bytearray(b'abcdefghi')
show(lambda: ba.extend(memoryview(b"j")))  # expect: ok bytearray(b'abcdefghij')
show(lambda: ba.extend("k"))  # expect: TypeError 'str' object cannot be interpreted as an integer
show(lambda: ba.extend(5))  # expect: TypeError can't extend bytearray with int
show(lambda: ba.extend([1, 300]))  # expect: ValueError byte must be in range(0, 256)
show(lambda: ba.insert(0, 65))  # expect: ok bytearray(b'Aabcdefghij')
show(lambda: ba.insert(-1, 66))  # expect: ok bytearray(b'AabcdefghiBj')
show(lambda: ba.insert(100, 67))  # expect: ok bytearray(b'AabcdefghiBjC')
show(lambda: ba.pop())  # expect: 67 bytearray(b'AabcdefghiBj')
show(lambda: ba.pop(0))  # expect: 65 bytearray(b'abcdefghiBj')
show(lambda: ba.pop(-2))  # expect: 66 bytearray(b'abcdefghij')
show(lambda: ba.pop(50))  # expect: IndexError pop index out of range
show(lambda: ba.remove(98))  # expect: ok bytearray(b'acdefghij')
show(lambda: ba.remove(122))  # expect: ValueError value not found in bytearray
show(lambda: ba.reverse())  # expect: ok bytearray(b'jihgfedca')
show(lambda: ba.copy() == ba and ba.copy() is not ba)  # expect: True bytearray(b'jihgfedca')
ba = bytearray(range(10))
def assign(k, v):
    ba[k] = v
def delete(k):
    del ba[k]
show(lambda: assign(slice(1, 3), b"XYZW"))  # expect: ok bytearray(b'\x00XYZW\x03\x04\x05\x06\x07\x08\t')
show(lambda: assign(slice(None, None, 3), b"\x01\x02\x03\x04"))  # expect: ok bytearray(b'\x01XY\x02W\x03\x03\x05\x06\x04\x08\t')
show(lambda: assign(slice(None, None, 3), b"\x01"))  # expect: ValueError attempt to assign bytes of size 1 to extended slice of size 4
show(lambda: assign(slice(None, None, -4), [7, 8, 9]))  # expect: ok bytearray(b'\x01XY\tW\x03\x03\x08\x06\x04\x08\x07')
show(lambda: assign(slice(8, 2, -2), bytearray(b"abc")))  # expect: ok bytearray(b'\x01XY\tc\x03b\x08a\x04\x08\x07')
show(lambda: assign(slice(2, 4), []))  # expect: ok bytearray(b'\x01Xc\x03b\x08a\x04\x08\x07')
show(lambda: assign(slice(0, 0), memoryview(b"++")))  # expect: ok bytearray(b'++\x01Xc\x03b\x08a\x04\x08\x07')
show(lambda: assign(slice(0, 2), 5))  # expect: TypeError can assign only bytes, buffers, or iterables of ints in range(0, 256)
show(lambda: assign(slice(0, 2), "ab"))  # expect: TypeError can assign only bytes, buffers, or iterables of ints in range(0, 256)
show(lambda: assign(slice(0, 2), [1, 256]))  # expect: ValueError byte must be in range(0, 256)
show(lambda: assign(0, 300))  # expect: ValueError byte must be in range(0, 256)
show(lambda: assign(-1, 33))  # expect: ok bytearray(b'++\x01Xc\x03b\x08a\x04\x08!')
show(lambda: assign(99, 1))  # expect: IndexError bytearray index out of range
show(lambda: assign("x", 1))  # expect: TypeError bytearray indices must be integers or slices, not str
show(lambda: delete(slice(None, None, 2)))  # expect: ok bytearray(b'+X\x03\x08\x04!')
show(lambda: delete(slice(None, None, -3)))  # expect: ok bytearray(b'+X\x08\x04')
show(lambda: delete(slice(1, 2)))  # expect: ok bytearray(b'+\x08\x04')
show(lambda: delete(-1))  # expect: ok bytearray(b'+\x08')
show(lambda: delete(40))  # expect: IndexError bytearray index out of range
show(lambda: assign(slice(None), ba))  # expect: ok bytearray(b'+\x08')
ba = bytearray(b"ab")
ba += b"cd"
ba += memoryview(b"e")
ba *= 2
print(ba)  # expect: bytearray(b'abcdeabcde')
ba *= 0
print(ba, len(ba))  # expect: bytearray(b'') 0
ba = bytearray(b"xy")
ba2 = ba
ba2 += b"z"
print(ba is ba2, ba)  # expect: True bytearray(b'xyz')
try:
    ba += "s"
except TypeError as e:
    print("TypeError", e)  # expect: TypeError can't concat str to bytearray
show(lambda: ba.clear())  # expect: ok bytearray(b'')
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"q") * 3, 2 * bytearray(b"p"))  # expect: bytearray(b'\x00\x00\x00') bytearray(b'\x01\x02') bytearray(b'\xc3\xa9') bytearray(b'qqq') bytearray(b'pp')
