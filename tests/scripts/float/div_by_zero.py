for f in (lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(2.0, 0.0), lambda: 0.0 / 0.0):
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)  # expect: ZeroDivisionError float division by zero
        # expect: ZeroDivisionError float floor division by zero
        # expect: ZeroDivisionError float modulo
        # expect: ZeroDivisionError float divmod()
        # expect: ZeroDivisionError float division by zero
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("pow:", e)  # expect: pow: 0.0 cannot be raised to a negative power
