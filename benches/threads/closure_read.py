# T threads running a closure that reads the variables it closes over (a table, a list,
# a config dict and a helper function defined in main()): the pattern of worker functions
# passed to threading.Thread or ThreadPoolExecutor. Usage: closure_read.py [T [SCALE]].
import sys
import threading

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
SCALE = int(sys.argv[2]) if len(sys.argv) > 2 else 1
TOTAL = 1200000 * SCALE


def main():
    table = {"key" + str(i): i for i in range(5000)}
    keys = list(table)
    data = list(range(5000))
    config = {"mask": 15, "bias": 3}

    def weight(v):
        return v & config["mask"]

    out = [0] * T

    def work(n, start, idx):
        total = 0
        nk = len(keys)
        for i in range(start, start + n):
            k = keys[i % nk]
            total += table[k] + data[i % 5000] + weight(i) + config["bias"]
        out[idx] = total

    per = TOTAL // T
    ts = [threading.Thread(target=work, args=(per, k * 5000 // T, k)) for k in range(T)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(T, sum(out) > 0)


main()
