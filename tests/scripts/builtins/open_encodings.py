# Text files with latin-1 and ascii encodings, and the errors= handlers.
import os
path = os.path.join("/tmp", "fibra_open_enc_%d.txt" % os.getpid())
with open(path, "w", encoding="latin-1") as f:
    f.write("caf\u00e9 na\u00efve\n")
with open(path, "rb") as f:
    print(f.read())  # expect: b'caf\xe9 na\xefve\n'
with open(path, encoding="latin-1") as f:
    print(f.read().strip())  # expect: café naïve
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")  # expect: UnicodeDecodeError
with open(path, encoding="utf-8", errors="replace") as f:
    print(f.read().strip())  # expect: caf� na�ve
with open(path, encoding="ascii", errors="ignore") as f:
    print(f.read().strip())  # expect: caf nave
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("\u20ac")
except UnicodeEncodeError as e:
    print(e)  # expect: 'ascii' codec can't encode character '\u20ac' in position 0: ordinal not in range(128)
with open(path, "w", encoding="latin-1", errors="replace") as f:
    f.write("x\u20acy")
with open(path, encoding="latin-1") as f:
    print(f.read())  # expect: x?y
os.remove(path)
