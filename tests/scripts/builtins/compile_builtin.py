# compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): code
# objects for exec() and eval(), with CPython's errors.
import sys

c = compile('1 + 2', 'calc', 'eval')
print(type(c).__name__, c.co_filename, c.co_name, eval(c), exec(c))  # expect: code calc <module> 3 None
c = compile('a = 5\nb = a * 2', 'prog', 'exec')
g = {}
print(exec(c, g), g['b'], eval(c, {}))  # expect: None 10 None
exec(compile('top = 7', 's', 'exec'))
print(top)  # expect: 7


def inner():
    w = 1
    return eval(compile('w + 1', 's', 'eval'))


print(inner())  # expect: 2
# 'single': one statement; expression values are printed.
exec(compile('3 * 3', 's', 'single'))  # expect: 9
exec(compile('for i in range(2): i\n', 's', 'single'))  # expect: 0
# expect: 1
exec(compile('None', 's', 'single'))
exec(compile('x = 4; x', 's', 'single'))  # expect: 4
print(compile(b'y = 1', 's', 'exec').co_filename)  # expect: s
print(compile('x', filename='kw', mode='eval', flags=0, dont_inherit=True, optimize=2).co_filename)  # expect: kw
print(repr(compile('x', 'fn.py', 'eval')).split(', ')[1:])  # expect: ['file "fn.py"', 'line 1>']

# The file name is the code's: frames and tracebacks show it.
code = compile('import sys\nwhere = sys._getframe().f_code.co_filename\n'
               'def k():\n    return 1 / 0\n', 'virtual.py', 'exec')
ns = {}
exec(code, ns)
print(ns['where'])  # expect: virtual.py
try:
    ns['k']()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno, tb.tb_frame.f_code.co_name)  # expect: virtual.py 4 k

# Errors.
for args in [('x=1', 'f', 'bad'), ('a\0', 'f', 'exec'), ('x=1', 'f', 'exec', 0x10000000),
             ('x=1', 'f', 'exec', 0, False, 5), (5, 'f', 'exec'), ('x=1', 5, 'exec'),
             ('1+', '<s>', 'eval'), ('x = (', 'dir/file.py', 'exec'),
             ('x=1\ny=2', 's', 'single'), ('x', 'f', 3)]:
    try:
        compile(*args)
    except (ValueError, TypeError, SyntaxError) as e:
        print(type(e).__name__, e, getattr(e, 'filename', None), getattr(e, 'lineno', None))  # expect: ValueError compile() mode must be 'exec', 'eval' or 'single' None None
        # expect: SyntaxError source code string cannot contain null bytes None None
        # expect: ValueError compile(): unrecognised flags None None
        # expect: ValueError compile(): invalid optimize value None None
        # expect: TypeError compile() arg 1 must be a string, bytes or AST object None None
        # expect: TypeError expected str, bytes or os.PathLike object, not int None None
        # expect: SyntaxError invalid syntax (<s>, line 1) <s> 1
        # expect: SyntaxError '(' was never closed (file.py, line 1) dir/file.py 1
        # expect: SyntaxError multiple statements found while compiling a single statement (s, line 1) s 1
        # expect: TypeError compile() argument 'mode' must be str, not int None None
try:
    compile('x=1', 'f', 'exec', 0x400)  # ast.PyCF_ONLY_AST
    print('an AST')  # expect: an AST
except NotImplementedError:
    print('an AST')
for call in [lambda: compile(), lambda: compile('x', 'f'),
             lambda: compile('x', 'f', 'eval', source='y')]:
    try:
        call()
    except TypeError as e:
        print(e)  # expect: compile() missing required argument 'source' (pos 1)
        # expect: compile() missing required argument 'mode' (pos 3)
        # expect: argument for compile() given by name ('source') and position (1)


def outer():
    y = 1

    def g():
        return y
    return g


try:
    exec(outer().__code__)
except TypeError as e:
    print(e)  # expect: code object requires a closure of exactly length 1
try:
    eval(outer().__code__)
except TypeError as e:
    print(e)  # expect: code object passed to eval() may not contain free variables

# SyntaxError's attributes and str, as CPython builds them.
e = SyntaxError('bad thing', ('/some/dir/mod.py', 3, 5, 'x = = 1\n', 3, 6))
print(str(e), e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)  # expect: bad thing (mod.py, line 3) bad thing /some/dir/mod.py 3 5 'x = = 1\n' 3 6
print(repr(str(SyntaxError())), str(SyntaxError('only')), SyntaxError('m').filename)  # expect: 'None' only None
try:
    exec('1 +')
except SyntaxError as err:
    print(err, err.filename, err.lineno, err.offset)  # expect: invalid syntax (<string>, line 1) <string> 1 4
