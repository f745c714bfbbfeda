# ExceptionGroup / BaseExceptionGroup (PEP 654): construction, checks, attributes.
for args in [(1, []), ("x", 5), ("x", []), ("x", [1]), ("x",), ("x", [ValueError()], 3),
             ("x", {ValueError()}), ("x", "ab")]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)  # expect: TypeError BaseExceptionGroup.__new__() argument 1 must be str, not int
        # expect: TypeError second argument (exceptions) must be a sequence
        # expect: ValueError second argument (exceptions) must be a non-empty sequence
        # expect: ValueError Item 0 of second argument (exceptions) is not an exception
        # expect: TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
        # expect: TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (3 given)
        # expect: TypeError second argument (exceptions) must be a sequence
        # expect: ValueError Item 0 of second argument (exceptions) is not an exception
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except Exception as e:
    print(type(e).__name__, e)  # expect: TypeError Cannot nest BaseExceptions in an ExceptionGroup


class MyEG(ExceptionGroup):
    pass


try:
    MyEG("x", [KeyboardInterrupt()])
except Exception as e:
    print(type(e).__name__, e)  # expect: TypeError Cannot nest BaseExceptions in 'MyEG'


class MyBEG(BaseExceptionGroup):
    pass


print(type(MyBEG("x", [ValueError()])).__name__)  # expect: MyBEG
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)  # expect: ExceptionGroup
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)  # expect: BaseExceptionGroup
lst = [ValueError(1)]
e = ExceptionGroup("m", lst)
print(e.args, e.args[1] is lst, e.message, e.exceptions, str(e), repr(e))  # expect: ('m', [ValueError(1)]) True m (ValueError(1),) m (1 sub-exception) ExceptionGroup('m', [ValueError(1)])
print(ExceptionGroup("a", (ValueError(1), ValueError(2))))  # expect: a (2 sub-exceptions)
try:
    e.message = 3
except AttributeError as x:
    print(type(x).__name__, x)  # expect: AttributeError readonly attribute
try:
    ExceptionGroup("x", [ValueError()], k=1)
except TypeError as x:
    print(type(x).__name__, x)  # expect: TypeError ExceptionGroup() takes no keyword arguments
print(ExceptionGroup.__mro__)  # expect: (<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)  # expect: (<class 'BaseExceptionGroup'>, <class 'Exception'>) (<class 'BaseException'>,)
print(isinstance(e, Exception), isinstance(e, BaseExceptionGroup), issubclass(MyEG, Exception))  # expect: True True True
b = BaseExceptionGroup("b", [SystemExit(2), ValueError()])
print(isinstance(b, Exception), repr(b))  # expect: False BaseExceptionGroup('b', [SystemExit(2), ValueError()])

# Catching a group with a plain `except`.
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    print("caught", g, [repr(x) for x in g.exceptions])  # expect: caught many (2 sub-exceptions) ['ValueError(1)', 'TypeError(2)']


# A subclass that keeps its extra field through split/derive.
class Errors(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return Errors(self.message, excs, self.code)


g = Errors("bad", [ValueError(1), KeyError(2)], 42)
m, r = g.split(ValueError)
print(type(m).__name__, m.code, m.exceptions, type(r).__name__, r.code, r.exceptions)  # expect: Errors 42 (ValueError(1),) Errors 42 (KeyError(2),)
g.add_note("a note")
m = g.subgroup(KeyError)
print(m.__notes__, m.__notes__ is g.__notes__)  # expect: ['a note'] False
