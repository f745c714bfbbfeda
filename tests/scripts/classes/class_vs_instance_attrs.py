class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.own = []
a = C()
b = C()
a.shared.append(1)
a.own.append(2)
print(b.shared, b.own, C.count)  # expect: [1] [] 2
a.count = 100
print(a.count, b.count, C.count)  # expect: 100 2 2
del a.count
print(a.count)  # expect: 2
C.newattr = "added"
print(b.newattr)  # expect: added
print(hasattr(a, "own"), hasattr(C, "own"))  # expect: True False
