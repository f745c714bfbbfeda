# Items read from a list that several threads use (`k = items[i]`) are kept in the local
# without counting them (docs/memory-model.md, "Items borrowed from shared lists"); the
# local must stay valid however the list lets go of the item afterwards, across the
# points where the thread lets the reclamation epoch advance (every ~1000 operations,
# blocking calls, collections) and generator suspensions. Under the AddressSanitizer
# build (.ci/asan) a missed case is a use-after-free report.
import gc
import threading
import time


def shared(items):
    # A list becomes shared once another thread has locked it.
    t = threading.Thread(target=items.append, args=("tail",))
    t.start()
    t.join()
    return items


def fresh(n):
    # A new string object, so nothing else keeps it alive.
    return "item-" + str(n) * 3


def spin(n=20000):
    x = 0
    for i in range(n):
        x += i
    return x


# Module-level code stores into names, not locals: each case runs in a function.
def drops_item():
    # 1. The list drops the item (clear, del, replace, pop) while the local holds it.
    items = shared([fresh(i) for i in range(4)])
    a = items[0]
    b = items[1]
    c = items[2]
    d = items[3]
    items.clear()
    spin()
    print(a, b, c, d)
    items = shared([fresh(5), fresh(6)])
    k = items[0]
    items[0] = "other"
    j = items[1]
    del items[1]
    spin()
    print(k, j, items)


drops_item()  # expect: item-000 item-111 item-222 item-333
              # expect: item-555 item-666 ['other', 'tail']


def list_freed():
    # 2. The list itself is freed.
    items = shared([fresh(7)])
    k = items[0]
    items = None
    spin()
    return k


print(list_freed())  # expect: item-777


def blocking_and_collect():
    # 3. A blocking call (the thread detaches) and a collection in between.
    items = shared([fresh(8), fresh(9)])
    k = items[0]
    m = items[-2]
    items.pop(0)
    items.pop(0)
    time.sleep(0.01)
    gc.collect()
    return k, m


print(*blocking_and_collect())  # expect: item-888 item-999


def cycle_collected():
    # 4. A list in a reference cycle found by the collector.
    items = shared([fresh(1)])
    items.append(items)
    k = items[0]
    items = None
    gc.collect()
    spin()
    return k


print(cycle_collected())  # expect: item-111


# 5. A generator suspends holding the item; the list drops it meanwhile.
def gen(lst):
    k = lst[0]
    yield "first"
    spin()
    yield k


items = shared([fresh(2)])
g = gen(items)
print(next(g))  # expect: first
items.clear()
spin()
print(next(g))  # expect: item-222


# 6. Another thread replaces the items all the time while readers keep theirs.
items = shared([fresh(i % 10) for i in range(64)])
stop = False


def writer():
    n = 0
    while not stop:
        items[n % 64] = fresh(n % 10)
        n += 1


def reader(out, idx):
    bad = 0
    for r in range(300):
        i = r % 64
        k = items[i]
        spin(200)
        if len(k) != 8 or k[:5] != "item-" or k[5] * 3 != k[5:]:
            bad += 1
    out[idx] = bad


w = threading.Thread(target=writer)
w.start()
out = [None] * 3
rs = [threading.Thread(target=reader, args=(out, n)) for n in range(3)]
for t in rs:
    t.start()
for t in rs:
    t.join()
stop = True
w.join()
print(out)  # expect: [0, 0, 0]


# 7. The borrowed local is copied, returned, stored and overwritten.
def pick(lst, i):
    v = lst[i]
    keep.append(v)
    alias = v
    v = None
    return alias


keep = []
items = shared([fresh(3), fresh(4)])
r = pick(items, 1)
items.clear()
spin()
print(r, keep)  # expect: item-444 ['item-444']


def loop_variable():
    # 8. `for x in items:` over a shared list: the loop variable is borrowed too; the
    # list drops items while the loop body runs, and the variable outlives the loop.
    items = shared([fresh(5), fresh(6), fresh(7), fresh(8)])
    seen = []
    for x in items:
        if x == "item-555":
            items[1] = "replaced"
        spin(3000)
        seen.append(x)
        if x == "item-777":
            break
    items.clear()
    spin()
    return seen, x


print(*loop_variable())  # expect: ['item-555', 'replaced', 'item-777'] item-777


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        # `self` came from items[i]: uncounted; the list drops it meanwhile.
        lst = current[0]
        lst.clear()
        spin()
        return self.v

    def keep(self):
        kept.append(self)
        return self

    def closure(self):
        return lambda: self.v

    def fail(self):
        return self.missing


def method_calls():
    # 9. `items[i].method()`: the item goes into the method's `self` uncounted.
    items = shared([Box(fresh(1)), Box(fresh(2)), Box(fresh(3)), Box(fresh(4))])
    current.append(items)
    got = items[0].get()
    items.extend([Box(fresh(5)), Box(fresh(6)), Box(fresh(7))])
    k = items[0].keep()
    c = items[1].closure()
    items.clear()
    spin()
    try:
        Box(0).fail()
    except AttributeError as e:
        err = str(e)
    return got, k.v, kept[0].v, c(), err


current = []
kept = []
print(*method_calls())  # expect: item-111 item-555 item-555 item-666 'Box' object has no attribute 'missing'


def shared_dict(d):
    t = threading.Thread(target=d.__setitem__, args=("tail", 0))
    t.start()
    t.join()
    return d


def dict_values():
    # 10. `v = d[k]` on a dict other threads use: the value is borrowed the same way; the
    # dict drops it (del, replace, clear, the dict freed, a concurrent writer).
    d = shared_dict({"a": fresh(1), "b": fresh(2), "c": fresh(3), 4: fresh(4)})
    a = d["a"]
    b = d["b"]
    c = d["c"]
    n = d[4]
    del d["a"]
    d["b"] = "other"
    spin()
    d.clear()
    spin()
    got = [a, b, c, n]
    d = shared_dict({("k", 1): fresh(5)})
    t = d[("k", 1)]
    d = None
    spin()
    got.append(t)
    shared_d = shared_dict({i: fresh(i % 10) for i in range(32)})
    stop = []

    def writer():
        n = 0
        while not stop:
            shared_d[n % 32] = fresh(n % 10)
            n += 1

    w = threading.Thread(target=writer)
    w.start()
    bad = 0
    for r in range(300):
        v = shared_d[r % 32]
        spin(200)
        if len(v) != 8 or v[5] * 3 != v[5:]:
            bad += 1
    stop.append(1)
    w.join()
    got.append(bad)
    return got


print(dict_values())  # expect: ['item-111', 'item-222', 'item-333', 'item-444', 'item-555', 0]
