# Storing an attribute whose class attribute is a data descriptor calls its __set__
# (the interpreter's fast path for instance stores must not write the instance dict).
class Field:
    def __init__(self):
        self.seen = []

    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return ("got", obj.__dict__.get("_v"))

    def __set__(self, obj, v):
        self.seen.append(v)
        obj.__dict__["_v"] = v * 10


class C:
    f = Field()


c = C()
for i in range(3):  # a loop, so a cached store path is exercised too
    c.f = i
print(c.f)  # expect: ('got', 20)
print(C.f.seen)  # expect: [0, 1, 2]
print("f" in c.__dict__)  # expect: False


# A class attribute that is an instance without __set__ is shadowed by the instance.
class Plain:
    pass


class D:
    g = Plain()


d = D()
for i in range(3):
    d.g = i
print(d.g, d.__dict__)  # expect: 2 {'g': 2}


# __set__ added to the descriptor's class after the fact is honoured from then on.
class Late:
    def __get__(self, obj, typ=None):
        return "late"


class E:
    h = Late()


e = E()
e.h = 1
print(e.__dict__)  # expect: {'h': 1}
Late.__set__ = lambda self, obj, v: print("late set", v)
e.h = 2  # expect: late set 2
print(e.h, e.__dict__)  # expect: late {'h': 1}
