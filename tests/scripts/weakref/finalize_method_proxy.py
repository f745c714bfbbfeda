# weakref.finalize (alive, peek, detach, calling it, running once), WeakMethod and proxy.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def hello(self, who):
        return "%s greets %s" % (self.name, who)

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 2


def finalizers():
    a = Obj("a")
    f = weakref.finalize(a, print, "finalizing", "a")
    print(f.alive, f.peek()[1:], f.atexit)
    del a
    print(f.alive, f.peek(), f())
    b = Obj("b")
    g = weakref.finalize(b, lambda *args, **kw: (args, kw), 1, 2, k=3)
    print(g(), g.alive, g())
    c = Obj("c")
    h = weakref.finalize(c, print, "never")
    obj, func, args, kwargs = h.detach()
    print(obj is c, args, h.alive, h.detach())
    del c, obj
    print("detached")


def methods():
    o = Obj("o")
    wm = weakref.WeakMethod(o.hello)
    print(wm()("you"), isinstance(wm, weakref.ref), wm == weakref.WeakMethod(o.hello))
    calls = []
    wm2 = weakref.WeakMethod(o.hello, lambda r: calls.append(r is wm2))
    del o
    print(wm(), wm2(), calls)
    try:
        weakref.WeakMethod(len)
    except TypeError as e:
        print("TypeError", e)


def proxies():
    o = Obj("p")
    p = weakref.proxy(o)
    print(p.name, p.hello("x"), len(p), p[4], weakref.getweakrefcount(o))
    p.extra = 5
    print(o.extra)
    called = []
    q = weakref.proxy(o, lambda pr: called.append(pr is q))
    del o
    print(called)
    for attempt in (lambda: p.name, lambda: len(p), lambda: p.hello("y")):
        try:
            attempt()
        except ReferenceError as e:
            print("ReferenceError:", e)
    try:
        hash(q)
    except TypeError as e:
        print("TypeError")

    def fn(x):
        return x + 1

    cp = weakref.proxy(fn)
    print(cp(1), callable(cp))


finalizers()  # expect: True (<built-in function print>, ('finalizing', 'a'), {}) True
# expect: finalizing a
# expect: False None None
# expect: ((1, 2), {'k': 3}) False None
# expect: True ('never',) False None
# expect: detached
methods()  # expect: o greets you True True
# expect: None None [True]
# expect: TypeError argument should be a bound method, not <class 'builtin_function_or_method'>
proxies()  # expect: p p greets x 3 8 1
# expect: 5
# expect: [True]
# expect: ReferenceError: weakly-referenced object no longer exists
# expect: ReferenceError: weakly-referenced object no longer exists
# expect: ReferenceError: weakly-referenced object no longer exists
# expect: TypeError
# expect: 2 True
