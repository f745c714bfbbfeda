# Threads importing the same modules at once: each import waits for the thread that is
# running the module's code, so nobody sees a half-initialised module.
import threading

errors = []


def worker():
    try:
        import collections
        collections.deque
        from functools import reduce
        import random
        random.Random(1)
        import dataclasses, enum, heapq, textwrap, string, operator, itertools
        enum.Enum, heapq.heappush, dataclasses.dataclass, operator.itemgetter
        textwrap.dedent, string.ascii_letters, itertools.chain, reduce
    except Exception as e:
        errors.append(f"{type(e).__name__}: {e}")


ts = [threading.Thread(target=worker) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(errors)  # expect: []
