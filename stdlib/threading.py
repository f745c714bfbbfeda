"""Thread-based parallelism (a subset of CPython's threading module).

Built on the native _thread module: Lock, RLock and Condition are native; Thread, Event,
Semaphore, BoundedSemaphore, Barrier, Timer and local are written here, in Python, on top
of them. In Fibra's default build threads run in parallel on all cores (no GIL).
"""

import _thread

__all__ = [
    "get_ident", "get_native_id", "active_count", "Condition", "current_thread",
    "enumerate", "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
    "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
    "ThreadError", "local", "stack_size", "excepthook", "ExceptHookArgs",
]

_time = _thread._monotonic
_start_joinable_thread = _thread.start_joinable_thread
_new_ident = _thread._new_ident

get_ident = _thread.get_ident
get_native_id = _thread.get_ident
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
_allocate_lock = _thread.allocate_lock
RLock = _thread.RLock
Condition = _thread.Condition


def stack_size(size=0):
    return 0


# ---- the registry of running threads ----------------------------------------------------

_active_lock = Lock()
# ident -> Thread, for every thread started and not yet finished (and the main thread).
_active = {}
_counter = 0


def _newname(template):
    global _counter
    with _active_lock:
        _counter += 1
        n = _counter
    return template + str(n)


class Thread:
    """A thread of control: Thread(target=f, args=(...)).start(), or subclass and
    override run()."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        if kwargs is None:
            kwargs = {}
        if name is None:
            name = _newname("Thread-")
            if target is not None:
                try:
                    name = name + " (" + target.__name__ + ")"
                except AttributeError:
                    pass
        else:
            name = str(name)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = bool(daemon)
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._handle = None
        self._started = False
        self._initialized = True

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        ident = _new_ident()
        self._ident = ident
        with _active_lock:
            _active[ident] = self
        try:
            self._handle = _start_joinable_thread(self._bootstrap, (), None, ident)
        except BaseException:
            with _active_lock:
                _active.pop(ident, None)
            raise

    def _bootstrap(self):
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            _thread._print_exception("Exception in thread " + self._name + ":", e)
        finally:
            with _active_lock:
                _active.pop(self._ident, None)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Avoid a reference cycle through the target's arguments.
            self._target = None
            self._args = None
            self._kwargs = None

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self._ident == get_ident():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        self._handle.join(timeout)

    def is_alive(self):
        return self._handle is not None and not self._handle.is_done()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = bool(daemonic)

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._handle is not None and self._handle.is_done():
            status = "stopped"
        if self._daemonic:
            status = status + " daemon"
        if self._ident is not None:
            status = status + " " + str(self._ident)
        return "<" + type(self).__name__ + "(" + self._name + ", " + status + ")>"


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join current thread")


class _DummyThread(Thread):
    """A thread not started through this module (e.g. by _thread.start_new_thread)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-"), daemon=True)
        self._started = True
        self._ident = get_ident()

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    t = _active.get(get_ident())
    if t is None:
        t = _DummyThread()
        with _active_lock:
            _active[t._ident] = t
    return t


currentThread = current_thread


def main_thread():
    return _main_thread


def enumerate():
    with _active_lock:
        return list(_active.values())


def active_count():
    with _active_lock:
        return len(_active)


activeCount = active_count


_threading_atexits = []


def _register_atexit(func, *arg, **kwargs):
    """Registers func(*arg, **kwargs) to run at interpreter exit, before the non-daemon
    threads are joined (concurrent.futures uses it to stop its workers)."""
    _threading_atexits.append((func, arg, kwargs))


def _shutdown():
    """Waits for every non-daemon thread (called by the interpreter at exit)."""
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)
    while True:
        with _active_lock:
            pending = [t for t in _active.values()
                       if not t._daemonic and t is not _main_thread
                       and not isinstance(t, _DummyThread)]
        if not pending:
            return
        for t in pending:
            t.join()


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    name = "<unknown>" if args.thread is None else args.thread.name
    _thread._print_exception("Exception in thread " + name + ":", args.exc_value)


# ---- synchronisation objects built on Condition -------------------------------------------


class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class Semaphore:
    """A counter of available resources: acquire() takes one, release() returns one."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    def __enter__(self):
        return self.acquire()

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that checks that release() is not called too many times."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Blocks `parties` threads until all of them have called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state == -1 or self._state == 1:
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        if self._count == 0:
            if self._state == -1 or self._state == 1:
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds unless cancel()led."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---- thread-local data ----------------------------------------------------------------------

_local_lock = Lock()


class local:
    """Per-thread attributes: each thread sees its own namespace. A subclass __init__
    (taking no arguments) runs again in each thread on first use, as in CPython."""

    def __getattr__(self, name):
        d = _local_dict(self)
        try:
            return d[name]
        except KeyError:
            raise AttributeError("'" + type(self).__name__ + "' object has no attribute '"
                                 + name + "'") from None

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'" + type(self).__name__
                                 + "' object attribute '__dict__' is read-only")
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        d = _local_dict(self)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None


def _local_dict(obj):
    """The calling thread's namespace of a `local` object (created on first use)."""
    try:
        dicts = object.__getattribute__(obj, "_local__dicts")
    except AttributeError:
        with _local_lock:
            try:
                dicts = object.__getattribute__(obj, "_local__dicts")
            except AttributeError:
                dicts = {}
                object.__setattr__(obj, "_local__dicts", dicts)
    ident = get_ident()
    d = dicts.get(ident)
    if d is None:
        d = {}
        dicts[ident] = d
        init = type(obj).__init__
        if init is not object.__init__ and init is not local.__init__:
            if object.__getattribute__(obj, "_local__dicts") is dicts and len(dicts) > 1:
                init(obj)
    return d


_main_thread = _MainThread()
_active[_main_thread._ident] = _main_thread
