# A function whose last outside reference goes away while it runs: the running call
# must keep it, and the closure cells its frame reads, alive. Covers callees loaded from
# a global, from a closure cell and from a container, which a call holds in different
# ways (the interpreter's lookup caches hand out uncounted copies of globals and closure
# variables; a call pins such a callee instead of counting it).
import gc


def reuse_memory():
    # Frees and allocates many cells and functions, so that memory freed too early would
    # be reused by objects of the same kinds (and read back as their contents).
    def closure(i):
        item = "x" * (i % 7)
        return lambda: item

    gc.collect()
    return [closure(i) for i in range(2000)]


# ---- a global ----------------------------------------------------------------------------
def call_global(n):
    if g is None:  # warms this code's cached copy of `g`, so the call below uses it
        return "none"
    return g(n)


def make_global_fn(tag):
    prefix = "<" + tag  # a cell only the function holds

    def f(n):
        global g
        if n == 0:
            return "inner"
        g = make_global_fn("second")
        # The same code as our caller reads `g` again: its cached copy now names the new
        # function, and the cache lets go of this one.
        inner = call_global(0)
        churn = reuse_memory()
        return prefix + str(n) + inner + str(len(churn))

    return f


def via_global():
    global g
    g = make_global_fn("global")  # bound inside a function, so counted (not immortal)
    print(call_global(1))  # expect: <global1inner2000
    print(call_global(0))  # expect: inner


via_global()


# ---- a closure cell ----------------------------------------------------------------------
def via_cell():
    task = None

    def factory(tag):
        label = "<" + tag  # a cell only the function holds

        def work(n):
            nonlocal task
            if n == 0:
                return "inner"
            task = factory("second")  # rebind the cell that holds this very function
            inner = task(0)  # refreshes this thread's cached copy of the cell
            churn = reuse_memory()
            return label + str(n) + inner + str(len(churn))

        return work

    task = factory("cell")
    print(task is None)  # expect: False
    print(task(1))  # expect: <cell1inner2000
    print(task(0))  # expect: inner


via_cell()


# ---- a recursive nested function that rebinds itself at the bottom ----------------------
def recurse_main():
    calls = []
    rec = None

    def factory():
        label = "depth"

        def r(n):
            nonlocal rec
            calls.append(n)
            if n == 0:
                rec = factory()
                rec(-1)
                reuse_memory()
                return label
            if n < 0:
                return ""
            return rec(n - 1) + "."

        return r

    rec = factory()
    print(rec is None)  # expect: False
    print(rec(30), len(calls))  # expect: depth.............................. 32


recurse_main()


# ---- a container -------------------------------------------------------------------------
holder = {}


def make_held(tag):
    prefix = "<" + tag

    def f(n):
        holder.clear()  # the dict held the only other reference
        churn = reuse_memory()
        return prefix + str(n) + str(len(churn))

    return f


def via_container():
    holder["f"] = make_held("dict")
    print(holder["f"](2))  # expect: <dict22000
    print(len(holder))  # expect: 0


via_container()


# ---- callees replaced while an outer call runs: every call sees the current binding -----
def replace_many():
    total = 0
    for i in range(300):
        def step(x, i=i):
            return x + i
        total = step(total)
    return total


print(replace_many())  # expect: 44850


# ---- a method whose instance is dropped during the call ----------------------------------
class Node:
    def __init__(self, v):
        self.v = v

    def take(self, registry):
        registry.clear()
        reuse_memory()
        return self.v * 3


reg = [Node(14)]
print(reg[0].take(reg))  # expect: 42
print(len(reg))  # expect: 0


# ---- exceptions leave nothing held -------------------------------------------------------
def boom_main():
    def boom(x):
        raise ValueError("boom %d" % x)

    for i in range(3):
        try:
            boom(i)
        except ValueError as e:
            print(e)


# expect: boom 0
# expect: boom 1
# expect: boom 2
boom_main()
