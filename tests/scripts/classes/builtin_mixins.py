# A builtin base mixed with plain classes: the builtin base lays out the instance.


class Describe:
    def describe(self):
        return "%s of %d" % (type(self).__name__, len(self))


class Stack(list, Describe):
    def push(self, x):
        self.append(x)
        return self


s = Stack([1, 2])
s.push(3)
print(s, s.describe(), Stack.__base__.__name__, isinstance(s, list), isinstance(s, Describe))  # expect: [1, 2, 3] Stack of 3 list True True
print(s + [4], len(s), s[0], sorted(Stack([3, 1, 2])))  # expect: [1, 2, 3, 4] 3 1 [1, 2, 3]


class Registry(Describe, dict):
    pass


r = Registry(a=1)
r["b"] = 2
print(r, r.describe(), Registry.__base__.__name__, [k.__name__ for k in Registry.__mro__])  # expect: {'a': 1, 'b': 2} Registry of 2 dict ['Registry', 'Describe', 'dict', 'object']


class Coded:
    code = 0

    def render(self):
        return "[%d] %s" % (self.code, self)


class NotFound(LookupError, Coded):
    code = 404


class Teapot(ValueError, Coded):
    code = 418

    def __init__(self, msg, extra):
        super().__init__(msg)
        self.extra = extra


try:
    raise NotFound("no such page")
except LookupError as e:
    print(type(e).__name__, e.render(), e.args)  # expect: NotFound [404] no such page ('no such page',)
try:
    raise Teapot("short and stout", "spout")
except ValueError as e:
    print("caught:", e.render(), e.extra, isinstance(e, Coded))  # expect: caught: [418] short and stout spout True
try:
    try:
        raise Teapot("t", "x")
    except Coded:
        print("not reached")
except TypeError as e:
    print(e)  # expect: catching classes that do not inherit from BaseException is not allowed
print(issubclass(NotFound, Exception), NotFound.__base__.__name__, isinstance(NotFound(), Coded))  # expect: True LookupError True


class Money(int, Coded):
    def __str__(self):
        return "$%d" % int(self)


m = Money(5)
print(m + 1, str(m), m.render(), Money.__base__.__name__)  # expect: 6 $5 [0] $5 int


class Both(KeyError, IndexError):
    pass


for exc in (KeyError, IndexError, LookupError):
    try:
        raise Both("k")
    except exc as e:
        print("caught by", exc.__name__, repr(e))  # expect: caught by KeyError Both('k')
        # expect: caught by IndexError Both('k')
        # expect: caught by LookupError Both('k')

print([k.__name__ for k in Both.__mro__])  # expect: ['Both', 'KeyError', 'IndexError', 'LookupError', 'Exception', 'BaseException', 'object']


class FileProblem(OSError, KeyError):
    pass


e = FileProblem(2, "missing")
print(e.errno, e.strerror, isinstance(e, KeyError), FileProblem.__base__.__name__)  # expect: 2 missing True OSError
