# Locals pushed onto the operand stack are borrowed (not counted) by the interpreter; these
# are the cases where the local changes or the frame suspends while its copy is still on
# the stack.
import threading


def pair(a, b):
    return a, b


def walrus_overwrites_operand():
    x = [1, 2]  # the local holds the only reference
    r = pair(x, (x := None))
    return r


print(walrus_overwrites_operand())  # expect: ([1, 2], None)


def walrus_in_binary_op():
    s = "ab" * 2
    return s + str((s := 5)) + str(s)


print(walrus_in_binary_op())  # expect: abab55


def walrus_in_subscript():
    d = {"k": [10, 20]}
    return d["k"][(d := 1)], d


print(walrus_in_subscript())  # expect: (20, 1)


def gen():
    x = [1, 2, 3]
    y = x + [(yield "first")]
    yield y
    yield len(x)


g = gen()
print(next(g))  # expect: first
print(g.send(4))  # expect: [1, 2, 3, 4]

# The suspended frame (with a borrowed copy of x on its stack earlier) resumes in
# another thread.
out = []
t = threading.Thread(target=lambda: out.append(next(g)))
t.start()
t.join()
print(out)  # expect: [3]


def many_refs(items):
    # Loads of a shared list as an operand, in a loop, in several threads at once.
    total = 0
    for i in range(2000):
        total += items[i % len(items)] + len(items)
    return total


shared = list(range(100))
results = [0] * 4


def worker(k):
    results[k] = many_refs(shared)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results == [many_refs(shared)] * 4)  # expect: True
