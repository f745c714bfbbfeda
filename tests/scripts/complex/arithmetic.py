z = 1 + 2j
w = complex(3, -4)
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(w), z.conjugate())  # expect: (1+2j) (3-4j) (4-2j) (-2+6j) (11+2j) (-0.2+0.4j) (-1-2j) (1+2j) 5.0 (1-2j)
print(z.real, z.imag, type(z).__name__, isinstance(z, complex))  # expect: 1.0 2.0 complex True
print(2j, 1j * 1j, (1+0j) == 1, 2j == 2j, 0j == 0, z != w, hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5))  # expect: 2j (-1+0j) True True True True True True
print(complex(), complex(1), complex(1.5, 2), complex("1+2j"), complex(" (3-4.5j) "), complex("-j"), complex(real=1, imag=2))  # expect: 0j (1+0j) (1.5+2j) (1+2j) (3-4.5j) -1j (1+2j)
print(repr(complex(0, -1)), repr(-1j), repr(complex(-0.0, 0)), repr(complex(1e20, 1e-5)), repr(complex(float('inf'), float('nan'))))  # expect: -1j (-0-1j) (-0+0j) (1e+20+1e-05j) (inf+nanj)
print(z ** 2, z ** 0.5, 2 ** z, (-8) ** (1/3), (-1) ** 0.5, pow(1j, 2), 1j ** -1)  # expect: (-3+4j) (1.272019649514069+0.7861513777574233j) (0.36691394948660344+1.9660554808224875j) (1.0000000000000002+1.7320508075688772j) (6.123233995736766e-17+1j) (-1+0j) -1j
print(format(z, ".2f"), format(w, "+.3e"), format(z, ">12"), f"{z:^14.1f}|", "%s" % z, str(z))  # expect: 1.00+2.00j +3.000e+00-4.000e+00j       (1+2j)    1.0+2.0j   | (1+2j) (1+2j)
print(sum([1j, 2, 3.5]), [1j] * 2, sorted([3, 1]), bool(0j), bool(1j), 1 + 1j + 1.0)  # expect: (5.5+1j) [1j, 1j] [1, 3] False True (2+1j)
for bad in ["1j < 2j", "1j // 2", "1j % 2", "divmod(1j, 2)", "1 / 0j", "0j ** -1", "complex('x')", "complex('1', 2)",
            "complex([])", "complex(1, 'x')", "int(1j)", "float(1j)", "pow(1j, 2, 3)", "complex(1, 2, 3)", "round(1j)"]:
    try:
        print(bad, "->", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)  # expect: 1j < 2j -> TypeError '<' not supported between instances of 'complex' and 'complex'
        # expect: 1j // 2 -> TypeError unsupported operand type(s) for //: 'complex' and 'int'
        # expect: 1j % 2 -> TypeError unsupported operand type(s) for %: 'complex' and 'int'
        # expect: divmod(1j, 2) -> TypeError unsupported operand type(s) for divmod(): 'complex' and 'int'
        # expect: 1 / 0j -> ZeroDivisionError complex division by zero
        # expect: 0j ** -1 -> ZeroDivisionError 0.0 to a negative or complex power
        # expect: complex('x') -> ValueError complex() arg is a malformed string
        # expect: complex('1', 2) -> TypeError complex() can't take second arg if first is a string
        # expect: complex([]) -> TypeError complex() first argument must be a string or a number, not 'list'
        # expect: complex(1, 'x') -> TypeError complex() second arg can't be a string
        # expect: int(1j) -> TypeError int() argument must be a string, a bytes-like object or a real number, not 'complex'
        # expect: float(1j) -> TypeError float() argument must be a string or a real number, not 'complex'
        # expect: pow(1j, 2, 3) -> ValueError complex modulo
        # expect: complex(1, 2, 3) -> TypeError complex() takes at most 2 arguments (3 given)
        # expect: round(1j) -> TypeError type complex doesn't define __round__ method
class MyC(complex):
    pass
m = MyC(1, 2)
print(type(m).__name__, m, m + 1, type(m + 1).__name__)  # expect: MyC (1+2j) (2+2j) complex
class HasC:
    def __complex__(self): return 5j
print(complex(HasC()))  # expect: 5j
d = {1j: "a", 1+0j: "b"}
print(d[1j], d[1], 1j in {1j})  # expect: a b True
