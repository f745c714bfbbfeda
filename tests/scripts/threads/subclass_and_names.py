# Subclassing Thread with run(); default names; daemon flag; current_thread inside a thread.
import threading

seen = []
lock = threading.Lock()


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i
        with lock:
            seen.append(threading.current_thread() is self)


ws = [Worker(10 * (i + 1)) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.total for w in ws])  # expect: [45, 190, 435]
print(seen)  # expect: [True, True, True]


def named():
    pass


t = threading.Thread(target=named)
print(t.name.startswith("Thread-"), t.name.endswith("(named)"))  # expect: True True
print(t.daemon)  # expect: False
d = threading.Thread(target=named, daemon=True)
print(d.daemon)  # expect: True
d.daemon = False
print(d.daemon)  # expect: False
t.start()
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print(e)  # expect: cannot set daemon status of active thread
