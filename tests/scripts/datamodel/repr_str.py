class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x!r})"
class S(V):
    def __str__(self):
        return f"<{self.x}>"
print(V(1), repr(V("a")), str(V(2)), [V(3)])  # expect: V(1) V('a') V(2) [V(3)]
print(S(4), repr(S(5)), [S(6)], f"{S(7)}", "%s %r" % (S(8), S(9)))  # expect: <4> V(5) [V(6)] <7> <8> V(9)
print({"k": V(1)}, (V(2),))  # expect: {'k': V(1)} (V(2),)
