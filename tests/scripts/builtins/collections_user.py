# collections.UserDict / UserList / UserString: wrappers around .data that subclass the
# collections.abc classes, as CPython's do.
import collections
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence, Mapping

d = UserDict({"a": 1}, b=2)
d["c"] = 3
del d["a"]
print(d, len(d), "b" in d, d.get("z", 0), d.data, sorted(d.keys()), list(d.items()))  # expect: {'b': 2, 'c': 3} 2 True 0 {'b': 2, 'c': 3} ['b', 'c'] [('b', 2), ('c', 3)]
print(isinstance(d, MutableMapping), isinstance(d, dict), issubclass(UserDict, Mapping))  # expect: True False True
print(d | {"x": 9}, {"y": 0} | d, type(d | d).__name__)  # expect: {'b': 2, 'c': 3, 'x': 9} {'y': 0, 'b': 2, 'c': 3} UserDict
d |= {"q": 1}
print(d, d.copy(), type(d.copy()).__name__, d.copy() is not d)  # expect: {'b': 2, 'c': 3, 'q': 1} {'b': 2, 'c': 3, 'q': 1} UserDict True
print(UserDict.fromkeys("ab", 0), d.pop("q"), d.setdefault("n", 5), d)  # expect: {'a': 0, 'b': 0} 1 5 {'b': 2, 'c': 3, 'n': 5}
d.update([("u", 1)], v=2)
print(d == {"b": 2, "c": 3, "n": 5, "u": 1, "v": 2}, d != {})  # expect: True True
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'missing'
class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2
dd = Defaulting(x=1)
print(dd["ab"], dd["x"], "ab" in dd, type(dd.copy()).__name__, dd.copy())  # expect: abab 1 False Defaulting {'x': 1}
import copy
print(copy.copy(dd), copy.deepcopy(d) == d)  # expect: {'x': 1} True

l = UserList([3, 1, 2])
l.append(0)
l.extend(UserList([9]))
l += (7,)
print(l, len(l), l[0], l[1:3], type(l[1:3]).__name__, l.data[-1])  # expect: [3, 1, 2, 0, 9, 7] 6 3 [1, 2] UserList 7
l.sort()
print(l, l.pop(), l.pop(0), l.index(2), l.count(3), 3 in l)  # expect: [1, 2, 3, 7] 9 0 1 1 True
l.insert(0, 5)
l.remove(5)
l.reverse()
l[0] = 10
del l[-1]
print(l, l * 2, 2 * l, l + [1], [1] + l, type([1] + l).__name__)  # expect: [10, 3, 2] [10, 3, 2, 10, 3, 2] [10, 3, 2, 10, 3, 2] [10, 3, 2, 1] [1, 10, 3, 2] UserList
print(l == [10, 3], l < [11], l > UserList([1]), l.copy(), type(l.copy()).__name__)  # expect: False True True [10, 3, 2] UserList
l *= 2
print(l, UserList(), UserList("ab"), UserList(UserList([1])))  # expect: [10, 3, 2, 10, 3, 2] [] ['a', 'b'] [1]
print(isinstance(l, MutableSequence), isinstance(l, list), sorted(UserList([2, 1])))  # expect: True False [1, 2]
l.clear()
print(l, bool(l), list(reversed(UserList([1, 2, 3]))))  # expect: [] False [3, 2, 1]
try:
    hash(l)
except TypeError as e:
    print("TypeError", e)  # expect: TypeError unhashable type: 'UserList'

s = UserString("Hello")
print(s, repr(s), len(s), s[1], type(s[1:3]).__name__, s.upper(), s + "!", "<" + s)  # expect: Hello 'Hello' 5 e UserString HELLO Hello! <Hello
print(type(s.upper()).__name__, s.lower().center(9, "*"), s.split("l"), s.find("l"), s.count("l"))  # expect: UserString **hello** ['He', '', 'o'] 2 2
print(s == "Hello", s < "World", "ell" in s, UserString("ell") in s, hash(s) == hash("Hello"))  # expect: True True True True True
print(s * 2, s.replace("l", "L", 1), s.startswith("He"), s.zfill(7), s.isalpha(), s.join("ab"))  # expect: HelloHello HeLlo True 00Hello True aHellob
print(UserString(42), int(UserString("7")) + 1, float(UserString("1.5")), UserString("%s-%d") % ("a", 3))  # expect: 42 8 1.5 a-3
print(s.partition("l"), s.rsplit("l", 1), s.strip("Ho"), s.encode(), list(s), s.index("o"))  # expect: ('He', 'l', 'lo') ['Hel', 'o'] ell b'Hello' ['H', 'e', 'l', 'l', 'o'] 4
print(isinstance(s, Sequence), isinstance(s, str), UserString("a\tb").expandtabs(4), s.swapcase())  # expect: True False a   b hELLO
print(sorted(n for n in ("UserDict", "UserList", "UserString") if n in collections.__all__))  # expect: ['UserDict', 'UserList', 'UserString']
print(collections.abc.Sequence is Sequence, isinstance(memoryview(b""), Sequence))  # expect: True True
