try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    e
except NameError:
    print("e was deleted after except")  # expect: e was deleted after except
saved = None
try:
    raise ValueError("keep")
except ValueError as e:
    saved = e
print(saved)  # expect: keep
