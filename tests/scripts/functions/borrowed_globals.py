# Globals pushed onto the operand stack are borrowed from the thread's lookup cache; these
# are the cases where the global is rebound, or the frame suspends, while a copy is still
# on the stack.
import threading

X = [10, 20, 30]


def rebind(v):
    global X
    X = v
    return 1


def through_script_call():
    # X is on the stack while rebind() replaces it.
    return X[rebind("abc")]


print(through_script_call())  # expect: 20
print(X)  # expect: abc

X = [10, 20, 30]


def through_native_callback():
    # sorted() calls back into script code that rebinds X and reloads it.
    return X[sorted([0], key=lambda v: (rebind([7, 8]), len(X)))[0]]


print(through_native_callback())  # expect: 10
print(X)  # expect: [7, 8]

G = [1, 2, 3]


def gen():
    y = G + [(yield "first")]
    yield y


g = gen()
print(next(g))  # expect: first
G = None
print(g.send(4))  # expect: [1, 2, 3, 4]

H = {"k": [5, 6]}


def augmented():
    for i in range(3):
        H["k"] += [i]
    return H["k"]


print(augmented())  # expect: [5, 6, 0, 1, 2]

SHARED = list(range(50))
TABLE = {str(i): i for i in range(50)}
out = [0] * 4


def reader(k):
    total = 0
    for i in range(3000):
        total += SHARED[i % 50] + TABLE[str(i % 50)]
    out[k] = total


ts = [threading.Thread(target=reader, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(set(out)), out[0])  # expect: 1 147000


def rebinder():
    global COUNTER
    for i in range(10000):
        COUNTER = COUNTER + 0.5
        if SHARED[0] != 0:
            break


COUNTER = 0.0
rebinder()
print(COUNTER)  # expect: 5000.0
