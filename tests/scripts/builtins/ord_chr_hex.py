print(ord("a"), ord("A"), ord("0"), ord("\n"), ord("€"))  # expect: 97 65 48 10 8364
print(chr(97), chr(8364), chr(48), repr(chr(0)))  # expect: a € 0 '\x00'
print(hex(0), hex(255), hex(-1), oct(64), oct(-8), bin(0), bin(10), bin(-3))  # expect: 0x0 0xff -0x1 0o100 -0o10 0b0 0b1010 -0b11
print(hex(2**80), bin(2**10))  # expect: 0x100000000000000000000 0b10000000000
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: ord() expected a character, but string of length 2 found
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: chr() arg not in range(0x110000)
print(int(hex(1234), 16), int(bin(99), 2), int(oct(77), 8))  # expect: 1234 99 77
