it = iter([])
print("next on empty")  # expect: next on empty
next(it)
# expect error: StopIteration
