print(int("42"), int("-17"), int("  8  "), int("+3"))  # expect: 42 -17 8 3
print(int("ff", 16), int("FF", 16), int("0x1f", 16), int("0x1f", 0))  # expect: 255 255 31 31
print(int("777", 8), int("0o17", 0), int("101", 2), int("0b101", 0))  # expect: 511 15 5 5
print(int("z", 36), int("10", 36))  # expect: 35 36
print(int("1_000"))  # expect: 1000
print(int(3.9), int(-3.9), int(True))  # expect: 3 -3 1
print(int("123456789012345678901234567890"))  # expect: 123456789012345678901234567890
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: invalid literal for int() with base 10: '12a'
try:
    int("")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: invalid literal for int() with base 10: ''
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: invalid literal for int() with base 8: '9'
