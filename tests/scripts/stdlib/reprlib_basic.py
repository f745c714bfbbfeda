import reprlib
from array import array
from collections import deque

r = reprlib.repr
print(r(list(range(100))), r(tuple(range(10))), r((1,)), r(()), r([]))  # expect: [0, 1, 2, 3, 4, 5, ...] (0, 1, 2, 3, 4, 5, ...) (1,) () []
print(r("x" * 100), r("short"), r("a'b" * 20), r(2 ** 200), r(12345))  # expect: 'xxxxxxxxxxxx...xxxxxxxxxxxxx' 'short' "a'ba'ba'ba'b...ba'ba'ba'ba'b" 160693804425899027...2993782792835301376 12345
print(r({i: str(i) for i in range(10)}), r({}), r({"b": 1, "a": [1, 2]}))  # expect: {0: '0', 1: '1', 2: '2', 3: '3', ...} {} {'a': [1, 2], 'b': 1}
print(r(set(range(20))), r(set()), r(frozenset("abcdefgh")), r(frozenset()))  # expect: {0, 1, 2, 3, 4, 5, ...} set() frozenset({'a', 'b', 'c', 'd', 'e', 'f', ...}) frozenset()
print(r(deque(range(10))), r(array("i", range(10))), r(array("d")))  # expect: deque([0, 1, 2, 3, 4, 5, ...]) array('i', [0, 1, 2, 3, 4, ...]) array('d')
print(r([[[[[[[[1]]]]]]]]), r({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))  # expect: [[[[[[[...]]]]]]] {1: {2: {3: {4: {5: {6: {...}}}}}}}
print(r({1, "a", 2.5}) in ("{1, 'a', 2.5}", "{1, 2.5, 'a'}", "{'a', 1, 2.5}", "{'a', 2.5, 1}", "{2.5, 1, 'a'}", "{2.5, 'a', 1}"))  # expect: True
print(r(3.14159), r(None), r(True))  # expect: 3.14159 None True


class Long:
    def __repr__(self):
        return "<Long " + "x" * 50 + ">"


class Broken:
    def __repr__(self):
        raise RuntimeError("no")


print(r(Long()), r(Broken()).startswith("<Broken instance at 0x"))  # expect: <Long xxxxxxx...xxxxxxxxxxxxx> True

a = reprlib.Repr()
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 1
a.fillvalue = "~"
print(a.repr([1, 2, 3]), a.repr("abcdefghijklmnop"), a.repr([[1], [2]]), a.repr({1: [2]}))  # expect: [1, 2, ~] 'ab~nop' [[~], [~]] {1: [~]}
print(a.maxdict, a.maxset, a.maxother, a.maxlong, a.maxtuple, a.maxarray, a.maxdeque)  # expect: 4 6 30 40 6 5 6


class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return "int(%d)" % x


print(MyRepr().repr([1, (2, 3)]))  # expect: [int(1), (int(2), int(3))]


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


n = Node("root")
n.children.append(Node("leaf"))
n.children.append(n)
print(repr(n), Node.__repr__.__name__)  # expect: Node(root, [Node(leaf, []), ...]) __repr__


class Other(list):
    @reprlib.recursive_repr("<...>")
    def __repr__(self):
        return "Other(" + ", ".join(repr(x) for x in self) + ")"


o = Other([1])
o.append(o)
print(repr(o))  # expect: Other(1, <...>)
