try:
    s = "x" * (10**18)
    print("allocated?", len(s))
except MemoryError:
    print("MemoryError str")  # expect: MemoryError str
try:
    b = b"ab" * (10**18)
except MemoryError:
    print("MemoryError bytes")  # expect: MemoryError bytes
except OverflowError:
    print("OverflowError bytes")
print("still running")  # expect: still running
