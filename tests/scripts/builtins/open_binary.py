import os
p = os.path.join("/tmp", "fibra_test_bin_%d.bin" % os.getpid())
with open(p, "wb") as f:
    f.write(b"\x00\x01abc\xff")
with open(p, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)  # expect: b'\x00\x01abc\xff' 6 bytes
with open(p, "w", encoding="utf-8") as f:
    f.write("héllo\n")
with open(p, encoding="utf-8") as f:
    print(f.read(), end="")  # expect: héllo
with open(p, "rb") as f:
    print(f.read())  # expect: b'h\xc3\xa9llo\n'
os.remove(p)
print(os.path.exists(p))  # expect: False
