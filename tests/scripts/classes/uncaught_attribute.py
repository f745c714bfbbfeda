class Thing:
    pass
t = Thing()
print("start")  # expect: start
t.missing
# expect error: AttributeError
