# __del__ of instances in reference cycles: the collector runs the finalisers with the
# cycle intact, then frees it; a finaliser that resurrects keeps its object alive, and
# it never runs twice.
import gc
import weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        # The peer is still there: the collector breaks the cycle only afterwards.
        log.append((self.name, self.peer.name if self.peer else None))


gc.disable()
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
wa = weakref.ref(a)
del a, b
print(log)  # expect: []
print(gc.collect() >= 2)  # expect: True
print(sorted(log), wa())  # expect: [('a', 'b'), ('b', 'a')] None

keep = []


class Phoenix:
    runs = 0

    def __del__(self):
        Phoenix.runs += 1
        keep.append(self)


p = Phoenix()
p.me = p
del p
gc.collect()
print(Phoenix.runs, len(keep), keep[0].me is keep[0])  # expect: 1 1 True
keep[0].me = None
keep.clear()
gc.collect()
print(Phoenix.runs)  # expect: 1


# A cycle through a list and a dict, with several finalisers.
class Item:
    def __init__(self, i, box):
        self.i = i
        self.box = box

    def __del__(self):
        log.append(self.i)


log.clear()
box = {"items": []}
box["items"].extend(Item(i, box) for i in range(5))
del box
gc.collect()
print(sorted(log))  # expect: [0, 1, 2, 3, 4]
gc.enable()
