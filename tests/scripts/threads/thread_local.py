# threading.local: each thread sees its own attributes; subclass __init__ runs per thread.
import threading

data = threading.local()
data.x = "main"
out = []
lock = threading.Lock()


def worker(i):
    print_missing = not hasattr(data, "x")
    data.x = "worker" + str(i)
    with lock:
        out.append((i, print_missing, data.x))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))  # expect: [(0, True, 'worker0'), (1, True, 'worker1'), (2, True, 'worker2')]
print(data.x)  # expect: main


class Counter(threading.local):
    def __init__(self):
        self.n = 0


c = Counter()
c.n = 10
res = []


def count():
    for _ in range(5):
        c.n += 1
    with lock:
        res.append(c.n)


ts = [threading.Thread(target=count) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res, c.n)  # expect: [5, 5, 5] 10
try:
    data.missing
except AttributeError:
    print("AttributeError")  # expect: AttributeError
