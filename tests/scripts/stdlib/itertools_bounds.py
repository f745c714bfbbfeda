# islice and repeat check their bounds up front, as CPython does: an index or count beyond
# sys.maxsize used to make them iterate (islice(count(), 2**64, ...) never ended).
import itertools, collections
for a in ((0, 2**63), (2**63,), (0, 2**63 - 1, 2**63), (2**64, 2**64 + 2)):
    try:
        itertools.islice([], *a)
    except ValueError as e:
        print(e)
for t in (2**63, -2**63 - 1, 10**100):
    try:
        itertools.repeat(1, t)
    except OverflowError as e:
        print(e)
print(list(itertools.repeat('x', 3)), list(itertools.repeat(1, -2**63)), list(itertools.repeat(2, True)))
try:
    itertools.repeat(1, 1.5)
except TypeError as e:
    print(e)
g = collections.Counter(a=2, b=10**100).elements()
print(next(g), next(g))
try:
    next(g)
except OverflowError as e:
    print(e)
print(sorted(collections.Counter('abcab').elements()))
# expect: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: Step for islice() must be a positive integer or None.
# expect: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: Python int too large to convert to C ssize_t
# expect: Python int too large to convert to C ssize_t
# expect: Python int too large to convert to C ssize_t
# expect: ['x', 'x', 'x'] [] [2]
# expect: 'float' object cannot be interpreted as an integer
# expect: a a
# expect: Python int too large to convert to C ssize_t
# expect: ['a', 'a', 'b', 'b', 'c']
