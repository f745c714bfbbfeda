# repr() of 20,000 random floats (bit patterns, dyadic fractions, wide uniform) agrees with
# CPython digit for digit, including ties between two shortest candidates (half to even).
import random, struct
random.seed(7)
out = []
for i in range(20000):
    k = random.random()
    if k < 0.4:
        f = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
    elif k < 0.7:
        f = random.randint(0, 2**53) / 2 ** random.randint(0, 12)
    else:
        f = random.uniform(-1e20, 1e20)
    out.append(repr(f))
import hashlib
print(len(out), hashlib.sha256("|".join(out).encode()).hexdigest())  # expect: 20000 6068848a12e862c956d512b27135ee1ac86752e760dbb479483acd6265cb2f2d
