# warnings.warn() attributes the warning to its caller's frame (stacklevel frames out)
# and prints the source line, as CPython does.
import io
import os
import sys
import warnings

err = io.StringIO()
old_stderr = sys.stderr
sys.stderr = err


def deprecated_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


def caller():
    deprecated_api()


def lib():
    warnings.warn("level3", UserWarning, stacklevel=3)


def mid():
    lib()


warnings.warn("plain")
caller()
mid()
warnings.warn("too deep", RuntimeWarning, stacklevel=50)
for i in range(3):
    warnings.warn("shown once")
sys.stderr = old_stderr
print(err.getvalue().replace(__file__, "FILE"), end="")  # expect: FILE:29: UserWarning: plain
# expect:   warnings.warn("plain")
# expect: FILE:18: DeprecationWarning: old api
# expect:   deprecated_api()
# expect: FILE:31: UserWarning: level3
# expect:   mid()
# expect: sys:1: RuntimeWarning: too deep
# expect: FILE:34: UserWarning: shown once
# expect:   warnings.warn("shown once")
# The module's registry of warnings already shown.
print(sorted(k[0] for k in __warningregistry__ if k != 'version'))  # expect: ['level3', 'old api', 'plain', 'shown once']

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    caller()
    mid()
for m in w:
    print(os.path.basename(m.filename), m.lineno, m.category.__name__, m.line)  # expect: warnings_location.py 18 DeprecationWarning None
    # expect: warnings_location.py 51 UserWarning None
# formatwarning looks the line up when it is not given.
print(warnings.formatwarning("m", UserWarning, __file__, 4).replace(__file__, "FILE"), end="")  # expect: FILE:4: UserWarning: m
# expect:   import os
