# OSError(errno, strerror) picks the subclass for the errno, as CPython's OSError.__new__;
# the rarer OSError subclasses and warning categories exist as builtins.
for n in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 99):
    print(n, type(OSError(n, "s")).__name__)  # expect: 1 PermissionError
    # expect: 2 FileNotFoundError
    # expect: 3 ProcessLookupError
    # expect: 4 InterruptedError
    # expect: 10 ChildProcessError
    # expect: 11 BlockingIOError
    # expect: 13 PermissionError
    # expect: 17 FileExistsError
    # expect: 20 NotADirectoryError
    # expect: 21 IsADirectoryError
    # expect: 32 BrokenPipeError
    # expect: 103 ConnectionAbortedError
    # expect: 104 ConnectionResetError
    # expect: 110 TimeoutError
    # expect: 111 ConnectionRefusedError
    # expect: 99 OSError
e = OSError(2, "m", "f")
print(e.args, repr(e), str(e), e.filename)  # expect: (2, 'm') FileNotFoundError(2, 'm') [Errno 2] m: 'f' f
e = OSError(2, "m", None)
print(e.args, str(e), e.filename)  # expect: (2, 'm', None) [Errno 2] m None
print(type(OSError("a", "m")).__name__, type(OSError(2)).__name__)  # expect: OSError OSError
print(type(FileNotFoundError(13, "x")).__name__)  # expect: FileNotFoundError


class MyOS(OSError):
    pass


print(type(MyOS(2, "x")).__name__)  # expect: MyOS
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError))  # expect: True True
print([c.__name__ for c in ConnectionResetError.__mro__])  # expect: ['ConnectionResetError', 'ConnectionError', 'OSError', 'Exception', 'BaseException', 'object']
for c in (BlockingIOError, ChildProcessError, ConnectionAbortedError,
          ConnectionRefusedError, InterruptedError, ProcessLookupError):
    print(c.__name__, c.__base__.__name__)  # expect: BlockingIOError OSError
    # expect: ChildProcessError OSError
    # expect: ConnectionAbortedError ConnectionError
    # expect: ConnectionRefusedError ConnectionError
    # expect: InterruptedError OSError
    # expect: ProcessLookupError OSError
for w in (SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
          ResourceWarning, PendingDeprecationWarning):
    print(w.__name__, issubclass(w, Warning))  # expect: SyntaxWarning True
    # expect: FutureWarning True
    # expect: ImportWarning True
    # expect: UnicodeWarning True
    # expect: BytesWarning True
    # expect: ResourceWarning True
    # expect: PendingDeprecationWarning True
print(issubclass(ReferenceError, Exception), issubclass(UnicodeTranslateError, UnicodeError))  # expect: True True
try:
    raise BrokenPipeError(32, "Broken pipe")
except ConnectionError as e:
    print(repr(e), e.errno)  # expect: BrokenPipeError(32, 'Broken pipe') 32
