# except* (PEP 654): matching, wrapping, re-raising, and what is raised at the end.
def show(e, indent=""):
    print(indent + repr(e))
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            show(x, indent + "  ")


def run(body):
    try:
        body()
    except BaseException as e:
        print("escaped:")
        show(e)
    else:
        print("no exception")


def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))


run(t1)


def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("V only")


run(t2)


def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped", repr(e), type(e).__name__)


run(t3)


def t4():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


run(t4)


def t5():
    try:
        raise KeyError("naked")
    except* ValueError:
        print("not reached")


run(t5)


def t6():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new") from None


run(t6)


def t7():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2),
                                    ExceptionGroup("inner", [ValueError(3), OSError(4)])])
    except* ValueError:
        raise
    except* OSError as e:
        print("OS", repr(e))


run(t7)


def t8():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (TypeError, ValueError) as e:
        print("tuple", repr(e))
    else:
        print("else not run")
    finally:
        print("finally")


run(t8)


def t9():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else")
    finally:
        print("finally")


run(t9)


def t10():
    import sys
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("exc_info", repr(sys.exc_info()[1]))
    except* TypeError:
        print("exc_info", repr(sys.exc_info()[1]))
    print("after", sys.exc_info())


run(t10)


def t11():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass


run(t11)


def t12():
    try:
        raise ValueError(1)
    except* int:
        pass


run(t12)


def t13():
    # A handler raising while another clause matched: new exceptions come first.
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from V")
    except* TypeError:
        raise


run(t13)


def t14():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            pass
        print("loop", i)
    try:
        e
    except NameError as x:
        print(type(x).__name__)


run(t14)


def t15():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt:
        print("KI handled")


run(t15)


# Syntax errors.
for src in ["try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        for i in x:\n            break\n        def g():\n            return 1\n"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)

# expect: V ExceptionGroup('eg', [ValueError(1), ValueError(3)])
# expect: T ExceptionGroup('eg', [TypeError(2)])
# expect: no exception
# expect: V only
# expect: escaped:
# expect: ExceptionGroup('eg', [TypeError(2), KeyError(3)])
# expect:   TypeError(2)
# expect:   KeyError(3)
# expect: wrapped ExceptionGroup('', (ValueError('naked'),)) ExceptionGroup
# expect: no exception
# expect: escaped:
# expect: ExceptionGroup('', (ValueError('naked'),))
# expect:   ValueError('naked')
# expect: escaped:
# expect: KeyError('naked')
# expect: escaped:
# expect: ExceptionGroup('', [KeyError('new'), ExceptionGroup('eg', [TypeError(2)])])
# expect:   KeyError('new')
# expect:   ExceptionGroup('eg', [TypeError(2)])
# expect:     TypeError(2)
# expect: OS ExceptionGroup('eg', [ExceptionGroup('inner', [OSError(4)])])
# expect: escaped:
# expect: ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3)])])
# expect:   ValueError(1)
# expect:   TypeError(2)
# expect:   ExceptionGroup('inner', [ValueError(3)])
# expect:     ValueError(3)
# expect: tuple ExceptionGroup('eg', [ValueError(1)])
# expect: finally
# expect: no exception
# expect: else
# expect: finally
# expect: no exception
# expect: exc_info ExceptionGroup('eg', [ValueError(1)])
# expect: exc_info ExceptionGroup('eg', [TypeError(2)])
# expect: after (None, None, None)
# expect: no exception
# expect: escaped:
# expect: TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')
# expect: escaped:
# expect: TypeError('catching classes that do not inherit from BaseException is not allowed')
# expect: escaped:
# expect: ExceptionGroup('', [RuntimeError('from V'), ExceptionGroup('eg', [TypeError(2), KeyError(3)])])
# expect:   RuntimeError('from V')
# expect:   ExceptionGroup('eg', [TypeError(2), KeyError(3)])
# expect:     TypeError(2)
# expect:     KeyError(3)
# expect: loop 0
# expect: loop 1
# expect: loop 2
# expect: UnboundLocalError
# expect: no exception
# expect: KI handled
# expect: escaped:
# expect: ExceptionGroup('b', [ValueError(1)])
# expect:   ValueError(1)
# expect: SyntaxError cannot have both 'except' and 'except*' on the same 'try' 5
# expect: SyntaxError expected one or more exception types 3
# expect: SyntaxError 'break', 'continue' and 'return' cannot appear in an except* block 5
# expect: SyntaxError 'break', 'continue' and 'return' cannot appear in an except* block 5
# expect: SyntaxError 'break', 'continue' and 'return' cannot appear in an except* block 5
# expect: ok
