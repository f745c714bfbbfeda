# Lock and RLock: acquire/release, non-blocking and timed acquire, `with`, errors;
# a counter updated by 4 threads under a Lock is exact.
import threading

lock = threading.Lock()
print(lock.locked())  # expect: False
print(lock.acquire())  # expect: True
print(lock.locked())  # expect: True
print(lock.acquire(False))  # expect: False
print(lock.acquire(timeout=0.01))  # expect: False
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: release unlocked lock
with lock:
    print(lock.locked())  # expect: True
print(lock.locked())  # expect: False

r = threading.RLock()
with r:
    with r:
        print("reentered")  # expect: reentered
    print(r.acquire(blocking=False))  # expect: True
    r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: cannot release un-acquired lock

counter = {"n": 0}


def bump(times):
    for _ in range(times):
        with lock:
            counter["n"] += 1


ts = [threading.Thread(target=bump, args=(2000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter["n"])  # expect: 8000

# A lock released by another thread than the one that acquired it (allowed for Lock).
gate = threading.Lock()
gate.acquire()
threading.Thread(target=gate.release).start()
print(gate.acquire(timeout=5))  # expect: True
gate.release()
