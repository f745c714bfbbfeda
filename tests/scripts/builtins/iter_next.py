it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))  # expect: 1 2 3 end
try:
    next(it)
except StopIteration:
    print("StopIteration")  # expect: StopIteration
s = iter("ab")
print(list(s), list(s))  # expect: ['a', 'b'] []
d = iter({"k": 1, "j": 2})
print(next(d))  # expect: k
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: 'int' object is not iterable
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: 'list' object is not an iterator
