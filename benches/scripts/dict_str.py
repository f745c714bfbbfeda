# Dict of str keys: building keys, lookups and updates (1M operations).
d = {}
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
for i in range(200000):
    for w in words:
        k = w + str(i % 100)
        d[k] = d.get(k, 0) + 1
print(len(d), d["alpha7"])
