registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_hello(cls):
    cls.hello = lambda self: "hello from " + type(self).__name__
    return cls
@register
@add_hello
class Foo:
    pass
print(list(registry), Foo().hello())  # expect: ['Foo'] hello from Foo
def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class Conf:
    def __init__(self, v):
        self.v = v
print(Conf(1).v, Conf(2).v, Conf(1) is Conf(3))  # expect: 1 1 True
