import time
t0 = time.time()
p0 = time.perf_counter()
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
print(t1 >= t0, p1 > p0, p1 - p0 >= 0.005)  # expect: True True True
print(type(t0).__name__, type(p0).__name__)  # expect: float float
print(t0 > 1600000000)  # expect: True
m0 = time.monotonic()
print(time.monotonic() >= m0)  # expect: True
