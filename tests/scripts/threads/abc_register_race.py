# Eight threads register virtual subclasses with ABCs of their own at once. Each
# registration bumps abc's shared invalidation counter; a lost update there (two threads
# writing back the same count, or an older one) would let a negative cache filled before a
# registration look current, and isinstance() would deny the class just registered.
import threading
from abc import ABC, get_cache_token

ROUNDS = 1000
failures = []


def worker(n):
    for i in range(ROUNDS):
        class Base(ABC):
            pass

        class Plain:
            pass

        # Fill Base's negative cache with Plain, then register Plain.
        if isinstance(Plain(), Base):
            failures.append((n, i, "before"))
        Base.register(Plain)
        if not isinstance(Plain(), Base) or not issubclass(Plain, Base):
            failures.append((n, i, "after"))


token = get_cache_token()
threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(failures[:3], len(failures))  # expect: [] 0
# Every registration counted (more when other interpreters' threads register too).
print(get_cache_token() - token >= 8 * ROUNDS)  # expect: True
