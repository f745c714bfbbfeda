# T threads updating shared state under one threading.Lock (contention).
import sys
import threading

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
# SCALE multiplies the work (longer runs for many-core machines, where start-up
# would otherwise weigh on the high-T times).
SCALE = int(sys.argv[2]) if len(sys.argv) > 2 else 1
TOTAL = 400000 * SCALE

lock = threading.Lock()
state = {"count": 0, "sum": 0}
hist = [0] * 16


def work(n, tid):
    for i in range(n):
        v = (i * 7 + tid) & 15
        with lock:
            state["count"] += 1
            state["sum"] += v
            hist[v] += 1


per = TOTAL // T
ts = [threading.Thread(target=work, args=(per, k)) for k in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(T, state["count"] == per * T, sum(hist) == per * T)
