# Reference cycles of every common container kind are found by gc.collect() and freed.
# sys.getallocatedblocks() counts live objects (every block in CPython, the tracked
# containers in Fibra): it returns to about its starting value.
import gc
import sys


class Node:
    def __init__(self):
        self.other = None


def lists(n):
    for i in range(n):
        a = []
        b = [a]
        a.append(b)


def dicts(n):
    for i in range(n):
        d = {}
        d["self"] = d


def instances(n):
    for i in range(n):
        x = Node()
        y = Node()
        x.other = y
        y.other = x


def closures(n):
    for i in range(n):
        def f():
            return f
        f.attr = [f]


def sets_and_tuples(n):
    for i in range(n):
        holder = Node()
        s = {holder, (1, 2)}
        holder.other = (s, [s])


def exceptions(n):
    for i in range(n):
        try:
            raise ValueError("x")
        except ValueError as e:
            err = e
        err.me = err
        err.args = (err,)


def bound_methods(n):
    for i in range(n):
        x = Node()
        x.other = x.__init__


gc.disable()
gc.collect()
base = sys.getallocatedblocks()
for name, fn in [("lists", lists), ("dicts", dicts), ("instances", instances),
                 ("closures", closures), ("sets_and_tuples", sets_and_tuples),
                 ("exceptions", exceptions), ("bound_methods", bound_methods)]:
    fn(1000)
    found = gc.collect()
    print(name, found >= 1000)
# expect: lists True
# expect: dicts True
# expect: instances True
# expect: closures True
# expect: sets_and_tuples True
# expect: exceptions True
# expect: bound_methods True
gc.collect()
print(sys.getallocatedblocks() - base < 200)  # expect: True
gc.enable()
