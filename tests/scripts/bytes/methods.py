b = b"a,b,c"
print(b.split(b","))  # expect: [b'a', b'b', b'c']
print(b",".join([b"x", b"y"]))  # expect: b'x,y'
print(b"  pad ".strip(), b"abc".upper(), b"ABC".lower())  # expect: b'pad' b'ABC' b'abc'
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"))  # expect: 2 2 b'heLLo'
print(b"hello".startswith(b"he"), b"hello".endswith(b"lo"))  # expect: True True
print(b"abc".hex())  # expect: 616263
print(bytes.fromhex("414243"))  # expect: b'ABC'
try:
    b"abc"[5]
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: index out of range
