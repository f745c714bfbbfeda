import io
import sys
import warnings


class MyWarning(UserWarning):
    pass


# Recording: category, message and count (the location is not checked here).
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(MyWarning("third"))
    warnings.warn("again")
    warnings.warn("again")
print(len(w))  # expect: 5
for m in w:
    print(m.category.__name__, str(m.message), type(m.message).__name__)  # expect: UserWarning first UserWarning
    # expect: DeprecationWarning second DeprecationWarning
    # expect: MyWarning third MyWarning
    # expect: UserWarning again UserWarning
    # expect: UserWarning again UserWarning

# The default action shows a warning once per location.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("loop")
    warnings.warn("other")
print([str(m.message) for m in w])  # expect: ['loop', 'other']

# "once": once per message text, wherever it comes from.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    warnings.warn("x")
    warnings.warn("x")
    warnings.warn("y")
print([str(m.message) for m in w])  # expect: ['x', 'y']

# "ignore" and "error".
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
print(len(w))  # expect: 0
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)  # expect: raised RuntimeWarning boom
    try:
        warnings.warn(MyWarning("mine"))
    except MyWarning as e:
        print("raised", repr(e))  # expect: raised MyWarning('mine')

# filterwarnings: message regex (case-insensitive, anchored at the start) and category.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="spam")
    warnings.filterwarnings("error", category=MyWarning)
    warnings.warn("SPAM and eggs")
    warnings.warn("eggs and spam")
    try:
        warnings.warn("m", MyWarning)
    except MyWarning:
        print("MyWarning is an error")  # expect: MyWarning is an error
print([str(m.message) for m in w])  # expect: ['eggs and spam']

# catch_warnings(action=...) (3.11) and restoring the filters.
before = list(warnings.filters)
with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        warnings.warn("as error")
    except UserWarning as e:
        print("error action:", e)  # expect: error action: as error
print(warnings.filters == before)  # expect: True

# The default filters ignore DeprecationWarning outside __main__.
print([(f[0], f[2].__name__) for f in warnings.filters])  # expect: [('default', 'DeprecationWarning'), ('ignore', 'DeprecationWarning'), ('ignore', 'PendingDeprecationWarning'), ('ignore', 'ImportWarning'), ('ignore', 'ResourceWarning')]

# A replaced showwarning receives the classic arguments.
seen = []
def my_show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("custom", FutureWarning)
print(seen, warnings.showwarning is not my_show)  # expect: [('custom', 'FutureWarning')] True

# warn_explicit and formatwarning use the location given.
buf = io.StringIO()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", UserWarning, "prog.py", 12)
print(w[0].filename, w[0].lineno, w[0].category.__name__, w[0].message)  # expect: prog.py 12 UserWarning explicit
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3)))  # expect: 'f.py:3: UserWarning: msg\n'
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  x = 1  ")))  # expect: 'f.py:3: UserWarning: msg\n  x = 1\n'
warnings.showwarning("shown", SyntaxWarning, "g.py", 7, file=buf)
print(repr(buf.getvalue()))  # expect: 'g.py:7: SyntaxWarning: shown\n'
print(str(warnings.WarningMessage("m", UserWarning, "f.py", 1)))  # expect: {message : 'm', category : 'UserWarning', filename : 'f.py', lineno : 1, line : None}

try:
    warnings.warn("bad", "notacategory")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: category must be a Warning subclass, not 'str'
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError:", e)  # expect: AssertionError: invalid action: 'sometimes'

cw = warnings.catch_warnings(record=True)
print(repr(cw))  # expect: catch_warnings(record=True)
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)  # expect: RuntimeError: Cannot enter catch_warnings(record=True) twice

# A shown warning goes to sys.stderr (replaceable).
err = io.StringIO()
old = sys.stderr
sys.stderr = err
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn_explicit("to stderr", UserWarning, "h.py", 5)
finally:
    sys.stderr = old
print(repr(err.getvalue()))  # expect: 'h.py:5: UserWarning: to stderr\n'
