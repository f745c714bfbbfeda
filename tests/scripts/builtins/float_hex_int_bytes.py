# float.hex/fromhex (rounding, subnormals, overflow), int.to_bytes/from_bytes defaults,
# bit_count, as_integer_ratio, is_integer, as CPython 3.11.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: (1024).to_bytes())  # expect: OverflowError int too big to convert
show(lambda: (1024).to_bytes(2))  # expect: b'\x04\x00'
show(lambda: (1024).to_bytes(2, 'little'))  # expect: b'\x00\x04'
show(lambda: (-1).to_bytes(2, signed=True))  # expect: b'\xff\xff'
show(lambda: (-1).to_bytes(2))  # expect: OverflowError can't convert negative int to unsigned
show(lambda: (256).to_bytes(1))  # expect: OverflowError int too big to convert
show(lambda: (5).to_bytes(length=3, byteorder='big'))  # expect: b'\x00\x00\x05'
show(lambda: (5).to_bytes(1, 'middle'))  # expect: ValueError byteorder must be either 'little' or 'big'
show(lambda: (5).to_bytes(-1))  # expect: ValueError length argument must be non-negative
show(lambda: int.from_bytes(b'\x04\x00'))  # expect: 1024
show(lambda: int.from_bytes(b'\xff\xff', signed=True))  # expect: -1
show(lambda: int.from_bytes([1, 2], 'little'))  # expect: 513
show(lambda: int.from_bytes(bytearray(b'\x01'), byteorder='big'))  # expect: 1
show(lambda: int.from_bytes(memoryview(b'\x01\x02')))  # expect: 258
show(lambda: int.from_bytes('ab'))  # expect: TypeError cannot convert 'str' object to bytes
show(lambda: bool.from_bytes(b'\x01'))  # expect: True
show(lambda: (255).bit_count())  # expect: 8
show(lambda: (-7).bit_count())  # expect: 3
show(lambda: (2**100+1).bit_count())  # expect: 2
show(lambda: (10).as_integer_ratio())  # expect: (10, 1)
show(lambda: True.as_integer_ratio())  # expect: (1, 1)
show(lambda: (0.75).as_integer_ratio())  # expect: (3, 4)
show(lambda: (-2.5).as_integer_ratio())  # expect: (-5, 2)
show(lambda: float('inf').as_integer_ratio())  # expect: OverflowError cannot convert Infinity to integer ratio
show(lambda: float('nan').as_integer_ratio())  # expect: ValueError cannot convert NaN to integer ratio
show(lambda: (3.0).is_integer())  # expect: True
show(lambda: (3.5).is_integer())  # expect: False
show(lambda: float('inf').is_integer())  # expect: False
for x in (0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 3.141592653589793):
    show(lambda: x.hex())  # expect: '0x0.0p+0'
    # expect: '-0x0.0p+0'
    # expect: '0x1.0000000000000p+0'
    # expect: '0x1.999999999999ap-4'
    # expect: '-0x1.4000000000000p+1'
    # expect: '0x1.7e43c8800759cp+996'
    # expect: '0x0.0000000000001p-1022'
    # expect: '0x1.0000000000000p-1022'
    # expect: '0x1.fffffffffffffp+1023'
    # expect: 'inf'
    # expect: '-inf'
    # expect: 'nan'
    # expect: '0x1.921fb54442d18p+1'
for s in ('0x1.8p1', '-0x1p-2', '0X1.FFFFFFFFFFFFFp+1023', 'inf', '-Infinity', 'nan', ' 0x1p0 ', '1.5', '0x.8', '0x1.', '0x1p', '0x1.0000000000000000001p0', '0x1p-1074', '0x1p-1075', '0x1.8p-1074', '0x1p1024', 'abc', '', '0x', '0x1.fffffffffffff8p1023', '+0x10', '0x1_0p0', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x3p-1076', '0x1.ffffffffffffffp1023', '12', '0x12'):
    show(lambda: float.fromhex(s))  # expect: 3.0
    # expect: -0.25
    # expect: 1.7976931348623157e+308
    # expect: inf
    # expect: -inf
    # expect: nan
    # expect: 1.0
    # expect: 1.3125
    # expect: 0.5
    # expect: 1.0
    # expect: ValueError invalid hexadecimal floating-point string
    # expect: 1.0
    # expect: 5e-324
    # expect: 0.0
    # expect: 1e-323
    # expect: OverflowError hexadecimal value too large to represent as a float
    # expect: 2748.0
    # expect: ValueError invalid hexadecimal floating-point string
    # expect: ValueError invalid hexadecimal floating-point string
    # expect: OverflowError hexadecimal value too large to represent as a float
    # expect: 16.0
    # expect: ValueError invalid hexadecimal floating-point string
    # expect: 1.0
    # expect: 1.0000000000000004
    # expect: 5e-324
    # expect: OverflowError hexadecimal value too large to represent as a float
    # expect: 18.0
    # expect: 18.0
show(lambda: float.fromhex(1))  # expect: TypeError bad argument type for built-in operation
class F(float): pass
show(lambda: type(F.fromhex('0x1p0')).__name__)  # expect: 'F'
