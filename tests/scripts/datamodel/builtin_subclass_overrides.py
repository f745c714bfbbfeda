# Subclasses of list, dict, str and tuple that override the protocol methods: the
# interpreter's fast paths for the builtin types (len, iteration, unpacking, ** merging)
# must call the overrides, as CPython does.
class L(list):
    def __iter__(self): return iter(["it"])
    def __len__(self): return 99
    def __contains__(self, x): return "c"
    def __add__(self, o): return "add"
    def __eq__(self, o): return "eq"
    def __bool__(self): return False
    def __getitem__(self, i): return "gi"
l = L([1, 2])
print(list(l), len(l), 5 in l, l + [1], l == [1, 2], bool(l), l[0:1])  # expect: ['it'] 99 True add eq False gi
for x in l: print(x)  # expect: it
a, = l
print(a)  # expect: it
print(sorted(l), max(l), sum(L([1])) if False else 0)  # expect: ['it'] it 0
print([*l], {*l}, tuple(l))  # expect: ['it'] {'it'} ('it',)
print(str(l), repr(l))  # expect: [1, 2] [1, 2]
class D(dict):
    def __iter__(self): return iter(["k"])
    def __len__(self): return 7
    def __contains__(self, k): return True
    def get(self, k, d=None): return "g"
    def keys(self): return ["kk"]
    def __getitem__(self, k): return "v"
d = D(a=1)
print(list(d), len(d), "zz" in d, d.get("a"), dict(d), {**d})  # expect: ['k'] 7 True g {'kk': 'v'} {'kk': 'v'}
for k in d: print(k)  # expect: k
def f(**kw): return kw
print(f(**d))  # expect: {'kk': 'v'}
class S(str):
    def __eq__(self, o): return True
    def __hash__(self): return 1
    def __len__(self): return 42
    def __add__(self, o): return "sadd"
    def __contains__(self, x): return True
s = S("ab")
print(s == "x", len(s), s + "c", "zz" in s, {s: 1}.get("ab"))  # expect: True 42 sadd True None
class T(tuple):
    def __getitem__(self, i): return "tg"
    def __len__(self): return 5
    def __iter__(self): return iter([9])
t = T((1, 2))
print(t[0], len(t), list(t))  # expect: tg 5 [9]
x, = t
print(x)  # expect: 9
# A dict subclass that keeps dict's __iter__ is merged entry by entry, as CPython does,
# even when it overrides keys().
class K(dict):
    def keys(self): return ["x"]
print({**K(a=1)}, f(**K(b=2)))  # expect: {'a': 1} {'b': 2}
