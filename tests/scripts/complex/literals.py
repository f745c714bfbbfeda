# Imaginary literals and complex values in the rest of the language.
print(1j, 2.5J, 1e3j, 0j, 10_0j, 0.5j.imag, (3+4j).real)  # expect: 1j 2.5j 1000j 0j 100j 0.5 3.0
print(type(1j), 1j.__class__.__name__)  # expect: <class 'complex'> complex
x = 3
print(x+1j, x*1j, 1j*x, 1j**2, -1j, 0-1j)  # expect: (3+1j) 3j 3j (-1+0j) (-0-1j) -1j
print([z for z in (1j, 2, 3.0) if isinstance(z, complex)])  # expect: [1j]
print(f"{1+2j}", f"{1+2j!r}", f"{2j:8.3f}|", "{:e}".format(1-1j), "%s %r" % (1j, 2j))  # expect: (1+2j) (1+2j) 0.000+2.000j| 1.000000e+00-1.000000e+00j 1j 2j
print(sorted([3+4j, 1j, 5], key=abs))  # expect: [1j, (3+4j), 5]
print(max([1+1j, 3j, 2], key=lambda z: z.imag), sum([1j] * 3))  # expect: 3j 3j
print(complex("1e-3-2.5j"), complex("inf+nanj"), complex(2) == 2, 2 == complex(2))  # expect: (0.001-2.5j) (inf+nanj) True True
print(1j in [1j], {1j: 1}[1j], hash(complex(0, 0)) == hash(0))  # expect: True 1 True
print(abs(3+4j), divmod(7, 2), round(2.5), pow(2, 0.5) ** 2 == 2.0000000000000004)  # expect: 5.0 (3, 1) 2 True
print((-8) ** (1/3), (-1) ** 0.5, (-2.0) ** 1.5)  # expect: (1.0000000000000002+1.7320508075688772j) (6.123233995736766e-17+1j) (-5.19573633741296e-16-2.8284271247461903j)
