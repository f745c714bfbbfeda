# Threads create and drop cycles while automatic and explicit collections run; all of
# the garbage is reclaimed once they finish.
import gc
import sys
import threading


class Node:
    pass


def work(tid, n, out):
    keep = []
    for i in range(n):
        a = Node()
        b = Node()
        a.peer = b
        b.peer = a
        a.items = [b, {"k": a}]
        if i % 100 == 0:
            keep.append(a)  # these stay reachable until the thread ends
        if i % 2000 == 0:
            gc.collect()
    out[tid] = sum(1 for k in keep if k.peer.peer is k)


gc.collect()
base = sys.getallocatedblocks()
out = [0] * 4
ts = [threading.Thread(target=work, args=(t, 10000, out)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)  # expect: [100, 100, 100, 100]
del ts
gc.collect()
print(sys.getallocatedblocks() - base < 300)  # expect: True
