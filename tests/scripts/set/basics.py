s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 in s)  # expect: [1, 2, 3] 3 True False
s.add(10)
s.discard(1)
s.discard(99)
s.remove(2)
print(sorted(s))  # expect: [3, 10]
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)  # expect: KeyError: 99
print(set(), sorted(set("hello")))  # expect: set() ['e', 'h', 'l', 'o']
print({1, 2} == {2, 1}, type({1}).__name__, type({}).__name__)  # expect: True set dict
e = set()
print(e, len(e))  # expect: set() 0
