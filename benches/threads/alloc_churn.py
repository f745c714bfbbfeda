# T threads building and dropping many short-lived objects (tuples, lists, dicts,
# instances, strings, small reference cycles). Usage: alloc_churn.py [T [SCALE]]; SCALE
# multiplies the run length (peak memory must not grow with it: the cycles are garbage
# for the cycle collector).
import sys
import threading

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = int(sys.argv[2]) if len(sys.argv) > 2 else 1
TOTAL = 400000 * SCALE


class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt


def work(n, out, idx):
    keep = 0
    for i in range(n):
        t = (i, i + 1, "s" + str(i & 255))
        l = [t, i, None]
        d = {"a": l, "b": i}
        node = Node(d, None)
        node2 = Node(i, node)
        if i % 1000 == 0:
            a = []
            b = [a]
            a.append(b)  # a small cycle: reclaimed by the cycle collector
        keep += len(l) + node2.value % 3
    out[idx] = keep


out = [0] * T
per = TOTAL // T
ts = [threading.Thread(target=work, args=(per, out, k)) for k in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(T, sum(out) > 0)
