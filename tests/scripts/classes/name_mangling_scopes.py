# Private name mangling of plain names: locals, globals, parameters, defs, imports.

__gv = "module __gv"
_G__gv = "module _G__gv"


class G:
    __cls_var = "class var"
    __listed = [__x + "!" for __x in [__cls_var]]  # the first iterable runs in the class body

    def read(self):
        return __gv  # the global `_G__gv`, not `__gv`

    def write(self):
        global __gv
        __gv = "set by G.write"
        return __gv

    def missing(self):
        try:
            return __nowhere
        except NameError as e:
            return str(e)

    def local(self):
        __loc = 1
        __loc += 1
        return __loc, self.local.__code__.co_varnames


print(G().read(), G().write(), _G__gv, __gv)  # expect: module _G__gv set by G.write set by G.write module __gv
print(G().missing(), G().local())  # expect: name '_G__nowhere' is not defined (2, ('self', '_G__loc'))
print(sorted(k for k in vars(G) if k.startswith("_G")))  # expect: ['_G__cls_var', '_G__listed']


class N:
    def closure(self):
        __n = 1

        def inner():
            nonlocal __n
            __n += 1
            return __n

        return inner(), inner(), inner.__code__.co_freevars, self.closure.__code__.co_cellvars

    def comp(self):
        __k = 10
        return [__k + __i for __i in range(2)], {__j: __k for __j in "ab"}

    def walrus(self):
        if (__w := 5) > 1:
            pass
        return [(__q := i) for i in range(3)], __q, __w


print(N().closure(), N().comp(), N().walrus())  # expect: (2, 3, ('_N__n',), ('_N__n',)) ([10, 11], {'a': 10, 'b': 10}) ([0, 1, 2], 2, 5)


def outer():
    __x = "outer's __x"

    class Inside:
        def get(self):
            try:
                return __x  # `_Inside__x`: not the enclosing function's `__x`
            except NameError as e:
                return str(e)

    return Inside().get()


print(outer())  # expect: name '_Inside__x' is not defined


class P:
    def params(self, __a, __b=2, *__args, __k=3, **__kw):
        return __a, __b, __args, __k, __kw

    def kwonly(self, *, __k):
        return __k

    def call_kwonly(self):
        try:
            return self.kwonly(__k=1)
        except TypeError as e:
            return str(e)

    def annotated(self, __a: int, b: "__str") -> None:
        pass

    __field: int = 1
    plain: "__not_a_name"


p = P()
print(p.params(1), p.params(1, 5, 6, _P__k=7, x=8))  # expect: (1, 2, (), 3, {}) (1, 5, (6,), 7, {'x': 8})
print(P.params.__code__.co_varnames, P.params.__kwdefaults__)  # expect: ('self', '_P__a', '_P__b', '_P__k', '_P__args', '_P__kw') {'_P__k': 3}
print(P.annotated.__annotations__, P.__annotations__)  # expect: {'_P__a': <class 'int'>, 'b': '__str', 'return': None} {'_P__field': <class 'int'>, 'plain': '__not_a_name'}
# Keyword argument names in calls are not mangled (CPython 3.11).
try:
    p.kwonly(__k=1)
except TypeError as e:
    print(e)  # expect: P.kwonly() got an unexpected keyword argument '__k'
print(p.kwonly(_P__k=2), p.call_kwonly())  # expect: 2 P.kwonly() got an unexpected keyword argument '__k'
print(p.params(_P__a=1, __b=9))  # expect: (1, 2, (), 3, {'__b': 9})
try:
    p.params()
except TypeError as e:
    print(e)  # expect: P.params() missing 1 required positional argument: '_P__a'


class Defs:
    def __method(self):
        return "method"

    class __Nested:
        pass

    def run(self):
        def __inner():
            return "inner"

        return __inner(), __inner.__name__, __inner.__qualname__, self.__method()

    __alias = __method  # class body names are mangled too


print(Defs().run(), sorted(k for k in vars(Defs) if k.startswith("_Defs")))  # expect: ('inner', '__inner', 'Defs.run.<locals>.__inner', 'method') ['_Defs__Nested', '_Defs__alias', '_Defs__method']
print(Defs._Defs__Nested.__qualname__, Defs._Defs__alias.__qualname__)  # expect: Defs.__Nested Defs.__method


class Imports:
    import os.path as __osp  # binds `_Imports__osp`
    import os.path  # binds `os` (dotted module names are never mangled)
    from os import path as __p2

    def join(self):
        return self.__osp.join("a", "b"), self.__p2 is self.__osp


print(Imports().join(), sorted(k for k in vars(Imports) if "p" in k and k[0] == "_"))  # expect: ('a/b', True) ['_Imports__osp', '_Imports__p2']
# The imported module and names are mangled: `import __m` in class C imports `_C__m`.
try:
    class J:
        import __nosuch
except ImportError as e:
    print(type(e).__name__, e)  # expect: ModuleNotFoundError No module named '_J__nosuch'
try:
    class J:
        from os import __nosuch
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name '_J__nosuch' from 'os'"))  # expect: ImportError True


class M:
    def match(self, o):
        match o:
            case {"k": __x, **__rest}:
                return __x, __rest
            case [__y, *__more]:
                return __y, __more
            case str() as __s:
                return __s
        return self.match.__code__.co_varnames


print(M().match({"k": 9, "z": 1}), M().match([1, 2, 3]), M().match("s"))  # expect: (9, {'z': 1}) (1, [2, 3]) s
print(M().match(None))  # expect: ('self', 'o', '_M__x', '_M__rest', '_M__y', '_M__more', '_M__s')


class Exc:
    def run(self):
        try:
            raise KeyError("k")
        except KeyError as __e:
            return repr(__e), "_Exc__e" in self.run.__code__.co_varnames


print(Exc().run())  # expect: ("KeyError('k')", True)


# Class-pattern keywords and code compiled at run time are not mangled.
class Pat:
    __match_args__ = ()

    def __init__(self):
        self.__x = 1
        setattr(self, "__x", 2)

    def match(self, o):
        match o:
            case Pat(__x=2):
                return "unmangled"
        return "mangled"


class Run:
    exec("__y = 1")
    __z = eval("__name__")


print(Pat().match(Pat()), sorted(k for k in vars(Run) if k.endswith(("y", "z"))))  # expect: unmangled ['_Run__z', '__y']

# Declaration errors name the name as written; resolution errors name the mangled one.
for src in [
    "class C:\n def f(__a):\n  global __a",
    "class C:\n def f():\n  __a = 1\n  global __a",
    "class C:\n def f():\n  nonlocal __a",
    "class C:\n def f(__a, _C__a): pass",
]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(e.msg)  # expect: name '__a' is parameter and global
        # expect: name '__a' is assigned to before global declaration
        # expect: no binding for nonlocal '_C__a' found
        # expect: duplicate argument '_C__a' in function definition


# A mangled name can be a free variable of an enclosing function that spells it mangled.
def enclosing():
    _C__v = "enclosing _C__v"

    class C:
        got = __v

        def f(self):
            return __v

        def g(self):
            nonlocal __v
            __v = "rebound"

    c = C()
    c.g()
    return C.got, c.f(), _C__v, C.f.__code__.co_freevars


print(enclosing())  # expect: ('enclosing _C__v', 'rebound', 'rebound', ('_C__v',))
