# itertools.tee with an absurd count fails at once, like CPython (which sizes the tuple first).
import itertools

for n in (2**62, 2**64, 1.5, -1):
    try:
        print(len(itertools.tee(iter([1]), n)))
    except (MemoryError, OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__)  # expect: MemoryError
        # expect: OverflowError
        # expect: TypeError
        # expect: ValueError
(a,) = itertools.tee(iter([1, 2, 3]), True)
print(list(a))  # expect: [1, 2, 3]
print([list(t) for t in itertools.tee("ab", 3)])  # expect: [['a', 'b'], ['a', 'b'], ['a', 'b']]
