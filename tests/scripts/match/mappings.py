# Mapping patterns: dicts, dict subclasses, **rest, key order, value patterns as keys.
from collections import OrderedDict, defaultdict, Counter


class Keys:
    A = "a"
    B = "b"


def show(m):
    match m:
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case {"kind": "rect", **rest} if rest:
            return f"rect {sorted(rest.items())}"
        case {Keys.A: 1, Keys.B: b}:
            return f"a is 1, b={b}"
        case {1: one, 2.5: x}:
            return f"numeric keys {one} {x}"
        case {None: v}:
            return f"None key {v}"
        case {}:
            return f"other mapping of {len(m)}"
        case _:
            return "not a mapping"


for m in [{"kind": "circle", "r": 2, "extra": 0}, {"kind": "rect", "w": 1, "h": 2},
          {"kind": "rect"}, {"a": 1, "b": 5}, {1: "x", 2.5: "y"}, {None: 0}, {},
          OrderedDict(kind="circle", r=1), defaultdict(int, a=1, b=2), Counter("aab"),
          [("kind", "circle")], "kind"]:
    print(show(m))  # expect: circle r=2
    # expect: rect [('h', 2), ('w', 1)]
    # expect: other mapping of 1
    # expect: a is 1, b=5
    # expect: numeric keys x y
    # expect: None key 0
    # expect: other mapping of 0
    # expect: circle r=1
    # expect: a is 1, b=2
    # expect: other mapping of 2
    # expect: not a mapping
    # expect: not a mapping

# A defaultdict is not asked for missing keys through __missing__.
d = defaultdict(list)
match d:
    case {"x": _}:
        print("matched x")
    case _:
        print("no x, and still", dict(d))  # expect: no x, and still {}

# **rest is a new dict without the matched keys.
src = {"a": 1, "b": 2, "c": 3}
match src:
    case {"a": _, **rest}:
        rest["z"] = 0
        print(rest, src)  # expect: {'b': 2, 'c': 3, 'z': 0} {'a': 1, 'b': 2, 'c': 3}


class Lookup:
    """Looks like a mapping but is not one: only dicts and registered mappings match."""

    def __init__(self, data):
        self.data = data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, k):
        return self.data[k]

    def get(self, k, default=None):
        return self.data.get(k, default)


match Lookup({"p": 1, "q": 2}):
    case {"p": p, **others}:
        print("p =", p, "others =", others)
    case _:
        print("Lookup is not a mapping")  # expect: Lookup is not a mapping

# Duplicate keys found at run time (value patterns).
class K:
    x = "same"
    y = "same"

try:
    match {"same": 1, "other": 2}:
        case {K.x: 1, K.y: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: mapping pattern checks duplicate key ('same')

# Subclasses of collections.abc.Mapping and Sequence match mapping and sequence patterns.
from collections.abc import Mapping, Sequence


class Frozen(Mapping):
    def __init__(self, data):
        self._d = dict(data)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class Triple(Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 3


match Frozen({"a": 1, "b": 2}):
    case {"a": a, **rest}:
        print("Frozen mapping", a, rest)  # expect: Frozen mapping 1 {'b': 2}
match Triple():
    case [x, *others]:
        print("Triple sequence", x, others)  # expect: Triple sequence 0 [10, 20]
