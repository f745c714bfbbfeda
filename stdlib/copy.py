"""Shallow and deep copies (CPython's `copy`, in Fibra).

Supports the builtin containers, instances of script classes (their `__dict__`),
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
    try:
        d = x.__dict__
    except AttributeError:
        raise Error("un(shallow)copyable object of type %s" % cls)
    y = _new_like(x)
    y.__dict__.update(d)
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
            try:
                state = x.__dict__
            except AttributeError:
                raise Error("un(deep)copyable object of type %s" % cls)
            y = _new_like(x)
            memo[d] = y
            for key, value in state.items():
                y.__dict__[key] = deepcopy(value, memo)
    memo[d] = y
    _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keep the original alive while the memo lives, so its id() is not reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
