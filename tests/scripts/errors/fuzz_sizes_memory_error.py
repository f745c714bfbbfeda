# Sizes a script controls must fail fast with MemoryError, never abort the process.
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except MemoryError:
        print(label, "MemoryError")
    except OverflowError as e:
        print(label, "OverflowError", e)


attempt("to_bytes 2**62", lambda: (1).to_bytes(2**62, "little"))  # expect: to_bytes 2**62 MemoryError
attempt("list(range(2**62))", lambda: list(range(2**62)))  # expect: list(range(2**62)) MemoryError
attempt("tuple(range(2**62))", lambda: tuple(range(2**62)))  # expect: tuple(range(2**62)) MemoryError
print((5).to_bytes(3, "big"), (-1).to_bytes(2, "little", signed=True))  # expect: b'\x00\x00\x05' b'\xff\xff'
print(list(range(3)), tuple(range(5, 0, -2)))  # expect: [0, 1, 2] (5, 3, 1)
print("ab".replace("", "-"), "abcab".replace("ab", "X", 1), "héé".replace("", ".", 2))  # expect: -a-b- Xcab .h.éé
print("aaa".replace("a", "bb"), "aaa".replace("a", "", -5), "x".replace("x", "yy", 0))  # expect: bbbbbb  x
