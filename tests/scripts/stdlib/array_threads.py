# array: one array shared by several threads; appends, extends, pops and item writes are
# each atomic, so no item is lost or duplicated.
import threading
from array import array

shared = array("q")
counters = array("l", [0] * 4)
N = 2000


def worker(k):
    for i in range(N):
        shared.append(k * N + i)
    shared.extend([-1, -2])
    for _ in range(2):
        shared.remove(-1 if _ == 0 else -2)
    for i in range(N):
        counters[k] = counters[k] + 1  # only thread k writes slot k


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), sorted(shared) == list(range(4 * N)), counters.tolist())  # expect: 8000 True [2000, 2000, 2000, 2000]

popped = array("q")
lock = threading.Lock()


def popper():
    local = []
    while True:
        try:
            local.append(shared.pop())
        except IndexError:
            break
    with lock:
        popped.extend(local)


threads = [threading.Thread(target=popper) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), len(popped), sorted(popped) == list(range(4 * N)))  # expect: 0 8000 True
