def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
    yield from [4, 5]
    yield from range(6, 8)
print(list(outer()))  # expect: inner returned inner result
# expect: [1, 2, 3, 4, 5, 6, 7]
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))  # expect: [1, 2, 3, 4, 5, 6]
