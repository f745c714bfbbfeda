"""Topological sorting of graphs (CPython 3.11's `graphlib`, in Fibra).

`TopologicalSorter` orders hashable nodes so that every node comes after its
predecessors, either all at once (`static_order`) or in batches of nodes that are ready
together (`prepare`, `get_ready`, `done`, `is_active`), as when jobs run in parallel.
Orders are the same as CPython's.
"""

__all__ = ["TopologicalSorter", "CycleError"]

# Values of _NodeInfo.npredecessors once a node has left the "waiting" state.
_NODE_OUT = -1  # handed out by get_ready()
_NODE_DONE = -2  # marked done()


class _NodeInfo:
    __slots__ = ("node", "npredecessors", "successors")

    def __init__(self, node):
        self.node = node
        # Predecessors not yet done (or one of the markers above).
        self.npredecessors = 0
        # Successors, in the order add() named them (with repetitions).
        self.successors = []


class CycleError(ValueError):
    """The graph has a cycle; `args[1]` lists its nodes, the first one repeated last."""


class TopologicalSorter:
    """Sorts a graph of hashable nodes topologically."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None  # a list once prepare() ran
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        result = self._node2info.get(node)
        if result is None:
            result = self._node2info[node] = _NodeInfo(node)
        return result

    def add(self, node, *predecessors):
        """Add `node` and, if given, its predecessors (before prepare() only)."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        nodeinfo = self._get_nodeinfo(node)
        nodeinfo.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get_nodeinfo(pred).successors.append(node)

    def prepare(self):
        """Finish the graph: raises CycleError if it has a cycle (the nodes before the
        cycle can still be taken with get_ready())."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [i.node for i in self._node2info.values()
                             if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done (and not yet returned)."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        n2i = self._node2info
        for node in result:
            n2i[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """True while some node is ready or handed out and not done."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed: their successors may
        become ready."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        n2i = self._node2info
        for node in nodes:
            nodeinfo = n2i.get(node)
            if nodeinfo is None:
                raise ValueError(f"node {node!r} was not added using add()")
            stat = nodeinfo.npredecessors
            if stat != _NODE_OUT:
                if stat >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                elif stat == _NODE_DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                else:
                    raise AssertionError(f"node {node!r}: unknown status {stat}")
            nodeinfo.npredecessors = _NODE_DONE
            for successor in nodeinfo.successors:
                successor_info = n2i[successor]
                successor_info.npredecessors -= 1
                if successor_info.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first search along successor edges, in insertion order; a node met
        # again while it is on the current path closes a cycle.
        n2i = self._node2info
        path = []
        iterators = []
        seen = set()
        index_on_path = {}
        for node in n2i:
            if node in seen:
                continue
            while True:
                if node in seen:
                    if node in index_on_path:
                        return path[index_on_path[node]:] + [node]
                else:
                    seen.add(node)
                    iterators.append(iter(n2i[node].successors))
                    index_on_path[node] = len(path)
                    path.append(node)
                # Go back up to the deepest node with a successor left to visit.
                found = False
                while path:
                    nxt = next(iterators[-1], _END)
                    if nxt is not _END:
                        node = nxt
                        found = True
                        break
                    del index_on_path[path.pop()]
                    iterators.pop()
                if not found:
                    break
        return None

    def static_order(self):
        """All the nodes in a topological order (a generator; calls prepare())."""
        self.prepare()
        while self.is_active():
            node_group = self.get_ready()
            yield from node_group
            self.done(*node_group)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_END = object()
