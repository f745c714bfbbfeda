out = []
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out)  # expect: [1, 3, 5, 7]
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)  # expect: 1 0
        # expect: 2 0
        # expect: 2 1
n = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    print("mult of 3:", n)  # expect: mult of 3: 3
    # expect: mult of 3: 6
    # expect: mult of 3: 9
