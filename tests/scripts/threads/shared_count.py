# itertools.count shared by threads as an id source: every value handed out exactly once.
import itertools
import threading

ids = itertools.count(1).__next__
got = []
lock = threading.Lock()
start = threading.Barrier(8)


def worker():
    mine = []
    start.wait()
    for _ in range(2000):
        mine.append(ids())
    with lock:
        got.extend(mine)


threads = [threading.Thread(target=worker) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(got), sorted(got) == list(range(1, 16001)))  # expect: 16000 True
c = itertools.count(3)
next(c)
print(repr(itertools.count()), repr(itertools.count(5, 2)), repr(itertools.count(1.5)),  # expect: count(0) count(5, 2) count(1.5) count(4) count(0, 1.0) [1, 1.5, 2.0]
      repr(c), repr(itertools.count(0, 1.0)), list(itertools.islice(itertools.count(1, 0.5), 3)))
try:
    itertools.count("a")
except TypeError as e:
    print(e)  # expect: a number is required
from fractions import Fraction
print(list(itertools.islice(itertools.count(Fraction(1, 2)), 2)))  # expect: [Fraction(1, 2), Fraction(3, 2)]
