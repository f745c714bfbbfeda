print(format(3.14159, ".2f"), format(42, "05d"), format("s", ">4"))  # expect: 3.14 00042    s
print(format(1234567, ","), format(255, "x"), format(0.5, "%"))  # expect: 1,234,567 ff 50.000000%
print(format(42), format("abc"), format(None), format(True))  # expect: 42 abc None True
print(format(-1.5, "+.3f"), format(10, "b"), format(12.0, "g"))  # expect: -1.500 1010 12
print(repr(format(3, "")))  # expect: '3'
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: Unknown format code 'd' for object of type 'str'
