"""Heap queue algorithm (a min-heap on a list), as CPython's `heapq`, in Fibra."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator)."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append(((value if key is None else key(value)), order, value, it))
            break
    return _merge(entries, key, reverse)


def _merge(entries, key, reverse):
    # A simple k-way merge: pick the smallest (or largest) head each time; stable by
    # input order as CPython's.
    while entries:
        best = 0
        for i in range(1, len(entries)):
            a = entries[i]
            b = entries[best]
            if reverse:
                better = b[0] < a[0] or (not a[0] < b[0] and a[1] < b[1])
            else:
                better = a[0] < b[0] or (not b[0] < a[0] and a[1] < b[1])
            if better:
                best = i
        k, order, value, it = entries[best]
        yield value
        for value in it:
            entries[best] = ((value if key is None else key(value)), order, value, it)
            break
        else:
            del entries[best]


def nsmallest(n, iterable, key=None):
    """The n smallest elements (stable: equal elements keep input order)."""
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable)[:n]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest elements (stable: equal elements keep input order)."""
    if n <= 0:
        return []
    if key is None:
        return sorted(iterable, reverse=True)[:n]
    return sorted(iterable, key=key, reverse=True)[:n]
