# Independent CPU-bound work (loops, arithmetic, calls, small lists) split across T threads.
import sys
import threading

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
# SCALE multiplies the work (longer runs for many-core machines, where start-up
# would otherwise weigh on the high-T times).
SCALE = int(sys.argv[2]) if len(sys.argv) > 2 else 1
TOTAL = 2400000 * SCALE


def step(x, i):
    return (x * 31 + i) % 1000003


def work(n, out, idx):
    x = idx
    acc = 0
    for i in range(n):
        x = step(x, i)
        if i % 64 == 0:
            small = [x, i, x ^ i]
            acc += small[2] & 7
    out[idx] = x + acc


out = [0] * T
per = TOTAL // T
ts = [threading.Thread(target=work, args=(per, out, k)) for k in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(T, len(out))
