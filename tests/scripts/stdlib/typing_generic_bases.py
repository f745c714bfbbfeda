# Generic[T] and Protocol stay in the bases next to other classes (multiple inheritance).
from typing import Generic, TypeVar, Protocol

T = TypeVar("T")
K = TypeVar("K")


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item


class Registry(dict, Generic[K, T]):
    def add(self, key, value):
        self[key] = value
        return self


class Labelled(Box[T], Generic[T]):
    label = "labelled"


class Closer(Protocol):
    def close(self):
        ...


class Resource(Closer, Box[int]):
    def close(self):
        return "closed"


print([c.__name__ for c in Registry.__mro__], Registry.__orig_bases__)  # expect: ['Registry', 'dict', 'Generic', 'object'] (<class 'dict'>, typing.Generic[~K, ~T])
print(Registry[str, int], Registry().add("a", 1))  # expect: __main__.Registry[str, int] {'a': 1}
print([c.__name__ for c in Labelled.__mro__], Labelled[int], Labelled(3).item)  # expect: ['Labelled', 'Box', 'Generic', 'object'] __main__.Labelled[int] 3
print([c.__name__ for c in Resource.__mro__], Resource(1).close(), Box[str](5).item)  # expect: ['Resource', 'Closer', 'Protocol', 'Box', 'Generic', 'object'] closed 5
print(issubclass(Registry, Generic), isinstance(Resource(2), Box))  # expect: True True
