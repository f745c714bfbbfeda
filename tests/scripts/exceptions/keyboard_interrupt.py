try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)  # expect: BaseException caught KeyboardInterrupt
try:
    try:
        raise KeyboardInterrupt("ki")
    except Exception:
        print("no")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e)  # expect: KeyboardInterrupt ki
