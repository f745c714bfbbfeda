d = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float"}
print(d[1], d["1"], d[(1,)], d[None], d[2.5])  # expect: int str tuple none float
d[1.0] = "float one"
print(d[1], len(d))  # expect: float one 5
d[True] = "bool"
print(d)  # expect: {1: 'bool', '1': 'str', (1,): 'tuple', None: 'none', 2.5: 'float'}
try:
    d[[1]] = 1
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: unhashable type: 'list'
