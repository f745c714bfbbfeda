# The typing module: every form imports, subscripts, combines and prints as in CPython;
# NamedTuple, TypedDict, Generic and Protocol classes work (docs/stdlib.md, typing).
from typing import (Any, Callable, Dict, Generic, Iterable, Iterator, List, NamedTuple,
                    Optional, Protocol, Set, Tuple, TypeVar, TypedDict, Union, cast,
                    overload, TYPE_CHECKING, get_type_hints, Sequence, Mapping)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=int)
print(T, K, typing.AnyStr)  # expect: ~T ~K ~AnyStr
print(List[int], Dict[str, List[int]], Optional[str], Union[int, str])  # expect: typing.List[int] typing.Dict[str, typing.List[int]] typing.Optional[str] typing.Union[int, str]
print(Tuple[int, ...], Callable[[int, str], bool], Set[Tuple[int, int]])  # expect: typing.Tuple[int, ...] typing.Callable[[int, str], bool] typing.Set[typing.Tuple[int, int]]
print(Union[int, None] == Optional[int], Optional[int] == Union[None, int])  # expect: True True
print(Union[int], Union[int, Union[str, float]])  # expect: <class 'int'> typing.Union[int, str, float]
print(Any, List, typing.Iterable[int])  # expect: typing.Any typing.List typing.Iterable[int]


def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None


print(first([3, 4]), first([]))  # expect: 3 None


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)


s = Stack[int]()
s.push(1)
print(s.items, Stack.__orig_bases__)  # expect: [1] (typing.Generic[~T],)


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.x, p.norm(), Point(1), p._replace(y=5), isinstance(p, tuple), Point._fields)  # expect: Point(x=3, y=-4) 3 7 Point(x=1, y=0) Point(x=3, y=5) True ('x', 'y')
print(p._asdict(), Point._make([7, 8]))  # expect: {'x': 3, 'y': -4} Point(x=7, y=8)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1))  # expect: Emp(name='a', id=1)


class Movie(TypedDict, total=False):
    name: str
    year: int


m = Movie(name="Blade Runner", year=1982)
print(m, m["year"], Movie.__total__, sorted(Movie.__optional_keys__))  # expect: {'name': 'Blade Runner', 'year': 1982} 1982 False ['name', 'year']


class Greeter(Protocol):
    def greet(self) -> str: ...


print(cast(int, "x"), TYPE_CHECKING)  # expect: x False


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


print(f(2), get_type_hints(Point))  # expect: 2 {'x': <class 'int'>, 'y': <class 'int'>}
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]))  # expect: <class 'list'> (<class 'str'>, <class 'int'>)
print(List[int] == List[int], hash(List[int]) == hash(List[int]))  # expect: True True
print(Sequence[int], Mapping[str, int], int | None)  # expect: typing.Sequence[int] typing.Mapping[str, int] int | None
x: Dict[str, int] = {}
print(x, typing.Literal["a", "b"], typing.Final[int], typing.ClassVar[int])  # expect: {} typing.Literal['a', 'b'] typing.Final[int] typing.ClassVar[int]


class Base:
    def who(self):
        return "base"


class Mixed(Base, Generic[T]):
    pass


print(Mixed().who(), Mixed.__mro__[1].__name__)  # expect: base Base


class IntStack(Stack[int]):
    pass


st = IntStack()
st.push(5)
print(st.items, IntStack.__mro__[1].__name__, Stack[int])  # expect: [5] Stack __main__.Stack[int]


class MyList(List[int]):
    pass


print(MyList([1, 2]), issubclass(MyList, list))  # expect: [1, 2] True
try:
    Union()
except TypeError as e:
    print(e)  # expect: Cannot instantiate typing.Union
try:
    List[int, str]
except TypeError as e:
    print(e)  # expect: Too many arguments for typing.List; actual 2, expected 1
