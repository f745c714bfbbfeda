# A builtin method called through its type with no receiver is a TypeError, not a crash.
for f in (int.to_bytes, str.upper, list.append, dict.update, bytes.hex, set.union,
          tuple.count, float.is_integer, range.index, bytearray.extend):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)  # expect: TypeError unbound method int.to_bytes() needs an argument
        # expect: TypeError unbound method str.upper() needs an argument
        # expect: TypeError unbound method list.append() needs an argument
        # expect: TypeError unbound method dict.update() needs an argument
        # expect: TypeError unbound method bytes.hex() needs an argument
        # expect: TypeError unbound method set.union() needs an argument
        # expect: TypeError unbound method tuple.count() needs an argument
        # expect: TypeError unbound method float.is_integer() needs an argument
        # expect: TypeError unbound method range.index() needs an argument
        # expect: TypeError unbound method bytearray.extend() needs an argument
try:
    range(2**62).__contains__()
except TypeError:
    print("TypeError (no argument to search for)")  # expect: TypeError (no argument to search for)
print(range(2**62).__contains__(5), int.to_bytes(5, 2, "big"), str.upper("a"))  # expect: True b'\x00\x05' A
print(str.maketrans("ab", "cd") == {97: 99, 98: 100})  # expect: True
for f in (str.split, bytes.split, dict.update, str.format):
    try:
        f(sep=None)
    except TypeError as e:
        print(e)  # expect: unbound method str.split() needs an argument
        # expect: unbound method bytes.split() needs an argument
        # expect: unbound method dict.update() needs an argument
        # expect: unbound method str.format() needs an argument
