# Ranges whose bounds do not fit in 64 bits.
print(10**20 in range(10**21))  # expect: True
print(len(range(2**62, 2**64, 2**60)))  # expect: 12
print(range(10**20)[-1])  # expect: 99999999999999999999


def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


big = 10**20
r = range(big, big + 10, 3)
print(r, len(r), bool(r))  # expect: range(100000000000000000000, 100000000000000000010, 3) 4 True
print(list(r))
# expect: [100000000000000000000, 100000000000000000003, 100000000000000000006, 100000000000000000009]
print(list(reversed(r)))
# expect: [100000000000000000009, 100000000000000000006, 100000000000000000003, 100000000000000000000]
print(r.start, r.stop, r.step)  # expect: 100000000000000000000 100000000000000000010 3
print(r[0], r[-1], r[3], r[-4])
# expect: 100000000000000000000 100000000000000000009 100000000000000000009 100000000000000000000
err(lambda: r[4])  # expect: IndexError: range object index out of range
err(lambda: r[-5])  # expect: IndexError: range object index out of range
print(r[1:3], r[::-1], r[::2], r[5:])
# expect: range(100000000000000000003, 100000000000000000009, 3) range(100000000000000000009, 99999999999999999997, -3) range(100000000000000000000, 100000000000000000012, 6) range(100000000000000000012, 100000000000000000012, 3)
print(big + 3 in r, big + 4 in r, 5 in r, -big in r)  # expect: True False False False
print(r.index(big + 6), r.count(big + 6), r.count(big + 7))  # expect: 2 1 0
err(lambda: r.index(big + 1))  # expect: ValueError: 100000000000000000001 is not in range
print(float(big) in r, r.count(float(big)), r.index(float(big)))  # expect: True 1 0
print('x' in r, r.count('x'))  # expect: False 0
err(lambda: r.index(None))  # expect: ValueError: sequence.index(x): x not in sequence
print(range(big, big) == range(0), range(5, big, big) == range(5, 6))  # expect: True True
print(r == range(big, big + 12, 3), r == range(big, big + 10, 2), r != r)  # expect: True False False
print(hash(range(5, big, big)) == hash(range(5, 6)), hash(range(-big, -big)) == hash(range(0)))
# expect: True True
print(hash(r) == hash(range(big, big + 11, 3)))  # expect: True
print({range(big): 1}[range(0, big)])  # expect: 1
print(bool(range(big, 0)), len(range(big, 0)), list(range(big, 0)))  # expect: False 0 []

# Lengths beyond sys.maxsize: len() raises, everything else works.
h = range(big)
err(lambda: len(h))  # expect: OverflowError: Python int too large to convert to C ssize_t
err(lambda: list(h))  # expect: OverflowError: Python int too large to convert to C ssize_t
print(bool(h), h[10**19], h[-10**19], h[-1])
# expect: True 10000000000000000000 90000000000000000000 99999999999999999999
err(lambda: h[big])  # expect: IndexError: range object index out of range
err(lambda: h[-big - 1])  # expect: IndexError: range object index out of range
print(h[::10**19], h[10**19:-10**19], h[::-1])
# expect: range(0, 100000000000000000000, 10000000000000000000) range(10000000000000000000, 90000000000000000000) range(99999999999999999999, -1, -1)
print(len(h[::10**19]), len(h[::-10**19]), list(h[::-3 * 10**19]))
# expect: 10 10 [99999999999999999999, 69999999999999999999, 39999999999999999999, 9999999999999999999]
print(h.index(10**19), h.count(big - 1), big in h)  # expect: 10000000000000000000 1 False
it = iter(h)
print(next(it), next(it), next(iter(reversed(h))))  # expect: 0 1 99999999999999999999

# Negative steps and bounds.
n = range(0, -big, -7 * 10**18)
print(n, len(n), n[-1], list(n)[:3])
# expect: range(0, -100000000000000000000, -7000000000000000000) 15 -98000000000000000000 [0, -7000000000000000000, -14000000000000000000]
print(-98 * 10**18 in n, -99 * 10**18 in n, n.index(-7 * 10**18))  # expect: True False 1
print(repr(range(-big, big, 10**19)), range(-big, big, 10**19)[10])
# expect: range(-100000000000000000000, 100000000000000000000, 10000000000000000000) 0

# Iteration crosses the 64-bit boundary with exact big ints.
for x in range(2**63 - 2, 2**63 + 2):
    print(x)
# expect: 9223372036854775806
# expect: 9223372036854775807
# expect: 9223372036854775808
# expect: 9223372036854775809
print(list(reversed(range(-2**63 - 2, -2**63 + 2, 2))))  # expect: [-9223372036854775808, -9223372036854775810]
print(sum(range(big, big + 4)), max(range(-big, 0, big // 4)))
# expect: 400000000000000000006 -25000000000000000000

# i64 ranges whose results need big ints: slices and indexes beyond 64 bits.
print(range(10)[::10**20], range(10)[-10**20:10**20], range(10)[10**20:])
# expect: range(0, 10, 100000000000000000000) range(0, 10) range(10, 10)
print(range(10)[::-2**63], range(2**63 - 5, 2**63 - 1, 3)[0:2])
# expect: range(9, -1, -9223372036854775808) range(9223372036854775803, 9223372036854775809, 3)
err(lambda: range(10)[10**20])  # expect: IndexError: range object index out of range
err(lambda: range(10)[-10**20])  # expect: IndexError: range object index out of range
w = range(-2**63, 2**63 - 1)
err(lambda: len(w))  # expect: OverflowError: Python int too large to convert to C ssize_t
print(w[2**63], w[-1], w.index(2**63 - 2), w[::2**62])
# expect: 0 9223372036854775806 18446744073709551614 range(-9223372036854775808, 9223372036854775807, 4611686018427387904)
print(hash(w) == hash(range(-2**63, 2**63 - 1, 1)))  # expect: True
print(list(reversed(range(5, -2**63, -2**63))))  # expect: [-9223372036854775803, 5]


# Arguments: __index__, bools, bad types, zero step.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(range(I(big), I(big + 2)), range(True, I(2**64), I(2**63)))
# expect: range(100000000000000000000, 100000000000000000002) range(1, 18446744073709551616, 9223372036854775808)
print(h[I(big - 1)], h[I(-1):I(-3):I(-1)], list(range(3)[I(2**70):]))
# expect: 99999999999999999999 range(99999999999999999999, 99999999999999999997, -1) []
err(lambda: range(0, big, 0))  # expect: ValueError: range() arg 3 must not be zero
err(lambda: range(big, 1.5))  # expect: TypeError: 'float' object cannot be interpreted as an integer
err(lambda: h[1.5])  # expect: TypeError: range indices must be integers or slices, not float
err(lambda: h[None])  # expect: TypeError: range indices must be integers or slices, not NoneType
err(lambda: range(3)[None])  # expect: TypeError: range indices must be integers or slices, not NoneType
err(lambda: h[::0])  # expect: ValueError: slice step cannot be zero
err(lambda: h['a':])  # expect: TypeError: slice indices must be integers or None or have an __index__ method
print(type(h).__name__, isinstance(h, range), type(h) is type(range(1)))  # expect: range True True
