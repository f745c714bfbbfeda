# Semaphore bounds concurrency; BoundedSemaphore detects over-release; Barrier releases
# all parties together and gives each a distinct index.
import threading

sem = threading.Semaphore(2)
lock = threading.Lock()
state = {"inside": 0, "max": 0}


def limited():
    for _ in range(50):
        with sem:
            with lock:
                state["inside"] += 1
                state["max"] = max(state["max"], state["inside"])
            with lock:
                state["inside"] -= 1


ts = [threading.Thread(target=limited) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(state["max"] <= 2, state["inside"])  # expect: True 0
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))  # expect: True True False
sem.release(2)
print(sem.acquire(timeout=0.01))  # expect: True

b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: Semaphore released too many times

actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("all here"))
indices = []


def party():
    i = barrier.wait()
    with lock:
        indices.append(i)


ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(indices), actions)  # expect: [0, 1, 2] ['all here']
print(barrier.parties, barrier.n_waiting, barrier.broken)  # expect: 3 0 False

lonely = threading.Barrier(2, timeout=0.01)
try:
    lonely.wait()
except threading.BrokenBarrierError:
    print("broken")  # expect: broken
print(lonely.broken)  # expect: True
