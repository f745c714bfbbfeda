def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(next(g, "default"))
def lazy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("finishing")
g = lazy()
print("created")
for v in g:
    print("got", v)

# expect: [0, 1, 2, 3]
# expect: 0 1
# expect: exhausted
# expect: default
# expect: created
# expect: started
# expect: got 1
# expect: resumed
# expect: got 2
# expect: finishing
