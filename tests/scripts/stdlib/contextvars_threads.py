# contextvars and threads: each thread has its own current context (a new thread starts
# with an empty one, as in 3.11); a Context can be run in another thread; a Context is
# entered by one thread at a time.
import threading
from contextvars import Context, ContextVar, copy_context

v = ContextVar("v", default="default")
w = ContextVar("w")
v.set("main")
w.set(1)

# A new thread starts with an empty context.
out = []
def fresh():
    out.append((v.get(), w.get("unset")))
    v.set("thread")
    out.append(v.get())
t = threading.Thread(target=fresh)
t.start()
t.join()
print(out, v.get())  # expect: [('default', 'unset'), 'thread'] main

# A copy of the main context run in another thread: it sees the values; what it sets
# stays in that context.
ctx = copy_context()
def in_copy(tag):
    out.append((tag, v.get(), w.get()))
    v.set(tag)
out.clear()
t = threading.Thread(target=ctx.run, args=(in_copy, "copied"))
t.start()
t.join()
print(out, ctx[v], v.get())  # expect: [('copied', 'main', 1)] copied main

# Entering a context that another thread is running raises there, for every thread.
shared = Context()
entered = threading.Event()
release = threading.Event()
def hold():
    v.set("holder")
    entered.set()
    release.wait()
    return v.get()
results = []
holder = threading.Thread(target=lambda: results.append(shared.run(hold)))
holder.start()
entered.wait()
errors = []
def try_enter():
    try:
        shared.run(v.get)
    except RuntimeError as e:
        errors.append("is already entered" in str(e))
tries = [threading.Thread(target=try_enter) for _ in range(4)]
for t in tries:
    t.start()
for t in tries:
    t.join()
try:
    shared.run(v.get)
except RuntimeError as e:
    errors.append("is already entered" in str(e))
print(shared[v])  # readable while another thread runs in it  # expect: holder
release.set()
holder.join()
print(errors, results, shared.run(v.get))  # expect: [True, True, True, True, True] ['holder'] holder

# Many threads racing to enter one context: never two inside at once.
race = Context()
inside = [0]
counts = {"entered": 0, "refused": 0, "overlap": 0}
lock = threading.Lock()
def body():
    inside[0] += 1
    if inside[0] != 1:
        counts["overlap"] += 1
    w.set(w.get(0) + 1)
    inside[0] -= 1
def racer():
    for _ in range(300):
        try:
            race.run(body)
            r = "entered"
        except RuntimeError:
            r = "refused"
        with lock:
            counts[r] += 1
rs = [threading.Thread(target=racer) for _ in range(4)]
for t in rs:
    t.start()
for t in rs:
    t.join()
print(counts["overlap"], counts["entered"] + counts["refused"], race[w] == counts["entered"])  # expect: 0 1200 True

# Each thread's sets stay in its own context, under contention.
bad = []
def worker(n):
    for i in range(200):
        tok = v.set((n, i))
        if v.get() != (n, i):
            bad.append(n)
        if i % 2:
            v.reset(tok)
    snap = copy_context()
    if snap[v] != (n, 198):
        bad.append(("final", n, snap[v]))
ws = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in ws:
    t.start()
for t in ws:
    t.join()
print(bad, v.get(), w.get())  # expect: [] main 1
