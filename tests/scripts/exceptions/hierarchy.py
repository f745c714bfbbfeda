pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (KeyError, LookupError), (IndexError, LookupError),
    (LookupError, Exception), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (SystemExit, BaseException), (Exception, BaseException),
    (StopIteration, Exception), (AssertionError, Exception), (AttributeError, Exception),
    (TypeError, ValueError), (UnicodeDecodeError, ValueError), (bool, int),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))  # expect: ZeroDivisionError ArithmeticError True
    # expect: OverflowError ArithmeticError True
    # expect: ArithmeticError Exception True
    # expect: KeyError LookupError True
    # expect: IndexError LookupError True
    # expect: LookupError Exception True
    # expect: UnboundLocalError NameError True
    # expect: RecursionError RuntimeError True
    # expect: NotImplementedError RuntimeError True
    # expect: ModuleNotFoundError ImportError True
    # expect: FileNotFoundError OSError True
    # expect: KeyboardInterrupt Exception False
    # expect: KeyboardInterrupt BaseException True
    # expect: SystemExit Exception False
    # expect: SystemExit BaseException True
    # expect: Exception BaseException True
    # expect: StopIteration Exception True
    # expect: AssertionError Exception True
    # expect: AttributeError Exception True
    # expect: TypeError ValueError False
    # expect: UnicodeDecodeError ValueError True
    # expect: bool int True
print(ZeroDivisionError.__mro__[1].__name__)  # expect: ArithmeticError
