"""Iterator building blocks (CPython's `itertools`, in Fibra, as generators).

The functions return generators rather than instances of dedicated classes (except
`count`, which threads share as a counter), so their types and reprs differ from
CPython's.
"""

__all__ = [
    "count", "cycle", "repeat", "chain", "islice", "takewhile", "dropwhile", "groupby",
    "product", "permutations", "combinations", "combinations_with_replacement", "accumulate",
    "zip_longest", "starmap", "filterfalse", "compress", "tee", "pairwise", "batched",
]

import _thread


class count:
    """count(start=0, step=1): start, start + step, start + 2 * step, ...

    A class rather than a generator: a shared counter (`_ids = count().__next__`) is
    called from many threads at once, which a generator refuses ("generator already
    executing"); each step takes the counter's lock, so every caller gets its own value.
    """

    def __init__(self, start=0, step=1):
        for v in (start, step):
            # CPython's PyNumber_Check: Fraction and other number types pass too.
            t = type(v)
            if not (isinstance(v, (int, float, complex)) or hasattr(t, "__float__")
                    or hasattr(t, "__index__") or hasattr(t, "__complex__")):
                raise TypeError("a number is required")
        self._n = start
        self._step = step
        self._lock = _thread.allocate_lock()

    def __iter__(self):
        return self

    def __next__(self):
        with self._lock:
            n = self._n
            self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def repeat(object, times=None):
    # Checked now, as CPython does (a C ssize_t): iterating range(2**64) instead would run
    # until memory ran out.
    if times is not None:
        times = range(times).stop
        if not -_MAXSIZE - 1 <= times <= _MAXSIZE:
            raise OverflowError("Python int too large to convert to C ssize_t")
    return _repeat(object, times)


def _repeat(object, times):
    if times is None:
        while True:
            yield object
    else:
        for _ in range(times):
            yield object


class chain:
    """chain(*iterables): the items of each iterable in turn."""

    def __init__(self, *iterables):
        self._gen = self._run(iterables)

    @staticmethod
    def _run(iterables):
        for it in iterables:
            for element in it:
                yield element

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._gen = cls._run(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


_MAXSIZE = 9223372036854775807


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    s = slice(*args)
    for v, what in ((s.stop, "Stop"), (s.start, "Indices"), (s.step, "Step")):
        if v is not None and (not isinstance(v, int) or not 0 <= v <= _MAXSIZE):
            if what == "Stop":
                raise ValueError("Stop argument for islice() must be None or an integer: "
                                 "0 <= x <= sys.maxsize.")
            if what == "Step" and v is not None and isinstance(v, int):
                raise ValueError("Step for islice() must be a positive integer or None.")
            raise ValueError("Indices for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
    if s.step == 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    start = s.start or 0
    stop = _MAXSIZE if s.stop is None else s.stop
    step = s.step or 1
    return _islice(iterable, start, stop, step)


def _islice(iterable, start, stop, step):
    it = iter(range(start, stop, step))
    try:
        nexti = next(it)
    except StopIteration:
        for i, element in zip(range(start), iterable):
            pass
        return
    i = -1
    try:
        for i, element in enumerate(iterable):
            if i == nexti:
                yield element
                nexti = next(it)
    except StopIteration:
        for i, element in zip(range(i + 1, stop), iterable):
            pass


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


class groupby:
    """groupby(iterable, key=None): (key, group iterator) for runs of equal keys."""

    def __init__(self, iterable, key=None):
        if key is None:
            key = _identity
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


def _identity(x):
    return x


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    if r < 0:
        raise ValueError("r must be non-negative")
    return _cwr(tuple(iterable), r)


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        func = _add
    for element in it:
        total = func(total, element)
        yield total


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


class _TeeLink:
    def __init__(self):
        self.value = None
        self.next = None


class _Tee:
    def __init__(self, it, link, lock):
        self._it = it
        self._link = link
        self._lock = lock

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            if link.next is None:
                link.value = value
                link.next = _TeeLink()
        self._link = link.next
        return link.value


def _as_index(n):
    if isinstance(n, int):
        return n
    try:
        index = type(n).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__) from None
    return index(n)


def tee(iterable, n=2):
    n = _as_index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n > 9223372036854775807:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if n > 2**28:
        # CPython allocates the result tuple up front: a huge n fails at once.
        raise MemoryError()
    it = iter(iterable)
    link = _TeeLink()
    return tuple(_Tee(it, link, None) for _ in range(n))


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    it = iter(iterable)
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch
