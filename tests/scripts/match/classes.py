# Class patterns: __match_args__, keyword sub-patterns, builtin classes that match
# themselves, inheritance, and the run-time errors.
from dataclasses import dataclass


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


@dataclass
class Box:
    w: int
    h: int


def describe(v):
    match v:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=z) if z > 0:
            return f"above ({x}, {y}) by {z}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y):
            return f"point {x} {y}"
        case Box(w, h) if w == h:
            return f"square {w}"
        case Box(w=w):
            return f"box of width {w}"
        case bool(b):
            return f"bool {b}"
        case int(i) | float(i):
            return f"number {i}"
        case str() as s:
            return f"string {s!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case _:
            return f"unknown {type(v).__name__}"


for v in [Point3(0, 0, 0), Point3(1, 2, 3), Point3(1, 2, -1), Point(0, 0), Point(4, 5),
          Box(2, 2), Box(3, 4), True, 7, 1.5, "hi", [9, 8], {"a": 1}, (1, 2), (1, 2, 3), None]:
    print(describe(v))


class NoArgs:
    pass


class WithProp:
    __match_args__ = ("area",)

    def __init__(self, side):
        self.side = side

    @property
    def area(self):
        return self.side * self.side


match WithProp(3):
    case WithProp(9):
        print("area 9")

match NoArgs():
    case NoArgs():
        print("no args matches")

# An attribute that is missing makes the pattern fail (no error).
match Point(1, 2):
    case Point(z=1):
        print("wrong")
    case Point(y=2):
        print("y is 2")

errors = [
    "match 1:\n    case len(): pass",
    "match NoArgs():\n    case NoArgs(1): pass",
    "match Point(1, 2):\n    case Point(1, 2, 3): pass",
    "match Point(1, 2):\n    case Point(a, x=b): pass",
    "class L:\n    __match_args__ = ['x']\nmatch L():\n    case L(1): pass",
    "class N:\n    __match_args__ = (1,)\nmatch N():\n    case N(1): pass",
    "match 5:\n    case int(1, 2): pass",
    "match 5:\n    case bool(1, 2): pass",
]
for src in errors:
    try:
        exec(src)
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

# expect: 3d origin
# expect: above (1, 2) by 3
# expect: point 1 2
# expect: origin
# expect: point 4 5
# expect: square 2
# expect: box of width 3
# expect: bool True
# expect: number 7
# expect: number 1.5
# expect: string 'hi'
# expect: list starting 9
# expect: dict with 1 keys
# expect: pair 1 2
# expect: unknown tuple
# expect: unknown NoneType
# expect: area 9
# expect: no args matches
# expect: y is 2
# expect: TypeError: called match pattern must be a type
# expect: TypeError: NoArgs() accepts 0 positional sub-patterns (1 given)
# expect: TypeError: Point() accepts 2 positional sub-patterns (3 given)
# expect: TypeError: Point() got multiple sub-patterns for attribute 'x'
# expect: TypeError: L.__match_args__ must be a tuple (got list)
# expect: TypeError: __match_args__ elements must be strings (got int)
# expect: TypeError: int() accepts 1 positional sub-pattern (2 given)
# expect: no error
