d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d.keys()))  # expect: ['zeta', 'alpha', 'mid', 'beta']
d["alpha"] = 0
print(list(d.items()))  # expect: [('zeta', 4), ('alpha', 0), ('mid', 3), ('beta', 4)]
del d["zeta"]
d["zeta"] = 1
print(list(d))  # expect: ['alpha', 'mid', 'beta', 'zeta']
print({3: "c", 1: "a", 2: "b"})  # expect: {3: 'c', 1: 'a', 2: 'b'}
