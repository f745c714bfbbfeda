"""Higher-order functions (CPython's `functools`, in Fibra).

`lru_cache`/`cache` are safe to use from many threads: the cache is guarded by a lock
(`_thread.allocate_lock`), released while the wrapped function runs, so two threads that
miss at once may both call it (as in CPython) but the cache stays consistent.
"""

try:
    from _thread import allocate_lock as _allocate_lock
except ImportError:  # pragma: no cover - a build without threads
    class _DummyLock:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def _allocate_lock():
        return _DummyLock()

__all__ = [
    "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "total_ordering",
    "cmp_to_key", "lru_cache", "reduce", "partial", "cache", "cached_property",
    "partialmethod", "singledispatch", "singledispatchmethod", "get_cache_token",
]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    """reduce(function, iterable[, initial]) -> value"""
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            src = getattr(wrapped, attr)
            dst = getattr(wrapper, attr)
        except AttributeError:
            continue
        try:
            dst.update(src)
        except (AttributeError, TypeError):
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)

    return decorator


class partial:
    """partial(func, *args, **keywords): a new function with partial application."""

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partial(%s)" % ", ".join(args)


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""

    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


_ORDER_OPS = ("__lt__", "__le__", "__gt__", "__ge__")


def _defined(cls, name):
    # The class (or a base other than object) defines `name` itself.
    for klass in cls.__mro__ if hasattr(cls, "__mro__") else cls.mro():
        if klass is object:
            return False
        if name in klass.__dict__:
            return klass.__dict__[name] is not None
    return False


def total_ordering(cls):
    """Class decorator that fills in the missing rich comparison methods."""
    roots = [op for op in _ORDER_OPS if _defined(cls, op)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = roots[0]

    def gt_from_lt(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other

    def le_from_lt(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return r or self == other

    def ge_from_lt(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return not r

    def ge_from_le(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return not r or self == other

    def lt_from_le(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return r and self != other

    def gt_from_le(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return not r

    def lt_from_gt(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other

    def ge_from_gt(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return r or self == other

    def le_from_gt(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return not r

    def le_from_ge(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return not r or self == other

    def gt_from_ge(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return r and self != other

    def lt_from_ge(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return not r

    convert = {
        "__lt__": [("__gt__", gt_from_lt), ("__le__", le_from_lt), ("__ge__", ge_from_lt)],
        "__le__": [("__ge__", ge_from_le), ("__lt__", lt_from_le), ("__gt__", gt_from_le)],
        "__gt__": [("__lt__", lt_from_gt), ("__ge__", ge_from_gt), ("__le__", le_from_gt)],
        "__ge__": [("__le__", le_from_ge), ("__gt__", gt_from_ge), ("__lt__", lt_from_ge)],
    }
    for opname, opfunc in convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    @property
    def hits(self):
        return self[0]

    @property
    def misses(self):
        return self[1]

    @property
    def maxsize(self):
        return self[2]

    @property
    def currsize(self):
        return self[3]

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


_kwd_mark = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + (_kwd_mark,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple(type(v) for v in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


class _LruWrapper:
    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self._func = func
        self._maxsize = maxsize
        self._typed = typed
        # key -> result; dicts keep insertion order, so the first key is the least
        # recently used one (a hit moves its key to the end).
        self._cache = {}
        self._hits = 0
        self._misses = 0
        self._lock = _allocate_lock()
        update_wrapper(self, func)

    def __call__(self, *args, **kwds):
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        with self._lock:
            if key in cache:
                result = cache[key]
                if self._maxsize is not None:
                    del cache[key]
                    cache[key] = result
                self._hits += 1
                return result
            self._misses += 1
        result = self._func(*args, **kwds)
        maxsize = self._maxsize
        with self._lock:
            if maxsize is None:
                cache[key] = result
            elif maxsize > 0:
                if key in cache:
                    del cache[key]
                cache[key] = result
                while len(cache) > maxsize:
                    del cache[next(iter(cache))]
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)

    def cache_info(self):
        with self._lock:
            return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        with self._lock:
            self._cache.clear()
            self._hits = 0
            self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}

    def __repr__(self):
        return "<functools._lru_cache_wrapper object>"


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator (`@lru_cache`, `@lru_cache(maxsize=None)`)."""
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _LruWrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _LruWrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function):
    """Simple unbounded cache: `lru_cache(maxsize=None)`."""
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    """A property computed once per instance, then stored in the instance `__dict__`."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname or self.func.__name__
        d = instance.__dict__
        if name in d:
            return d[name]
        val = self.func(instance)
        d[name] = val
        return val


def get_cache_token():
    """`abc.get_cache_token()`: changes when virtual subclasses are registered."""
    from abc import get_cache_token as token
    return token()


def _bind(descriptor, obj, cls):
    """`descriptor.__get__(obj, cls)`. Fibra's functions, `staticmethod` and
    `classmethod` objects have no `__get__` method yet, so they are bound here."""
    get = getattr(type(descriptor), '__get__', None)
    if get is not None:
        return get(descriptor, obj, cls)
    if isinstance(descriptor, staticmethod):
        return descriptor.__func__
    if isinstance(descriptor, classmethod):
        from types import MethodType
        return MethodType(descriptor.__func__, cls if cls is not None else type(obj))
    from types import FunctionType, MethodType
    if isinstance(descriptor, FunctionType) and obj is not None:
        return MethodType(descriptor, obj)
    return descriptor


def _is_descriptor(func):
    return (hasattr(func, "__get__") or isinstance(func, (staticmethod, classmethod))
            or callable(func))


class partialmethod:
    """Like `partial`, for methods: `partialmethod(func, *args, **kw)` in a class body
    binds like `func` and then applies the arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not _is_descriptor(func):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
        return "{module}.{cls}({func}, {args}, {keywords})".format(
            module=self.__class__.__module__, cls=self.__class__.__qualname__,
            func=self.func, args=args, keywords=keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        result = None
        if _is_descriptor(self.func):
            new_func = _bind(self.func, obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = _bind(self._make_unbound_method(), obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


def _union_members(cls):
    """The classes of a union (`int | str`, `typing.Union[int, str]`), or None."""
    import types
    if isinstance(cls, types.UnionType):
        return cls.__args__
    if isinstance(cls, type):
        return None
    import typing
    if typing.get_origin(cls) is typing.Union:
        return typing.get_args(cls)
    return None


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    members = _union_members(cls)
    return members is not None and all(isinstance(arg, type) for arg in members)


def singledispatch(func):
    """Make `func` a generic function dispatching on the class of its first argument;
    implementations are added with `@func.register` (a class, a union, or the first
    parameter's annotation)."""
    import types
    registry = {object: func}

    def dispatch(cls):
        # Fibra has single inheritance and no virtual subclasses: the first class of
        # the MRO with an implementation is the one CPython's C3 search finds.
        for base in cls.__mro__:
            impl = registry.get(base)
            if impl is not None:
                return impl
        return func

    def register(cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _union_members(cls) is not None:
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes.")
                else:
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        members = _union_members(cls)
        if members is not None:
            for arg in members:
                registry[arg] = func
        else:
            registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    def _clear_cache():
        pass  # no dispatch cache: the MRO walk is cheap and always current

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = _clear_cache
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """`singledispatch` for methods: dispatches on the first argument after
    self/cls; also works under `classmethod`/`staticmethod`."""

    def __init__(self, func):
        if not _is_descriptor(func):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return _bind(method, obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
