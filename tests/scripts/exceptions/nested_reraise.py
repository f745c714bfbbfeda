def inner():
    try:
        raise KeyError("k")
    except KeyError:
        print("inner caught, re-raising")
        raise
try:
    inner()  # expect: inner caught, re-raising
except KeyError as e:
    print("outer caught", repr(e))  # expect: outer caught KeyError('k')
try:
    try:
        raise ValueError("v")
    except TypeError:
        print("wrong handler")
    finally:
        print("inner finally")  # expect: inner finally
except ValueError as e:
    print("outer got", e)  # expect: outer got v
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
except ArithmeticError as e:
    print("as ArithmeticError:", type(e).__name__)  # expect: as ArithmeticError: ZeroDivisionError
