"""The event loop: ready callbacks, timers, and a thread-safe wake-up.

One loop runs in one thread (as in CPython, a loop is not thread-safe: only
`call_soon_threadsafe` may be called from other threads). When nothing is ready the
loop blocks on a condition variable until the next timer is due or another thread
hands it a callback, so sleeping never busy-waits.
"""

__all__ = ("AbstractEventLoop", "BaseEventLoop", "Handle", "TimerHandle",
           "get_event_loop", "set_event_loop", "new_event_loop",
           "get_running_loop", "_get_running_loop", "_set_running_loop")

import collections
import contextvars
import heapq
import sys
import threading
import time

from . import coroutines
from . import exceptions

_MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _format_callback(cb):
    name = getattr(cb, "__qualname__", None) or getattr(cb, "__name__", None)
    return name if name else repr(cb)


class Handle:
    """A callback scheduled with call_soon (and friends), run in `context` (by default
    a copy of the context current when it was scheduled)."""

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(_format_callback(self._callback) + "()")
        return "<" + " ".join(info) + ">"

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                "message": f"Exception in callback {_format_callback(self._callback)}()",
                "exception": exc,
                "handle": self,
            })


class TimerHandle(Handle):
    """A callback scheduled for a time (call_later / call_at)."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def __repr__(self):
        r = super().__repr__()
        return r[:-1] + f" when={self._when}>"

    # Ordered by time only, as in CPython (ties keep heapq's order).
    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    __hash__ = Handle.__hash__

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """The interface of event loops (BaseEventLoop is the one implementation)."""


class BaseEventLoop(AbstractEventLoop):

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._thread_id = None
        self._debug = False
        self._default_executor = None
        self._executor_shutdown_called = False
        self._exception_handler = None
        self._task_factory = None
        self._tasks = {}
        self._asyncgens = set()
        # Callbacks handed over by other threads, and the condition the idle loop
        # waits on (notified by call_soon_threadsafe).
        self._wake_cond = threading.Condition(threading.Lock())
        self._threadsafe = []

    def __repr__(self):
        return (f"<{self.__class__.__name__} running={self.is_running()} "
                f"closed={self.is_closed()} debug={self.get_debug()}>")

    # ---- state ---------------------------------------------------------------------

    def time(self):
        return time.monotonic()

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if _get_running_loop() is not None:
            raise RuntimeError(
                "Cannot run the event loop while another loop is running")

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    # ---- scheduling ----------------------------------------------------------------

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Schedules callback from any thread and wakes the loop up."""
        self._check_closed()
        handle = Handle(callback, args, self, context)
        with self._wake_cond:
            self._threadsafe.append(handle)
            self._wake_cond.notify()
        return handle

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # ---- futures and tasks ---------------------------------------------------------

    def create_future(self):
        from . import futures
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            from . import tasks
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                # The factory's older signature, as CPython keeps calling it.
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ---- running -------------------------------------------------------------------

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        old_loop = _get_running_loop()
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            _set_running_loop(old_loop)

    def run_until_complete(self, future):
        from . import futures, tasks
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        self._stopping = True

    def _run_once(self):
        sched = self._scheduled
        if (self._timer_cancelled_count > 100
                and self._timer_cancelled_count * 2 > len(sched)):
            new = [h for h in sched if not h._cancelled]
            for h in sched:
                if h._cancelled:
                    h._scheduled = False
            heapq.heapify(new)
            self._scheduled = sched = new
            self._timer_cancelled_count = 0
        else:
            while sched and sched[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(sched)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif sched:
            timeout = min(max(0, sched[0]._when - self.time()), _MAXIMUM_SELECT_TIMEOUT)

        # Block until a timer is due or another thread hands over a callback.
        with self._wake_cond:
            if not self._threadsafe and timeout != 0:
                self._wake_cond.wait(timeout)
            handed = self._threadsafe
            self._threadsafe = []
        self._ready.extend(handed)

        end_time = self.time() + 1e-09
        while sched:
            handle = sched[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(sched)
            handle._scheduled = False
            self._ready.append(handle)

        ntodo = len(self._ready)
        for _ in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()

    # ---- threads -------------------------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        """Runs func(*args) in a thread pool; returns an asyncio Future."""
        self._check_closed()
        if coroutines.iscoroutinefunction(func):
            raise TypeError("coroutines cannot be used with run_in_executor()")
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError("Executor shutdown has been called")
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix="asyncio")
                self._default_executor = executor
        from . import futures
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        executor = self._default_executor
        self._default_executor = None
        executor.shutdown(wait=True)

    async def shutdown_asyncgens(self):
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        for ag in closing:
            try:
                await ag.aclose()
            except Exception as exc:
                self.call_exception_handler({
                    "message": "an error occurred during closing of "
                               f"asynchronous generator {ag!r}",
                    "exception": exc,
                    "asyncgen": ag,
                })

    # ---- errors --------------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        exception = context.get("exception")
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            lines.append(f"{key}: {context[key]!r}")
        sys.stdout.flush()
        print("\n".join(lines), file=sys.stderr)
        if exception is not None:
            import traceback
            traceback.print_exception(type(exception), exception,
                                      exception.__traceback__, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        "message": "Unhandled error in exception handler",
                        "exception": exc,
                        "context": context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    pass


def _run_until_complete_cb(fut):
    fut.get_loop().stop()


# ---- the current loop --------------------------------------------------------------------

# Per thread: `loop` (running), `set_loop` (current, from set_event_loop), `set_called`.
_state = threading.local()


def _get_running_loop():
    return getattr(_state, "loop", None)


def _set_running_loop(loop):
    _state.loop = loop


def get_running_loop():
    """The event loop running in this thread (RuntimeError if none)."""
    loop = getattr(_state, "loop", None)
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def new_event_loop():
    return BaseEventLoop()


def set_event_loop(loop):
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                        f"not '{type(loop).__name__}'")
    _state.set_called = True
    _state.set_loop = loop


def get_event_loop():
    """The running loop, else this thread's current loop (made on first use in the main
    thread, as CPython 3.11 does)."""
    loop = getattr(_state, "loop", None)
    if loop is not None:
        return loop
    if getattr(_state, "set_loop", None) is None:
        if getattr(_state, "set_called", False) or threading.current_thread() is not threading.main_thread():
            raise RuntimeError("There is no current event loop in thread %r."
                               % threading.current_thread().name)
        _state.set_loop = new_event_loop()
    return _state.set_loop
