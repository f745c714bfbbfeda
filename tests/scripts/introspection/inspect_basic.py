# inspect: predicates, signatures (Signature, Parameter, bind), docs, members,
# modules, frames (currentframe, stack, getframeinfo, trace) and source.
import inspect, functools, sys, types

def f(a, b: int, /, c=3, *args, d, e: str = 'x', **kw) -> list:
    """Doc line.

        indented more
    last
    """
    return [a]

print(inspect.signature(f))
print(repr(inspect.signature(f)))
sig = inspect.signature(f)
for p in sig.parameters.values():
    print(p.name, p.kind, p.kind.description, p.default is p.empty, repr(p))
print(sig.return_annotation, sig.parameters['b'].annotation)
ba = sig.bind(1, 2, 4, 5, 6, d=7, z=8)
print(ba, ba.args, ba.kwargs)
ba = sig.bind_partial(1, 2, d=3)
ba.apply_defaults()
print(ba.arguments)
for bad in [lambda: sig.bind(1), lambda: sig.bind(1, 2, d=1, c=2, a=5), lambda: sig.bind(1, 2, 3, 4, d=1, c=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

class C:
    """Class doc."""
    def __init__(self, x, y=2):
        self.x = x
    def m(self, z, *, k=1):
        "method doc"
        return z
    @staticmethod
    def s(q): pass
    @classmethod
    def cm(cls, r): pass
    def __call__(self, w): pass

class D(C):
    def m(self, z, *, k=1):
        return z

print(inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m), inspect.signature(C.s), inspect.signature(C.cm), inspect.signature(C(1)))
print(inspect.signature(functools.partial(f, 1, 2, d=5)))
@functools.wraps(f)
def wrapper(*a, **k): return f(*a, **k)
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
class E: pass
print(inspect.signature(E), inspect.signature(lambda x, *, y=1: 0))
for bad in [3, int, ValueError]:
    try:
        print(inspect.signature(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(inspect.getfullargspec(f))
print(inspect.getdoc(f))
print(inspect.getdoc(C), inspect.getdoc(D().m if False else D.m), inspect.getdoc(C.m))
print(inspect.cleandoc("  a\n    b\n  c\n\n"))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.ismethod(C(1).m), inspect.isclass(C), inspect.ismodule(sys), inspect.isbuiltin(len), inspect.isbuiltin(f))
def g(): yield 1
print(inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(f), inspect.isgenerator(g()), inspect.iscoroutinefunction(f), inspect.isroutine(len), inspect.isroutine(f))
print(inspect.isframe(sys._getframe()), inspect.iscode(f.__code__), inspect.istraceback(None))
print([n for n, v in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getmodule(f).__name__, inspect.getmodule(C).__name__, inspect.getmodule(sys._getframe()).__name__)
print(inspect.getmodulename('/a/b/c.py'), inspect.getmodulename('x.txt'))
def caller():
    fr = inspect.currentframe()
    info = inspect.getframeinfo(fr)
    print(info.function, info.lineno == fr.f_lineno - 1, info.code_context, info.index)
    st = inspect.stack()
    print([(x.function, x.code_context[0].strip()) for x in st[:2]], st[0][3], st[0].function)
    print(inspect.getargvalues(fr).args)
caller()
try:
    1/0
except ZeroDivisionError:
    print([(x.function, x.lineno) for x in inspect.trace()][-1:])
print(inspect.getsource(f))
print(inspect.getsource(C.m), end='')
print(inspect.getsourcelines(D)[1])
print(inspect.getsource(D), end='')
lam = lambda q: (q +
    1)
print(inspect.getsource(lam), end='')
@functools.lru_cache
def cached(n):
    return n
print(inspect.getsource(cached), end='')
print(inspect.get_annotations(f))
print(inspect.formatannotation(list[int]), inspect.formatannotation(C), inspect.formatannotation(int))
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=None))
try:
    inspect.Parameter('class', 1)
except ValueError as e:
    print(e)
print(inspect.Signature([inspect.Parameter('a', 0), inspect.Parameter('b', 3)]))

# Expected output (CPython 3.11, run directly: the annotating runner adds frames).
# expect: (a, b: int, /, c=3, *args, d, e: str = 'x', **kw) -> list
# expect: <Signature (a, b: int, /, c=3, *args, d, e: str = 'x', **kw) -> list>
# expect: a POSITIONAL_ONLY positional-only True <Parameter "a">
# expect: b POSITIONAL_ONLY positional-only True <Parameter "b: int">
# expect: c POSITIONAL_OR_KEYWORD positional or keyword False <Parameter "c=3">
# expect: args VAR_POSITIONAL variadic positional True <Parameter "*args">
# expect: d KEYWORD_ONLY keyword-only True <Parameter "d">
# expect: e KEYWORD_ONLY keyword-only False <Parameter "e: str = 'x'">
# expect: kw VAR_KEYWORD variadic keyword True <Parameter "**kw">
# expect: <class 'list'> <class 'int'>
# expect: <BoundArguments (a=1, b=2, c=4, args=(5, 6), d=7, kw={'z': 8})> (1, 2, 4, 5, 6) {'d': 7, 'z': 8}
# expect: {'a': 1, 'b': 2, 'c': 3, 'args': (), 'd': 3, 'e': 'x', 'kw': {}}
# expect: TypeError missing a required argument: 'b'
# expect: TypeError multiple values for argument 'c'
# expect: (x, y=2) (z, *, k=1) (self, z, *, k=1) (q) (r) (w)
# expect: (c=3, *args, d=5, e: str = 'x', **kw) -> list
# expect: (a, b: int, /, c=3, *args, d, e: str = 'x', **kw) -> list (*a, **k) -> list
# expect: () (x, *, y=1)
# expect: TypeError
# expect: ValueError
# expect: ValueError
# expect: FullArgSpec(args=['a', 'b', 'c'], varargs='args', varkw='kw', defaults=(3,), kwonlyargs=['d', 'e'], kwonlydefaults={'e': 'x'}, annotations={'return': <class 'list'>, 'b': <class 'int'>, 'e': <class 'str'>})
# expect: Doc line.
# expect:
# expect:     indented more
# expect: last
# expect: Class doc. method doc method doc
# expect: a
# expect:   b
# expect: c
# expect: True False True True True True False
# expect: True False True False True True
# expect: True True False
# expect: ['__call__', '__init__', 'm', 's']
# expect: __main__ __main__ __main__
# expect: c None
# expect: caller True ['    info = inspect.getframeinfo(fr)\n'] 0
# expect: [('caller', 'st = inspect.stack()'), ('<module>', 'caller()')] caller caller
# expect: []
# expect: [('<module>', 79)]
# expect: def f(a, b: int, /, c=3, *args, d, e: str = 'x', **kw) -> list:
# expect:     """Doc line.
# expect:
# expect:         indented more
# expect:     last
# expect:     """
# expect:     return [a]
# expect:
# expect:     def m(self, z, *, k=1):
# expect:         "method doc"
# expect:         return z
# expect: 43
# expect: class D(C):
# expect:     def m(self, z, *, k=1):
# expect:         return z
# expect: lam = lambda q: (q +
# expect:     1)
# expect: @functools.lru_cache
# expect: def cached(n):
# expect:     return n
# expect: {'b': <class 'int'>, 'e': <class 'str'>, 'return': <class 'list'>}
# expect: list[int] __main__.C int
# expect: x=None
# expect: 'class' is not a valid parameter name
# expect: (a, /, *, b)
