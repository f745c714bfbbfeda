print("abc".encode())  # expect: b'abc'
print("héllo".encode("utf-8"))  # expect: b'h\xc3\xa9llo'
print("€".encode(), len("€".encode()))  # expect: b'\xe2\x82\xac' 3
print(b"h\xc3\xa9".decode("utf-8"))  # expect: hé
print("abc".encode("ascii"))  # expect: b'abc'
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError")  # expect: UnicodeEncodeError
print(type("x".encode()).__name__)  # expect: bytes
