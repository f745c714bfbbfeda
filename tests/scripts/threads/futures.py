# concurrent.futures: ThreadPoolExecutor submit/map/shutdown/with, Future result/exception/
# done/add_done_callback, as_completed, wait.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, Future
import concurrent.futures
import threading


def square(x):
    return x * x


def fail(msg):
    raise KeyError(msg)


with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(8))))  # expect: [0, 1, 4, 9, 16, 25, 36, 49]
    print(list(ex.map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))  # expect: [11, 22, 33]
    fs = [ex.submit(square, i) for i in range(10)]
    print(sorted(f.result() for f in as_completed(fs)))  # expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
    done, not_done = wait(fs)
    print(len(done), len(not_done))  # expect: 10 0
    bad = ex.submit(fail, "nope")
    print(type(bad.exception()).__name__, bad.done())  # expect: KeyError True
    try:
        bad.result()
    except KeyError as e:
        print("KeyError", e)  # expect: KeyError 'nope'
    seen = []
    f = ex.submit(square, 12)
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    print(f.result(timeout=5))  # expect: 144
    kw = ex.submit(sorted, [3, 1, 2], reverse=True)
    print(kw.result())  # expect: [3, 2, 1]
print(seen)  # expect: [144]
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: cannot schedule new futures after shutdown

f = Future()
print(f.done(), f.cancelled())  # expect: False False
f.set_result("ready")
print(f.done(), f.result())  # expect: True ready
late = []
f.add_done_callback(lambda fut: late.append("called"))
print(late)  # expect: ['called']
g = Future()
print(g.cancel(), g.cancelled())  # expect: True True
try:
    g.result()
except concurrent.futures.CancelledError:
    print("CancelledError")  # expect: CancelledError
h = Future()
try:
    h.result(timeout=0.01)
except concurrent.futures.TimeoutError:
    print("TimeoutError")  # expect: TimeoutError

# Work spread over the pool: totals are exact.
lock = threading.Lock()
acc = {"sum": 0}


def add(n):
    with lock:
        acc["sum"] += n
    return n


ex = ThreadPoolExecutor(3)
futs = [ex.submit(add, i) for i in range(100)]
ex.shutdown(wait=True)
print(acc["sum"], all(f.done() for f in futs))  # expect: 4950 True
