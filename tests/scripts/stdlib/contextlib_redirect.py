import io
import sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1, 2, sep=",")
    sys.stdout.write("direct\n")
print(target is buf, repr(buf.getvalue()))  # expect: True 'captured,1,2\ndirect\n'

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("more\n")
print(repr(err.getvalue()))  # expect: 'to stderr\nmore\n'

# Nested and reused.
outer = io.StringIO()
inner = io.StringIO()
r = redirect_stdout(outer)
with r:
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))  # expect: 'outer 1\nouter 2\n' 'inner\n'
