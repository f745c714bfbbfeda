# Integer loops and arithmetic.
total = 0
i = 0
while i < 3000000:
    total += i * 3 % 7
    i += 1
for j in range(3000000):
    total ^= j & 255
print(total)
