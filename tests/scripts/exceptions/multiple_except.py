def risky(kind):
    if kind == 1:
        raise ValueError("bad value")
    if kind == 2:
        raise TypeError("bad type")
    if kind == 3:
        raise KeyError("missing")
    return "ok"
for k in range(4):
    try:
        print(risky(k))  # expect: ok
    except (ValueError, TypeError) as e:
        print("value/type:", type(e).__name__, e)  # expect: value/type: ValueError bad value
        # expect: value/type: TypeError bad type
    except LookupError as e:
        print("lookup:", repr(e))  # expect: lookup: KeyError('missing')
try:
    raise IndexError("idx")
except Exception as e:
    print("generic", e)  # expect: generic idx
