# __slots__: member descriptors, no per-instance __dict__, inheritance, mangling,
# properties, class attributes, __init_subclass__, dataclass(slots=True), namedtuple.
import dataclasses
import collections
import inspect
import types


class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x)  # expect: 1
try:
    p.y
except AttributeError as e:
    print(e, e.name, e.obj is p)  # expect: 'P' object has no attribute 'y' y True
print(getattr(p, "y", "unset"), hasattr(p, "y"))  # expect: unset False
p.y = 2
print(p.y, hasattr(p, "y"))  # expect: 2 True
p.y += 5
print(p.y)  # expect: 7
del p.y
try:
    del p.y
except AttributeError as e:
    print(repr(e))  # expect: AttributeError('y')
try:
    p.z = 1
except AttributeError as e:
    print(e)  # expect: 'P' object has no attribute 'z'
try:
    p.__dict__
except AttributeError as e:
    print(e)  # expect: 'P' object has no attribute '__dict__'
try:
    vars(p)
except TypeError as e:
    print(e)  # expect: vars() argument must have __dict__ attribute
print(hasattr(p, "__dict__"), "x" in dir(p), "y" in dir(p), "__slots__" in dir(p))  # expect: False True True True

# Member descriptors.
print(P.x, type(P.x).__name__, P.x.__name__, P.x.__objclass__ is P, P.x.__qualname__)  # expect: <member 'x' of 'P' objects> member_descriptor x True P.x
print(P.x.__get__(p), P.x.__get__(None, P) is P.x, P.x.__doc__)  # expect: 1 True None
P.x.__set__(p, 10)
print(p.x, P.x.__get__(p, P))  # expect: 10 10
P.x.__delete__(p)
print(hasattr(p, "x"))  # expect: False
try:
    P.x.__delete__(p)
except AttributeError as e:
    print(repr(e))  # expect: AttributeError('x')
try:
    P.x.__get__(3)
except TypeError as e:
    print(e)  # expect: descriptor 'x' for 'P' objects doesn't apply to a 'int' object
try:
    P.x.__set__("s", 1)
except TypeError as e:
    print(e)  # expect: descriptor 'x' for 'P' objects doesn't apply to a 'str' object
try:
    P.x.foo = 1
except AttributeError as e:
    print(e)  # expect: 'member_descriptor' object has no attribute 'foo'
print(P.x is P.__dict__["x"], P.x == P.x)  # expect: True True
print(inspect.ismemberdescriptor(P.x), inspect.isdatadescriptor(P.x))  # expect: True True
print(types.MemberDescriptorType is type(P.x), isinstance(P.y, types.MemberDescriptorType))  # expect: True True

# A str is one slot; a list, a dict (its keys) or any iterable work too.
class One:
    __slots__ = "only"
class FromList:
    __slots__ = ["a", "b"]
class FromDict:
    __slots__ = {"k": "doc", "v": None}
class FromGen:
    __slots__ = (n for n in ("g1", "g2"))
print(One.__slots__, One.only, FromList.__slots__, FromDict.k, FromGen.g2)  # expect: only <member 'only' of 'One' objects> ['a', 'b'] <member 'k' of 'FromDict' objects> <member 'g2' of 'FromGen' objects>
o = One()
o.only = "yes"
f = FromDict()
f.k, f.v = 1, 2
print(o.only, f.k, f.v)  # expect: yes 1 2

# Private names in __slots__ are mangled.
class M:
    __slots__ = ("__secret", "_single", "__dunder__")

    def __init__(self):
        self.__secret = 1
        self._single = 2
        self.__dunder__ = 3

    def secret(self):
        return self.__secret


m = M()
print(m.secret(), m._M__secret, m._single, m.__dunder__, M._M__secret)  # expect: 1 1 2 3 <member '_M__secret' of 'M' objects>
print(sorted(k for k in M.__dict__ if not k.startswith("__") or k == "__dunder__"))  # expect: ['_M__secret', '__dunder__', '_single', 'secret']
class _Under:
    __slots__ = ("__v",)
print(_Under._Under__v)  # expect: <member '_Under__v' of '_Under' objects>

# Inheritance.
class Q(P):
    pass


q = Q(1)
q.z = 3
print(q.x, q.z, q.__dict__, vars(q))  # expect: 1 3 {'z': 3} {'z': 3}
q.__dict__["x"] = "shadowed"
print(q.x)  # expect: 1


class R(P):
    __slots__ = ("r",)


r = R(4)
r.y = 5
r.r = 6
print(r.x, r.y, r.r, hasattr(r, "__dict__"), R.r, R.x)  # expect: 4 5 6 False <member 'r' of 'R' objects> <member 'x' of 'P' objects>
try:
    r.w = 1
except AttributeError as e:
    print(e)  # expect: 'R' object has no attribute 'w'


class Empty(P):
    __slots__ = ()


e = Empty(0)
try:
    e.other = 1
except AttributeError as ex:
    print(ex)  # expect: 'Empty' object has no attribute 'other'


class Both:
    __slots__ = ("a", "__dict__")


b = Both()
b.a = 1
b.extra = 2
print(b.a, b.__dict__, vars(b))  # expect: 1 {'extra': 2} {'extra': 2}


class Plain:
    pass


class Mixed(P, Plain):
    __slots__ = ("m",)


mx = Mixed(1)
mx.anything = 2
print(mx.__dict__)  # expect: {'anything': 2}

# Properties and class attributes.
class Temp:
    __slots__ = ("_c",)
    unit = "C"

    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9


t = Temp(100)
print(t.f, t.unit)  # expect: 212.0 C
t.f = 32
print(t._c)  # expect: 0.0
try:
    t.unit = "F"
except AttributeError as ex:
    print(ex)  # expect: 'Temp' object attribute 'unit' is read-only
try:
    del t.unit
except AttributeError as ex:
    print(ex)  # expect: 'Temp' object attribute 'unit' is read-only
Temp.unit = "K"
print(t.unit)  # expect: K


class Fallback:
    __slots__ = ("a",)

    def __getattr__(self, name):
        return "fallback " + name


fb = Fallback()
print(fb.a, fb.b)  # expect: fallback a fallback b
fb.a = 1
print(fb.a)  # expect: 1

# __setattr__ overrides still reach the slots through object.__setattr__.
class Logged:
    __slots__ = ("v",)

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


lg = Logged()
lg.v = 1  # expect: set v 1
print(object.__getattribute__(lg, "v"))  # expect: 1
try:
    lg.w = 2  # expect: set w 2
except AttributeError as ex:
    print(ex)  # expect: 'Logged' object has no attribute 'w'

# __init_subclass__ sees the finished class.
class Base:
    __slots__ = ()

    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, cls.__slots__, type(cls.__dict__.get("s")).__name__)


class Child(Base):  # expect: subclass Child ('s',) member_descriptor
    __slots__ = ("s",)


# type() with __slots__ in the namespace.
Z = type("Z", (), {"__slots__": ("q",)})
z = Z()
z.q = 2
print(z.q, hasattr(z, "__dict__"))  # expect: 2 False

# Slots work from several threads' objects and in comprehensions.
pts = [P(i) for i in range(5)]
for pt in pts:
    pt.y = pt.x * 2
print(sum(pt.x + pt.y for pt in pts))  # expect: 30

# dataclass(slots=True)
@dataclasses.dataclass(slots=True)
class DC:
    a: int
    b: int = 2
    c: list = dataclasses.field(default_factory=list)


d = DC(1)
print(d, DC.__slots__, hasattr(d, "__dict__"), d == DC(1, 2, []))  # expect: DC(a=1, b=2, c=[]) ('a', 'b', 'c') False True
try:
    d.other = 1
except AttributeError as ex:
    print(ex)  # expect: 'DC' object has no attribute 'other'


@dataclasses.dataclass(slots=True, frozen=True)
class Frozen:
    a: int


fr = Frozen(1)
try:
    fr.a = 2
except dataclasses.FrozenInstanceError as ex:
    print(ex)  # expect: cannot assign to field 'a'


@dataclasses.dataclass(slots=True)
class DC2(DC):
    e: int = 0


print(DC2.__slots__, DC2(1, e=5))  # expect: ('e',) DC2(a=1, b=2, c=[], e=5)
try:
    @dataclasses.dataclass(slots=True)
    class Twice:
        __slots__ = ("a",)
        a: int
except TypeError as ex:
    print(ex)  # expect: Twice already specifies __slots__
try:
    dataclasses.dataclass(weakref_slot=True)(type("W", (), {}))
except TypeError as ex:
    print(ex)  # expect: weakref_slot is True but slots is False

# namedtuple sets __slots__ = ().
Pt = collections.namedtuple("Pt", "x y")
pt = Pt(1, 2)
print(Pt.__slots__, pt)  # expect: () Pt(x=1, y=2)
try:
    pt.z = 3
except AttributeError as ex:
    print(ex)  # expect: 'Pt' object has no attribute 'z'

# Exception subclasses keep a __dict__; their slots still work.
class Err(Exception):
    __slots__ = ("code",)


er = Err("m")
er.code = 3
print(er.code, er.args, Err.code)  # expect: 3 ('m',) <member 'code' of 'Err' objects>

# A cycle through slots alone is collected; a long chain is freed without recursion.
import gc


class Node:
    __slots__ = ("next", "__weakref__")


import weakref
n1 = Node()
n1.next = n1
ref = weakref.ref(n1)
del n1
gc.collect()
print(ref())  # expect: None
head = None
for i in range(100000):
    n = Node()
    n.next = head
    head = n
del head, n
print("freed")  # expect: freed

# copy and deepcopy copy the set slots (and a __dict__ if there is one).
import copy


class CopyMe(P):
    __slots__ = ("__hidden", "items")

    def __init__(self):
        P.__init__(self, 1)
        self.__hidden = "h"
        self.items = [1, [2]]


c1 = CopyMe()
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
print(c2.x, c2._CopyMe__hidden, c2.items is c1.items, hasattr(c2, "y"))  # expect: 1 h True False
print(c3.items == c1.items, c3.items[1] is c1.items[1], hasattr(c3, "__dict__"))  # expect: True False False
q2 = copy.copy(q)
print(q2.x, q2.z)  # expect: 1 3
