def classify(v):
    match v:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "a" | "b":
            return "ab"
        case str(s):
            return "str " + s
        case []:
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case (x, y, *_, z):
            return f"{x} {y} .. {z}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"k": k, **others}:
            return f"k={k} others={others}"
        case {}:
            return "mapping"
        case _:
            return "other"

for v in [None, True, 0, -3, 5, 2.5, "a", "zz", [], [9], [1, 2, 3], (4, 5, 6, 7), (1, 2),
          {"type": "point", "x": 1, "y": 2}, {"k": 1, "z": 2}, {"q": 1}, {1, 2}, range(3), b"ab"]:
    print(repr(v), "->", classify(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Color:
    RED = "red"
    GREEN = "green"

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case Color.RED:
            return "red!"
        case [Point(x=a), Point(x=b)] as pair:
            return f"two points {a} {b} {len(pair)}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), "red", "blue", [Point(1, 0), Point(2, 0)]]:
    print(where(p))

match 1, 2:
    case a, b:
        print("tuple", a, b)

command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")

for err in ["match 1:\n    case len(): pass", "class C:\n    __match_args__ = ('a',)\nmatch C():\n    case C(1, 2): pass",
            "class D:\n    __match_args__ = ['x']\nmatch D():\n    case D(1): pass", "match 3.0:\n    case int(x): print(x)\n    case float(x): print('f', x)"]:
    try:
        exec(err)
    except Exception as e:
        print(type(e).__name__, e)
match = [1]
case = 2
print(match, case)

# expect: None -> none
# expect: True -> bool True
# expect: 0 -> zero
# expect: -3 -> negative -3
# expect: 5 -> number
# expect: 2.5 -> number
# expect: 'a' -> ab
# expect: 'zz' -> str zz
# expect: [] -> empty seq
# expect: [9] -> one 9
# expect: [1, 2, 3] -> starts with 1, rest [2, 3]
# expect: (4, 5, 6, 7) -> 4 5 .. 7
# expect: (1, 2) -> starts with 1, rest [2]
# expect: {'type': 'point', 'x': 1, 'y': 2} -> point 1,2
# expect: {'k': 1, 'z': 2} -> k=1 others={'z': 2}
# expect: {'q': 1} -> mapping
# expect: {1, 2} -> other
# expect: range(0, 3) -> 0 1 .. 2
# expect: b'ab' -> other
# expect: origin
# expect: on y axis at 5
# expect: on x axis at 3
# expect: diagonal
# expect: somewhere
# expect: red!
# expect: not a point
# expect: two points 1 2 2
# expect: tuple 1 2
# expect: going north
# expect: TypeError called match pattern must be a type
# expect: TypeError C() accepts 1 positional sub-pattern (2 given)
# expect: TypeError D.__match_args__ must be a tuple (got list)
# expect: f 3.0
# expect: [1] 2
