# secrets and random.SystemRandom: random output, so only types, lengths and ranges.
import os
import random
import secrets

print(type(os.urandom(8)).__name__, len(os.urandom(8)), os.urandom(0))  # expect: bytes 8 b''
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), secrets.token_bytes(0))  # expect: 32 5 b''
print(len(secrets.token_hex()), len(secrets.token_hex(3)), secrets.token_hex(0))  # expect: 64 6
t = secrets.token_hex(16)
print(all(c in "0123456789abcdef" for c in t))  # expect: True
u = secrets.token_urlsafe(16)
print(len(u), len(secrets.token_urlsafe()), all(c.isalnum() or c in "-_" for c in u))  # expect: 22 43 True
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)))  # expect: True
print(sorted(set(secrets.randbelow(3) for _ in range(200))))  # expect: [0, 1, 2]
print(secrets.choice(["only"]), secrets.choice("abc") in "abc")  # expect: only True
print(0 <= secrets.randbits(8) < 256, secrets.randbits(0))  # expect: True 0
print(secrets.compare_digest(b"a", b"a"), secrets.compare_digest("a", "b"))  # expect: True False
r = random.SystemRandom()
x = r.random()
print(0.0 <= x < 1.0, type(x).__name__, 1 <= r.randint(1, 6) <= 6, len(r.randbytes(7)))  # expect: True float True 7
lst = list(range(10))
r.shuffle(lst)
print(sorted(lst) == list(range(10)), r.seed(5))  # expect: True None
for f in [lambda: secrets.randbelow(0), lambda: secrets.token_bytes(-1),
          lambda: secrets.choice([]), lambda: r.getrandbits(-1), lambda: r.getstate(),
          lambda: os.urandom(-1), lambda: os.urandom("a")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)  # expect: ValueError Upper bound must be positive.
        # expect: ValueError negative argument not allowed
        # expect: IndexError Cannot choose from an empty sequence
        # expect: ValueError number of bits must be non-negative
        # expect: NotImplementedError System entropy source does not have state.
        # expect: ValueError negative argument not allowed
        # expect: TypeError 'str' object cannot be interpreted as an integer
rr = random.Random("hello")
print(rr.random(), rr.randint(1, 100))  # expect: 0.3537754404730722 85
rr.seed(b"hello")
print(rr.random(), random.Random(bytearray(b"xy")).random())  # expect: 0.3537754404730722 0.9186846552409125
