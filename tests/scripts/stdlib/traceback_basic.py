# traceback: the formatted text equals what the interpreter prints for an uncaught
# exception (frames, caret lines, chained exceptions), plus extract_tb/FrameSummary.
import re
import sys
import traceback


def clean(text):
    # File names differ between runs: keep the base name only.
    text = re.sub(r'File "[^"]*/([^"/]*)"', r'File "\1"', text)
    # Fibra's caret lines under calls follow CPython 3.13, not 3.11 (a known
    # difference of the interpreter's traceback printer): drop those.
    return re.sub(r'(\)\n)[ ~^]+\n', r'\1', text)


def show(text):
    print(clean(text), end='')


def inner(d):
    return d["a"]["b"] + 1


def outer():
    return inner({"a": {}})


try:
    outer()
except KeyError:
    show(traceback.format_exc())

print(traceback.format_exc())

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e
except ValueError as e:
    show(''.join(traceback.format_exception(e)))
    print('---')
    show(''.join(traceback.format_exception(type(e), e, e.__traceback__)))
    print('---')
    show(''.join(traceback.format_exception(e, chain=False)))
    print('---')
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))

try:
    try:
        [][1]
    except IndexError:
        {}['k']
except KeyError as e:
    show(traceback.format_exc())
    saved = e

print('--- limit')
show(''.join(traceback.format_exception(saved, chain=False, limit=1)))
show(''.join(traceback.format_exception(saved, chain=False, limit=0)))


def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    return rec(n - 1)


try:
    rec(8)
except RuntimeError as e:
    show(traceback.format_exc())
    frames = traceback.extract_tb(e.__traceback__)
    print(len(frames), [f.name for f in frames][:3])
    f = frames[-1]
    print(f.lineno, f.name, f.line)
    print(clean(repr(f)).split(' ')[0], f.name == 'rec')
    filename, lineno, name, line = f
    print(lineno, name, line, f[2], len(f))
    print(len(traceback.format_tb(e.__traceback__)))
    show(''.join(traceback.format_tb(e.__traceback__, limit=-2)))
    show(''.join(traceback.format_list(frames[:2])))


print(traceback.format_list([('a.py', 3, 'f', 'x = 1'), ('b.py', 7, 'g', None)]))
s = traceback.StackSummary.from_list([('a.py', 3, 'f', 'x = 1')])
print(s[0] == ('a.py', 3, 'f', 'x = 1'), s.format())


class MyError(Exception):
    pass


try:
    raise MyError()
except MyError as e:
    show(traceback.format_exc())
    print(traceback.format_exception_only(e))

e = ValueError("never raised")
print(traceback.format_exception(e))
print(traceback.format_exception_only(e))
try:
    raise TypeError("printed")
except TypeError:
    import io
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show(buf.getvalue())
    buf = io.StringIO()
    traceback.print_exception(sys.exception(), file=buf)
    show(buf.getvalue())

try:
    raise ValueError("two\nlines")
except ValueError as e:
    print(traceback.format_exception_only(e))
try:
    exec("x = (1,\n")
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')

# Expected output (at the end, so that the line numbers in tracebacks stay put):
# expect: Traceback (most recent call last):
# expect:   File "traceback_basic.py", line 29, in <module>
# expect:     outer()
# expect:   File "traceback_basic.py", line 25, in outer
# expect:     return inner({"a": {}})
# expect:   File "traceback_basic.py", line 21, in inner
# expect:     return d["a"]["b"] + 1
# expect:            ~~~~~~^^^^^
# expect: KeyError: 'b'
# expect: NoneType: None
# expect:
# expect: Traceback (most recent call last):
# expect:   File "traceback_basic.py", line 37, in <module>
# expect:     1 / 0
# expect:     ~~^~~
# expect: ZeroDivisionError: division by zero
# expect:
# expect: The above exception was the direct cause of the following exception:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "traceback_basic.py", line 39, in <module>
# expect:     raise ValueError("bad value") from e
# expect: ValueError: bad value
# expect: ---
# expect: Traceback (most recent call last):
# expect:   File "traceback_basic.py", line 37, in <module>
# expect:     1 / 0
# expect:     ~~^~~
# expect: ZeroDivisionError: division by zero
# expect:
# expect: The above exception was the direct cause of the following exception:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "traceback_basic.py", line 39, in <module>
# expect:     raise ValueError("bad value") from e
# expect: ValueError: bad value
# expect: ---
# expect: Traceback (most recent call last):
# expect:   File "traceback_basic.py", line 39, in <module>
# expect:     raise ValueError("bad value") from e
# expect: ValueError: bad value
# expect: ---
# expect: ['ValueError: bad value\n']
# expect: ['ValueError: bad value\n']
# expect: Traceback (most recent call last):
# expect:   File "traceback_basic.py", line 52, in <module>
# expect:     [][1]
# expect:     ~~^^^
# expect: IndexError: list index out of range
# expect:
# expect: During handling of the above exception, another exception occurred:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "traceback_basic.py", line 54, in <module>
# expect:     {}['k']
# expect:     ~~^^^^^
# expect: KeyError: 'k'
# expect: --- limit
# expect: Traceback (most recent call last):
# expect:   File "traceback_basic.py", line 54, in <module>
# expect:     {}['k']
# expect:     ~~^^^^^
# expect: KeyError: 'k'
# expect: KeyError: 'k'
# expect: Traceback (most recent call last):
# expect:   File "traceback_basic.py", line 71, in <module>
# expect:     rec(8)
# expect:   File "traceback_basic.py", line 67, in rec
# expect:     return rec(n - 1)
# expect:   File "traceback_basic.py", line 67, in rec
# expect:     return rec(n - 1)
# expect:   File "traceback_basic.py", line 67, in rec
# expect:     return rec(n - 1)
# expect:   [Previous line repeated 5 more times]
# expect:   File "traceback_basic.py", line 66, in rec
# expect:     raise RuntimeError("deep")
# expect: RuntimeError: deep
# expect: 10 ['<module>', 'rec', 'rec']
# expect: 66 rec raise RuntimeError("deep")
# expect: <FrameSummary True
# expect: 66 rec raise RuntimeError("deep") rec 4
# expect: 6
# expect:   File "traceback_basic.py", line 67, in rec
# expect:     return rec(n - 1)
# expect:   File "traceback_basic.py", line 66, in rec
# expect:     raise RuntimeError("deep")
# expect:   File "traceback_basic.py", line 71, in <module>
# expect:     rec(8)
# expect:   File "traceback_basic.py", line 67, in rec
# expect:     return rec(n - 1)
# expect: ['  File "a.py", line 3, in f\n    x = 1\n', '  File "b.py", line 7, in g\n']
# expect: True ['  File "a.py", line 3, in f\n    x = 1\n']
# expect: Traceback (most recent call last):
# expect:   File "traceback_basic.py", line 96, in <module>
# expect:     raise MyError()
# expect: MyError
# expect: ['MyError\n']
# expect: ['ValueError: never raised\n']
# expect: ['ValueError: never raised\n']
# expect: Traceback (most recent call last):
# expect:   File "traceback_basic.py", line 105, in <module>
# expect:     raise TypeError("printed")
# expect: TypeError: printed
# expect: Traceback (most recent call last):
# expect:   File "traceback_basic.py", line 105, in <module>
# expect:     raise TypeError("printed")
# expect: TypeError: printed
# expect: ['ValueError: two\nlines\n']
# expect:   File "<string>", line 1
# expect:     x = (1,
# expect:         ^
# expect: SyntaxError: '(' was never closed
