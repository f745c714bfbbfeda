# String-keyed dicts and string building.
counts = {}
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
for i in range(400000):
    w = words[i % 8] + str(i % 100)
    counts[w] = counts.get(w, 0) + 1
parts = []
for k in sorted(counts):
    parts.append(k + "=" + str(counts[k]))
s = ",".join(parts)
print(len(counts), len(s))
