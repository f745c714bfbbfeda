# enumerate, zip and dict.items() refill the tuple they handed out last once the loop has
# let go of it; a tuple anything still holds must never change.
import threading

print(list(enumerate("abc")))  # expect: [(0, 'a'), (1, 'b'), (2, 'c')]
print(list(zip([1, 2], "xy", (True, None))))  # expect: [(1, 'x', True), (2, 'y', None)]
d = {"a": 1, "b": 2, "c": 3}
print(list(d.items()))  # expect: [('a', 1), ('b', 2), ('c', 3)]

prev = None
seen = []
for t in enumerate([10, 20, 30]):
    if prev is not None:
        seen.append((prev, t, prev is t))
    prev = t
print(seen)  # expect: [((0, 10), (1, 20), False), ((1, 20), (2, 30), False)]

kept = []
for i, (x, y) in enumerate(zip("pq", "rs")):
    kept.append((i, x, y))
print(kept)  # expect: [(0, 'p', 'r'), (1, 'q', 's')]

outer = []
for t in enumerate(zip("ab", "cd")):
    outer.append(t)
print(outer)  # expect: [(0, ('a', 'c')), (1, ('b', 'd'))]

# Items that are containers: the tuples are never refilled (nor kept).
lists = [[1], [2], [3]]
pairs = [p for p in zip(lists, lists)]
lists[0].append(9)
print(pairs[0], pairs[1] is pairs[2])  # expect: ([1, 9], [1, 9]) False

it = iter(d.items())
first = next(it)
second = next(it)
third = next(it)
print(first, second, third)  # expect: ('a', 1) ('b', 2) ('c', 3)

total = 0
for k, v in d.items():
    total += v
for i, k in enumerate(d):
    total += i
print(total)  # expect: 9

# Mixed lengths from one zip never happen, but a zip of one iterable gives 1-tuples.
print([t for t in zip("xyz")])  # expect: [('x',), ('y',), ('z',)]
try:
    for a, b in zip("ab", "abc", strict=True):
        pass
except ValueError as e:
    print(e)  # expect: zip() argument 2 is longer than argument 1

# An iterator shared by threads, stepped under a lock (unsynchronised, a shared iterator
# may hand an item out twice or skip one, as in free-threaded CPython: docs/threads.md):
# only the creating thread refills its tuples; the others get every item intact.
shared = enumerate(range(20000))
got = []
lock = threading.Lock()


def drain():
    mine = []
    while True:
        with lock:
            t = next(shared, None)
        if t is None:
            break
        i, v = t
        mine.append((i, v, t))
    with lock:
        got.extend(mine)


threads = [threading.Thread(target=drain) for _ in range(4)]
for t in threads:
    t.start()
drain()
for t in threads:
    t.join()
print(len(got), all(i == v and t == (i, v) for i, v, t in got))  # expect: 20000 True
print(sorted(i for i, v, t in got) == list(range(20000)))  # expect: True
