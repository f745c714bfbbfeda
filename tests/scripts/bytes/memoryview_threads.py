# Threads share one bytearray through memoryviews: writes through disjoint slices all land,
# and while any view is alive every thread's resize raises BufferError.
import threading

buf = bytearray(400)
view = memoryview(buf)
errors = []
start = threading.Barrier(5)

def writer(k):
    part = view[k * 100:(k + 1) * 100]   # a zero-copy slice of the shared view
    start.wait()
    for _ in range(5):
        for i in range(100):
            part[i] = k + 1
    part.release()

def resizer():
    start.wait()
    for _ in range(50):
        try:
            buf.append(0)
        except BufferError as e:
            errors.append(str(e))

threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
threads.append(threading.Thread(target=resizer))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(errors), set(errors))  # expect: 50 {'Existing exports of data: object cannot be re-sized'}
print([buf.count(k + 1) for k in range(4)], len(buf))  # expect: [100, 100, 100, 100] 400
view.release()
buf.append(9)
print(len(buf), buf[-1])  # expect: 401 9

# many threads making and releasing their own views of one bytearray
shared = bytearray(b"abcdef")
def viewer():
    for _ in range(50):
        with memoryview(shared) as m:
            assert m[1:3].tobytes() == b"bc"
workers = [threading.Thread(target=viewer) for _ in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
shared.extend(b"gh")
print(shared)  # expect: bytearray(b'abcdefgh')
