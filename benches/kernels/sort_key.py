# Sorting with key functions (a deterministic pseudo-random sequence, no imports).
seed = 12345
data = []
for i in range(100000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append((seed % 1000, "k" + str(seed % 9973)))
for _ in range(3):
    a = sorted(data, key=lambda t: t[1])
    b = sorted(data, key=lambda t: (t[0], t[1]), reverse=True)
print(a[0], b[0], len(a))
