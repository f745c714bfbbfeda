from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        ContextDecorator, AbstractContextManager)
import contextlib

log = []

@contextmanager
def tag(name):
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("</" + name + ">")

with tag("a") as t:
    log.append(t)
print(log)
print(tag.__name__)

# An exception in the body reaches the generator.
@contextmanager
def catcher():
    try:
        yield
    except ValueError as e:
        print("caught", e)

with catcher():
    raise ValueError("boom")
print("after catcher")

try:
    with tag("b"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
print(log[-2:])

# As a decorator: a fresh generator per call.
@tag("deco")
def work(x):
    log.append("work" + str(x))
    return x * 2

log.clear()
print(work(1), work(2))
print(log)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

# StopIteration raised in the body is not swallowed.
@contextmanager
def plain():
    yield
try:
    with plain():
        raise StopIteration("s")
except StopIteration as e:
    print("StopIteration", e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("not suppressed")

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)

# ExitStack
with ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback", 1, sep="-")
    print(log[-2:])
print(log[-2:])

stack = ExitStack()
stack.callback(print, "later")
moved = stack.pop_all()
stack.close()
print("before close")
moved.close()

def suppressing(exc_type, exc, tb):
    print("saw", exc_type.__name__)
    return True
with ExitStack() as stack:
    stack.push(suppressing)
    raise ValueError("hidden")
print("suppressed by ExitStack")

def raising_cb():
    raise TypeError("from callback")
try:
    with ExitStack() as stack:
        stack.callback(raising_cb)
        raise ValueError("original")
except TypeError as e:
    print("got", repr(e), "context", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)

class CM(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit")
        return False

@CM()
def f():
    print("in f")
f()

class Mine(AbstractContextManager):
    def __exit__(self, *a):
        return None
m = Mine()
with m as got:
    print(got is m)


# expect: ['<a>', 'A', '</a>']
# expect: tag
# expect: caught boom
# expect: after catcher
# expect: propagated KeyError('k')
# expect: ['<b>', '</b>']
# expect: 2 4
# expect: ['<deco>', 'work1', '</deco>', '<deco>', 'work2', '</deco>']
# expect: RuntimeError: generator didn't yield
# expect: RuntimeError: generator didn't stop
# expect: StopIteration s
# expect: suppressed
# expect: not suppressed
# expect: Res
# expect: closed
# expect: 5
# expect: None
# expect: ['<x>', '<y>']
# expect: callback-1
# expect: ['</y>', '</x>']
# expect: before close
# expect: later
# expect: saw ValueError
# expect: suppressed by ExitStack
# expect: got TypeError('from callback') context ValueError('original')
# expect: 'builtins.int' object does not support the context manager protocol
# expect: enter
# expect: in f
# expect: exit
# expect: True


# Exceptions raised by several callbacks chain through __context__.
def raiser(exc):
    def cb(*exc_details):
        raise exc
    return cb


for suppress_body in (False, True):
    try:
        with ExitStack() as stack:
            stack.push(raiser(IndexError("c")))
            stack.push(raiser(KeyError("d")))
            if suppress_body:
                stack.push(lambda *exc_details: True)
            raise ValueError("body")
    except Exception as e:
        chain = []
        while e is not None:
            chain.append(repr(e))
            e = e.__context__
        print(" <- ".join(chain))
# expect: IndexError('c') <- KeyError('d') <- ValueError('body')
# expect: IndexError('c') <- KeyError('d')
