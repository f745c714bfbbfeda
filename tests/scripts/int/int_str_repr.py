print(str(42), repr(-42))  # expect: 42 -42
print(str(10**20))  # expect: 100000000000000000000
print(len(str(2**200)))  # expect: 61
print(hex(255), oct(8), bin(5))  # expect: 0xff 0o10 0b101
print(hex(-255), bin(-5))  # expect: -0xff -0b101
print(hex(2**64))  # expect: 0x10000000000000000
print(int(str(2**100)) == 2**100)  # expect: True
