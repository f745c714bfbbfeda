from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1); q = Point(1, 0)
print(p, p == q, p.tags is not q.tags, asdict(p), astuple(p), replace(p, y=5))  # expect: Point(x=1, y=0, tags=[]) True True {'x': 1, 'y': 0, 'tags': []} (1, 0, []) Point(x=1, y=5, tags=[])
print([f.name for f in fields(Point)], Point.__hash__)  # expect: ['x', 'y', 'tags'] None
try: Point()
except TypeError as e: print(e)  # expect: Point.__init__() missing 1 required positional argument: 'x'
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
v = V(1, "b"); print(v < V(2), sorted([V(3), V(1, "c"), V(1, "a")]), hash(v) == hash(V(1, "b")))  # expect: True [V(a=1, b='a'), V(a=1, b='c'), V(a=3, b='z')] True
try: v.a = 3
except FrozenInstanceError as e: print("frozen", e)  # expect: frozen cannot assign to field 'a'
@dataclass
class P3(Point):
    z: int = 9
    def __post_init__(self): self.sum = self.x + self.y + self.z
r = P3(1, 2, z=3); print(r, r.sum)  # expect: P3(x=1, y=2, tags=[], z=3) 6
@dataclass
class Inv:
    name: str
    items: dict[str, list[int]] = field(default_factory=dict)
    count: "int" = 0
print(Inv("a"), Inv.__annotations__['count'])  # expect: Inv(name='a', items={}, count=0) int
