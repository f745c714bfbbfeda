# What goes wrong with metaclasses, with CPython's messages; none of it may crash.


def attempt(src):
    try:
        exec(src, {"__name__": "m"})
    except Exception as e:
        print(type(e).__name__ + ":", e)


# __new__ returning something that is not a class.
attempt("""  # expect: A is 42
class M(type):
    def __new__(mcls, name, bases, ns):
        return 42
class A(metaclass=M):
    pass
print("A is", A)
""")
attempt("""  # expect: A is ['A']
class M(type):
    def __new__(mcls, name, bases, ns):
        return [name]
class A(metaclass=M):
    def f(self):
        return __class__
print("A is", A)
""")
# __prepare__ returning a non-mapping.
attempt("""  # expect: TypeError: M.__prepare__() must return a mapping, not int
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
class A(metaclass=M):
    pass
""")
attempt("""  # expect: TypeError: M.__prepare__() must return a mapping, not NoneType
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return None
class A(metaclass=M):
    pass
""")
# A namespace whose __setitem__ raises.
attempt("""  # expect: KeyError: 'refused __module__'
class NoStore(dict):
    def __setitem__(self, k, v):
        raise KeyError("refused " + k)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoStore()
class A(metaclass=M):
    x = 1
""")
# __classcell__ not passed on to type.__new__.
attempt("""  # expect: RuntimeError: __class__ not set defining 'A' as <class 'm.A'>. Was __classcell__ propagated to type.__new__?
class M(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=M):
    def f(self):
        return __class__
""")
attempt("""  # expect: TypeError: __classcell__ must be a nonlocal cell, not <class 'int'>
type.__new__(type, "X", (), {"__classcell__": 5})
""")
# A __call__ that recurses without end.
attempt("""  # expect: RecursionError: maximum recursion depth exceeded
class M(type):
    def __call__(cls, *a):
        return cls(*a)
class A(metaclass=M):
    pass
A()
""")
# Wrong arguments to type() and type.__new__.
for src in [
    "type()",
    "type(1, 2)",
    "type('X', (), {}, 4)",
    "type(1, (), {})",
    "type('X', 1, {})",
    "type('X', (), 1)",
    "type('X', (1,), {})",
    "type('X', (), {'__qualname__': 3})",
    "type.__new__()",
    "type.__new__(1, 'X', (), {})",
    "type.__new__(int, 'X', (), {})",
    "type.__new__(type, 'X', ())",
    "type.__init__(int, 1, 2)",
    "type('X', (), {}, flag=1)",
    "class M(type): pass\nM(1)",
    "class M(type): pass\nM()",
    "class A(metaclass=5): pass",
    "class A(1): pass",
    "class A(x=1): pass",
    "class A(metaclass=type, x=1): pass",
]:
    attempt(src)  # expect: TypeError: type() takes 1 or 3 arguments
    # expect: TypeError: type() takes 1 or 3 arguments
    # expect: TypeError: type() takes 1 or 3 arguments
    # expect: TypeError: type.__new__() argument 1 must be str, not int
    # expect: TypeError: type.__new__() argument 2 must be tuple, not int
    # expect: TypeError: type.__new__() argument 3 must be dict, not int
    # expect: TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
    # expect: TypeError: type __qualname__ must be a str, not int
    # expect: TypeError: type.__new__(): not enough arguments
    # expect: TypeError: type.__new__(X): X is not a type object (int)
    # expect: TypeError: type.__new__(int): int is not a subtype of type
    # expect: TypeError: type.__new__() takes exactly 3 arguments (2 given)
    # expect: TypeError: type.__init__() takes 1 or 3 arguments
    # expect: TypeError: X.__init_subclass__() takes no keyword arguments
    # expect: TypeError: type.__new__() takes exactly 3 arguments (1 given)
    # expect: TypeError: type.__new__() takes exactly 3 arguments (0 given)
    # expect: TypeError: 'int' object is not callable
    # expect: TypeError: int() takes at most 2 arguments (3 given)
    # expect: TypeError: A.__init_subclass__() takes no keyword arguments
    # expect: TypeError: A.__init_subclass__() takes no keyword arguments


# A metaclass __init__ that rejects its class.
attempt("""  # expect: Good made
# expect: TypeError: Bad must define 'required'
class Strict(type):
    def __init__(cls, name, bases, ns):
        if "required" not in ns:
            raise TypeError(name + " must define 'required'")
        super().__init__(name, bases, ns)
class Good(metaclass=Strict):
    required = 1
print("Good made")
class Bad(metaclass=Strict):
    pass
""")
# A deep chain of metaclasses.
attempt("""  # expect: M199 202
meta = type
for i in range(200):
    meta = type("M%d" % i, (meta,), {})
class Deep(metaclass=meta):
    pass
print(type(Deep).__name__, len(type(Deep).__mro__))
""")
# A recursive __instancecheck__.
attempt("""  # expect: RecursionError: maximum recursion depth exceeded
class M(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, cls)
class A(metaclass=M):
    pass
isinstance(1, A)
""")
