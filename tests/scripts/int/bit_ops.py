print(6 & 3, 6 | 3, 6 ^ 3)  # expect: 2 7 5
print(~5, ~-1, ~0)  # expect: -6 0 -1
print(1 << 10, 1 << 70)  # expect: 1024 1180591620717411303424
print(1024 >> 3, -1024 >> 3, -1 >> 5)  # expect: 128 -128 -1
print(-5 & 0xFF)  # expect: 251
print(-6 | 1, -6 ^ 3)  # expect: -5 -7
print((1 << 100) >> 98)  # expect: 4
print((2**64 + 5) & 0xF)  # expect: 5
print(bin(0b1010 ^ 0b0110))  # expect: 0b1100
print((255).bit_length(), (0).bit_length(), (-256).bit_length())  # expect: 8 0 9
