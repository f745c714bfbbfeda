# Multiple inheritance: C3 MRO, cooperative super() in diamonds, bases and lookup order.


class A:
    def f(self):
        print("A")

    def who(self):
        return "A"


class B(A):
    def f(self):
        print("B")
        super().f()


class C(A):
    def f(self):
        print("C")
        super().f()

    def who(self):
        return "C"


class D(B, C):
    def f(self):
        print("D")
        super().f()


D().f()  # expect: D
# expect: B
# expect: C
# expect: A
print([k.__name__ for k in D.__mro__])  # expect: ['D', 'B', 'C', 'A', 'object']
print([k.__name__ for k in D.mro()])  # expect: ['D', 'B', 'C', 'A', 'object']
print(D.__bases__, D.__base__, B.__bases__)  # expect: (<class '__main__.B'>, <class '__main__.C'>) <class '__main__.B'> (<class '__main__.A'>,)
print(D().who())  # expect: C
print(isinstance(D(), C), issubclass(D, A), issubclass(C, B), issubclass(D, (int, C)))  # expect: True True False True


# Two-argument super() follows type(self).__mro__ after the given class.
class E(B, C):
    def f(self):
        super(B, self).f()


E().f()  # expect: C
# expect: A
print(super(B, D()).who(), super(C, D()).who())  # expect: C A


# Cooperative __init__ with keyword arguments passed along the chain.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]


class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.left = left
        self.log.append("Left")


class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.right = right
        self.log.append("Right")


class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Both")


b = Both(left=1, right=2)
print(b.left, b.right, b.log)  # expect: 1 2 ['Base', 'Right', 'Left', 'Both']


# Classmethods and staticmethods through super() in a diamond.
class P:
    @classmethod
    def make(cls):
        return "P.make(" + cls.__name__ + ")"


class Q(P):
    @classmethod
    def make(cls):
        return "Q>" + super().make()


class R(P):
    @classmethod
    def make(cls):
        return "R>" + super().make()


class S(Q, R):
    pass


print(S.make(), S().make())  # expect: Q>R>P.make(S) Q>R>P.make(S)


# The classic C3 example.
class O1: pass
class F1(O1): pass
class E1(O1): pass
class D1(O1): pass
class C1(D1, F1): pass
class B1(D1, E1): pass
class A1(B1, C1): pass


print([k.__name__ for k in A1.__mro__])  # expect: ['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'O1', 'object']


# Class attribute caches see changes anywhere along the MRO.
class M1:
    x = "M1"


class M2:
    x = "M2"


class M3(M1, M2):
    pass


obj = M3()
for _ in range(3):
    print(obj.x, M3.x)  # expect: M1 M1
    # expect: M1 M1
    # expect: M1 M1
del M1.x
print(obj.x, M3.x)  # expect: M2 M2
M2.x = "M2 again"
print(obj.x)  # expect: M2 again
M1.x = "M1 back"
print(obj.x)  # expect: M1 back


# __init_subclass__ runs the first one along the new class's MRO, cooperatively.
class Reg1:
    def __init_subclass__(cls, **kw):
        print("Reg1 sees", cls.__name__, kw)
        super().__init_subclass__()


class Reg2:
    def __init_subclass__(cls, tag=None, **kw):
        print("Reg2 sees", cls.__name__, tag)
        super().__init_subclass__(**kw)


class Plugin(Reg1, Reg2, tag="t"):  # expect: Reg1 sees Plugin {'tag': 't'}
# expect: Reg2 sees Plugin None
    pass


class Plugin2(Reg2, Reg1, tag="u"):  # expect: Reg2 sees Plugin2 u
# expect: Reg1 sees Plugin2 {}
    pass


# __set_name__ on descriptors in a class with several bases.
class Named:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name


class Holder(Left, Right):
    field = Named()


print(Holder.field.name)  # expect: Holder.field


# object appears once, at the end; a base may list object explicitly after others.
class X(A, object):
    pass


print([k.__name__ for k in X.__mro__])  # expect: ['X', 'A', 'object']


# Properties and methods from different bases.
class HasProp:
    @property
    def p(self):
        return "prop from HasProp"


class HasMeth:
    def m(self):
        return "meth from HasMeth " + self.p


class Combined(HasProp, HasMeth):
    pass


print(Combined().m(), Combined.__mro__[1:3] == (HasProp, HasMeth))  # expect: meth from HasMeth prop from HasProp True
print(repr(Combined)[:8], type(Combined), type(Combined()).__name__)  # expect: <class ' <class 'type'> Combined
