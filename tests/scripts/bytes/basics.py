b = b"hello"
print(b, len(b), b[0], b[-1])  # expect: b'hello' 5 104 111
print(b[1:3], b[::-1], b[::2])  # expect: b'el' b'olleh' b'hlo'
print(b.decode(), type(b).__name__)  # expect: hello bytes
print(b"\x00\xff\n", b"it's", b'say "x"')  # expect: b'\x00\xff\n' b"it's" b'say "x"'
print(list(b"abc"))  # expect: [97, 98, 99]
print(b"ab" + b"cd", b"ab" * 2)  # expect: b'abcd' b'abab'
print(b"ell" in b, 104 in b)  # expect: True True
print(b == b"hello", b < b"help")  # expect: True True
print(bytes(3), bytes([65, 66, 67]))  # expect: b'\x00\x00\x00' b'ABC'
