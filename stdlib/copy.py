"""Shallow and deep copies (CPython's `copy`, in Fibra).

Supports the builtin containers, instances of script classes (their `__dict__` and
their set `__slots__`, as copyreg's `_slotnames` finds them),
`__copy__`/`__deepcopy__(memo)`, and a memo dict for shared and recursive structures.
Not supported: `__reduce_ex__`/copyreg protocols, `__getstate__`/`__setstate__`.
"""


class Error(Exception):
    pass


error = Error



_ATOMIC = {type(None), int, float, bool, str, bytes, type, range, type(len),
           type(Ellipsis), type(NotImplemented), frozenset}


def _new_like(x):
    """An empty object of x's class (x an instance of a script class)."""
    cls = type(x)
    return object.__new__(cls)


def _slot_names(cls):
    """The (mangled) slot names declared along `cls`'s MRO."""
    names = []
    for c in cls.__mro__:
        declared = c.__dict__.get("__slots__")
        if declared is None:
            continue
        if isinstance(declared, str):
            declared = (declared,)
        for n in declared:
            if n in ("__dict__", "__weakref__"):
                continue
            if n.startswith("__") and not n.endswith("__") and c.__name__.lstrip("_"):
                n = "_" + c.__name__.lstrip("_") + n
            names.append(n)
    return names


def _state(x, what):
    """x's `__dict__` (or None) and the values of its set slots."""
    d = getattr(x, "__dict__", None)
    names = _slot_names(type(x))
    if d is None and not names:
        raise Error("un(%s)copyable object of type %s" % (what, type(x)))
    slots = {}
    for n in names:
        try:
            slots[n] = getattr(x, n)
        except AttributeError:
            pass
    return d, slots


def copy(x):
    """Shallow copy."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if _is_function(x):
        return x
    if isinstance(x, (list, dict, set, tuple)):
        # A subclass of a builtin container: rebuild it through its class.
        return cls(x)
    d, slots = _state(x, "shallow")
    y = _new_like(x)
    if d is not None:
        y.__dict__.update(d)
    for n, v in slots.items():
        object.__setattr__(y, n, v)
    return y


def _is_function(x):
    return type(x).__name__ in ("function", "builtin_function_or_method", "method")


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy; `memo` maps id(original) -> copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or _is_function(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that (through a cycle) was already copied must be that copy.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif isinstance(x, tuple):
            y = cls._make(deepcopy(a, memo) for a in x) if hasattr(cls, "_make") else \
                cls(deepcopy(a, memo) for a in x)
        elif isinstance(x, dict):
            y = copy(x)
            memo[d] = y
            y.clear()
            for key, value in x.items():
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        elif isinstance(x, (list, set)):
            y = cls(deepcopy(a, memo) for a in x)
        else:
            state, slots = _state(x, "deep")
            y = _new_like(x)
            memo[d] = y
            if state is not None:
                for key, value in state.items():
                    y.__dict__[key] = deepcopy(value, memo)
            for key, value in slots.items():
                object.__setattr__(y, key, deepcopy(value, memo))
    memo[d] = y
    _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keep the original alive while the memo lives, so its id() is not reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
