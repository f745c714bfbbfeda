class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return type(o) is P and o.v == self.v
a, b = P(1), P(1)
print(a == b, a != b, a is b)  # expect: True False False
print(a in [P(0), P(1)], [P(1)] == [P(1)], [P(1)].index(P(1)), [P(1), P(2), P(1)].count(P(1)))  # expect: True True 0 2
try:
    {a}
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: unhashable type: 'P'
