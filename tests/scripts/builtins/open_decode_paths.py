# Reading text files: all-ASCII contents (kept as they are) and contents with other bytes,
# under each encoding and errors= handler, with newline translation, and CPython's
# reason in each UTF-8 decoding error.
import os

path = os.path.join("/tmp", "fibra_open_decode_%d.txt" % os.getpid())


def show(data):
    with open(path, "wb") as f:
        f.write(data)
    for enc in ["latin-1", "ascii", "utf-8"]:
        for errors in ["strict", "replace", "ignore"]:
            try:
                with open(path, encoding=enc, errors=errors) as f:
                    print(enc, errors, repr(f.read()))
            except UnicodeDecodeError as e:
                print(enc, errors, "UnicodeDecodeError:", e)


show(b"only ascii\r\nhere\n")
# expect: latin-1 strict 'only ascii\nhere\n'
# expect: latin-1 replace 'only ascii\nhere\n'
# expect: latin-1 ignore 'only ascii\nhere\n'
# expect: ascii strict 'only ascii\nhere\n'
# expect: ascii replace 'only ascii\nhere\n'
# expect: ascii ignore 'only ascii\nhere\n'
# expect: utf-8 strict 'only ascii\nhere\n'
# expect: utf-8 replace 'only ascii\nhere\n'
# expect: utf-8 ignore 'only ascii\nhere\n'
show(b"ab\xe9\xffcd\n")
# expect: latin-1 strict 'abéÿcd\n'
# expect: latin-1 replace 'abéÿcd\n'
# expect: latin-1 ignore 'abéÿcd\n'
# expect: ascii strict UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 2: ordinal not in range(128)
# expect: ascii replace 'ab��cd\n'
# expect: ascii ignore 'abcd\n'
# expect: utf-8 strict UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 2: invalid continuation byte
# expect: utf-8 replace 'ab��cd\n'
# expect: utf-8 ignore 'abcd\n'
for data in [b"x\x80y", b"x\xc3"]:
    with open(path, "wb") as f:
        f.write(data)
    try:
        with open(path, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print(e)
# expect: 'utf-8' codec can't decode byte 0x80 in position 1: invalid start byte
# expect: 'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data
os.remove(path)
