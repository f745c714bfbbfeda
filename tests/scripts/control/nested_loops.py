for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    print(" ".join(f"{v:2}" for v in row))  # expect:  1  2  3
    # expect:  2  4  6
    # expect:  3  6  9
found = None
for a in range(1, 20):
    for b in range(a, 20):
        if a * a + b * b == 13 * 13:
            found = (a, b)
            break
    if found:
        break
print(found)  # expect: (5, 12)
