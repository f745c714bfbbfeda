# WeakValueDictionary, WeakKeyDictionary and WeakSet drop entries whose referent dies.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K(%d)" % self.n


def values():
    d = weakref.WeakValueDictionary()
    objs = [K(i) for i in range(6)]
    for o in objs:
        d[o.n] = o
    del o
    print(len(d), sorted(d.keys()), 3 in d, d[3], d.get(9, "none"))
    del objs[1:4]
    print(len(d), sorted(d), 3 in d, d.get(3))
    try:
        d[2]
    except KeyError as e:
        print("KeyError", e)
    print(sorted(k for k, v in d.items()), sorted(v.n for v in d.values()))
    print(d.pop(0), len(d), d.setdefault(4, None), len(d.valuerefs()))
    extra = K(9)
    d[9] = extra
    c = d.copy()
    print(type(c).__name__, sorted(c))
    del extra
    print(sorted(c), sorted(d))
    objs.clear()
    print(len(d), len(c), list(d.items()))


def keys():
    d = weakref.WeakKeyDictionary()
    objs = [K(i) for i in range(5)]
    for o in objs:
        d[o] = o.n * 10
    del o
    print(len(d), sorted(d.values()), objs[2] in d, d[objs[2]], 3 in d)
    del objs[0:2]
    print(len(d), sorted(d.values()), sorted(k.n for k in d.keys()))
    print(d.pop(objs[0]), len(d), d.get(objs[0], "gone"))
    print(len(d.keyrefs()))
    objs.clear()
    print(len(d), list(d.items()))


def sets():
    objs = [K(i) for i in range(4)]
    s = weakref.WeakSet(objs)
    print(len(s), objs[1] in s, K(1) in s, sorted(o.n for o in s))
    objs.pop()
    print(len(s), sorted(o.n for o in s))
    s.discard(objs[0])
    print(len(s), sorted(o.n for o in s))
    t = weakref.WeakSet([objs[1]])
    print(t <= s, s <= t, sorted(o.n for o in s - t), sorted(o.n for o in s | t))
    objs.clear()
    print(len(s), len(t), list(s))
    try:
        s.pop()
    except KeyError as e:
        print("KeyError", e)


values()  # expect: 6 [0, 1, 2, 3, 4, 5] True K(3) none
# expect: 3 [0, 4, 5] False None
# expect: KeyError 2
# expect: [0, 4, 5] [0, 4, 5]
# expect: K(0) 2 K(4) 2
# expect: WeakValueDictionary [4, 5, 9]
# expect: [4, 5] [4, 5]
# expect: 0 0 []
keys()  # expect: 5 [0, 10, 20, 30, 40] True 20 False
# expect: 3 [20, 30, 40] [2, 3, 4]
# expect: 20 2 gone
# expect: 2
# expect: 0 []
sets()  # expect: 4 True False [0, 1, 2, 3]
# expect: 3 [0, 1, 2]
# expect: 2 [1, 2]
# expect: True False [2] [1, 2]
# expect: 0 0 []
# expect: KeyError 'pop from empty WeakSet'
