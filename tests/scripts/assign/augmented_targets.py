d = {"k": 1}
d["k"] += 10
d.setdefault("n", []).append(1)
print(d)  # expect: {'k': 11, 'n': [1]}
lst = [1, 2, 3]
lst[0] += 100
lst[-1] *= 5
print(lst)  # expect: [101, 2, 15]
class O:
    pass
o = O()
o.v = 5
o.v -= 1
o.items = [1]
o.items += [2]
print(o.v, o.items)  # expect: 4 [1, 2]
calls = []
def key():
    calls.append("key")
    return "k"
d[key()] += 1
print(d["k"], calls)  # expect: 12 ['key']
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: 'tuple' object does not support item assignment
print(t)  # expect: ([1, 2],)
