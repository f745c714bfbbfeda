class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("fallback for", name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)  # expect: fallback for append
print(p.target, p.count(1))  # expect: fallback for count
# expect: [3, 1, 2, 0] 1
print(p.target)  # expect: [3, 1, 2, 0]
class Dyn:
    x = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)
d = Dyn()
print(d.x, d.auto_hello, getattr(d, "nothing", "dflt"), hasattr(d, "zzz"))  # expect: 1 hello dflt False
