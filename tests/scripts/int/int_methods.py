print((10).bit_length())  # expect: 4
print((5).__add__(3))  # expect: 8
print(int.__name__)  # expect: int
print((-7).__abs__())  # expect: 7
print((12).to_bytes(2, "big"))  # expect: b'\x00\x0c'
print(int.from_bytes(b"\x01\x00", "big"))  # expect: 256
print((3).real, (3).imag)  # expect: 3 0
print((17).conjugate())  # expect: 17
