# The thread that creates a dict (or an object's attribute dict) writes it without
# taking its lock until another thread first locks it (docs/memory-model.md, "Owner lock
# elision"). Here a second thread starts writing each table while its creator is still
# writing it, so the hand-over happens mid-stream, over and over: no write may be lost
# or torn. The first three runs stay (mostly) within the revocation budget (256), the
# last one goes past it, so the time before and after elision ends are both covered.
import threading
import time

K = 200


class Obj:
    pass


def run(make, put, get_len, check, rounds=80):
    handoff = []
    waiting = [-1]
    made = []

    def helper():
        for r in range(rounds):
            waiting[0] = r
            # Poll rather than block, to start while the creator is still writing.
            while len(handoff) <= r:
                time.sleep(0)
            t = handoff[r]
            for i in range(K):
                put(t, "h", i)

    h = threading.Thread(target=helper)
    h.start()
    for r in range(rounds):
        # Keep the two in step: each table is taken while its creator writes it.
        while waiting[0] < r:
            time.sleep(0)
        t = make()
        put(t, "o", -1)  # a first write while still private
        handoff.append(t)
        for i in range(K):
            put(t, "o", i)
        made.append(t)
    h.join()
    lengths = set(get_len(t) for t in made)
    bad = sum(1 for t in made if not check(t))
    return sorted(lengths), bad


def put_item(d, who, i):
    d[who + str(i)] = i


def check_dict(d):
    return all(d["o" + str(i)] == i and d["h" + str(i)] == i for i in range(K))


def put_attr(o, who, i):
    setattr(o, who + str(i), i)


def check_obj(o):
    return all(getattr(o, "o" + str(i)) == i and getattr(o, "h" + str(i)) == i for i in range(K))


print("dicts", run(dict, put_item, len, check_dict))
# expect: dicts ([401], 0)
print("objects", run(Obj, put_attr, lambda o: len(vars(o)), check_obj))
# expect: objects ([401], 0)


# Sets share the table code: one thread adds evens, the other odds, interleaved.
def put_elem(s, who, i):
    s.add(2 * i + (1 if who == "h" else 0))


print("sets", run(set, put_elem, len, lambda s: s == set(range(-2, 2 * K)) - {-1}))
# expect: sets ([401], 0)
print("dicts again", run(dict, put_item, len, check_dict, rounds=300))
# expect: dicts again ([401], 0)
