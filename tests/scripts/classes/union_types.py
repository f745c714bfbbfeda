# X | Y between classes (3.10): types.UnionType, accepted by isinstance/issubclass, so
# annotations like `x: int | None` work in class bodies and dataclasses.
from dataclasses import dataclass


@dataclass
class Opt:
    x: int | None = None
    tags: list[str] | None = None


print(Opt(), Opt(3), Opt.__annotations__)  # expect: Opt(x=None, tags=None) Opt(x=3, tags=None) {'x': int | None, 'tags': list[str] | None}
print(int | None, None | int, int | str | None, list[int] | dict[str, int])  # expect: int | None None | int int | str | None list[int] | dict[str, int]
print(type(int | str).__name__, (int | str).__args__, int | int, int | str | int)  # expect: UnionType (<class 'int'>, <class 'str'>) <class 'int'> int | str
print((int | str) == (str | int), (int | str) == (int | None), hash(int | str) == hash(str | int))  # expect: True False True
print(isinstance(None, int | None), isinstance("a", int | None), isinstance(3, (str, int | None)))  # expect: True False True
print(issubclass(bool, int | str), issubclass(float, int | str))  # expect: True False


class Base:
    pass


class Sub(Base):
    pass


print(Base | Sub, isinstance(Sub(), Base | None))  # expect: __main__.Base | __main__.Sub True
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: unsupported operand type(s) for |: 'type' and 'int'
try:
    "x" | int
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: unsupported operand type(s) for |: 'str' and 'type'


class Ror:
    def __ror__(self, other):
        return "ror with " + other.__name__


print(int | Ror())  # expect: ror with int
