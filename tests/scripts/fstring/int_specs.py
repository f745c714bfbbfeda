n = 255
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")  # expect: ff FF 377 11111111 0xff 0o377 0b11111111
print(f"{n:08b} {n:#010x} {n:+d} {-n:d} {n: d}")  # expect: 11111111 0x000000ff +255 -255  255
print(f"{n:c}{65:c}")  # expect: ÿA
print(f"{10**20:,}")  # expect: 100,000,000,000,000,000,000
print(f"{n:e} {n:.2f} {n:%}")  # expect: 2.550000e+02 255.00 25500.000000%
print(f"{True} {True:d} {None}")  # expect: True 1 None
