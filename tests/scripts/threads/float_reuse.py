# Float arithmetic writes its result into a temporary operand's object when the caller
# holds the only reference (docs/memory-model.md, "Floats reuse temporaries"). Floats
# borrowed by another thread from a shared list (`x = items[i]`, uncounted) must never
# change under it, however the list lets go of them (pop, replace, clear) and whatever
# the letting-go thread computes from them.
import threading


def shared(items):
    # A list becomes shared once another thread has locked it.
    t = threading.Thread(target=items.append, args=(0.0,))
    t.start()
    t.join()
    return items


N = 2000
items = shared([i * 1.0 + 0.5 for i in range(N)])
snapshot = list(items)
ready = threading.Barrier(2)
bad = []


def reader():
    ready.wait()
    for rounds in range(20):
        for i in range(0, N, 7):
            try:
                x = items[i]
            except IndexError:
                continue
            before = x * 1.0
            for _ in range(3):
                y = x + 0.0
            if x != before or y != before:
                bad.append((i, before, x))


def writer():
    ready.wait()
    total = 0.0
    while items:
        # The popped float's only counted holder is this thread (the shared list retired
        # its own reference), then the arithmetic reuses temporaries.
        total += (items.pop() + 1.0) * 2.0 - 2.0
    items.extend(float(j) for j in range(N))
    for j in range(N):
        items[j] = items[j] * 3.0 + 1.0
    items.clear()
    expected = 0.0
    for v in reversed(snapshot):
        expected += (v + 1.0) * 2.0 - 2.0
    print("writer", total == expected, snapshot[:2], snapshot[-1])


t1 = threading.Thread(target=reader)
t2 = threading.Thread(target=writer)
t1.start()
t2.start()
t2.join(60)
t1.join(60)
print("alive", t1.is_alive() or t2.is_alive())  # expect: writer True [0.5, 1.5] 0.0
                                                 # expect: alive False
print("changed under a reader", bad[:3])  # expect: changed under a reader []
