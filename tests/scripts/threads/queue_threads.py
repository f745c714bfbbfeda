# Producers and consumers over a bounded queue: every item is consumed exactly once;
# task_done/join track completion.
import threading
import queue

q = queue.Queue(maxsize=10)
totals = []
counts = []
lock = threading.Lock()


def producer(base):
    for i in range(250):
        q.put(base + i)


def consumer():
    s = 0
    n = 0
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            break
        s += x
        n += 1
        q.task_done()
    with lock:
        totals.append(s)
        counts.append(n)


producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
q.join()
for t in consumers:
    t.join()
print(sum(totals), sum(counts), q.empty())  # expect: 1624500 1000 True
