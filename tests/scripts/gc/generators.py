# Generators suspended inside a cycle (their frame refers back to them) are collected.
# (CPython runs their `finally` blocks first, Fibra drops the frame; both free them, and
# the number gc.collect() reports differs, so only the live-object count is checked.)
import gc
import sys


def echo():
    me = yield 1
    holder = [me]
    try:
        yield holder
    finally:
        holder.clear()


def make_cycles(n):
    for i in range(n):
        g = echo()
        next(g)
        got = g.send(g)
        assert got[0] is g


def chain():
    # a generator whose frame holds a list that holds the generator
    box = []
    def inner():
        yield box
    it = inner()
    box.append(it)
    return next(it)


gc.disable()
gc.collect()
base = sys.getallocatedblocks()
make_cycles(2000)
for i in range(2000):
    chain()
gc.collect()
print(sys.getallocatedblocks() - base < 1000)  # expect: True

# A generator that is still referenced is left alone.
g = echo()
next(g)
g.send(g)
gc.collect()
print(next(g, "done"))  # expect: done
gc.enable()
