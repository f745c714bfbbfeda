import base64
for d in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256))]:
    e = base64.b64encode(d)
    print(e, base64.b64decode(e) == d, base64.b32encode(d), base64.b32decode(base64.b32encode(d)) == d, base64.b16encode(d), base64.b16decode(base64.b16encode(d)) == d)
print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"), base64.b64decode(b"-__-", altchars=b"-_"))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"))
print(base64.b64decode("Zm9v\nYmFy"), base64.b64decode("Zm9vYg=="), base64.b64decode("Zm9vYg==junk"))
for bad in ["Zm9vY", "Zm9vYg", "Zm9v!Ymg=", "=Zm9v", "Zm9vYg==Zm"]:
    for v in (False, True):
        try:
            print(base64.b64decode(bad, validate=v))
        except Exception as e:
            print(type(e).__name__, e)
for bad in ["MZXW6", "mzxw6===", "MZXW6YQ=", "MZXW6YQ1"]:
    try:
        print(base64.b32decode(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ0", map01=b"L") if False else "")
for bad in ["abc", "0g", "ab"]:
    try:
        print(base64.b16decode(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(base64.b16decode("ab", casefold=True))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\neA==\n"))
try:
    base64.b64encode("str")
except TypeError as e:
    print(e)
try:
    base64.b64decode(3)
except TypeError as e:
    print(e)

# expect: b'' True b'' True b'' True
# expect: b'Zg==' True b'MY======' True b'66' True
# expect: b'Zm8=' True b'MZXQ====' True b'666F' True
# expect: b'Zm9v' True b'MZXW6===' True b'666F6F' True
# expect: b'Zm9vYg==' True b'MZXW6YQ=' True b'666F6F62' True
# expect: b'Zm9vYmE=' True b'MZXW6YTB' True b'666F6F6261' True
# expect: b'Zm9vYmFy' True b'MZXW6YTBOI======' True b'666F6F626172' True
# expect: b'+vv8/f7/' True b'7L57Z7P674======' True b'FAFBFCFDFEFF' True
# expect: b'-__-' b'\xfb\xff\xfe'
# expect: b'-__-' b'\xfb\xff\xfe'
# expect: b'foobar' b'foob' b'foob'
# expect: Error Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4
# expect: Error Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4
# expect: Error Incorrect padding
# expect: Error Incorrect padding
# expect: b'foobh'
# expect: Error Only base64 data is allowed
# expect: b'foo'
# expect: Error Leading padding not allowed
# expect: b'foob'
# expect: Error Excess data after padding
# expect: Error Incorrect padding
# expect: Error Non-base32 digit found
# expect: b'foob'
# expect: Error Non-base32 digit found
# expect: b'foo'
# expect: Error Non-base16 digit found
# expect: Error Non-base16 digit found
# expect: Error Non-base16 digit found
# expect: b'\xab'
# expect: b'eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4\neHh4\n' b'xxxx'
# expect: a bytes-like object is required, not 'str'
# expect: argument should be a bytes-like object or ASCII string, not 'int'
