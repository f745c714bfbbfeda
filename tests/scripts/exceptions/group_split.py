# split / subgroup / derive, and the metadata the parts keep.
e = ExceptionGroup("m", [ValueError(1), TypeError(2),
                         ExceptionGroup("n", [ValueError(3), KeyError(4)])])
print(e.split(ValueError))  # expect: (ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])]), ExceptionGroup('m', [TypeError(2), ExceptionGroup('n', [KeyError(4)])]))
print(e.split((TypeError, KeyError)))  # expect: (ExceptionGroup('m', [TypeError(2), ExceptionGroup('n', [KeyError(4)])]), ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])]))
print(e.split(lambda x: isinstance(x, ValueError) and x.args[0] > 1))  # expect: (ExceptionGroup('m', [ExceptionGroup('n', [ValueError(3)])]), ExceptionGroup('m', [ValueError(1), TypeError(2), ExceptionGroup('n', [KeyError(4)])]))
print(e.subgroup(OSError), e.split(Exception)[0] is e, e.subgroup(Exception) is e)  # expect: None True True
print(e.split(lambda x: isinstance(x, ExceptionGroup) and x.message == "n"))  # expect: (ExceptionGroup('m', [ExceptionGroup('n', [ValueError(3), KeyError(4)])]), ExceptionGroup('m', [ValueError(1), TypeError(2)]))
print(e.split(OSError))  # expect: (None, ExceptionGroup('m', [ValueError(1), TypeError(2), ExceptionGroup('n', [ValueError(3), KeyError(4)])]))
for bad in (3, (ValueError, 3), "x"):
    try:
        e.split(bad)
    except TypeError as x:
        print(type(x).__name__, x)  # expect: TypeError expected a function, exception type or tuple of exception types
        # expect: TypeError expected a function, exception type or tuple of exception types
        # expect: TypeError expected a function, exception type or tuple of exception types
d = e.derive([KeyError()])
print(repr(d), type(d).__name__, d.__traceback__)  # expect: ExceptionGroup('m', [KeyError()]) ExceptionGroup None
print(BaseExceptionGroup("a", [SystemExit(1)]).derive([ValueError(2)]).__class__.__name__)  # expect: ExceptionGroup


def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])


try:
    try:
        f()
    except ExceptionGroup as g:
        raise RuntimeError("wrapped") from g
except RuntimeError as r:
    g = r.__cause__
    match, rest = g.split(ValueError)
    print(match.__traceback__ is not None, len(list(iter_tb := [])) == 0)  # expect: True True
    tb = match.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("frames", depth)  # expect: frames 2
    print(match.__cause__, match.__context__, rest.__context__)  # expect: None None None
    print(match.exceptions[0] is g.exceptions[0])  # expect: True


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("no")


try:
    BadDerive("x", [ValueError(1), KeyError(2)]).split(ValueError)
except TypeError as x:
    print(type(x).__name__, x)  # expect: TypeError derive must return an instance of BaseExceptionGroup

e = ExceptionGroup('m', [ValueError(1), TypeError(2)])
print(e.split(OSError)[1] is e, e.subgroup(lambda x: True) is e)  # expect: False True


def f():
    try:
        raise e
    except* OSError:
        pass


try:
    f()
except Exception as x:
    print(x is e, repr(x))  # expect: False ExceptionGroup('m', [ValueError(1), TypeError(2)])


def g():
    try:
        raise e
    except* ValueError:
        raise
    except* TypeError:
        raise


try:
    g()
except Exception as x:
    print(x is e, repr(x))  # expect: False ExceptionGroup('m', [ValueError(1), TypeError(2)])
