# sorted() and list.sort() over keys of one "shape" (ints, strs, tuples of those) take
# a fast path; everything else compares with __lt__. Both must agree with CPython.
pairs = [(3, "b"), (1, "z"), (3, "a"), (1, "a"), (2, "m"), (3, "b")]
print(sorted(pairs))  # expect: [(1, 'a'), (1, 'z'), (2, 'm'), (3, 'a'), (3, 'b'), (3, 'b')]
print(sorted(pairs, reverse=True))  # expect: [(3, 'b'), (3, 'b'), (3, 'a'), (2, 'm'), (1, 'z'), (1, 'a')]

# Stability: equal keys keep their order, also with reverse=True.
tagged = [(k, i) for i, k in enumerate([2, 1, 2, 1, 2])]
print(sorted(tagged, key=lambda t: (t[0],)))  # expect: [(1, 1), (1, 3), (2, 0), (2, 2), (2, 4)]
print(sorted(tagged, key=lambda t: (t[0],), reverse=True))  # expect: [(2, 0), (2, 2), (2, 4), (1, 1), (1, 3)]
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=lambda w: (len(w), w)))  # expect: ['fig', 'date', 'kiwi', 'pear', 'apple']
ws = list(words)
ws.sort(key=lambda w: (-len(w), w))
print(ws)  # expect: ['apple', 'date', 'kiwi', 'pear', 'fig']

# Tuples of different lengths, negative and large ints, non-ASCII strs.
print(sorted([(1, 2), (1,), (1, 2, 0), (0, 9)]))  # expect: [(0, 9), (1,), (1, 2), (1, 2, 0)]
print(sorted([(-5, "é"), (-5, "e"), (2**70, "a"), (-(2**70), "b")]))  # expect: [(-1180591620717411303424, 'b'), (-5, 'e'), (-5, 'é'), (1180591620717411303424, 'a')]
print(sorted(["b", "é", "a", "Z", "ä"]))  # expect: ['Z', 'a', 'b', 'ä', 'é']

# Mixed shapes still compare item by item, and fail where CPython fails.
print(sorted([(1, "a"), (1, 2.5), (0, "x")], key=lambda t: t[0]))  # expect: [(0, 'x'), (1, 'a'), (1, 2.5)]
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: '<' not supported between instances of 'int' and 'str'
try:
    sorted([3, "x", 1])
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: '<' not supported between instances of 'str' and 'int'


# Subclasses of str and tuple keep their own comparisons.
class Rev(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


print(sorted([Rev("a"), Rev("c"), Rev("b")]))  # expect: ['c', 'b', 'a']
print(sorted([("a", Rev("x")), ("a", Rev("y"))]))  # expect: [('a', 'y'), ('a', 'x')]

# Nested tuples take the general path and still sort correctly.
print(sorted([((2, "a"), 1), ((1, "b"), 2), ((1, "a"), 3)]))  # expect: [((1, 'a'), 3), ((1, 'b'), 2), ((2, 'a'), 1)]
