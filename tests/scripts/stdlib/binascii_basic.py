# binascii: hex with separators, base64 (strict and lenient decoding, CPython 3.11's errors),
# crc32/crc_hqx, argument errors, and round trips; base64 is built on it.
import binascii as b
def t(f):
    try: r=f(); print(repr(r)[:200])
    except Exception as e: print(type(e).__name__, e)
t(lambda: b.hexlify(b'\x01\x02\x03\x04\x05', '-'))
t(lambda: b.hexlify(b'\x01\x02\x03\x04\x05', b':', 2))
t(lambda: b.hexlify(b'\x01\x02\x03\x04\x05', ':', -2))
t(lambda: b.hexlify(b'\x01\x02\x03\x04\x05\x06', ':', 3))
t(lambda: b.hexlify(b'\x01\x02\x03\x04\x05\x06', ':', -3))
t(lambda: b.hexlify(b'\x01\x02\x03\x04\x05', ':', 0))
t(lambda: b.hexlify(b'\x01\x02\x03\x04\x05', ':', 10))
t(lambda: b.hexlify(b'', ':', 2))
t(lambda: b.hexlify(b'\x01', '::'))
t(lambda: b.hexlify(b'\x01\x02', b'\xff'))
t(lambda: b.hexlify(b'\x01', 1))
t(lambda: b.hexlify('ab'))
t(lambda: b.hexlify(b'ab', sep='-', bytes_per_sep=1))
t(lambda: b.b2a_hex(b'ab', '-'))
t(lambda: b.hexlify(bytearray(b'\xde\xad\xbe\xef')))
t(lambda: b.unhexlify('0aFF'))
t(lambda: b.unhexlify(b'0aF'))
t(lambda: b.unhexlify(b'0g'))
t(lambda: b.unhexlify('é0'))
t(lambda: b.unhexlify(5))
t(lambda: b.a2b_hex(bytearray(b'00')))
t(lambda: b.unhexlify(hexstr='ab'))
t(lambda: b.crc32(b'hello'))
t(lambda: b.crc32(b'hello', 5))
t(lambda: b.crc32(b'hello', -5))
t(lambda: b.crc32('x'))
t(lambda: b.crc32())
t(lambda: b.crc_hqx(b'hello', 0))
t(lambda: b.crc_hqx(b'hello', 0xffff))
t(lambda: b.crc_hqx(b'hello', 0x1ffff))
t(lambda: b.crc_hqx(b'hello'))
t(lambda: b.b2a_base64(b'hello'))
t(lambda: b.b2a_base64(b''))
t(lambda: b.b2a_base64(b'', newline=False))
t(lambda: b.b2a_base64(b'hello', newline=False))
t(lambda: b.b2a_base64(b'hello', False))
t(lambda: b.b2a_base64('x'))
t(lambda: b.b2a_base64(bytes(range(256))))
for s in [b'aGVsbG8=\n', 'aGVsbG8=', b'aGVsbG8', b'aGVsbG', b'a', b'aGVsb', b'aGV=s', b'aG==Vs', b'aG=V', b'====', b'', b'a===', b'ab==cd', b'!!aGVs!!', b'aGVsbA===', b'aGVsbA=', b'aGVs==', b'=aGVs', b'aG!V', b'ab=c=', b'YWJj\nZGVm\n']:
    t(lambda: b.a2b_base64(s))
    t(lambda: b.a2b_base64(s, strict_mode=True))
t(lambda: b.a2b_base64(5))
t(lambda: b.a2b_base64('é'))
t(lambda: b.a2b_base64(b'', True))
print(b.Error.__mro__, b.Incomplete.__mro__)
import random, base64
r = random.Random(5)
for i in range(200):
    n = r.randrange(0, 40)
    data = bytes(r.randrange(256) for _ in range(n))
    enc = b.b2a_base64(data)
    assert b.a2b_base64(enc) == data
    assert b.unhexlify(b.hexlify(data)) == data
print("ok")
for f in [lambda: b.hexlify(b'\x01\x02', 'é'), lambda: b.hexlify(b'\x01\x02', 'ā'), lambda: b.a2b_hex(hexstr='ab'), lambda: b.hexlify(data=b'ab'), lambda: b.b2a_hex(data=b'ab', sep='-'), lambda: b.unhexlify(), lambda: b.unhexlify('a','b'), lambda: b.hexlify(), lambda: b.hexlify(b'', '-', 1, 2), lambda: b.a2b_base64(), lambda: b.b2a_base64(b'', foo=1)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
big = bytes(range(256)) * 4000
print(base64.b64decode(base64.b64encode(big)) == big, len(base64.encodebytes(big)))
print(base64.b16decode(base64.b16encode(big)) == big, binascii_sep := b.hexlify(b"\xab" * 7, "_", 3))

# expect: b'01-02-03-04-05'
# expect: b'01:0203:0405'
# expect: b'0102:0304:05'
# expect: b'010203:040506'
# expect: b'010203:040506'
# expect: b'0102030405'
# expect: b'0102030405'
# expect: b''
# expect: ValueError sep must be length 1.
# expect: b'01\xff02'
# expect: TypeError object of type 'int' has no len()
# expect: TypeError a bytes-like object is required, not 'str'
# expect: b'61-62'
# expect: b'61-62'
# expect: b'deadbeef'
# expect: b'\n\xff'
# expect: Error Odd-length string
# expect: Error Non-hexadecimal digit found
# expect: ValueError string argument should contain only ASCII characters
# expect: TypeError argument should be bytes, buffer or ASCII string, not 'int'
# expect: b'\x00'
# expect: TypeError binascii.unhexlify() takes no keyword arguments
# expect: 907060870
# expect: 4277152246
# expect: 4199352484
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError crc32 expected at least 1 argument, got 0
# expect: 50018
# expect: 53870
# expect: 53870
# expect: TypeError crc_hqx expected 2 arguments, got 1
# expect: b'aGVsbG8=\n'
# expect: b'\n'
# expect: b''
# expect: b'aGVsbG8='
# expect: TypeError b2a_base64() takes exactly 1 positional argument (2 given)
# expect: TypeError a bytes-like object is required, not 'str'
# expect: b'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5
# expect: b'hello'
# expect: Error Excess data after padding
# expect: b'hello'
# expect: b'hello'
# expect: Error Incorrect padding
# expect: Error Incorrect padding
# expect: Error Incorrect padding
# expect: Error Incorrect padding
# expect: Error Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
# expect: Error Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
# expect: Error Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4
# expect: Error Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4
# expect: b'he'
# expect: Error Excess data after padding
# expect: b'h'
# expect: Error Excess data after padding
# expect: Error Incorrect padding
# expect: Error Discontinuous padding not allowed
# expect: b''
# expect: Error Leading padding not allowed
# expect: b''
# expect: b''
# expect: Error Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
# expect: Error Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
# expect: b'i'
# expect: Error Excess data after padding
# expect: b'hel'
# expect: Error Only base64 data is allowed
# expect: b'hell'
# expect: Error Excess data after padding
# expect: Error Incorrect padding
# expect: Error Incorrect padding
# expect: b'hel'
# expect: b'hel'
# expect: b'hel'
# expect: Error Leading padding not allowed
# expect: Error Incorrect padding
# expect: Error Only base64 data is allowed
# expect: b'i\xb7'
# expect: Error Discontinuous padding not allowed
# expect: b'abcdef'
# expect: Error Only base64 data is allowed
# expect: TypeError argument should be bytes, buffer or ASCII string, not 'int'
# expect: ValueError string argument should contain only ASCII characters
# expect: TypeError a2b_base64() takes exactly 1 positional argument (2 given)
# expect: (<class 'binascii.Error'>, <class 'ValueError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>) (<class 'binascii.Incomplete'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# expect: ok
# expect: b'01\xe902'
# expect: ValueError sep must be ASCII.
# expect: TypeError binascii.a2b_hex() takes no keyword arguments
# expect: b'6162'
# expect: b'61-62'
# expect: TypeError binascii.unhexlify() takes exactly one argument (0 given)
# expect: TypeError binascii.unhexlify() takes exactly one argument (2 given)
# expect: TypeError hexlify() missing required argument 'data' (pos 1)
# expect: TypeError hexlify() takes at most 3 arguments (4 given)
# expect: TypeError a2b_base64() takes exactly 1 positional argument (0 given)
# expect: TypeError 'foo' is an invalid keyword argument for b2a_base64()
# expect: True 1383301
# expect: True b'ab_ababab_ababab'
