# Slots of instances shared by 8 threads: each thread replaces its own slot on every
# object with fresh lists (so replaced values are retired while others may read them),
# deletes and re-sets it, reads the other threads' slots, and bumps a shared counter slot
# under a lock. Objects are made by the main thread and by the workers, so each slot
# array is taken over by other threads while its creator may still write it.
import threading

T = 8
N = 48
ROUNDS = 25


class Shared:
    __slots__ = tuple("s%d" % t for t in range(T)) + ("count", "made_by")

    def __init__(self, who):
        self.count = 0
        self.made_by = who


objs = [Shared(-1) for _ in range(N)]
fresh = [[] for _ in range(T)]
lock = threading.Lock()
barrier = threading.Barrier(T)
bad = [0] * T
unset_seen = [0] * T


def worker(t):
    name = "s%d" % t
    mine = [Shared(t) for _ in range(N // T)]
    fresh[t] = mine
    barrier.wait()
    pool = objs + [o for lst in fresh for o in lst]
    for r in range(ROUNDS):
        for o in pool:
            setattr(o, name, [t, r])
            if r % 5 == 4:
                delattr(o, name)
                setattr(o, name, [t, r])
            other = "s%d" % ((t + r) % T)
            try:
                v = getattr(o, other)
                if len(v) != 2 or v[0] != (t + r) % T or not 0 <= v[1] < ROUNDS:
                    bad[t] += 1
            except AttributeError:
                unset_seen[t] += 1
        with lock:
            for o in objs:
                o.count += 1
    barrier.wait()
    # Every thread's last write is visible to every thread after the barrier.
    for o in pool:
        for u in range(T):
            if getattr(o, "s%d" % u) != [u, ROUNDS - 1]:
                bad[t] += 1


threads = [threading.Thread(target=worker, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

everything = objs + [o for lst in fresh for o in lst]
print(len(everything))  # expect: 96
print(sum(bad))  # expect: 0
print(all(o.count == T * ROUNDS for o in objs))  # expect: True
print(all(getattr(o, "s%d" % u) == [u, ROUNDS - 1] for o in everything for u in range(T)))  # expect: True
print(sorted(set(o.made_by for o in everything)))  # expect: [-1, 0, 1, 2, 3, 4, 5, 6, 7]
print(any(hasattr(o, "__dict__") for o in everything))  # expect: False
