# enum on its EnumType metaclass: class-level protocols, StrEnum, Flag/IntFlag, the
# functional API, _missing_, __new__ in enum bodies, member protection.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Color(Enum):
    RED = 1
    GREEN = 2
def reassign(): Color.RED = 5
t(reassign)  # expect: AttributeError cannot reassign member 'RED'
def dele(): del Color.RED
t(dele)  # expect: AttributeError 'Color' cannot delete member 'RED'.
t(lambda: Color(7))  # expect: ValueError 7 is not a valid Color
t(lambda: Color['X'])  # expect: KeyError 'X'
def dup():
    class A(Enum):
        X = 1
        X = 2
t(dup)  # expect: TypeError 'X' already defined as 1
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B, f"{S.B}", S.A == "a", S("bee"))  # expect: a <S.A: 'a'> bee bee True bee
class L(IntEnum):
    X = 1
    Y = auto()
print(L.X, repr(L.Y), f"{L.Y}", L.X + 1, str(L.Y), format(L.Y, ">3"))  # expect: 1 <L.Y: 2> 2 2 2   2
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
print(P.R | P.W, repr(P.R | P.W), P.R & P.W, repr(P(0)), list(P.R | P.X), P.W in (P.R | P.W), bool(P(0)), ~P.R, repr(~P.R), P(3))  # expect: P.R|W <P.R|W: 3> P(0) <P: 0> [<P.R: 1>, <P.X: 4>] True False P.W|X <P.W|X: 6> P.R|W
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 4, repr(IP.A | 4), IP.A + 1)  # expect: 3 <IP.A|B: 3> 5 <IP.A|4: 5> 2
print(list(reversed(Color)), Color.RED.name, Color.RED._value_, hash(Color.RED) == hash("RED"))  # expect: [<Color.GREEN: 2>, <Color.RED: 1>] RED 1 True
F = Enum("F", "A B C")
print(list(F), F.B.value, repr(F))  # expect: [<F.A: 1>, <F.B: 2>, <F.C: 3>] 2 <enum 'F'>
G = Enum("G", [("X", 10), ("Y", 20)])
print(list(G))  # expect: [<G.X: 10>, <G.Y: 20>]
H = Enum("H", {"P": "p"})
print(H.P, H("p"))  # expect: H.P H.P
class Miss(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(Miss(99))  # expect: Miss.A
class WithNew(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    ONE = 1, "one"
    TWO = 2, "two"
print(WithNew(2), WithNew.ONE.label, WithNew.ONE.value)  # expect: WithNew.TWO one 1
print(Color.RED.__class__, isinstance(Color.RED, Color), Color.__members__["RED"], len(Color.__members__))  # expect: <enum 'Color'> True Color.RED 2
print(dir(Color.RED)[:3] if False else "-")  # expect: -
class Num(Enum):
    ONE = 1
    def describe(self): return self.name.lower()
    @property
    def double(self): return self.value * 2
    @classmethod
    def first(cls): return cls.ONE
    _ignore_ = ["tmp"]
print(Num.ONE.describe(), Num.ONE.double, Num.first(), Num.ONE == 1, Num.ONE < Num.ONE if False else "")  # expect: one 2 Num.ONE False
t(lambda: Num.ONE < Num.ONE)  # expect: TypeError '<' not supported between instances of 'Num' and 'Num'
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.GREEN) is Color.GREEN)  # expect: True True
t(lambda: Color())  # expect: TypeError EnumType.__call__() missing 1 required positional argument: 'value'
print(Color.RED.value, Color._member_names_, Color._member_map_, Color._value2member_map_)  # expect: 1 ['RED', 'GREEN'] {'RED': <Color.RED: 1>, 'GREEN': <Color.GREEN: 2>} {1: <Color.RED: 1>, 2: <Color.GREEN: 2>}
class E2(Enum):
    A = 1
    B = 1
print(E2.B, E2.B is E2.A, list(E2), E2.__members__)  # expect: E2.A True [<E2.A: 1>] {'A': <E2.A: 1>, 'B': <E2.A: 1>}
print({Color.RED: 1}[Color.RED], sorted(L), max(L))  # expect: 1 [<L.X: 1>, <L.Y: 2>] 2
t(lambda: unique(E2))  # expect: ValueError duplicate values found in <enum 'E2'>: B -> A
print(repr(Color), str(Color), type(Color).__name__, [k.__name__ for k in type(Color).__mro__])  # expect: <enum 'Color'> <enum 'Color'> EnumType ['EnumType', 'type', 'object']
import enum
print(enum.EnumMeta is enum.EnumType, isinstance(Color, enum.EnumType), issubclass(L, int), issubclass(L, Enum))  # expect: True True True True
try:
    class Sub(Color):
        pass
except TypeError as e:
    print(e)  # expect: <enum 'Sub'> cannot extend <enum 'Color'>
class Base(Enum):
    def shout(self):
        return self.name.upper() + "!"
class Animal(Base):
    cat = 1
    dog = 2
print(Animal.cat.shout(), list(Animal), Animal["dog"], Animal(2))  # expect: CAT! [<Animal.cat: 1>, <Animal.dog: 2>] Animal.dog Animal.dog
print(P.R in P.R | P.W, P(7), repr(P(7)), len(P.R | P.X), list(P), bool(P.R & P.W))  # expect: True P.R|W|X <P.R|W|X: 7> 2 [<P.R: 1>, <P.W: 2>, <P.X: 4>] False
try:
    P(8)
except ValueError as e:
    print(e)  # expect: <flag 'P'> invalid value 8
    # expect:     given 0b0 1000
    # expect:   allowed 0b0 0111
