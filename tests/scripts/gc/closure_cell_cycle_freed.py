# A closure whose cell holds a list of objects that (for a while) referred back to the
# closure: once those back references are dropped, returning frees everything by
# reference counting alone (CPython frees it without the cycle collector). This is what
# asyncio.gather's done callback does with its children.
import sys


class Fut:
    def __init__(self):
        self.cbs = []


def make(n):
    children = []

    def cb():
        return children
    for i in range(n):
        f = Fut()
        f.cbs.append(cb)
        children.append(f)
    for f in children:
        f.cbs = []


make(10)
before = sys.getallocatedblocks()
for i in range(20):
    make(100)
print(sys.getallocatedblocks() - before < 500)  # expect: True
