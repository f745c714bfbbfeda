# sys._getframe(): frame objects, their code, line, namespaces and callers.
import sys


def show(f):
    return (f.f_code.co_name, f.f_lineno)


def inner(a, b=2):
    c = a + b
    f = sys._getframe()
    print(show(f))
    print(sorted(f.f_locals.items(), key=lambda kv: kv[0])[:3])
    d = 4
    # f_lineno follows the frame while it runs; f_locals is a fresh snapshot.
    print(f.f_lineno, 'd' in f.f_locals)
    print(show(f.f_back), show(sys._getframe(1)))
    print(f.f_back is sys._getframe(1), f is sys._getframe(0))
    return f


def outer():
    x = 'outer local'
    return inner(1)


f = outer()  # expect: ('inner', 12)
# expect: [('a', 1), ('b', 2), ('c', 3)]
# expect: 16 True
# expect: ('outer', 24) ('outer', 24)
# expect: True True
# A finished frame keeps its last line and final locals.
print(f.f_lineno, f.f_locals['d'], f.f_back.f_code.co_name)  # expect: 19 4 outer
print(f.f_back.f_locals['x'])  # expect: outer local
print(f.f_globals is globals(), f.f_builtins is sys._getframe().f_builtins)  # expect: True True
print(type(f).__name__, type(f.f_code).__name__, f.f_trace)  # expect: frame code None
print(repr(f).startswith('<frame at 0x'), repr(f).endswith(', code inner>'))  # expect: True True

# The code object.
co = inner.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_varnames, co.co_nlocals)  # expect: inner inner 2 ('a', 'b', 'c', 'f', 'd') 5
print(f.f_code == co, f.f_code == outer.__code__, hash(f.f_code) == hash(co))  # expect: True False True
print(co.co_firstlineno == inner.__code__.co_firstlineno)  # expect: True

# Module level: the locals are the globals; there is no caller.
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_locals is globals())  # expect: <module> None True

# Depth and argument errors.
for bad in [100000, 2 ** 100, 1.5, '1']:
    try:
        sys._getframe(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)  # expect: ValueError call stack is not deep enough
        # expect: OverflowError Python int too large to convert to C int
        # expect: TypeError 'float' object cannot be interpreted as an integer
        # expect: TypeError 'str' object cannot be interpreted as an integer
try:
    sys._getframe(depth=1)
except TypeError as e:
    print(e)  # expect: sys._getframe() takes no keyword arguments
print(sys._getframe(-3) is sys._getframe())  # expect: True

# A class body's frame: its locals are the class namespace.
class C:
    y = 1
    frame = sys._getframe()
    names = sorted(frame.f_locals)
print(C.names, C.frame.f_code.co_name, C.frame.f_back.f_code.co_name)  # expect: ['__module__', '__qualname__', 'frame', 'y'] C <module>


# Frames of a recursion, walked through f_back.
def down(n):
    if n == 0:
        g = sys._getframe()
        count = 0
        while g is not None:
            count += 1
            g = g.f_back
        return count
    return down(n - 1)


print(down(50))  # expect: 52

# clear() refuses a running frame and drops a finished one's locals.
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)  # expect: cannot clear an executing frame
f.clear()
print(f.f_locals)  # expect: {}
