d = {(1, 2): "a", (3,): "b"}
print(d[(1, 2)], d[3,])  # expect: a b
print(hash((1, 2)) == hash((1, 2)))  # expect: True
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: unhashable type: 'list'
t = ([1],)
t[0].append(2)
print(t)  # expect: ([1, 2],)
