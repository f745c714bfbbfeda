assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError:", e)  # expect: AssertionError: one is not two
try:
    assert False
except AssertionError as e:
    print("empty message:", repr(str(e)), e.args)  # expect: empty message: '' ()
try:
    x = []
    assert x, f"list was {x}"
except AssertionError as e:
    print(e)  # expect: list was []
