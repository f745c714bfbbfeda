# With the collector enabled, garbage cycles are reclaimed automatically while a loop
# keeps creating them: the number of live objects stays bounded.
import gc
import sys


class Pair:
    pass


def churn(n):
    peak = 0
    start = sys.getallocatedblocks()
    for i in range(n):
        a = Pair()
        b = Pair()
        a.b = b
        b.a = a
        a.data = [i, (i, str(i))]
        if i % 5000 == 0:
            peak = max(peak, sys.getallocatedblocks() - start)
    return peak


gc.enable()
gc.collect()
peak = churn(200000)
# 200,000 cycles of 6+ containers each would be well over a million objects if leaked.
print(peak < 200000)  # expect: True
