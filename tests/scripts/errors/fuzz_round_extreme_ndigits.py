# round() with ndigits at the ends of the 64-bit range: no overflow inside the interpreter.
print(round(1.5, -2**63))  # expect: 0.0
print(round(-2.5, -2**62))  # expect: -0.0
print(round(12345.678, -(2**63 - 1)))  # expect: 0.0
print(round(1.5, 2**63 - 1))  # expect: 1.5
