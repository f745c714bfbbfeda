# collections.abc: the builtins are registered, the one-trick ABCs recognise methods, and
# the mixin methods work for user classes.
from collections.abc import (Iterable, Iterator, Reversible, Generator, Sized, Container,
                             Collection, Callable, Hashable, Set, MutableSet, Mapping,
                             MutableMapping, Sequence, MutableSequence, KeysView, ItemsView,
                             ValuesView, ByteString)
import collections.abc
from collections import deque, OrderedDict, Counter, defaultdict


def check(obj, *abcs):
    return " ".join("%s=%s" % (a.__name__, isinstance(obj, a)) for a in abcs)


print(check([], Sequence, MutableSequence, Iterable, Reversible, Hashable))  # expect: Sequence=True MutableSequence=True Iterable=True Reversible=True Hashable=False
print(check((), Sequence, MutableSequence, Hashable, Collection))  # expect: Sequence=True MutableSequence=False Hashable=True Collection=True
print(check("s", Sequence, MutableSequence, Hashable, Container))  # expect: Sequence=True MutableSequence=False Hashable=True Container=True
print(check(b"b", Sequence, ByteString, MutableSequence))  # expect: Sequence=True ByteString=True MutableSequence=False
print(check(bytearray(), MutableSequence, ByteString, Hashable))  # expect: MutableSequence=True ByteString=True Hashable=False
print(check(range(3), Sequence, Reversible, MutableSequence))  # expect: Sequence=True Reversible=True MutableSequence=False
print(check({}, Mapping, MutableMapping, Sequence, Hashable))  # expect: Mapping=True MutableMapping=True Sequence=False Hashable=False
print(check(set(), Set, MutableSet, Hashable))  # expect: Set=True MutableSet=True Hashable=False
print(check(frozenset(), Set, MutableSet, Hashable))  # expect: Set=True MutableSet=False Hashable=True
print(check({}.keys(), KeysView, Set, Sized), check({}.items(), ItemsView, Set))  # expect: KeysView=True Set=True Sized=True ItemsView=True Set=True
print(check({}.values(), ValuesView, Collection, Set))  # expect: ValuesView=True Collection=True Set=False
print(check(iter([]), Iterator, Iterable), check([], Iterator))  # expect: Iterator=True Iterable=True Iterator=False
print(check((x for x in []), Generator, Iterator), check(len, Callable))  # expect: Generator=True Iterator=True Callable=True
print(check(lambda: 0, Callable), check(int, Callable), check(3, Callable, Hashable))  # expect: Callable=True Callable=True Callable=False Hashable=True
print(check(deque(), MutableSequence), check(OrderedDict(), MutableMapping))  # expect: MutableSequence=True MutableMapping=True
print(check(Counter(), Mapping), check(defaultdict(list), MutableMapping))  # expect: Mapping=True MutableMapping=True
print(check(int, Iterable, Sized, Container))  # expect: Iterable=False Sized=False Container=False
print(issubclass(list, Collection), issubclass(dict, Reversible), issubclass(int, Sized))  # expect: True True False


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(check(Countdown(3), Iterator, Iterable, Generator, Sized), list(Countdown(3)))  # expect: Iterator=True Iterable=True Generator=False Sized=False [2, 1, 0]


class Unhashable:
    __hash__ = None


print(check(Unhashable(), Hashable))  # expect: Hashable=False


class Inventory(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


inv = Inventory()
inv.update({"apples": 3}, pears=2)
inv.setdefault("plums", 0)
print(dict(inv), "apples" in inv, inv.get("kiwis", "none"), len(inv))  # expect: {'apples': 3, 'pears': 2, 'plums': 0} True none 3
print(list(inv.keys()), list(inv.values()), list(inv.items()))  # expect: ['apples', 'pears', 'plums'] [3, 2, 0] [('apples', 3), ('pears', 2), ('plums', 0)]
print(inv.pop("pears"), inv.pop("kiwis", None), inv == {"apples": 3, "plums": 0})  # expect: 2 None True
print(inv.popitem(), dict(inv))  # expect: ('apples', 3) {'plums': 0}
inv.clear()
print(len(inv), isinstance(inv, Mapping), isinstance(inv, dict))  # expect: 0 True False
try:
    hash(inv)
except TypeError as e:
    print(e)  # expect: unhashable type: 'Inventory'


class Incomplete(Mapping):
    def __getitem__(self, k):
        return k


try:
    Incomplete()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Incomplete with abstract methods __iter__, __len__


class Word(Sequence):
    def __init__(self, s):
        self.s = s

    def __getitem__(self, i):
        return self.s[i]

    def __len__(self):
        return len(self.s)


w = Word("banana")
print(list(w), "n" in w, w.index("n"), w.count("a"), "".join(reversed(w)))  # expect: ['b', 'a', 'n', 'a', 'n', 'a'] True 2 3 ananab
try:
    w.index("z")
except ValueError:
    print("ValueError from index")  # expect: ValueError from index


class Bag(MutableSet):
    def __init__(self, items=()):
        self._s = set(items)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)

    def __repr__(self):
        return "Bag(%s)" % sorted(self._s)


a, b = Bag([1, 2, 3]), Bag([3, 4])
print(a & b, a | b, a - b, a ^ b, a <= Bag([1, 2, 3, 4]), a == Bag([3, 2, 1]), a.isdisjoint(b))  # expect: Bag([3]) Bag([1, 2, 3, 4]) Bag([1, 2]) Bag([1, 2, 4]) True True False
a |= [7]
a -= [1]
print(a, a.pop(), a)  # expect: Bag([3, 7]) 2 Bag([3, 7])
a.remove(3)
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 99


class Seq(MutableSequence):
    def __init__(self):
        self._l = []

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)


s = Seq()
s.append(1)
s.extend([2, 3, 4])
s += [5]
s.reverse()
print(list(s), s.pop(), s.pop(0), list(s))  # expect: [5, 4, 3, 2, 1] 1 5 [4, 3, 2]
s.remove(3)
print(list(s), s.index(2))  # expect: [4, 2] 1
print(Iterable[int], sorted(MutableSequence.__abstractmethods__))  # expect: collections.abc.Iterable[int] ['__delitem__', '__getitem__', '__len__', '__setitem__', 'insert']
print(collections.abc.Mapping is Mapping, [c.__name__ for c in Sequence.__mro__])  # expect: True ['Sequence', 'Reversible', 'Collection', 'Sized', 'Iterable', 'Container', 'object']
