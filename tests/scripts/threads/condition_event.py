# Condition wait/notify/wait_for, Event set/wait/clear, timeouts.
import threading

cond = threading.Condition()
items = []
got = []


def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        got.extend(items)


t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
t.join()
print(got)  # expect: [0, 1, 2]

with cond:
    print(cond.wait(0.01))  # expect: False
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: cannot wait on un-acquired lock
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: cannot notify on un-acquired lock

# notify_all wakes every waiter.
c2 = threading.Condition(threading.Lock())
ready = {"go": False, "waiting": 0, "woken": 0}


def waiter():
    with c2:
        ready["waiting"] += 1
        c2.notify_all()
        while not ready["go"]:
            c2.wait()
        ready["woken"] += 1


ws = [threading.Thread(target=waiter) for _ in range(5)]
for w in ws:
    w.start()
with c2:
    c2.wait_for(lambda: ready["waiting"] == 5)
    ready["go"] = True
    c2.notify_all()
for w in ws:
    w.join()
print(ready["woken"])  # expect: 5

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))  # expect: False False
flags = []


def setter():
    flags.append("set")
    ev.set()


threading.Thread(target=setter).start()
print(ev.wait(5))  # expect: True
print(flags)  # expect: ['set']
ev.clear()
print(ev.is_set())  # expect: False
