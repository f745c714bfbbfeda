# contextvars: ContextVar, Token, Context (a snapshot mapping), copy_context, run.
import contextvars
import re
from contextvars import Context, ContextVar, Token, copy_context

print(contextvars.__all__)  # expect: ('Context', 'ContextVar', 'Token', 'copy_context')
print(ContextVar, Context, Token)  # expect: <class '_contextvars.ContextVar'> <class '_contextvars.Context'> <class '_contextvars.Token'>
print(Token.MISSING)  # expect: <Token.MISSING>

v = ContextVar("v")
d = ContextVar("d", default=10)
print(v.name, d.name)  # expect: v d
print(re.fullmatch(r"<ContextVar name='v' at 0x[0-9a-f]+>", repr(v)) is not None)  # expect: True
print(re.fullmatch(r"<ContextVar name='d' default=10 at 0x[0-9a-f]+>", repr(d)) is not None)  # expect: True

# get: the value, else the argument, else the default, else LookupError(var).
try:
    v.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is v)  # expect: LookupError True
print(v.get(None), v.get(5), d.get(), d.get(7))  # expect: None 5 10 7

t = v.set(1)
print(v.get(), t.var is v, t.old_value is Token.MISSING)  # expect: 1 True True
print(re.fullmatch(r"<Token var=<ContextVar name='v' at 0x[0-9a-f]+> at 0x[0-9a-f]+>", repr(t)) is not None)  # expect: True
t2 = v.set(2)
print(v.get(), t2.old_value)  # expect: 2 1
v.reset(t2)
print(v.get())  # expect: 1
print(repr(t2).startswith("<Token used var="))  # expect: True
try:
    v.reset(t2)
except RuntimeError as e:
    print("RuntimeError", str(e).endswith("has already been used once"))  # expect: RuntimeError True
try:
    d.reset(t)
except ValueError as e:
    print("ValueError", str(e).endswith("was created by a different ContextVar"))  # expect: ValueError True
v.reset(t)
print(v.get("unset"))  # expect: unset

# A token from another context.
ctx = Context()
tok = ctx.run(v.set, 5)
print(ctx[v], v.get("unset"))  # expect: 5 unset
try:
    v.reset(tok)
except ValueError as e:
    print("ValueError", str(e).endswith("was created in a different Context"))  # expect: ValueError True

# Context is a snapshot: copies do not see later sets.
v.set("outer")
snap = copy_context()
v.set("changed")
print(snap[v], v.get(), len(snap), v in snap, d in snap)  # expect: outer changed 1 True False
print(snap.get(v), snap.get(d), snap.get(d, "dflt"))  # expect: outer None dflt
try:
    snap[d]
except KeyError as e:
    print("KeyError", e.args[0] is d)  # expect: KeyError True
names = sorted(k.name for k in snap)
print(names, [k.name for k in snap.keys()], list(snap.values()), [(k.name, x) for k, x in snap.items()])  # expect: ['v'] ['v'] ['outer'] [('v', 'outer')]

# run: sets inside stay inside; the result and exceptions come back.
def work(x, *, y):
    v.set("in run")
    d.set(x + y)
    return v.get(), d.get()
c2 = copy_context()
print(c2.run(work, 1, y=2))  # expect: ('in run', 3)
print(v.get(), d.get(), c2[v], c2[d], len(c2))  # expect: changed 10 in run 3 2
def boom():
    v.set("boom")
    raise KeyError("k")
try:
    c2.run(boom)
except KeyError as e:
    print("KeyError", e, c2[v], v.get())  # expect: KeyError 'k' boom changed

# Re-entering a context that is running raises.
def reenter():
    try:
        c2.run(print, "never")
    except RuntimeError as e:
        print(re.fullmatch(r"cannot enter context: <_contextvars\.Context object at 0x[0-9a-f]+> is already entered", str(e)) is not None)
    return "ok"
print(c2.run(reenter))  # expect: True
# expect: ok
print(c2.run(copy_context) == c2, c2.copy() == c2, Context() == Context(), c2 == Context(), c2 == 1)  # expect: True True True False False
# Nested runs of different contexts.
outer = Context()
inner = Context()
def nested():
    v.set("o")
    r = inner.run(lambda: (v.get("none"), v.set("i") and v.get()))
    return r, v.get()
print(outer.run(nested), outer[v], inner[v])  # expect: (('none', 'i'), 'o') o i

# Errors.
for f in (lambda: ContextVar(), lambda: ContextVar(1), lambda: ContextVar("a", 1),
          lambda: ContextVar("a", dflt=1), lambda: Token(), lambda: Context(1),
          lambda: copy_context(1), lambda: snap[1], lambda: 1 in snap, lambda: snap.get(1),
          lambda: v.reset(1), lambda: v.get(1, 2), lambda: v.set(), lambda: hash(snap),
          lambda: snap.run(), lambda: type(Token.MISSING)()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)  # expect: TypeError ContextVar() takes exactly 1 positional argument (0 given)
        # expect: TypeError context variable name must be a str
        # expect: TypeError ContextVar() takes at most 1 positional argument (2 given)
        # expect: TypeError 'dflt' is an invalid keyword argument for ContextVar()
        # expect: RuntimeError Tokens can only be created by ContextVars
        # expect: TypeError Context() does not accept any arguments
        # expect: TypeError _contextvars.copy_context() takes no arguments (1 given)
        # expect: TypeError a ContextVar key was expected, got 1
        # expect: TypeError a ContextVar key was expected, got 1
        # expect: TypeError a ContextVar key was expected, got 1
        # expect: TypeError expected an instance of Token, got 1
        # expect: TypeError get expected at most 1 argument, got 2
        # expect: TypeError ContextVar.set() takes exactly one argument (0 given)
        # expect: TypeError unhashable type: '_contextvars.Context'
        # expect: TypeError run() missing 1 required positional argument
        # expect: TypeError cannot create 'Token.MISSING' instances
try:
    v.name = "w"
except AttributeError:
    print("AttributeError")  # expect: AttributeError
for cls in (ContextVar, Context, Token):
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print(e)  # expect: type '_contextvars.ContextVar' is not an acceptable base type
        # expect: type '_contextvars.Context' is not an acceptable base type
        # expect: type '_contextvars.Token' is not an acceptable base type
print(ContextVar[int], Token[str], hash(v) == hash(v), v == v, v != d)  # expect: _contextvars.ContextVar[int] _contextvars.Token[str] True True True

# Cycles through a context, a token or a variable's default are collected.
import gc
import weakref
class Obj:
    pass
def through_context():
    o = Obj()
    o.ctx = Context()
    o.tok = o.ctx.run(v.set, o)
    return weakref.ref(o)
def through_default():
    o = Obj()
    o.var = ContextVar("x", default=o)
    return weakref.ref(o)
r1, r2 = through_context(), through_default()
gc.collect()
print(r1() is None, r2() is None)  # expect: True True
keep = Context()
keep.run(v.set, [1, 2])
gc.collect()
print(keep[v])  # expect: [1, 2]
