# Frame objects in the awkward places: generators (suspended, resumed, finished),
# frames passed to another thread, deep recursion, reference cycles through frames.
import sys
import threading


def gen():
    me = sys._getframe()
    yield me
    x = 'after first yield'
    yield me.f_lineno
    yield sorted(me.f_locals)


g = gen()
fr = next(g)
print(fr.f_code.co_name, fr.f_back, fr.f_lineno)  # suspended: no caller  # expect: gen None 9
print(next(g), next(g))  # expect: 11 ['me', 'x']
print(fr.f_back, 'x' in fr.f_locals)  # expect: None True
g.close()
print(fr.f_lineno, fr.f_back)  # expect: 12 None


def delegate():
    yield from gen()


d = delegate()
inner = next(d)
print(inner.f_code.co_name)  # expect: gen
d.close()

# A frame object handed to another thread: readable there, without a crash.
seen = []


def worker(f):
    seen.append((f.f_code.co_name, isinstance(f.f_lineno, int), type(f.f_locals).__name__))


def spawn():
    t = threading.Thread(target=worker, args=(sys._getframe(),))
    t.start()
    t.join()


spawn()
print(seen)  # expect: [('spawn', True, 'dict')]

# Each thread has its own stack of frames.
names = []


def in_thread():
    f = sys._getframe()
    names.append(f.f_code.co_name)


t = threading.Thread(target=in_thread)
t.start()
t.join()
print(names)  # expect: ['in_thread']


# Deep recursion: every frame is reachable, and a RecursionError's traceback too.
def deep(n):
    if n == 0:
        count = 0
        f = sys._getframe()
        while f is not None and f.f_code.co_name == 'deep':
            count += 1
            f = f.f_back
        return count
    return deep(n - 1)


print(deep(500))  # expect: 501


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    tb = e.__traceback__
    n = 0
    last = None
    while tb is not None:
        n += 1
        last = tb
        tb = tb.tb_next
    print(n > 900, last.tb_frame.f_code.co_name, last.tb_frame.f_locals['n'] > 900)  # expect: True forever True


# compile()d code run by exec has its own frame.
ns = {}
exec("import sys\nf = sys._getframe()\nname = f.f_code.co_name\nback = f.f_back.f_code.co_name", ns)
print(ns['name'], ns['back'])  # expect: <module> <module>
