# Objects made by one thread, then written by another: the worst case for owner lock
# elision (docs/memory-model.md), where each object's first write by the second thread
# revokes the creator's elision on its __dict__ (a membarrier system call, until the
# process's revocation budget is spent). Prints the cost per handed-off write.
#   fibra benches/micro/handoff.py [N]      (also: FIBRA_NO_ELISION=1, python3)
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000


class Msg:
    def __init__(self, i):
        self.i = i


made = [Msg(i) for i in range(N)]


def consume():
    for m in made:
        m.seen = True


t0 = time.perf_counter()
t = threading.Thread(target=consume)
t.start()
t.join()
dt = time.perf_counter() - t0
print("%.1f ns per handed-off write" % (dt / N * 1e9))
