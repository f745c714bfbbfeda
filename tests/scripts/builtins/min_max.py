print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("abc"))  # expect: 1 3 4 c
print(min(["apple", "fig", "banana"], key=len), max(["apple", "fig", "banana"], key=len))  # expect: fig banana
print(min([], default="empty"), max([], default=None))  # expect: empty None
print(max([1, 3, 3, 2], key=lambda x: -x), max([(1, "b"), (1, "a")]))  # expect: 1 (1, 'b')
print(max(1, 2.5), min(True, 2))  # expect: 2.5 True
try:
    min([])
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: min() arg is an empty sequence
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: '>' not supported between instances of 'str' and 'int'
print(max("b", "a", key=str.upper))  # expect: b
