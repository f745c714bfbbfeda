# Threads run their target with args/kwargs; join waits; results collected under a lock.
import threading

results = []
lock = threading.Lock()


def work(i, n, scale=1):
    s = 0
    for k in range(n):
        s += k * scale
    with lock:
        results.append((i, s))


threads = [threading.Thread(target=work, args=(i, 100), kwargs={"scale": i}) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))  # expect: [(0, 0), (1, 4950), (2, 9900), (3, 14850)]
print(all(not t.is_alive() for t in threads))  # expect: True
print(threading.current_thread().name)  # expect: MainThread
print(threading.main_thread() is threading.current_thread())  # expect: True
print(threading.active_count())  # expect: 1
print(len(threading.enumerate()))  # expect: 1

t = threading.Thread(target=work, args=(9, 3), name="worker-9")
print(t.name, t.ident is None, t.is_alive())  # expect: worker-9 True False
t.start()
t.join()
print(isinstance(t.ident, int), t.ident != threading.get_ident())  # expect: True True
print(t.is_alive())  # expect: False
print(results[-1])  # expect: (9, 3)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: threads can only be started once
try:
    threading.Thread(target=work).join()
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: cannot join thread before it is started
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: cannot join current thread
