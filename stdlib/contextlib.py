"""Context-manager utilities (CPython's `contextlib`, the common subset), in Fibra.

Supported: `contextmanager` (generator-based; the result also works as a decorator),
`ContextDecorator`, `suppress`, `closing`, `nullcontext`, `redirect_stdout`,
`redirect_stderr` (`print` writes to a replaced `sys.stdout`), `ExitStack`
(`enter_context`, `push`, `callback`, `pop_all`, `close`; exceptions chained as in
CPython), `AbstractContextManager` (a base class with a default `__enter__`), and the
async variants `asynccontextmanager` (also as a decorator of coroutine functions),
`AbstractAsyncContextManager`, `AsyncContextDecorator`, `AsyncExitStack`
(`enter_async_context`, `push_async_exit`, `push_async_callback`, `aclose`) and `aclosing`.
Not supported: tracebacks Fibra prints ignore a replaced `sys.stderr`; `isinstance(x,
AbstractContextManager)` for classes that do not inherit from it (no ABC registry).
"""

import sys

__all__ = ["contextmanager", "ContextDecorator", "AbstractContextManager", "suppress",
           "closing", "nullcontext", "ExitStack", "redirect_stdout", "redirect_stderr",
           "asynccontextmanager", "AsyncContextDecorator", "AbstractAsyncContextManager",
           "AsyncExitStack", "aclosing"]


class AbstractContextManager:
    """Base class with a default `__enter__` returning self; `__exit__` is abstract."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager:
    """Base class with a default `__aenter__` returning self; `__aexit__` is abstract."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A context manager that can also decorate a function (runs it inside `with self`)."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        _copy_name(func, inner)
        return inner


def _copy_name(src, dst):
    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(dst, attr, getattr(src, attr))
        except AttributeError:
            pass
    dst.__wrapped__ = src


class _GeneratorContextManager(ContextDecorator):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        self.__doc__ = getattr(func, "__doc__", None)

    def _recreate_cm(self):
        # Each use as a decorator needs a fresh generator.
        return _GeneratorContextManager(self.func, self.args, self.kwds)

    def __enter__(self):
        # The arguments are only needed to recreate the manager for a decorator.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # Suppressed inside the generator, unless it is the StopIteration we sent.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration thrown in comes back as RuntimeError (PEP 479).
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


class AsyncContextDecorator:
    """An async context manager that can also decorate a coroutine function."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        _copy_name(func, inner)
        return inner


class _AsyncGeneratorContextManager(AsyncContextDecorator):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        self.__doc__ = getattr(func, "__doc__", None)

    def _recreate_cm(self):
        return _AsyncGeneratorContextManager(self.func, self.args, self.kwds)

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)):
                if exc.__cause__ is value:
                    return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    """Turn an async generator function that yields once into an async context-manager
    factory."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    _copy_name(func, helper)
    return helper


class aclosing(AbstractAsyncContextManager):
    """Await `thing.aclose()` on exit."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


def contextmanager(func):
    """Turn a generator function that yields once into a context-manager factory."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    _copy_name(func, helper)
    return helper


class closing(AbstractContextManager):
    """Call `thing.close()` on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `__enter__` returns `enter_result`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Swallow the listed exception types raised in the `with` body."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Replace `sys.stdout` (which `print` writes to) for the `with` body."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Replace `sys.stderr` for the `with` body."""
    _stream = "stderr"


class ExitStack(AbstractContextManager):
    """Run a dynamic stack of exit callbacks, last in first out, when the stack closes."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move the callbacks to a new stack and return it; this one becomes empty."""
        new_stack = ExitStack()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Add a context manager's `__exit__`, or a callable with the same signature."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(_bound_exit(exit, exit_method))
        return exit

    def enter_context(self, cm):
        """Enter `cm` and push its `__exit__`; return what `__enter__` returned."""
        cls = type(cm)
        enter = getattr(cls, "__enter__", None)
        exit = getattr(cls, "__exit__", None)
        if enter is None or exit is None:
            raise TypeError("'" + cls.__module__ + "." + cls.__qualname__
                            + "' object does not support the context manager protocol")
        result = enter(cm)
        self._exit_callbacks.append(_bound_exit(cm, exit))
        return result

    def callback(self, callback, *args, **kwds):
        """Call `callback(*args, **kwds)` on exit; return `callback`."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def close(self):
        """Run the callbacks now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        pending = exc_details[1] if received_exc else None
        suppressed = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            if pending is None:
                details = (None, None, None)
            else:
                details = (type(pending), pending, pending.__traceback__)
            try:
                if cb(*details):
                    suppressed = True
                    pending = None
            except BaseException as new_exc:
                # The exception a callback raises has the pending one as its context.
                if new_exc is not pending:
                    _set_context(new_exc, pending, exc_details[1])
                pending = new_exc
                suppressed = False
        if pending is not None and (not received_exc or pending is not exc_details[1]):
            raise pending
        if received_exc and pending is None:
            return True
        return received_exc and suppressed


def _set_context(new_exc, old_exc, frame_exc):
    # Make old_exc (None if it was suppressed) the context of new_exc in place of the
    # exception that entered __exit__ (frame_exc, which Python set implicitly): walk
    # new_exc's context chain to it and relink (never making a cycle).
    exc = new_exc
    while True:
        ctx = exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        exc = ctx
    exc.__context__ = old_exc


def _bound_exit(cm, exit_method):
    def _exit_wrapper(exc_type, exc, tb):
        return exit_method(cm, exc_type, exc, tb)
    _exit_wrapper.__self__ = cm
    return _exit_wrapper


class AsyncExitStack(AbstractAsyncContextManager):
    """ExitStack for async code: callbacks may be coroutine functions and async context
    managers, awaited when the stack closes."""

    def __init__(self):
        # (is_sync, callback) pairs.
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _bound_exit(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        enter = getattr(cls, "__enter__", None)
        exit = getattr(cls, "__exit__", None)
        if enter is None or exit is None:
            raise TypeError("'" + cls.__module__ + "." + cls.__qualname__
                            + "' object does not support the context manager protocol")
        result = enter(cm)
        self._exit_callbacks.append((True, _bound_exit(cm, exit)))
        return result

    def callback(self, callback, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    async def enter_async_context(self, cm):
        """Enter an async context manager and push its `__aexit__`."""
        cls = type(cm)
        enter = getattr(cls, "__aenter__", None)
        exit = getattr(cls, "__aexit__", None)
        if enter is None or exit is None:
            raise TypeError("'" + cls.__module__ + "." + cls.__qualname__
                            + "' object does not support the asynchronous context "
                              "manager protocol")
        result = await enter(cm)
        self._exit_callbacks.append((False, _bound_exit(cm, exit)))
        return result

    def push_async_exit(self, exit):
        exit_method = getattr(type(exit), "__aexit__", None)
        if exit_method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _bound_exit(exit, exit_method)))
        return exit

    def push_async_callback(self, callback, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        pending = exc_details[1] if received_exc else None
        suppressed = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            if pending is None:
                details = (None, None, None)
            else:
                details = (type(pending), pending, pending.__traceback__)
            try:
                if is_sync:
                    cb_suppress = cb(*details)
                else:
                    cb_suppress = await cb(*details)
                if cb_suppress:
                    suppressed = True
                    pending = None
            except BaseException as new_exc:
                if new_exc is not pending:
                    _set_context(new_exc, pending, exc_details[1])
                pending = new_exc
                suppressed = False
        if pending is not None and (not received_exc or pending is not exc_details[1]):
            raise pending
        if received_exc and pending is None:
            return True
        return received_exc and suppressed
