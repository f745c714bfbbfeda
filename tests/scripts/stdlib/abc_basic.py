from abc import (ABC, abstractmethod, abstractproperty, abstractclassmethod,
                 abstractstaticmethod, update_abstractmethods)
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())


try:
    Shape()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Shape with abstract method area


class Poly(Shape):
    @abstractmethod
    def sides(self):
        pass

    @property
    @abstractmethod
    def name(self):
        pass


print(sorted(Poly.__abstractmethods__))  # expect: ['area', 'name', 'sides']
try:
    Poly()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Poly with abstract methods area, name, sides


class Square(Poly):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def sides(self):
        return 4

    @property
    def name(self):
        return "square"


sq = Square(3)
print(sq.describe(), sq.sides(), sq.name, Square.__abstractmethods__)  # expect: Square with area 9 4 square frozenset()
print(isinstance(sq, Shape), issubclass(Square, ABC))  # expect: True True


class HalfDone(Poly):
    def area(self):
        return 0


try:
    HalfDone()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class HalfDone with abstract methods name, sides


class Base(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        pass

    @staticmethod
    @abstractmethod
    def helper():
        pass

    @abstractclassmethod
    def old_cm(cls):
        pass

    @abstractstaticmethod
    def old_sm():
        pass

    @abstractproperty
    def old_prop(self):
        pass


print(sorted(Base.__abstractmethods__))  # expect: ['helper', 'make', 'old_cm', 'old_prop', 'old_sm']


class Impl(Base):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"

    @classmethod
    def old_cm(cls):
        return "cm"

    @staticmethod
    def old_sm():
        return "sm"

    @property
    def old_prop(self):
        return "prop"


i = Impl.make()
print(type(i).__name__, i.helper(), Impl.old_cm(), Impl.old_sm(), i.old_prop)  # expect: Impl help cm sm prop


# A plain ABC with no abstract methods can be instantiated.
class Plain(ABC):
    def __init__(self, x):
        self.x = x


print(Plain(5).x, Plain.__abstractmethods__ == frozenset())  # expect: 5 True


# update_abstractmethods after patching the class.
class Later(ABC):
    @abstractmethod
    def go(self):
        pass


Later.go = lambda self: "went"
update_abstractmethods(Later)
print(Later().go(), Later.__abstractmethods__)  # expect: went frozenset()


@abstractmethod
def f():
    pass


print(f.__isabstractmethod__)  # expect: True
print(abc.get_cache_token() == abc.get_cache_token())  # expect: True


# A base that overrides __init_subclass__ without calling super().
class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, **kwargs):
        Plugin.registry.append(cls.__name__)

    @abstractmethod
    def run(self):
        pass


class Good(Plugin):
    def run(self):
        return "ran"


class Bad(Plugin):
    pass


print(Plugin.registry, Good().run())  # expect: ['Good', 'Bad'] ran
try:
    Bad()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Bad with abstract method run
