# One thread spins on a flag that another sets after waiting on an Event: in the `gil`
# build the spinning holder must let the waiter in within a switch interval or so
# (it once took ~270 ms per hand-off, the waiter losing the lock it was handed back).
import threading
import time

ready = threading.Event()
done = threading.Event()
seen = []


def spinner():
    for expected in range(1, 40):
        while not ready.is_set():
            pass
        ready.clear()
        seen.append(expected)
        done.set()


start = time.time()
t = threading.Thread(target=spinner)
t.start()
for i in range(1, 40):
    ready.set()
    done.wait()
    done.clear()
t.join()
print(seen == list(range(1, 40)))  # expect: True
# 39 hand-offs of about one switch interval (5 ms) each; generous for loaded machines.
print(time.time() - start < 5)  # expect: True
