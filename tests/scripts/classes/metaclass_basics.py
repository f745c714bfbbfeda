# Metaclasses: __prepare__, __new__, __init__, __call__, keyword arguments, type(X),
# type(name, bases, ns), and classes made by metaclasses used as bases.


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        return {"injected": 42}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args, kw)
        return super().__call__(*args, **kw)


class Thing(metaclass=Meta, flavour="plain"):  # expect: prepare Meta Thing [] {'flavour': 'plain'}
# expect: new Thing ['injected', 'total'] {'flavour': 'plain'}
# expect: init Thing {'flavour': 'plain'}
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def total(self):
        return self.x + self.y + self.injected

    @classmethod
    def __init_subclass__(cls, flavour=None, **kw):
        print("init_subclass", cls.__name__, flavour)


t = Thing(1, y=2)  # expect: call Thing (1,) {'y': 2}
print(t.total(), type(Thing) is Meta, type(t) is Thing, Thing.created_by, Thing.__class__.__name__)  # expect: 45 True True Meta Meta


class Sub(Thing, flavour="spicy"):  # expect: prepare Meta Sub ['Thing'] {'flavour': 'spicy'}
# expect: new Sub ['injected'] {'flavour': 'spicy'}
# expect: init_subclass Sub None
# expect: init Sub {'flavour': 'spicy'}
    pass


print(type(Sub).__name__, Sub(5).total())  # expect: call Sub (5,) {}
# expect: Meta 47


# A metaclass derived from the bases' metaclasses is used without being named.
class Plain(Sub):  # expect: prepare Meta Plain ['Sub'] {}
# expect: new Plain ['injected'] {}
# expect: init_subclass Plain None
# expect: init Plain {}
    pass


print(type(Plain).__name__)  # expect: Meta


# Singletons through the metaclass's __call__.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")
        self.values = {}


a = Config()  # expect: Config created
b = Config()
a.values["k"] = "v"
print(a is b, b.values)  # expect: True {'k': 'v'}


# A namespace other than dict from __prepare__: a dict subclass recording assignments.
class Recording(dict):
    def __init__(self):
        super().__init__()

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("assign", key)
        super().__setitem__(key, value)


class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()

    def __new__(mcls, name, bases, ns):
        print("namespace type:", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))


class Ordered(metaclass=OrderMeta):  # expect: assign b
# expect: assign a
# expect: assign c
# expect: assign b
# expect: namespace type: Recording
    b = 1
    a = 2

    def c(self):
        return self.a + self.b

    del b
    b = 3


print(Ordered().c())  # expect: 5


# type(name, bases, ns) and Meta(name, bases, ns).
Point = type("Point", (), {"x": 0, "norm": lambda self: abs(self.x)})
p = Point()
p.x = -3
print(Point.__name__, type(Point), p.norm(), Point.__module__)  # expect: Point <class 'type'> 3 __main__


class Tagged(type):
    def __new__(mcls, name, bases, ns, tag="none"):
        ns["tag"] = tag
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, tag="none"):
        super().__init__(name, bases, ns)


Dyn = Tagged("Dyn", (Point,), {}, tag="dynamic")
print(Dyn.tag, type(Dyn).__name__, Dyn.__bases__, isinstance(Dyn(), Point))  # expect: dynamic Tagged (<class '__main__.Point'>,) True
Auto = type("Auto", (Dyn,), {})
print(type(Auto).__name__, Auto.tag)  # expect: Tagged none

# A metaclass can be any callable; what it returns is bound to the name.


def as_dict(name, bases, ns):
    return {k: v for k, v in ns.items() if not k.startswith("__")}


class NotAClass(metaclass=as_dict):
    one = 1
    two = 2


print(NotAClass)  # expect: {'one': 1, 'two': 2}


# __class__ (zero-argument super) works in classes made by metaclasses.
class Counting(type):
    count = 0

    def __new__(mcls, name, bases, ns):
        mcls.count += 1
        return super().__new__(mcls, name, bases, ns)


class Parent(metaclass=Counting):
    def hello(self):
        return "parent"


class Child(Parent):
    def hello(self):
        return "child of " + super().hello() + " " + __class__.__name__


print(Child().hello(), Counting.count)  # expect: child of parent Child 2


# A metaclass's metaclass.
class MetaMeta(type):
    def __call__(cls, *args):
        print("MetaMeta.__call__ making", args[0])
        return super().__call__(*args)


class Meta2(type, metaclass=MetaMeta):
    pass


class Made(metaclass=Meta2):  # expect: MetaMeta.__call__ making Made
    pass


print(type(Made).__name__, type(Meta2).__name__, type(type(Meta2)).__name__)  # expect: Meta2 MetaMeta type
