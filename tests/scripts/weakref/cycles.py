# The cycle collector clears weak references to its garbage before anything is torn
# down, calls the callbacks of live weak references to it, and not those of weak
# references that are garbage themselves. A weak reference is no strong edge.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def main():
    gc.collect()
    log = []
    a, b = Node("a"), Node("b")
    a.other, b.other = b, a
    ra = weakref.ref(a, lambda w: log.append(("a", w() is None)))
    rb = weakref.ref(b, lambda w: log.append(("b", w() is None)))
    del a, b
    print("uncollected", ra() is not None and rb() is not None, log)
    gc.collect()
    print("collected", ra(), rb(), sorted(log))

    # A weak reference that is garbage itself: its callback is not called.
    log.clear()
    c = Node("c")
    c.other = c
    c.myref = weakref.ref(c, lambda w: log.append("garbage ref called"))
    outside = weakref.ref(c, lambda w: log.append("outside called"))
    del c
    gc.collect()
    print(outside(), log)

    # The weak reference does not keep the referent alive, nor is it traversed.
    d = Node("d")
    d.self_ref = weakref.ref(d)
    rd = weakref.ref(d)
    del d
    print("no cycle through a weakref", rd())

    # A callback that refers to its referent's cycle is a strong edge: collected too.
    e = Node("e")
    e.cb_ref = weakref.ref(e, lambda w, keep=e: log.append("e"))
    re_ = weakref.ref(e)
    del e
    gc.collect()
    print("callback cycle", re_())


main()  # expect: uncollected True []
# expect: collected None None [('a', True), ('b', True)]
# expect: None ['outside called']
# expect: no cycle through a weakref None
# expect: callback cycle None
