# Attributes of the metaclass seen from its classes: methods, properties, data
# descriptors, __getattr__, and the protocols (repr, iteration, len, subscription,
# containment, isinstance/issubclass hooks).


class Registry(type):
    registry_name = "global"

    def __repr__(cls):
        return "<registered %s>" % cls.__name__

    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __getitem__(cls, i):
        return cls.items[i]

    def __contains__(cls, x):
        return x in cls.items

    def describe(cls):
        return "%s with %d items" % (cls.__name__, len(cls.items))

    @property
    def first(cls):
        return cls.items[0]

    def __getattr__(cls, name):
        return "missing:" + name

    def __bool__(cls):
        return bool(cls.items)


class Colors(metaclass=Registry):
    items = ["red", "green", "blue"]


class Empty(metaclass=Registry):
    items = []


print(Colors, repr(Colors), str(Colors))  # expect: <registered Colors> <registered Colors> <registered Colors>
print(list(Colors), len(Colors), Colors[1], "red" in Colors, "pink" in Colors)  # expect: ['red', 'green', 'blue'] 3 green True False
print([c.upper() for c in Colors], sorted(Colors), list(reversed(list(Colors))))  # expect: ['RED', 'GREEN', 'BLUE'] ['blue', 'green', 'red'] ['blue', 'green', 'red']
print(Colors.describe(), Colors.first, Colors.registry_name, Colors.whatever)  # expect: Colors with 3 items red global missing:whatever
print(bool(Colors), bool(Empty), "yes" if Empty else "no")  # expect: True False no
print(hasattr(Colors(), "describe"), hasattr(Colors, "describe"))  # expect: False True
try:
    Colors().describe()
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: 'Colors' object has no attribute 'describe'
print(type(Colors).__name__, Colors.__class__ is Registry, isinstance(Colors, Registry))  # expect: Registry True True


# A property of the metaclass (data descriptor) wins over the class attribute.
class Versioned(type):
    @property
    def version(cls):
        return "meta version of " + cls.__name__

    @version.setter
    def version(cls, value):
        print("setting version of", cls.__name__, "to", value)


class Tool(metaclass=Versioned):
    version = "class attribute"


print(Tool.version, Tool().version)  # expect: meta version of Tool class attribute
Tool.version = 7  # expect: setting version of Tool to 7


# A plain attribute of the class wins over the metaclass's method of the same name.
class Shadow(metaclass=Registry):
    items = [1]

    def describe(self):
        return "instance describe"


print(Shadow.describe(Shadow()), Shadow().describe())  # expect: instance describe instance describe


# __instancecheck__ and __subclasscheck__ on the metaclass.
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Robot(), Quacker), isinstance(3, Quacker), issubclass(Robot, Quacker),  # expect: True False True False
      issubclass(int, Quacker))
print(isinstance(Robot(), (int, Quacker)), isinstance(Quacker(), Quacker))  # expect: True True
try:
    issubclass(3, int)
except TypeError as e:
    print(e)  # expect: issubclass() arg 1 must be a class


# __class_getitem__ and a metaclass __getitem__.
class Box:
    def __class_getitem__(cls, item):
        return "Box of " + getattr(item, "__name__", repr(item))


print(Box[int], Box["x"], list[int], dict[str, list[int]])  # expect: Box of int Box of 'x' list[int] dict[str, list[int]]
try:
    int[3]
except TypeError as e:
    print(e)  # expect: type 'int' is not subscriptable
for bad in (lambda: iter(int), lambda: len(int), lambda: 1 in int):
    try:
        bad()
    except TypeError as e:
        print(e)  # expect: 'type' object is not iterable
        # expect: object of type 'type' has no len()
        # expect: argument of type 'type' is not iterable


# Metaclass methods are inherited by subclasses of the class.
class MoreColors(Colors):
    items = ["cyan"]


print(MoreColors, list(MoreColors), MoreColors.describe())  # expect: <registered MoreColors> ['cyan'] MoreColors with 1 items


# Metaclass __setattr__ and __delattr__ on classes.
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith("_"):
            super().__setattr__(name, value)
        else:
            raise AttributeError("class %s is frozen" % cls.__name__)

    def __delattr__(cls, name):
        raise AttributeError("cannot delete " + name)


class Settings(metaclass=Frozen):
    debug = False


try:
    Settings.debug = True
except AttributeError as e:
    print(e)  # expect: class Settings is frozen
Settings._private = 1
print(Settings.debug, Settings._private)  # expect: False 1
try:
    del Settings.debug
except AttributeError as e:
    print(e)  # expect: cannot delete debug
s = Settings()
s.debug = True
print(s.debug, Settings.debug)  # expect: True False
