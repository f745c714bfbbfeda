print(True, False, not True, not False)  # expect: True False False True
print(True and False, True or False, not None)  # expect: False True True
print(True + True, True * 10, False - 1)  # expect: 2 10 -1
print(int(True), bool(0), bool(1), bool(-1))  # expect: 1 False True True
print(bool(""), bool("x"), bool([]), bool([0]), bool({}), bool(()), bool(None), bool(0.0))  # expect: False True False True False False False False
print(type(True).__name__, isinstance(True, int))  # expect: bool True
print(True == 1, True is True, str(False), repr(True))  # expect: True True False True
print(True & False, True | False, True ^ True)  # expect: False True False
