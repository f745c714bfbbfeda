class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
d = {Key("A"): 1}
d[Key("a")] = 2
print(len(d), d[Key("A")])  # expect: 1 2
s = {Key("x"), Key("X"), Key("y")}
print(len(s))  # expect: 2
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: unhashable type: 'NoHash'
print(NoHash() == 5)  # expect: True
