people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))  # expect: [('eve', 22), ('bob', 25), ('carol', 25), ('alice', 30), ('dave', 30)]
print(sorted(people, key=lambda p: p[1], reverse=True))  # expect: [('alice', 30), ('dave', 30), ('bob', 25), ('carol', 25), ('eve', 22)]
data = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
data.sort(key=lambda t: t[0])
print(data)  # expect: [(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
