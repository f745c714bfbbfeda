# abc.ABCMeta as a metaclass: abstract methods, register(), __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s: area %s, perimeter %s" % (type(self).__name__, self.area(), self.perimeter())


for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)  # expect: Can't instantiate abstract class Shape with abstract methods area, perimeter


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


try:
    Square(2)
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Square with abstract method perimeter


class RealSquare(Square):
    def perimeter(self):
        return 4 * self.s


print(RealSquare(3).describe(), type(Shape).__name__, type(RealSquare).__name__)  # expect: RealSquare: area 9, perimeter 12 ABCMeta ABCMeta
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__),  # expect: ['area', 'perimeter'] ['perimeter'] frozenset()
      RealSquare.__abstractmethods__)


# Virtual subclasses.
class Drawable(ABC):
    pass


class Canvas:
    pass


print(isinstance(Canvas(), Drawable), issubclass(Canvas, Drawable))  # expect: False False
Drawable.register(Canvas)
print(isinstance(Canvas(), Drawable), issubclass(Canvas, Drawable), Canvas.__mro__[-1].__name__)  # expect: True True object


@Drawable.register
class Sprite:
    pass


class SubSprite(Sprite):
    pass


print(isinstance(SubSprite(), Drawable), Drawable.register(int) is int, isinstance(5, Drawable))  # expect: True True True
print(issubclass(bool, Drawable), issubclass(str, Drawable))  # expect: True False


class Widget(Drawable):
    pass


Widget.register(float)
print(isinstance(1.5, Widget), isinstance(1.5, Drawable), issubclass(Widget, Drawable))  # expect: True True True
try:
    Drawable.register("not a class")
except TypeError as e:
    print(e)  # expect: Can only register classes
try:
    Widget.register(Drawable)
except RuntimeError as e:
    print(e)  # expect: Refusing to create an inheritance cycle

# __subclasshook__ decides by structure.


class SupportsClose(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is SupportsClose:
            return any("close" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class File:
    def close(self):
        pass


class Reader(File):
    pass


print(isinstance(File(), SupportsClose), issubclass(Reader, SupportsClose),  # expect: True True False
      isinstance(3, SupportsClose))
token = get_cache_token()
SupportsClose.register(list)
print(get_cache_token() != token, isinstance([], SupportsClose))  # expect: True False


# Mixing an ABC with other bases and a __new__ of its own.
class Loggable:
    def log(self):
        return "log:" + type(self).__name__


class Task(Loggable, ABC):
    def __new__(cls, *args):
        return super().__new__(cls)

    @abstractmethod
    def run(self):
        ...


try:
    Task()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Task with abstract method run


class Job(Task):
    def run(self):
        return "ran"


j = Job()
print(j.run(), j.log(), isinstance(j, Loggable), isinstance(j, Task))  # expect: ran log:Job True True


# Abstract classmethods, staticmethods and properties.
class Source(ABC):
    @classmethod
    @abstractmethod
    def open(cls):
        ...

    @property
    @abstractmethod
    def name(self):
        ...


class Local(Source):
    @classmethod
    def open(cls):
        return cls()

    @property
    def name(self):
        return "local"


print(sorted(Source.__abstractmethods__), Local.open().name)  # expect: ['name', 'open'] local
try:
    issubclass(1, Drawable)
except TypeError as e:
    print(e)  # expect: issubclass() arg 1 must be a class
