# queue: FIFO/LIFO/priority order, Empty/Full, timeouts, qsize/empty/full.
import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())  # expect: 5 False False
print([q.get() for _ in range(5)])  # expect: [0, 1, 2, 3, 4]
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")  # expect: Empty
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")  # expect: Empty after timeout

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full())  # expect: True
try:
    b.put_nowait("c")
except queue.Full:
    print("Full")  # expect: Full
try:
    b.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")  # expect: Full after timeout

lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print(lq.get(), lq.get(), lq.get())  # expect: 2 1 0

pq = queue.PriorityQueue()
for p in [5, 1, 4, 2, 3, 0]:
    pq.put((p, "job" + str(p)))
print([pq.get()[1] for _ in range(6)])  # expect: ['job0', 'job1', 'job2', 'job3', 'job4', 'job5']

sq = queue.SimpleQueue()
sq.put(1)
print(sq.get(), sq.empty())  # expect: 1 True
for i in range(200):
    q.put(i)
print(sum(q.get() for _ in range(200)), q.qsize())  # expect: 19900 0
