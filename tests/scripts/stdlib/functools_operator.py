import functools, operator
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7))  # expect: 10 7
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)  # expect: reduce() of empty iterable with no initial value
p = partial(int, base=2); print(p("1010"), p.keywords, partial(p, "11")())  # expect: 10 {'base': 2} 3
def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def hello(x):
    "doc"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__ is not None, hello(3))  # expect: hello doc True 3
@lru_cache(maxsize=2)
def sq(n):
    print("compute", n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2))  # expect: compute 2
# expect: compute 3
# expect: compute 4
# expect: compute 2
# expect: 4 4 9 16 4
print(sq.cache_info())  # expect: CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)
sq.cache_clear(); print(sq.cache_info())  # expect: CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits)  # expect: 23416728348467685 78
class C:
    def __init__(self):
        self.calls = 0
    @lru_cache(maxsize=None)
    def double(self, x):
        self.calls += 1
        return 2 * x
c = C(); print(c.double(4), c.double(4), c.calls)  # expect: 8 8 1
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))  # expect: [3, 2, 1]
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))  # expect: True True False
class Lazy:
    @functools.cached_property
    def value(self):
        print("computing")
        return 42
lz = Lazy(); print(lz.value, lz.value)  # expect: computing
# expect: 42 42
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3))  # expect: 6 ('a', 'c') 3
print(operator.methodcaller("split", ",")("a,b"), operator.neg(3), operator.truediv(7, 2), operator.floordiv(7, 2))  # expect: ['a', 'b'] -3 3.5 3
print(operator.mod(7, 3), operator.eq(1, 1), operator.lt(1, 2), operator.contains([1], 1), operator.index(5), operator.getitem({"a": 1}, "a"))  # expect: 1 True True True 5 1
print(sorted([("b", 2), ("a", 1)], key=operator.itemgetter(1)), operator.mul(3, 4), operator.sub(3, 4))  # expect: [('a', 1), ('b', 2)] 12 -1
