# Allocations larger than the machine's memory fail at once with MemoryError (no swap-out,
# no OOM kill), whatever the allocator reserves lazily.
for make in (lambda: bytes(2**40), lambda: bytearray(2**40), lambda: [0] * 10**11,
             lambda: "x" * 2**40, lambda: (1).to_bytes(2**40, "big")):
    try:
        make()
        print("allocated")
    except MemoryError:
        print("MemoryError")
# expect: MemoryError
# expect: MemoryError
# expect: MemoryError
# expect: MemoryError
# expect: MemoryError
