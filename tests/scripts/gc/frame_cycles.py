# Reference cycles through frame objects and tracebacks (a frame whose local refers to
# it, an exception kept in a local of the frame it passed through) are collected.
import gc
import sys


class Marker:
    pass


def make_cycle():
    m = Marker()
    me = sys._getframe()
    try:
        raise ValueError(m)
    except ValueError as e:
        err = e
        tb = e.__traceback__
        frame = tb.tb_frame
    return me


def leave_cycle():
    data = [Marker() for i in range(10)]
    try:
        raise KeyError(data)
    except KeyError as e:
        saved = e


for i in range(100):
    make_cycle()
    leave_cycle()
gc.collect()
before = sys.getallocatedblocks()
for i in range(2000):
    make_cycle()
    leave_cycle()
gc.collect()
after = sys.getallocatedblocks()
print(after - before < 1000)  # expect: True
