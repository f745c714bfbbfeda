import types
import sys
from types import SimpleNamespace, MappingProxyType

ns = SimpleNamespace(b=2, a=1)
print(ns, ns.a + ns.b)  # expect: namespace(b=2, a=1) 3
ns.c = [3]
print(repr(ns))  # expect: namespace(b=2, a=1, c=[3])
print(ns == SimpleNamespace(b=2, a=1, c=[3]), ns == SimpleNamespace(a=1), ns != SimpleNamespace())  # expect: True False True
try:
    SimpleNamespace({"x": 1}, y=2)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: no positional arguments expected
del ns.c
print(vars(ns))  # expect: {'b': 2, 'a': 1}
ns.self = ns
print(ns)  # expect: namespace(b=2, a=1, self=namespace(...))
try:
    hash(ns)
except TypeError:
    print("unhashable")  # expect: unhashable


class Point(SimpleNamespace):
    pass


print(Point(x=1, y=2), Point(x=1) == SimpleNamespace(x=1))  # expect: Point(x=1, y=2) True

d = {"one": 1, "two": 2}
mp = MappingProxyType(d)
print(mp, mp["one"], len(mp), "two" in mp, list(mp), mp.get("three", 3))  # expect: {'one': 1, 'two': 2} 1 2 True ['one', 'two'] 3
print(repr(mp))  # expect: mappingproxy({'one': 1, 'two': 2})
print(list(mp.keys()), list(mp.values()), list(mp.items()))  # expect: ['one', 'two'] [1, 2] [('one', 1), ('two', 2)]
d["three"] = 3
print(mp["three"], mp == d, mp.copy() is d)  # expect: 3 True False
print(mp | {"four": 4})  # expect: {'one': 1, 'two': 2, 'three': 3, 'four': 4}
try:
    mp["x"] = 1
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: 'mappingproxy' object does not support item assignment
try:
    del mp["one"]
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: 'mappingproxy' object does not support item deletion
try:
    MappingProxyType([1, 2])
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: mappingproxy() argument must be a mapping, not list


def func():
    pass


def gen():
    yield 1


class K:
    def meth(self):
        return self


print(isinstance(func, types.FunctionType), isinstance(lambda: 0, types.LambdaType))  # expect: True True
print(isinstance(gen(), types.GeneratorType), isinstance(func, types.GeneratorType))  # expect: True False
print(isinstance(K().meth, types.MethodType), isinstance(K.meth, types.MethodType))  # expect: True False
print(isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))  # expect: True True
print(types.NoneType, type(None) is types.NoneType)  # expect: <class 'NoneType'> True
print(isinstance(..., types.EllipsisType), isinstance(NotImplemented, types.NotImplementedType))  # expect: True True
print(isinstance(list[int], types.GenericAlias), isinstance(int | None, types.UnionType))  # expect: True True
try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType))  # expect: True

C = types.new_class("C", (K,), exec_body=lambda ns: ns.update({"x": 5}))
print(C.__name__, C.x, issubclass(C, K), type(C().meth()).__name__)  # expect: C 5 True C
print(types.resolve_bases((K, int)))  # expect: (<class '__main__.K'>, <class 'int'>)
meta, namespace, kw = types.prepare_class("D", (K,), {})
print(meta, namespace, kw)  # expect: <class 'type'> {} {}

# Constructing methods and modules.
def describe(self, extra):
    return "describe " + str(self) + " " + extra


bound = types.MethodType(describe, 42)
print(bound("!"), isinstance(bound, types.MethodType))  # expect: describe 42 ! True
mod = types.ModuleType("scratch", "A scratch module.")
mod.value = 7
print(mod.__name__, mod.__doc__, mod.value, isinstance(mod, types.ModuleType))  # expect: scratch A scratch module. 7 True
print(types.ModuleType("nodoc").__doc__)  # expect: None
print(mod, repr(types.ModuleType("other")))  # expect: <module 'scratch'> <module 'other'>
try:
    types.MethodType(1, 2)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: first argument must be callable


# new_class / prepare_class with a metaclass and class keywords.
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        print("prepare", name, kw)
        return {}

    def __new__(m, name, bases, ns, **kw):
        return super().__new__(m, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


MC = types.new_class("MC", (), {"metaclass": Meta, "x": 1}, lambda ns: ns.update(a=5))  # expect: prepare MC {'x': 1}
print(type(MC).__name__, MC.a)  # expect: Meta 5
print(types.prepare_class("MD", (MC,))[0].__name__)  # expect: prepare MD {}
# expect: Meta


class Tagged:
    def __init_subclass__(cls, tag=None):
        cls.tag = tag


print(types.new_class("TE", (Tagged,), {"tag": "t"}).tag)  # expect: t
