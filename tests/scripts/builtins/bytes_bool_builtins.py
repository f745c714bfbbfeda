print(bool(0), bool(0.0), bool(""), bool([]), bool(()), bool({}), bool(set()), bool(range(0)), bool(b""))  # expect: False False False False False False False False False
print(bool(1), bool(-0.1), bool(" "), bool([None]), bool(range(1)))  # expect: True True True True True
print(list(range(3)), tuple(range(3)), str(range(3)))  # expect: [0, 1, 2] (0, 1, 2) range(0, 3)
print(frozenset(), set(), dict(), list(), tuple())  # expect: frozenset() set() {} [] ()
