"""Weak references (CPython's `weakref`), in Fibra over the native `_weakref`.

Native: `ref` (`ReferenceType`), `getweakrefcount`, `getweakrefs` (the protocol, and why
an upgrade racing with the last decrement is safe, is in docs/memory-model.md, "Weak
references"). Here: `proxy` (`ProxyType`, `CallableProxyType`), `WeakMethod`,
`WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet`, `finalize`, `KeyedRef`.

Differences from CPython:
- Callbacks (and so the removal of dead entries from the weak containers) run at the
  next safepoint of the thread that freed the referent (a script call, a loop iteration,
  a `del` statement, `gc.collect()`, a call into this module), not inside the
  deallocator. The containers' `len()` counts live entries only, so a pending removal is
  never visible.
- Proxies are instances of the Fibra classes `ProxyType` and `CallableProxyType` (CPython
  names their types `weakproxy` and `weakcallableproxy`); `getweakrefs(obj)` lists the
  `ref` inside a proxy, not the proxy.
- `finalize` objects still alive at exit run their callbacks through `atexit` (when
  their `atexit` attribute is true), newest first; the `atexit` module's own order
  relative to other exit handlers is "registered when the first finalize was made".
"""

import _thread
from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs, _run_callbacks
from collections.abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


# ---- proxies --------------------------------------------------------------------------

def _target(p):
    obj = object.__getattribute__(p, "_weakref_ref")()
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


def _unwrap(v):
    if isinstance(v, ProxyType):
        return _target(v)
    return v


class ProxyType:
    """A proxy forwarding every operation to the referent of a weak reference."""

    def __getattr__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_weakref_ref")()
        if obj is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakproxy'")

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __eq__(self, other):
        return _target(self) == _unwrap(other)

    def __ne__(self, other):
        return _target(self) != _unwrap(other)

    def __lt__(self, other):
        return _target(self) < _unwrap(other)

    def __le__(self, other):
        return _target(self) <= _unwrap(other)

    def __gt__(self, other):
        return _target(self) > _unwrap(other)

    def __ge__(self, other):
        return _target(self) >= _unwrap(other)

    def __add__(self, other):
        return _target(self) + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + _target(self)

    def __sub__(self, other):
        return _target(self) - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - _target(self)

    def __mul__(self, other):
        return _target(self) * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * _target(self)

    def __truediv__(self, other):
        return _target(self) / _unwrap(other)

    def __floordiv__(self, other):
        return _target(self) // _unwrap(other)

    def __mod__(self, other):
        return _target(self) % _unwrap(other)

    def __pow__(self, other):
        return _target(self) ** _unwrap(other)

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __index__(self):
        return _target(self).__index__()

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __iadd__(self, other):
        obj = _target(self)
        obj += _unwrap(other)
        return self

    def __enter__(self):
        return _target(self).__enter__()

    def __exit__(self, *exc):
        return _target(self).__exit__(*exc)


class CallableProxyType(ProxyType):
    """A proxy to a callable referent."""

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to `obj` that raises ReferenceError once `obj` is gone. The callback, if
    any, is called with the proxy when `obj` dies (unless the proxy died first)."""
    cls = CallableProxyType if callable(obj) else ProxyType
    p = object.__new__(cls)
    if callback is None:
        r = ref(obj)
    else:
        # A weak reference to the proxy, so the callback does not keep it alive.
        p_ref = ref(p)

        def _cb(_r):
            q = p_ref()
            if q is not None:
                callback(q)

        r = ref(obj, _cb)
    object.__setattr__(p, "_weakref_ref", r)
    return p


# ---- WeakMethod -----------------------------------------------------------------------

class WeakMethod(ref):
    """A weak reference to a bound method: dies when its object or its function dies."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(_arg):
            me = me_ref()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        me_ref = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


# ---- weak containers ------------------------------------------------------------------

class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under (`.key`)."""

    def __init__(self, ob, callback, key):
        self.key = key


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are weakly referenced: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._lock = _thread.allocate_lock()
        self_ref = ref(self)

        def remove(wr):
            d = self_ref()
            if d is not None:
                with d._lock:
                    if d.data.get(wr.key) is wr:
                        del d.data[wr.key]

        self._remove = remove
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        with self._lock:
            del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, v in self.items():
            yield k

    def values(self):
        for k, v in self.items():
            yield v

    def itervaluerefs(self):
        yield from [wr for wr in list(self.data.values()) if wr() is not None]

    def valuerefs(self):
        return list(self.itervaluerefs())

    def pop(self, key, *default):
        with self._lock:
            wr = self.data.pop(key, None)
        o = None if wr is None else wr()
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            with self._lock:
                key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kw):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        with self._lock:
            self.data.clear()

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __or__(self, other):
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are weakly referenced: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        self._lock = _thread.allocate_lock()
        self_ref = ref(self)

        def remove(k):
            d = self_ref()
            if d is not None:
                with d._lock:
                    d.data.pop(k, None)

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        with self._lock:
            del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        for wr, value in list(self.data.items()):
            obj = wr()
            if obj is not None:
                yield obj, value

    def keys(self):
        for k, v in self.items():
            yield k

    def values(self):
        for k, v in self.items():
            yield v

    def keyrefs(self):
        return [wr for wr in list(self.data) if wr() is not None]

    def pop(self, key, *default):
        with self._lock:
            return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            with self._lock:
                wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        if kw:
            self.update(kw)

    def clear(self):
        with self._lock:
            self.data.clear()

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __or__(self, other):
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet(MutableSet):
    """A set whose members are weakly referenced: a member goes when it dies."""

    def __init__(self, data=None):
        self.data = set()
        self._lock = _thread.allocate_lock()
        self_ref = ref(self)

        def remove(item):
            s = self_ref()
            if s is not None:
                with s._lock:
                    s.data.discard(item)

        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, list(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        with self._lock:
            self.data.discard(ref(item))

    def remove(self, item):
        with self._lock:
            self.data.remove(ref(item))

    def pop(self):
        while True:
            with self._lock:
                try:
                    wr = self.data.pop()
                except KeyError:
                    raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def clear(self):
        with self._lock:
            self.data.clear()

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        for item in list(other):
            self.discard(item)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        for item in list(other):
            if item in self:
                self.discard(item)
            else:
                self.add(item)

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __lt__(self, other):
        return len(self) < len(other) and self.issubset(other)

    def __gt__(self, other):
        return len(self) > len(other) and self.issuperset(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self) == set(other)

    def isdisjoint(self, other):
        return not any(item in self for item in other)


# ---- finalize -------------------------------------------------------------------------

class _FinalizeInfo:
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    """Calls `func(*args, **kwargs)` once, when `obj` is garbage collected, when the
    finalizer is called, or at exit (if `atexit` is true), whichever comes first."""

    _registry = {}
    _shutdown = False
    _counter = [0]
    _counter_lock = _thread.allocate_lock()
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = _FinalizeInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        with finalize._counter_lock:
            info.index = finalize._counter[0]
            finalize._counter[0] += 1
        finalize._registry[self] = info

    def __call__(self, _=None):
        """Calls the callback if the finalizer is alive; returns its result."""
        info = finalize._registry.pop(self, None)
        if info is not None and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Kills the finalizer; returns (obj, func, args, kwargs) if it was alive."""
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is not None and finalize._registry.pop(self, None) is not None:
            return (obj, info.func, info.args, info.kwargs or {})
        return None

    def peek(self):
        """(obj, func, args, kwargs) if the finalizer is alive, else None."""
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})
        return None

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive."""
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @staticmethod
    def _exitfunc():
        """Runs the live finalizers marked `atexit`, newest first."""
        try:
            pending = [(info.index, f) for f, info in list(finalize._registry.items())
                       if info.atexit]
            pending.sort(key=lambda p: p[0], reverse=True)
            for _, f in pending:
                try:
                    f()
                except Exception:
                    import sys
                    import traceback
                    print("Exception ignored in: %r" % (f,), file=sys.stderr)
                    traceback.print_exc()
        finally:
            finalize._shutdown = True
