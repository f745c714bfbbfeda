# T threads reading a big shared dict and list, calling shared functions and methods of
# shared classes (no writes to shared data).
import sys
import threading

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
# SCALE multiplies the work (longer runs for many-core machines, where start-up
# would otherwise weigh on the high-T times).
SCALE = int(sys.argv[2]) if len(sys.argv) > 2 else 1
TOTAL = 1200000 * SCALE

TABLE = {}
for i in range(20000):
    TABLE["key" + str(i)] = i
KEYS = list(TABLE.keys())
DATA = list(range(20000))


class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


SHAPES = [Shape(i % 7 + 1, i % 5 + 1) for i in range(1000)]


def weight(v):
    return v & 15


def work(n, start, out, idx):
    total = 0
    nk = len(KEYS)
    for i in range(start, start + n):
        k = KEYS[i % nk]
        total += TABLE[k] + DATA[i % 20000]
        total += SHAPES[i % 1000].area() + weight(i)
    out[idx] = total


out = [0] * T
per = TOTAL // T
# Each thread starts at a different place in the shared tables, as readers of a shared
# table do. (Starting at k * per, a multiple of the table sizes, made every thread read the
# same key, row and shape at the same moment: a measure of ping-pong on those few objects'
# reference counts rather than of shared reads.)
ts = [threading.Thread(target=work, args=(per, k * per + k * 20000 // T + k * 1000 // T, out, k))
      for k in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(T, sum(out) > 0)
