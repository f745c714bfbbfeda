# __del__ with threads: objects made on one thread and dropped on another, and objects
# dropped by threads that have ended. Every finaliser runs exactly once.
import gc
import threading
import time

lock = threading.Lock()
counts = {"del": 0}


class Tracked:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        with lock:
            counts["del"] += 1


N = 4
PER = 2000


def count(expected):
    # Values dropped from containers that several threads used are freed once the
    # reclamation epoch has passed (docs/threads.md), by whichever thread passes it, and
    # their finalisers run at that thread's next safepoint: gc.collect() makes the epoch
    # pass and runs what queued here; wait a little for other threads.
    deadline = time.monotonic() + 20
    while True:
        gc.collect()
        with lock:
            n = counts["del"]
        if n >= expected or time.monotonic() > deadline:
            return n
        time.sleep(0.001)

handoff = []


def make(tid):
    # Objects this thread makes and hands to the main thread.
    mine = [Tracked(tid * PER + i) for i in range(PER)]
    with lock:
        handoff.append(mine)
    # Objects this thread makes and drops itself.
    for i in range(PER):
        t = Tracked(i)
        t = None


threads = [threading.Thread(target=make, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count(8000))  # expect: 8000
total = sum(len(m) for m in handoff)
handoff.clear()  # the last references to objects whose threads have ended
print(total, count(16000))  # expect: 8000 16000


# Dropped on other threads while their maker is still running.
shared = [Tracked(i) for i in range(PER)]
barrier = threading.Barrier(N)


def drop(k):
    barrier.wait()
    for i in range(k, PER, N):
        shared[i] = None


threads = [threading.Thread(target=drop, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count(18000))  # expect: 18000
