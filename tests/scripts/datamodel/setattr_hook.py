class Logged:
    def __setattr__(self, name, value):
        print("setting", name, value)
        object.__setattr__(self, name, value)
l = Logged()
l.a = 1  # expect: setting a 1
l.b = [2]  # expect: setting b [2]
print(l.a, l.b)  # expect: 1 [2]
class Frozen:
    def __init__(self):
        object.__setattr__(self, "v", 1)
    def __setattr__(self, n, v):
        raise AttributeError("frozen")
f = Frozen()
try:
    f.v = 2
except AttributeError as e:
    print("AttributeError:", e, f.v)  # expect: AttributeError: frozen 1
