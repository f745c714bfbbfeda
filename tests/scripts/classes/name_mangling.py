# Private name mangling on attributes: inside class C, `__x` is spelled `_C__x`.


class C:
    __count = 0
    __dunder__ = "dunders are never mangled"

    def __init__(self, v):
        self.__v = v
        C.__count += 1
        type(self).__count  # class attribute read through the instance's type

    def get(self):
        return self.__v

    def peek(self, other):
        return other.__v  # another object's private attribute

    def set_other(self, other, v):
        other.__v = v

    def __helper(self):
        return "helper %s" % self.__v

    def call(self):
        return self.__helper()

    def bound(self):
        m = self.__helper
        return m.__name__, m.__qualname__, m()

    def nested(self):
        def inner():
            return self.__v

        f = lambda k: self.__v * k
        return inner(), f(2), [self.__v + i for i in range(2)], {k: self.__v for k in "a"}

    def gen(self):
        return list(self.__v + i for i in range(2))

    def drop(self):
        del self.__v

    def aug(self):
        self.__v += 10
        return self.__v

    def strings(self):
        # Strings are never mangled: getattr/hasattr/setattr take the name as written.
        return (
            hasattr(self, "__v"),
            hasattr(self, "_C__v"),
            getattr(self, "_C__v"),
            getattr(self, "__v", "no __v"),
        )

    def set_by_string(self):
        setattr(self, "__raw", 1)
        return self.__raw

    @property
    def __p(self):
        return "property %s" % self.__v

    def use_p(self):
        return self.__p

    @classmethod
    def count(cls):
        return cls.__count

    @staticmethod
    def __static():
        return "static"

    def use_static(self):
        return C.__static(), self.__static()

    def dunder(self):
        return self.__dunder__, self.__class__.__name__


c = C(5)
print(c.get(), c._C__v, c.peek(C(7)))  # expect: 5 5 7
c.set_other(c, 6)
print(c.get(), c.call(), c.bound())  # expect: 6 helper 6 ('__helper', 'C.__helper', 'helper 6')
print(c.nested(), c.gen())  # expect: (6, 12, [6, 7], {'a': 6}) [6, 7]
print(sorted(vars(c)), c.__dict__)  # expect: ['_C__v'] {'_C__v': 6}
print(C.count(), C._C__count, "_C__count" in C.__dict__, "__count" in C.__dict__)  # expect: 2 2 True False
print(sorted(k for k in C.__dict__ if k.startswith("_C")))  # expect: ['_C__count', '_C__helper', '_C__p', '_C__static']
print(c.strings())  # expect: (False, True, 6, 'no __v')
try:
    c.set_by_string()
except AttributeError as e:
    print(e)  # expect: 'C' object has no attribute '_C__raw'
print(getattr(c, "__raw"))  # expect: 1
print(c.use_p(), c._C__p, c.use_static(), c.dunder())  # expect: property 6 property 6 ('static', 'static') ('dunders are never mangled', 'C')
print(c.aug())  # expect: 16
c.drop()
try:
    c.get()
except AttributeError as e:
    print(e)  # expect: 'C' object has no attribute '_C__v'
try:
    c.drop()
except AttributeError as e:
    print(e)  # expect: 'C' object has no attribute '_C__v'
try:
    c.__v
except AttributeError as e:
    print(e)  # expect: 'C' object has no attribute '__v'
c._C__v = "from outside"
print(c.get())  # expect: from outside
print(C.get.__code__.co_names, C.aug.__code__.co_names)  # expect: ('_C__v',) ('_C__v',)
print([k.co_names for k in C.nested.__code__.co_consts if hasattr(k, "co_names")])  # expect: [('_C__v',), ('_C__v',), ('_C__v',), ('_C__v',)]
print(C.__dict__["_C__helper"].__code__.co_name)  # expect: __helper


class D(C):
    __count = 100  # D's own, next to C's

    def getd(self):
        return self.__v

    def counts(self):
        return self.__count, self._C__count

    def __helper(self):
        return "D helper"


d = D(1)
try:
    d.getd()
except AttributeError as e:
    print(e)  # expect: 'D' object has no attribute '_D__v'
print(d.get(), d.counts(), d.call())  # expect: 1 (100, 3) helper 1
print(sorted(k for k in vars(D) if k.startswith("_") and not k.endswith("__")))  # expect: ['_D__count', '_D__helper']


class _Under:
    def f(self):
        self.__x = 1
        return list(vars(self))


class __Twice:
    def f(self):
        self.__x = 1
        return list(vars(self))


class __:
    def f(self):
        self.__x = 1
        self.__y__ = 2
        return list(vars(self))


class Odd:
    def f(self):
        self.__ = 1
        self.___ = 2
        self.___x = 3
        self.__x_ = 4
        return list(vars(self))


print(_Under().f(), __Twice().f(), __().f(), Odd().f())  # expect: ['_Under__x'] ['_Twice__x'] ['__x', '__y__'] ['__', '___', '_Odd___x', '_Odd__x_']


class Outer:
    __a = "outer a"

    class __Inner:
        __a = "inner a"

        def f(self):
            return self.__a

        def outer_a(self):
            return Outer._Outer__a

    def g(self):
        return self.__Inner().f(), self.__Inner().outer_a(), self.__a

    class Plain:
        def f(self):
            return [k for k in vars(type(self)) if k.endswith("__a")]

        __a = 1


print(Outer().g())  # expect: ('inner a', 'outer a', 'outer a')
print(Outer._Outer__Inner.__name__, Outer._Outer__Inner.__qualname__)  # expect: __Inner Outer.__Inner
print(sorted(k for k in vars(Outer._Outer__Inner) if k.endswith("__a")), Outer.Plain().f())  # expect: ['_Inner__a'] ['_Plain__a']


def factory():
    class Local:
        def __init__(self):
            self.__z = "local"

        def get(self):
            return (lambda: self.__z)()

    return Local()


print(factory().get(), vars(factory()))  # expect: local {'_Local__z': 'local'}
