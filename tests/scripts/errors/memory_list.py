try:
    x = [0] * (10**17)
    print("allocated?", len(x))
except MemoryError:
    print("MemoryError list")  # expect: MemoryError list
try:
    y = [None] * (2**62)
except MemoryError:
    print("MemoryError huge list")  # expect: MemoryError huge list
print("still running")  # expect: still running
