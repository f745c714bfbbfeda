x = []
for _ in range(10000):
    x = [x]
depth = 0
while x:
    x = x[0]
    depth += 1
print(depth)  # expect: 10000
d = {}
cur = d
for i in range(1000):
    cur["k"] = {}
    cur = cur["k"]
print(len(d))  # expect: 1
