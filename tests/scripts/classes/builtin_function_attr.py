# A builtin function stored on a class does not bind the instance (it is no descriptor),
# while methods of builtin types and script functions do.
import math
import time


class K:
    conv = time.gmtime
    root = math.sqrt
    size = len
    append_to = list.append

    def own(self):
        return "own"


k = K()
print(k.conv(0)[:3], k.root(16.0), k.size("abc"), k.own())  # expect: (1970, 1, 1) 4.0 3 own
items = []
K.append_to(items, 1)
print(items, K.size is len)  # expect: [1] True
