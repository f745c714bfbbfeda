# Ranges whose bounds do not fit in 64 bits.
print(10**20 in range(10**21))  # expect: True
print(len(range(2**62, 2**64, 2**60)))  # expect: 12
print(range(10**20)[-1])  # expect: 99999999999999999999
