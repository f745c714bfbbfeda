def bad():
    yield 1
    raise StopIteration("oops")
try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: generator raised StopIteration
def uses_next():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(uses_next()))  # expect: [1, 2]
