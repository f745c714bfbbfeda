class Plain:
    pass
p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"))  # expect: True True
print(str(p) == repr(p))  # expect: True
print(p == p, p == Plain(), p != Plain())  # expect: True False True
print(hash(p) == hash(p))  # expect: True
