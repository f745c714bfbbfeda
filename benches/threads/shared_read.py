# T threads reading a big shared dict and list, calling shared functions and methods of
# shared classes (no writes to shared data).
# Usage: shared_read.py [T [SCALE [MODE [N]]]]. MODE "shared" (default) reads the tables the
# main thread built; "own" gives each thread its own copy of them, built before the
# threads are released (the class and the functions stay shared): the difference is what
# sharing the data costs. N (default 20000) is the number of keys and rows: with N=1000
# everything fits in a core's own cache, which tells cache misses from sharing.
import sys
import threading

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
# SCALE multiplies the work (longer runs for many-core machines, where start-up
# would otherwise weigh on the high-T times).
SCALE = int(sys.argv[2]) if len(sys.argv) > 2 else 1
MODE = sys.argv[3] if len(sys.argv) > 3 else "shared"
N = int(sys.argv[4]) if len(sys.argv) > 4 else 20000
TOTAL = 1200000 * SCALE


def make_table():
    table = {}
    for i in range(N):
        table["key" + str(i)] = i
    return table


TABLE = make_table()
KEYS = list(TABLE.keys())
DATA = list(range(N))


class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


def make_shapes():
    return [Shape(i % 7 + 1, i % 5 + 1) for i in range(1000)]


SHAPES = make_shapes()


def weight(v):
    return v & 15


def work(n, start, out, idx):
    total = 0
    nk = len(KEYS)
    for i in range(start, start + n):
        k = KEYS[i % nk]
        total += TABLE[k] + DATA[i % N]
        total += SHAPES[i % 1000].area() + weight(i)
    out[idx] = total


def work_own(n, start, out, idx, ready):
    # The same loop over this thread's own tables (locals instead of globals).
    table = make_table()
    keys = list(table.keys())
    data = list(range(N))
    shapes = make_shapes()
    ready.wait()
    total = 0
    nk = len(keys)
    for i in range(start, start + n):
        k = keys[i % nk]
        total += table[k] + data[i % N]
        total += shapes[i % 1000].area() + weight(i)
    out[idx] = total


out = [0] * T
per = TOTAL // T
# Each thread starts at a different place in the shared tables, as readers of a shared
# table do. (Starting at k * per, a multiple of the table sizes, made every thread read the
# same key, row and shape at the same moment: a measure of ping-pong on those few objects'
# reference counts rather than of shared reads.)
starts = [k * per + k * N // T + k * 1000 // T for k in range(T)]
if MODE == "own":
    ready = threading.Barrier(T + 1)
    ts = [threading.Thread(target=work_own, args=(per, starts[k], out, k, ready))
          for k in range(T)]
else:
    ts = [threading.Thread(target=work, args=(per, starts[k], out, k)) for k in range(T)]
for t in ts:
    t.start()
if MODE == "own":
    ready.wait()
for t in ts:
    t.join()
print(T, sum(out) > 0)
