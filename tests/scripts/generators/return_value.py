def g():
    yield 1
    return 99
it = g()
print(next(it))  # expect: 1
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)  # expect: value 99 (99,)
def empty():
    return
    yield
print(list(empty()))  # expect: []
def with_return_none():
    yield "a"
    return
print(list(with_return_none()))  # expect: ['a']
