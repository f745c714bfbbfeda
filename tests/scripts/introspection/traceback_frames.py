# Traceback objects: tb_frame, tb_lineno, tb_next, and the traceback module's stack
# functions built on frames.
import sys
import traceback


def fail(n):
    local = n * 10
    if n == 0:
        raise KeyError('deep')
    fail(n - 1)


try:
    fail(2)
except KeyError as e:
    tb = e.__traceback__
    here = sys._getframe()
    print(tb.tb_frame is here, tb.tb_lineno, type(tb).__name__)  # expect: True 15 traceback
    t = tb.tb_next
    while t is not None:
        fr = t.tb_frame
        print(fr.f_code.co_name, t.tb_lineno, fr.f_lineno, fr.f_locals['n'], fr.f_locals['local'])  # expect: fail 11 11 2 20
        # expect: fail 11 11 1 10
        # expect: fail 10 10 0 0
        t = t.tb_next
    # Each frame's f_back is the frame that called it.
    last = tb.tb_next.tb_next.tb_next
    print(last.tb_frame.f_back is tb.tb_next.tb_next.tb_frame)  # expect: True
    print(tb.tb_next.tb_frame.f_back is here)  # expect: True
    print(isinstance(tb.tb_lasti, int))  # expect: True
    summary = traceback.extract_tb(tb)
    print([(s.name, s.lineno, s.line) for s in summary])  # expect: [('<module>', 15, 'fail(2)'), ('fail', 11, 'fail(n - 1)'), ('fail', 11, 'fail(n - 1)'), ('fail', 10, "raise KeyError('deep')")]
    walked = [(f.f_code.co_name, line) for f, line in traceback.walk_tb(tb)]
    print(walked)  # expect: [('<module>', 15), ('fail', 11), ('fail', 11), ('fail', 10)]
    stack = traceback.StackSummary.extract(traceback.walk_tb(tb.tb_next), capture_locals=True)
    print([(s.name, sorted(s.locals.items())) for s in stack])  # expect: [('fail', [('local', '20'), ('n', '2')]), ('fail', [('local', '10'), ('n', '1')]), ('fail', [('local', '0'), ('n', '0')])]

# with_traceback(None) and assigning __traceback__.
try:
    fail(1)
except KeyError as e:
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)  # expect: True None
try:
    fail(0)
except KeyError as e:
    keep = e.__traceback__.tb_next
    e.__traceback__ = keep
    print(e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_next)  # expect: fail None
    e.__traceback__ = None
    print(e.__traceback__)  # expect: None
    try:
        e.__traceback__ = 5
    except TypeError as err:
        print(err)  # expect: __traceback__ must be a traceback or None


# The stack functions.
def level2():
    stack = traceback.extract_stack()
    print([(s.name, s.line) for s in stack[-2:]], stack[-3].name)
    print(traceback.format_stack(limit=1)[0].split('\n')[1])
    out = io.StringIO()
    traceback.print_stack(limit=2, file=out)
    print(out.getvalue().replace(__file__, 'FILE'), end='')


def level1():
    level2()


import io
level1()  # expect: [('level1', 'level2()'), ('level2', 'stack = traceback.extract_stack()')] <module>
# expect:     print(traceback.format_stack(limit=1)[0].split('\n')[1])
# expect:   File "FILE", line 70, in level1
# expect:     level2()
# expect:   File "FILE", line 65, in level2
# expect:     traceback.print_stack(limit=2, file=out)
frames = [f.f_code.co_name for f, _ in traceback.walk_stack(sys._getframe())]
print(frames[0])  # expect: <module>


# An exception that ended a frame keeps that frame's locals for tb_frame.f_locals.
def catcher():
    try:
        fail(0)
    except KeyError as e:
        return e


e = catcher()
t = e.__traceback__
print(t.tb_frame.f_code.co_name, t.tb_next.tb_frame.f_locals)  # expect: catcher {'n': 0, 'local': 0}
traceback.clear_frames(t)
print(t.tb_next.tb_frame.f_locals)  # expect: {}
