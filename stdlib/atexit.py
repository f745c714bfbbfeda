"""Exit handlers (CPython's `atexit`), in Fibra.

Supported: `register(func, *args, **kwargs)` (returns `func`, usable as a decorator),
`unregister(func)` (removes every registration of `func`, compared with `==`),
`_run_exitfuncs()`, `_clear()`, `_ncallbacks()`. The handlers run last in, first out
when the main program ends (normally, by `sys.exit` or by an uncaught exception), after
non-daemon threads have finished; an exception in a handler is reported on stderr as
"Exception ignored in atexit callback" and the remaining handlers still run.
Not supported: handlers do not run when the process is killed by a signal or ends
through `os._exit` (as in CPython), nor in interpreters embedded without `fibra`'s
exit protocol (`Ctx::finish`).
"""

__all__ = ["register", "unregister"]

_callbacks = []


def register(func, *args, **kwargs):
    """Call `func(*args, **kwargs)` when the program exits; return `func`."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Forget every registration of `func`."""
    _callbacks[:] = [entry for entry in _callbacks if not entry[0] == func]


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)


def _pop():
    # For the interpreter's exit protocol: the next handler to run (last registered
    # first) as a function of no arguments whose `__wrapped__` is the handler, or None.
    if not _callbacks:
        return None
    func, args, kwargs = _callbacks.pop()

    def thunk():
        func(*args, **kwargs)
    thunk.__wrapped__ = func
    return thunk


def _run_exitfuncs():
    """Run and remove the registered handlers now (last in, first out)."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import sys
            print("Exception ignored in atexit callback:", repr(func), file=sys.stderr)
            print(type(exc).__name__ + ": " + str(exc), file=sys.stderr)
