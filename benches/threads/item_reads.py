# T threads reading string items from a list: the cost of counting shared items.
# Usage: item_reads.py [T [SCALE [MODE]]], MODE "shared" (default: one list of strings
# built by the main thread, read by every worker) or "own" (each worker builds its own
# copy first). Workers start at different positions, so no two read the same item at the
# same moment; in "shared" mode they still write (count) lines that other threads wrote
# before, which "own" mode does not. Runs unchanged under python3.
import sys
import threading

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = int(sys.argv[2]) if len(sys.argv) > 2 else 1
MODE = sys.argv[3] if len(sys.argv) > 3 else "shared"
TOTAL = 4000000 * SCALE
N = 5000

SHARED = ["key" + str(i) for i in range(N)]


def work(start, n, out, idx):
    items = SHARED if MODE == "shared" else ["key" + str(i) for i in range(N)]
    total = 0
    for i in range(start, start + n):
        k = items[i % N]
        total += len(k)
    out[idx] = total


out = [0] * T
per = TOTAL // T
ts = [threading.Thread(target=work, args=(k * N // T, per, out, k)) for k in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(T, MODE, sum(out) > 0)
