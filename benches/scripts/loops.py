# A plain integer loop: 10M iterations of add/modulo/compare.
total = 0
i = 0
while i < 10000000:
    if i % 3 == 0:
        total += i
    i += 1
print(total)
