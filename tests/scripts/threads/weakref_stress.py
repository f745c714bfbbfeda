# Weak references upgraded while other threads drop the last strong reference
# (docs/memory-model.md, "Weak references"): 8 threads create objects, publish weak
# references to them in shared slots, hand the strong references to other threads
# through shared holder slots (so the last decrement is often another thread's: the
# biased count's queue and merge), and upgrade random weak references. Every upgrade must
# give None or an intact object; every callback must run exactly once per object that
# had one.
import gc
import random
import threading
import time
import weakref

THREADS = 8
ROUNDS = 1500
SLOTS = 64


class Payload:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.total = a + b
        self.tag = "payload"


refs = [None] * SLOTS      # weak references, replaced by every thread
holders = [None] * SLOTS   # strong references, replaced (so dropped) by every thread
callbacks = [0] * THREADS  # callbacks run, per creating thread (written under a lock)
made_with_cb = [0] * THREADS
cb_lock = threading.Lock()
bad = []
upgrades = [0, 0]          # [live, dead], summed under cb_lock at the end
start = threading.Barrier(THREADS)
kept = []


def on_death(tid):
    def cb(_wr):
        with cb_lock:
            callbacks[tid] += 1
    return cb


def worker(tid):
    rnd = random.Random(tid)
    live = dead = 0
    keep = []  # the weak references with callbacks (a dead weakref calls nothing)
    start.wait()
    for i in range(ROUNDS):
        o = Payload(tid * 100000 + i, i)
        if i % 3 == 0:
            r = weakref.ref(o, on_death(tid))
            keep.append(r)
            made_with_cb[tid] += 1
        else:
            r = weakref.ref(o)
        refs[rnd.randrange(SLOTS)] = r
        # Hand the only strong reference to a shared slot; whoever replaces it next
        # (maybe another thread) drops the last reference.
        holders[rnd.randrange(SLOTS)] = o
        del o
        for _ in range(3):
            w = refs[rnd.randrange(SLOTS)]
            if w is None:
                continue
            obj = w()
            if obj is None:
                dead += 1
                continue
            live += 1
            if obj.tag != "payload" or obj.a + obj.b != obj.total:
                bad.append((obj.a, obj.b, obj.total))
        if i % 50 == 0:
            holders[rnd.randrange(SLOTS)] = None
    with cb_lock:
        upgrades[0] += live
        upgrades[1] += dead
    kept.append(keep)


threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join(120)
print("alive", any(t.is_alive() for t in threads))  # expect: alive False
print("bad upgrades", bad[:3])  # expect: bad upgrades []
# Drop every remaining strong reference; each object with a callback then has had it run.
for k in range(SLOTS):
    holders[k] = None


# A shared list lets go of its references one reclamation epoch later (Fibra), and an
# ending thread's last retired references go when it has left (after join() returns):
# gc.collect() flushes the epoch and runs the callbacks of what that freed.
deadline = time.time() + 20
while sum(callbacks) < sum(made_with_cb) and time.time() < deadline:
    gc.collect()
    time.sleep(0.005)
print("callbacks once each", callbacks == made_with_cb, sum(made_with_cb))  # expect: callbacks once each True 4000
print("upgrades done", upgrades[0] + upgrades[1] > 0)  # expect: upgrades done True
