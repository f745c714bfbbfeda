print(repr("42".zfill(5)), repr("-42".zfill(5)), repr("+7".zfill(4)), repr("abc".zfill(2)))  # expect: '00042' '-0042' '+007' 'abc'
print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("abc".center(2)))  # expect: '  ab  ' '***ab**' 'abc'
print(repr("ab".ljust(5)), repr("ab".ljust(5, ".")), repr("ab".rjust(5)), repr("ab".rjust(5, "0")))  # expect: 'ab   ' 'ab...' '   ab' '000ab'
print("|" + "x".center(4) + "|")  # expect: | x  |
