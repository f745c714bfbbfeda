# Coroutines, async generators and their asend/athrow awaitables caught in cycles are
# collected (their frames and awaitables are traversed by the cycle collector).
import gc
import sys


class Hold:
    def __await__(self):
        got = yield "suspended"
        return got


async def coro_cycle():
    box = []
    me = await Hold()
    box.append(me)
    await Hold()


async def agen_cycle(box):
    while True:
        yield box


def make(n):
    for i in range(n):
        c = coro_cycle()
        c.send(None)
        c.send(c)           # the frame's list now refers back to the coroutine
        box = []
        g = agen_cycle(box)
        step = g.asend(None)
        box.append(step)    # box -> awaitable -> generator -> frame -> box
        try:
            step.send(None)
        except StopIteration as e:
            assert e.value is box
        w = c.__await__()
        box.append(w)


gc.disable()
gc.collect()
base = sys.getallocatedblocks()
make(1500)
gc.collect()
print(sys.getallocatedblocks() - base < 1000)  # expect: True
gc.enable()
