# weakref.ref: upgrade, shared basic refs, callbacks (run before the next statement once
# the referent is deleted, newest first), __callback__, hash and equality, and the
# types that cannot be weakly referenced. Objects without cycles die at once.
import weakref


class C:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, C) and self.x == other.x

    def __hash__(self):
        return hash(self.x)


def basics():
    c = C(1)
    r = weakref.ref(c)
    print(r() is c, r is weakref.ref(c), type(r) is weakref.ReferenceType)
    log = []
    r2 = weakref.ref(c, lambda w: log.append(("r2", w is r2)))
    r3 = weakref.ref(c, lambda w: log.append(("r3", w is r3)))
    print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r, r3, r2])
    print(r2.__callback__ is not None, r.__callback__)
    del c
    print(r(), r2(), r3(), log)
    print(r2.__callback__, weakref.getweakrefcount(C(0)))


def hashing():
    a, b = C(5), C(5)
    ra, rb = weakref.ref(a), weakref.ref(b)
    print(hash(ra) == hash(5), ra == rb, ra != rb, ra == a)
    d = {ra: "a"}
    print(d[rb])
    h = hash(ra)
    del a
    print(hash(ra) == h, ra == rb, ra == ra)
    del b
    try:
        hash(rb)
    except TypeError as e:
        print("TypeError:", e)


def errors():
    for bad in [1, 1.5, "s", b"b", (), [], {}, None, True, object(), range(3)]:
        try:
            weakref.ref(bad)
        except TypeError as e:
            print(e)
    try:
        weakref.ref()
    except TypeError as e:
        print(e)
    try:
        weakref.ref(C(1), None, 3)
    except TypeError as e:
        print(e)


def referents():
    class L(list):
        pass

    class D(dict):
        pass

    def f():
        pass

    for obj in [C(1), f, C, set(), frozenset(), L(), D(), len, C(2).__init__]:
        r = weakref.ref(obj)
        print(type(obj).__name__, r() is obj)


def callback_errors():
    def bad(w):
        raise ValueError("ignored")

    c = C(1)
    r = weakref.ref(c, bad)
    del c
    print("after", r())


def callback_sees_dead_ref():
    seen = []
    c = C(7)
    r = weakref.ref(c, lambda w: seen.append(w()))
    del c
    print(seen)


basics()  # expect: True True True
# expect: 3 True
# expect: True None
# expect: None None None [('r3', True), ('r2', True)]
# expect: None 0
hashing()  # expect: True True False False
# expect: a
# expect: True False True
errors()  # expect: cannot create weak reference to 'int' object
# expect: cannot create weak reference to 'float' object
# expect: cannot create weak reference to 'str' object
# expect: cannot create weak reference to 'bytes' object
# expect: cannot create weak reference to 'tuple' object
# expect: cannot create weak reference to 'list' object
# expect: cannot create weak reference to 'dict' object
# expect: cannot create weak reference to 'NoneType' object
# expect: cannot create weak reference to 'bool' object
# expect: cannot create weak reference to 'object' object
# expect: cannot create weak reference to 'range' object
# expect: __new__ expected at least 1 argument, got 0
# expect: __new__ expected at most 2 arguments, got 3
referents()  # expect: C True
# expect: function True
# expect: type True
# expect: set True
# expect: frozenset True
# expect: L True
# expect: D True
# expect: builtin_function_or_method True
# expect: method True
callback_errors()  # expect: after None
callback_sees_dead_ref()  # expect: [None]


# At module level too: `del` drops the interpreter's cached reference to the global.
mod_obj = C(9)
mod_ref = weakref.ref(mod_obj, lambda w: print("module-level callback"))
print(mod_ref() is mod_obj)  # expect: True
del mod_obj  # expect: module-level callback
print(mod_ref())  # expect: None
