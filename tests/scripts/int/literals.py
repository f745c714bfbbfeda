print(0, 1, -1, 42)  # expect: 0 1 -1 42
print(0x1f, 0o17, 0b1011)  # expect: 31 15 11
print(1_000_000)  # expect: 1000000
print(0xFF_FF)  # expect: 65535
print(-0)  # expect: 0
print(+7)  # expect: 7
print(type(5).__name__)  # expect: int
