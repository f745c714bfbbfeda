try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)  # expect: class raised: ValueError() ()
try:
    raise TypeError("msg")
except TypeError as e:
    print("instance:", e)  # expect: instance: msg
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: exceptions must derive from BaseException
err = KeyError("saved")
try:
    raise err
except KeyError as e:
    print(e is err)  # expect: True
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: No active exception to reraise
