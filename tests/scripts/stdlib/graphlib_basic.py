from graphlib import TopologicalSorter, CycleError

graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(list(TopologicalSorter(graph).static_order()))  # expect: ['A', 'C', 'B', 'D']
print(list(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))  # expect: [3, 7, 5, 8, 11, 2, 10, 9]
print(list(TopologicalSorter().static_order()))  # expect: []

ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(4)
ts.add(2, 0)
ts.prepare()
print(bool(ts), ts.is_active())  # expect: True True
while ts.is_active():
    ready = ts.get_ready()
    print("ready", ready)  # expect: ready (0, 4)
    # expect: ready (1, 2)
    # expect: ready (3,)
    ts.done(*ready)
print(ts.get_ready(), ts.is_active())  # expect: () False

for g in [{1: [2], 2: [3], 3: [1]}, {"a": ["b"], "b": ["c"], "c": ["b"], "d": []}, {1: [1]},
          {0: [1], 1: [2], 2: [3], 3: [4], 4: [2]}]:
    try:
        TopologicalSorter(g).prepare()
    except CycleError as e:
        print("CycleError:", e.args, isinstance(e, ValueError))  # expect: CycleError: ('nodes are in a cycle', [1, 3, 2, 1]) True
        # expect: CycleError: ('nodes are in a cycle', ['b', 'c', 'b']) True
        # expect: CycleError: ('nodes are in a cycle', [1, 1]) True
        # expect: CycleError: ('nodes are in a cycle', [2, 4, 3, 2]) True

ts = TopologicalSorter({"b": ["a"]})
for call in [ts.get_ready, ts.is_active, lambda: ts.done("a")]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)  # expect: ValueError: prepare() must be called first
        # expect: ValueError: prepare() must be called first
        # expect: ValueError: prepare() must be called first
ts.prepare()
for call in [ts.prepare, lambda: ts.add("c"), lambda: ts.done("zz"), lambda: ts.done("b")]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)  # expect: ValueError: cannot prepare() more than once
        # expect: ValueError: Nodes cannot be added after a call to prepare()
        # expect: ValueError: node 'zz' was not added using add()
        # expect: ValueError: node 'b' was not passed out (still not ready)
print(ts.get_ready())  # expect: ('a',)
ts.done("a")
try:
    ts.done("a")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: node 'a' was already marked done
print(ts.get_ready(), ts.is_active())  # expect: ('b',) True
ts.done("b")
print(ts.is_active())  # expect: False

# a graph with a cycle still hands out the nodes before it
ts = TopologicalSorter({"x": ["y"], "y": ["x"], "z": []})
try:
    ts.prepare()
except CycleError as e:
    print(e.args[1])  # expect: ['x', 'y', 'x']
print(ts.get_ready())  # expect: ('z',)
ts = TopologicalSorter()
ts.add("a", "b", "b")
print(list(ts.static_order()))  # expect: ['b', 'a']
