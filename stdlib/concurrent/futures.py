"""Futures and a thread pool (a subset of CPython's concurrent.futures)."""

import threading
import queue as _queue
from _thread import _monotonic as _time

__all__ = [
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
    "TimeoutError", "InvalidStateError", "Future", "Executor", "ThreadPoolExecutor",
    "wait", "as_completed",
]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    """The result of an asynchronous computation."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                threading._thread._print_exception(
                    "exception calling callback for " + repr(self), e)

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception is not None:
                    return "<Future at " + hex(id(self)) + " state=finished raised " + \
                        type(self._exception).__name__ + ">"
                return "<Future at " + hex(id(self)) + " state=finished returned " + \
                    type(self._result).__name__ + ">"
            return "<Future at " + hex(id(self)) + " state=" + self._state.lower() + ">"

    def cancel(self):
        with self._condition:
            if self._state == _RUNNING or self._state == _FINISHED:
                return False
            if self._state == _CANCELLED:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
            waiters = list(self._waiters)
        for w in waiters:
            w.add_cancelled(self)
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state == _CANCELLED

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state == _CANCELLED or self._state == _FINISHED

    def _get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state != _CANCELLED and self._state != _FINISHED:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as e:
            threading._thread._print_exception(
                "exception calling callback for " + repr(self), e)

    def result(self, timeout=None):
        with self._condition:
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state == _FINISHED:
                return self._get_result()
            self._condition.wait(timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state == _FINISHED:
                return self._get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        with self._condition:
            if self._state == _CANCELLED or self._state == _FINISHED:
                raise InvalidStateError(self._state + ": " + repr(self))
            self._result = result
            self._state = _FINISHED
            waiters = list(self._waiters)
            self._condition.notify_all()
        for w in waiters:
            w.add_result(self)
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state == _CANCELLED or self._state == _FINISHED:
                raise InvalidStateError(self._state + ": " + repr(self))
            self._exception = exception
            self._state = _FINISHED
            waiters = list(self._waiters)
            self._condition.notify_all()
        for w in waiters:
            w.add_exception(self)
        self._invoke_callbacks()


# ---- waiting for several futures ---------------------------------------------------------


class _Waiter:
    """Collects futures as they finish and wakes the waiting thread when `ready()`."""

    def __init__(self, kind, pending_count):
        self.kind = kind
        self.pending = pending_count
        self.finished = []
        self.event = threading.Event()
        self.lock = threading.Lock()

    def _add(self, future, is_exc):
        with self.lock:
            self.finished.append(future)
            self.pending -= 1
            if (self.kind == FIRST_COMPLETED or self.pending <= 0
                    or (self.kind == FIRST_EXCEPTION and is_exc)
                    or self.kind == "AS_COMPLETED"):
                self.event.set()

    def add_result(self, future):
        self._add(future, False)

    def add_exception(self, future):
        self._add(future, True)

    def add_cancelled(self, future):
        self._add(future, self.kind == FIRST_EXCEPTION)


def _install_waiter(fs, kind):
    """Installs a waiter on every unfinished future of `fs`, deciding done/not done under
    each future's lock so that no completion can slip between the check and the install.
    Returns (waiter, done, not_done)."""
    waiter = _Waiter(kind, len(fs))
    done = []
    not_done = []
    for f in fs:
        with f._condition:
            if f._state == _CANCELLED or f._state == _FINISHED:
                done.append(f)
            else:
                f._waiters.append(waiter)
                not_done.append(f)
    with waiter.lock:
        waiter.pending -= len(done)
        if waiter.pending <= 0:
            waiter.event.set()
    return waiter, done, not_done


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Yields the futures in `fs` as they complete (finished or cancelled)."""
    if timeout is not None:
        end_time = timeout + _time()
    fs = list(dict.fromkeys(fs))
    total = len(fs)
    waiter, done, not_done = _install_waiter(fs, "AS_COMPLETED")
    try:
        seen = set()
        yielded = 0
        for f in done:
            seen.add(f)
            yielded += 1
            yield f
        while yielded < total:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - _time()
                if wait_timeout < 0:
                    raise TimeoutError(str(total - yielded) + " (of " + str(total)
                                       + ") futures unfinished")
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished
                waiter.finished = []
                waiter.event.clear()
            for f in finished:
                if f not in seen:
                    seen.add(f)
                    yielded += 1
                    yield f
    finally:
        _remove_waiter(not_done, waiter)


class DoneAndNotDoneFutures:
    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __getitem__(self, i):
        return (self.done, self.not_done)[i]


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures in `fs`; returns (done, not_done) sets."""
    fs = set(fs)
    waiter, done, not_done = _install_waiter(list(fs), return_when)
    try:
        stop = len(not_done) == 0
        if return_when == FIRST_COMPLETED and done:
            stop = True
        if return_when == FIRST_EXCEPTION and any(
                f._exception is not None or f.cancelled() for f in done):
            stop = True
        if not stop:
            waiter.event.wait(timeout)
    finally:
        _remove_waiter(not_done, waiter)
    done = set(f for f in fs if f.done())
    return DoneAndNotDoneFutures(done, fs - done)


# ---- executors ------------------------------------------------------------------------------


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - _time())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


def _worker(executor_ref, work_queue):
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            continue
        # None: shut down; wake the next worker too.
        work_queue.put(None)
        return


_pool_counter = 0
_pool_counter_lock = threading.Lock()
# Work queues of live executors: at interpreter exit each gets a None so its idle
# workers end and the interpreter's join of non-daemon threads can finish.
_live_queues = []


def _python_exit():
    with _pool_counter_lock:
        queues = list(_live_queues)
    for q in queues:
        q.put(None)


threading._register_atexit(_python_exit)


class ThreadPoolExecutor(Executor):
    """Runs calls on a pool of at most `max_workers` threads."""

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None,
                 initargs=()):
        global _pool_counter
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._threads = []
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._idle = threading.Semaphore(0)
        with _pool_counter_lock:
            _pool_counter += 1
            n = _pool_counter
            _live_queues.append(self._work_queue)
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-" + str(n - 1))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _run_worker(self):
        if self._initializer is not None:
            self._initializer(*self._initargs)
        _worker(None, self._work_queue)

    def _adjust_thread_count(self):
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = self._thread_name_prefix + "_" + str(num_threads)
            t = threading.Thread(name=name, target=self._run_worker)
            t.start()
            self._threads.append(t)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        with _pool_counter_lock:
            if self._work_queue in _live_queues:
                _live_queues.remove(self._work_queue)
        if wait:
            for t in self._threads:
                t.join()
