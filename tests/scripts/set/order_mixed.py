# Slot order of floats, bools, tuples and frozensets of them (CPython's hashes). Sets
# holding None or str are left out: their hashes vary per process in CPython 3.11.
print({1.5, 2.25, -0.5, 1e100, 3.0, float("inf")})  # expect: {-0.5, 1.5, 2.25, 3.0, inf, 1e+100}
print({i / 3 for i in range(12)})  # expect: {0.0, 0.6666666666666666, 1.3333333333333333, 0.3333333333333333, 1.0, 1.6666666666666667, 2.0, 2.3333333333333335, 2.6666666666666665, 3.0, 3.3333333333333335, 3.6666666666666665}
print({0.1, 0.2, 0.3})  # expect: {0.1, 0.2, 0.3}
print({True, 1.0, 1} , {1.0, True}, {False, 0})  # expect: {True} {1.0} {False}
print({(i, -i) for i in range(12)})  # expect: {(2, -2), (5, -5), (0, 0), (3, -3), (4, -4), (1, -1), (6, -6), (7, -7), (10, -10), (11, -11), (8, -8), (9, -9)}
print({(a, b) for a in range(4) for b in range(3)})  # expect: {(0, 1), (1, 2), (2, 1), (0, 0), (3, 1), (1, 1), (2, 0), (3, 0), (0, 2), (2, 2), (1, 0), (3, 2)}
print({(1, 2), (3, -4), 0.5, True})  # expect: {0.5, (3, -4), (1, 2), True}
print(frozenset([9, 1, 17, 25]), frozenset({9, 1, 17, 25}))  # expect: frozenset({9, 25, 1, 17}) frozenset({9, 17, 25, 1})
print({frozenset({1, 2}), frozenset({3})} == {frozenset({3}), frozenset({1, 2})})  # expect: True
print(set({5: 1, 13: 2, 21: 3}), set({9: 0, 17: 0, 1: 0, 25: 0}.keys()))  # expect: {13, 21, 5} {9, 25, 17, 1}
